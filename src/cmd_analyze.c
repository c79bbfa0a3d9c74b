/*
 * cmd_analyze.c — `gripe analyze [FILE]...`: read, identify the language,
 * tokenise, tag and aggregate in one process, with no JSON between the
 * stages; -j N runs the stages on N threads.
 *
 * The records go through a pool (pool.h): each thread tags records and
 * adds them to its own aggregate; the per-record output (--tagged) is
 * written in input order; at the end the aggregates are merged.
 * Aggregates are order-independent (report.h), so the report is the same
 * for every N, and the same as `read | lang | tag | report`.
 */
#include "cmd.h"
#include "report.h"
#include "reportcli.h"
#include "tag.h"
#include "history.h"
#include "pool.h"
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	READER_OPTS_REPORT,
	LEXICON_OPT,
	LEARNED_OPT,
	REPORT_OPTS,
	{ "tagged", 't', "FILE", "also write the tagged records (JSON Lines) to FILE" },
	{ "jobs", 'j', "N", "threads (default 1)" },
	{ "db", 0, "FILE", "store the aggregate per period in the SQLite history FILE" },
	{ 0 }
};

int cmd_analyze(int argc, char **argv);
const cli_cmd cmd_analyze_def = { "analyze", cmd_analyze, "[FILE]...",
	"Read, tag and report in one process: the whole job, fused (-j N threads).", opts };

typedef struct wstate {
	const engine *e;
	int tagged;
	worker w;
	tag_result r;
	report agg;
} wstate;

static const char *const DROP[] = { "tags", "negated", "intensity", "tokens", NULL };
static const char *const DROP_LANG[] = { "tags", "negated", "intensity", "tokens", "lang", "lang_score", NULL };

/* pool_fn: tag one record, add it to this thread's aggregate and, with
 * --tagged, write it */
static void process(void *tctx, const pool_rec *it, buf *o)
{
	wstate *ws = tctx;
	const lexicon *x = ws->e->lex;
	report_rec rr;
	memset(&rr, 0, sizeof rr);
	rr.id = it->id; rr.date = it->date; rr.channel = it->channel; rr.text = it->text;
	rr.text_len = it->text_len; rr.error = it->error; rr.truncated = it->truncated;
	if (it->error) {
		rr.lang = it->lang;
		report_add(&ws->agg, &rr);
		if (ws->tagged) { buf_add(o, it->pass, it->pass_len); buf_add(o, "}\n", 2); }
		return;
	}
	worker_prepare(&ws->w, it->text, it->text_len, it->lang, 0);
	tag_record(x, &ws->w, &ws->r);
	rr.lang = LANG_CODES[ws->w.lang];
	rr.intensity = ws->r.intensity;
	for (size_t k = 0; k < ws->r.tags.n && rr.ntags < REPORT_MAX_TAGS; k++) {
		const tag_hitset *ts = &ws->r.tags.v[k];
		if (!ts->fired) continue;
		rr.t[rr.ntags].tag = (int)ts->tag;
		rr.t[rr.ntags].evidence = tag_evidence(&ws->r, ts, &rr.t[rr.ntags].start, &rr.t[rr.ntags].end);
		rr.t[rr.ntags].minutes = (int)ts->tag == x->tag_long_hold && ws->r.minutes >= 0 ? (long long)ws->r.minutes : -1;
		rr.t[rr.ntags].contacts = (int)ts->tag == x->tag_unresolved && ws->r.contacts >= 0 ? (long long)ws->r.contacts : -1;
		rr.ntags++;
	}
	report_add(&ws->agg, &rr);
	if (ws->tagged) {
		buf_add(o, it->pass, it->pass_len);
		size_t nf = it->nfields;
		if (!ws->w.lang_given) add_lang_fields(o, &ws->w, nf++ == 0);
		tag_to_json(x, &ws->w, &ws->r, o, nf == 0);
		buf_add(o, "}\n", 2);
	}
}

struct ctx { pool *p; int tagged; };

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	int given = !rec->error && lang_from_code(rec->lang) != LANG_UND;
	pool_add(c->p, rec, c->tagged, rec->error ? NULL : given ? DROP : DROP_LANG);
}

int cmd_analyze(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_analyze_def, argc, argv, &a);
	reader_opts ro;
	reader_opts_from_cli(&a, &ro);
	report_settings rs;
	report_settings_from_cli(&a, &rs);
	int jobs = (int)cli_long(&a, "jobs", 1, 1, 64);
	engine e;
	engine_from_cli(&a, &e, 1);
	history *hdb = NULL;
	if (cli_get(&a, "db")) {
		char herr[1024];
		hdb = history_open(cli_get(&a, "db"), 0, herr, sizeof herr);
		if (!hdb) { fprintf(stderr, "gripe: %s\n", herr); engine_free(&e); cli_free(&a); return EXIT_FAIL; }
	}
	const char *tp = cli_get(&a, "tagged");
	out *tagged = tp ? out_open(tp) : NULL;
	wstate *ws = xcalloc((size_t)jobs, sizeof *ws);
	void **tctx = xcalloc((size_t)jobs, sizeof *tctx);
	for (int i = 0; i < jobs; i++) {
		ws[i].e = &e;
		ws[i].tagged = tagged != NULL;
		worker_init(&ws[i].w, &e);
		report_init(&ws[i].agg, e.lex, rs.examples, rs.period);
		tctx[i] = &ws[i];
	}
	struct ctx c = { pool_new(jobs, tctx, process, tagged), tagged != NULL };
	int rc = run_records(&a, &ro, each, &c);
	pool_end(c.p);
	if (tagged) out_close(tagged);
	char err[256];
	for (int i = 1; i < jobs; i++) report_merge(&ws[0].agg, &ws[i].agg, err, sizeof err);
	if (hdb) {
		char herr[1024];
		if (history_store(hdb, &ws[0].agg, rs.run_period, herr, sizeof herr) < 0) {
			fprintf(stderr, "gripe: %s: %s\n", cli_get(&a, "db"), herr);
			rc = EXIT_FAIL;
		}
		history_close(hdb);
	}
	report_emit(&ws[0].agg, &rs);
	for (int i = 0; i < jobs; i++) {
		report_free(&ws[i].agg);
		tag_result_free(&ws[i].r);
		worker_free(&ws[i].w);
	}
	free(ws);
	free(tctx);
	engine_free(&e);
	cli_free(&a);
	return rc;
}
