/*
 * cmd_report.c — `gripe report`: tagged records in, the root-cause report
 * (or a mergeable state) out.  `gripe merge` (cmd_merge.c) renders states
 * the same way.
 */
#include "cmd.h"
#include "report.h"
#include "reportcli.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const cli_opt opts[] = {
	READER_OPTS_REPORT,
	LEXICON_OPT,
	REPORT_OPTS,
	{ 0 }
};

int cmd_report(int argc, char **argv);
const cli_cmd cmd_report_def = { "report", cmd_report, "[FILE]...",
	"Aggregate tagged records into the root-cause report (or a state for merge).", opts };

struct ctx { report r; const lexicon *x; };

static json_t *raw_json(const record *rec, const char *key)
{
	const rfield *f = record_get(rec, key);
	if (!f || !f->raw) return NULL;
	return json_loadb(f->val, f->vlen, JSON_DECODE_ANY, NULL);
}

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	report_rec rr;
	memset(&rr, 0, sizeof rr);
	rr.id = rec->id; rr.lang = rec->lang; rr.channel = rec->channel; rr.date = rec->date;
	rr.text = rec->text; rr.text_len = rec->text_len; rr.error = rec->error;
	rr.truncated = record_get(rec, "truncated") != NULL;
	json_t *it = raw_json(rec, "intensity");
	rr.intensity = json_is_integer(it) ? (int)json_integer_value(it) : 0;
	json_decref(it);
	json_t *tags = raw_json(rec, "tags");
	size_t i;
	json_t *t;
	json_array_foreach(tags, i, t) {
		if (rr.ntags >= REPORT_MAX_TAGS) break;
		int ti = lexicon_tag_index(c->x, json_string_value(json_object_get(t, "tag")) ?
					   json_string_value(json_object_get(t, "tag")) : "");
		if (ti < 0) continue;
		json_t *ev = json_object_get(t, "evidence"), *m = json_object_get(t, "minutes"), *k = json_object_get(t, "contacts");
		json_t *e0 = json_array_get(ev, 0);
		rr.t[rr.ntags].tag = ti;
		rr.t[rr.ntags].evidence = (int)json_array_size(ev);
		rr.t[rr.ntags].minutes = json_is_integer(m) ? (long long)json_integer_value(m) : -1;
		rr.t[rr.ntags].contacts = json_is_integer(k) ? (long long)json_integer_value(k) : -1;
		rr.t[rr.ntags].start = (uint32_t)json_integer_value(json_object_get(e0, "start"));
		rr.t[rr.ntags].end = (uint32_t)json_integer_value(json_object_get(e0, "end"));
		if (rr.t[rr.ntags].end > rec->text_len || rr.t[rr.ntags].start > rr.t[rr.ntags].end)
			rr.t[rr.ntags].start = rr.t[rr.ntags].end = 0;
		rr.ntags++;
	}
	json_decref(tags);
	report_add(&c->r, &rr);
}

int cmd_report(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_report_def, argc, argv, &a);
	reader_opts ro;
	reader_opts_from_cli(&a, &ro);
	if (ro.format == FMT_AUTO) ro.format = FMT_JSONL;
	report_settings rs;
	report_settings_from_cli(&a, &rs);
	char *dir = lexdir_find(cli_get(&a, "lexicons"));
	if (!dir) die("cannot find the lexicons: name them with --lexicons DIR or $GRIPE_LEXICONS");
	char err[1024];
	lexicon *x = lexicon_load(dir, LEX_NO_LEARNED, err, sizeof err);   /* the taxonomy only */
	free(dir);
	if (!x) die("%s", err);
	struct ctx c = { .x = x };
	report_init(&c.r, x, rs.examples, rs.period);
	int rc = run_records(&a, &ro, each, &c);
	report_emit(&c.r, &rs);
	report_free(&c.r);
	lexicon_free(x);
	cli_free(&a);
	return rc;
}
