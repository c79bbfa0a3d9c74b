/*
 * cmd_tag.c — `gripe tag`: add "tags", "negated" and "intensity" to each
 * record (and "lang"/"lang_score" when the record had no language).
 */
#include "cmd.h"
#include "tag.h"
#include "lexicon.h"
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	READER_OPTS,
	LEXICON_OPT,
	LEARNED_OPT,
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ "brief", 'b', NULL, "one line a record for reading: id, lang, intensity, tags (minutes, contacts)" },
	JOBS_OPT,
	{ 0 }
};

int cmd_tag(int argc, char **argv);
const cli_cmd cmd_tag_def = { "tag", cmd_tag, "[FILE]...",
	"Tag each record with complaint patterns, evidence, negations and intensity.", opts };

struct ctx { stage s; int brief, warned_regex; };

static const char *const DROP[] = { "tags", "negated", "intensity", "tokens", NULL };
static const char *const DROP_LANG[] = { "tags", "negated", "intensity", "tokens", "lang", "lang_score", NULL };

static const char *const *drop(const record *rec, void *cmd)
{
	if (rec->error) return NULL;
	return lang_from_code(rec->lang) != LANG_UND ? DROP : DROP_LANG;
}

static void body(lane *l, const pool_rec *rec, size_t nfields, buf *b)
{
	struct ctx *c = l->job->cmd;
	tag_result *r = l->extra;
	const lexicon *x = c->s.e.lex;
	if (rec->error) {
		if (c->brief) buf_printf(b, "%-12s error: %.*s\n", rec->id ? rec->id : "?", (int)rec->error_len, rec->error_msg);
		else buf_add(b, "}\n", 2);
		return;
	}
	worker_prepare(&l->w, rec->text, rec->text_len, rec->lang, 0);
	tag_record(x, &l->w, r);
	/* once per run, whichever thread meets it first */
	if (l->w.regex_gaveup >= 0 && !__atomic_exchange_n(&c->warned_regex, 1, __ATOMIC_RELAXED)) {
		const rule *ru = &x->lang[l->w.lang].rules.v[l->w.regex_gaveup];
		warn("%s:%d: regex gave up (match or depth limit) on record %s; the rule is skipped where that happens",
		     ru->file, ru->line, rec->id ? rec->id : "?");
	}
	if (c->brief) {
		buf_printf(b, "%-12s %s  %d  ", rec->id ? rec->id : "?", LANG_CODES[l->w.lang], r->intensity);
		int shown = 0;
		for (size_t k = 0; k < r->tags.n; k++) {
			const tag_hitset *ts = &r->tags.v[k];
			if (!ts->fired) continue;
			buf_printf(b, "%s%s", shown++ ? " " : "", x->tags.v[ts->tag].name);
			if ((int)ts->tag == x->tag_long_hold && r->minutes >= 0) buf_printf(b, "(%.0f min)", r->minutes);
			if ((int)ts->tag == x->tag_unresolved && r->contacts >= 0) buf_printf(b, "(%.0fx)", r->contacts);
		}
		if (!shown) buf_adds(b, "-");
		buf_addc(b, '\n');
		return;
	}
	size_t nf = nfields;
	if (!l->w.lang_given) add_lang_fields(b, &l->w, nf++ == 0);
	tag_to_json(x, &l->w, r, b, nf == 0);
	buf_adds(b, "}\n");
}

int cmd_tag(int argc, char **argv)
{
	struct ctx c = { 0 };
	stage_open(&c.s, &cmd_tag_def, argc, argv, 1);
	c.brief = cli_has(&c.s.a, "brief");
	tag_result *r = xcalloc((size_t)c.s.jobs, sizeof *r);
	for (int i = 0; i < c.s.jobs; i++) c.s.lanes[i].extra = &r[i];
	stage_job j = { !c.brief, drop, body, &c };
	int rc = stage_run(&c.s, &j);
	for (int i = 0; i < c.s.jobs; i++) tag_result_free(&r[i]);
	free(r);
	stage_close(&c.s);
	return rc;
}
