/*
 * cmd_analyze.c — `gripe analyze [FILE]...`: read, identify the language,
 * tokenise, tag and aggregate in one process, with no JSON between the
 * stages; -j N runs the stages on N threads.
 *
 * The main thread reads records into batches; N-1 workers tag a batch and
 * add it to their own aggregate, and so does the main thread whenever it
 * would otherwise wait for a free batch; the main thread writes the
 * per-record output (--tagged) in input order; at the end the aggregates
 * are merged.
 * Aggregates are order-independent (report.h), so the report is the same
 * for every N, and the same as `read | lang | tag | report`.
 */
#include "cmd.h"
#include "report.h"
#include "reportcli.h"
#include "tag.h"
#include "history.h"
#include <pthread.h>
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

#define BATCH 512

typedef struct item {
	size_t pass;                 /* offset of the record's JSON (no brace) in batch.pass */
	size_t passlen, nfields;
	const char *id, *lang, *date, *channel, *text;
	size_t text_len;
	int error, truncated;
} item;

enum { EMPTY, READY, BUSY, DONE };

typedef struct batch {
	item it[BATCH];
	size_t n, seq;
	int state;
	arena mem;
	buf pass, out;
} batch;

typedef struct shared {
	const engine *e;
	batch *b;
	int nb, tagged, eof;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
} shared;

typedef struct wstate {
	shared *s;
	worker w;
	tag_result r;
	report agg;
	pthread_t th;
} wstate;

static const char *const DROP[] = { "tags", "negated", "intensity", "tokens", NULL };
static const char *const DROP_LANG[] = { "tags", "negated", "intensity", "tokens", "lang", "lang_score", NULL };

static void process(wstate *ws, batch *b)
{
	const lexicon *x = ws->s->e->lex;
	buf_reset(&b->out);
	for (size_t i = 0; i < b->n; i++) {
		item *it = &b->it[i];
		report_rec rr;
		memset(&rr, 0, sizeof rr);
		rr.id = it->id; rr.date = it->date; rr.channel = it->channel; rr.text = it->text;
		rr.text_len = it->text_len; rr.error = it->error; rr.truncated = it->truncated;
		if (it->error) {
			rr.lang = it->lang;
			report_add(&ws->agg, &rr);
			if (ws->s->tagged) { buf_add(&b->out, b->pass.data + it->pass, it->passlen); buf_add(&b->out, "}\n", 2); }
			continue;
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
		if (ws->s->tagged) {
			buf_add(&b->out, b->pass.data + it->pass, it->passlen);
			size_t nf = it->nfields;
			if (!ws->w.lang_given) add_lang_fields(&b->out, &ws->w, nf++ == 0);
			tag_to_json(x, &ws->w, &ws->r, &b->out, nf == 0);
			buf_add(&b->out, "}\n", 2);
		}
	}
}

static void *run(void *p)
{
	wstate *ws = p;
	shared *s = ws->s;
	pthread_mutex_lock(&s->mu);
	for (;;) {
		batch *pick = NULL;
		for (int i = 0; i < s->nb; i++)
			if (s->b[i].state == READY && (!pick || s->b[i].seq < pick->seq)) pick = &s->b[i];
		if (!pick) {
			if (s->eof) break;
			pthread_cond_wait(&s->work, &s->mu);
			continue;
		}
		pick->state = BUSY;
		pthread_mutex_unlock(&s->mu);
		process(ws, pick);
		pthread_mutex_lock(&s->mu);
		pick->state = DONE;
		pthread_cond_broadcast(&s->done);
	}
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

struct ctx {
	shared s;
	wstate *ws;
	int jobs;
	batch *cur;
	size_t seq, next_out;
	out *tagged;
};

static char *keep(batch *b, const char *s) { return s ? arena_strndup(&b->mem, s, strlen(s)) : NULL; }

/* Write finished batches in order; with block, wait for the next one. */
static void flush(struct ctx *c, int block)
{
	shared *s = &c->s;
	for (;;) {
		batch *b = NULL;
		for (int i = 0; i < s->nb; i++) if (s->b[i].state != EMPTY && s->b[i].seq == c->next_out) b = &s->b[i];
		if (!b) return;
		while (b->state != DONE) {
			if (!block) return;
			/* rather than wait, the main thread tags a batch itself:
			 * the next one due, or any other no worker has taken */
			batch *mine = b->state == READY ? b : NULL;
			for (int i = 0; i < s->nb && !mine; i++)
				if (s->b[i].state == READY) mine = &s->b[i];
			if (!mine) { pthread_cond_wait(&s->done, &s->mu); continue; }
			mine->state = BUSY;
			pthread_mutex_unlock(&s->mu);
			process(&c->ws[0], mine);
			pthread_mutex_lock(&s->mu);
			mine->state = DONE;
		}
		if (c->tagged) {
			pthread_mutex_unlock(&s->mu);
			out_write(c->tagged, b->out.data, b->out.len);
			pthread_mutex_lock(&s->mu);
		}
		b->state = EMPTY;
		c->next_out++;
	}
}

static void submit(struct ctx *c)
{
	shared *s = &c->s;
	pthread_mutex_lock(&s->mu);
	c->cur->state = READY;
	pthread_cond_broadcast(&s->work);
	flush(c, 0);
	pthread_mutex_unlock(&s->mu);
	c->cur = NULL;
}

static batch *free_batch(struct ctx *c)
{
	shared *s = &c->s;
	pthread_mutex_lock(&s->mu);
	for (;;) {
		for (int i = 0; i < s->nb; i++)
			if (s->b[i].state == EMPTY) {
				batch *b = &s->b[i];
				pthread_mutex_unlock(&s->mu);
				b->n = 0;
				b->seq = c->seq++;
				arena_reset(&b->mem);
				buf_reset(&b->pass);
				return b;
			}
		flush(c, 1);
	}
}

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (!c->cur) c->cur = free_batch(c);
	batch *b = c->cur;
	item *it = &b->it[b->n++];
	memset(it, 0, sizeof *it);
	it->id = keep(b, rec->id);
	it->lang = keep(b, rec->lang);
	it->date = keep(b, rec->date);
	it->channel = keep(b, rec->channel);
	it->text = arena_strndup(&b->mem, rec->text, rec->text_len);
	it->text_len = rec->text_len;
	it->error = rec->error;
	it->truncated = record_get(rec, "truncated") != NULL;
	if (c->tagged) {
		it->pass = b->pass.len;
		int given = !rec->error && lang_from_code(rec->lang) != LANG_UND;
		it->nfields = record_open(rec, &b->pass, rec->error ? NULL : given ? DROP : DROP_LANG);
		it->passlen = b->pass.len - it->pass;
	}
	if (b->n == BATCH) submit(c);
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
	struct ctx c;
	memset(&c, 0, sizeof c);
	c.jobs = jobs;
	c.s.e = &e;
	c.s.nb = jobs * 2 + 2;
	c.s.b = xcalloc((size_t)c.s.nb, sizeof *c.s.b);
	pthread_mutex_init(&c.s.mu, NULL);
	pthread_cond_init(&c.s.work, NULL);
	pthread_cond_init(&c.s.done, NULL);
	const char *tp = cli_get(&a, "tagged");
	c.tagged = tp ? out_open(tp) : NULL;
	c.s.tagged = c.tagged != NULL;
	c.ws = xcalloc((size_t)jobs, sizeof *c.ws);
	for (int i = 0; i < jobs; i++) {
		c.ws[i].s = &c.s;
		worker_init(&c.ws[i].w, &e);
		report_init(&c.ws[i].agg, e.lex, rs.examples, rs.period);
		/* ws[0] is the main thread's: it reads, and tags when it would wait */
		if (i > 0 && pthread_create(&c.ws[i].th, NULL, run, &c.ws[i]) != 0) die("cannot start a thread:");
	}
	int rc = run_records(&a, &ro, each, &c);
	if (c.cur) submit(&c);
	pthread_mutex_lock(&c.s.mu);
	c.s.eof = 1;
	pthread_cond_broadcast(&c.s.work);
	while (c.next_out < c.seq) flush(&c, 1);
	pthread_mutex_unlock(&c.s.mu);
	for (int i = 1; i < jobs; i++) pthread_join(c.ws[i].th, NULL);
	if (c.tagged) out_close(c.tagged);
	char err[256];
	for (int i = 1; i < jobs; i++) report_merge(&c.ws[0].agg, &c.ws[i].agg, err, sizeof err);
	if (hdb) {
		char herr[1024];
		if (history_store(hdb, &c.ws[0].agg, rs.run_period, herr, sizeof herr) < 0) {
			fprintf(stderr, "gripe: %s: %s\n", cli_get(&a, "db"), herr);
			rc = EXIT_FAIL;
		}
		history_close(hdb);
	}
	report_emit(&c.ws[0].agg, &rs);
	for (int i = 0; i < jobs; i++) {
		report_free(&c.ws[i].agg);
		tag_result_free(&c.ws[i].r);
		worker_free(&c.ws[i].w);
	}
	for (int i = 0; i < c.s.nb; i++) { arena_free(&c.s.b[i].mem); buf_free(&c.s.b[i].pass); buf_free(&c.s.b[i].out); }
	free(c.s.b);
	free(c.ws);
	engine_free(&e);
	cli_free(&a);
	return rc;
}
