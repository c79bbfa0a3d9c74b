/*
 * cmd_common.c — the record loop and JSON output shared by the commands.
 */
#include "cmd.h"
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void reader_opts_from_cli(const cli_args *a, reader_opts *o)
{
	memset(o, 0, sizeof *o);
	const char *f = cli_get(a, cli_knows(a, "input-format") ? "input-format" : "format");
	if (!f || !strcmp(f, "auto")) o->format = FMT_AUTO;
	else if (!strcmp(f, "csv")) o->format = FMT_CSV;
	else if (!strcmp(f, "tsv")) o->format = FMT_TSV;
	else if (!strcmp(f, "jsonl") || !strcmp(f, "json")) o->format = FMT_JSONL;
	else if (!strcmp(f, "lines")) o->format = FMT_LINES;
	else cli_usage_error(a->cmd, "unknown format '%s' (auto, csv, tsv, jsonl, lines)", f);
	const char *d = cli_get(a, "delimiter");
	if (d) {
		if (!strcmp(d, "\\t") || !strcmp(d, "tab")) o->delimiter = '\t';
		else if (strlen(d) == 1) o->delimiter = d[0];
		else cli_usage_error(a->cmd, "--delimiter wants one character, not '%s'", d);
	}
	o->no_header = cli_has(a, "no-header");
	o->col_text = cli_get(a, "text");
	o->col_id = cli_get(a, "id");
	o->col_date = cli_get(a, "date");
	o->col_channel = cli_get(a, "channel");
	o->col_lang = cli_get(a, "lang");
	o->max_bytes = (size_t)cli_long(a, "max-bytes", 1L << 20, 1, 1L << 40);
	o->multi = a->npos > 1;
	if (cli_has(a, "quiet")) g_quiet = 1;
}

/* Progress on stderr: bytes, records, records per second and, when the
 * input size is known, percentage and time left; redrawn four times a
 * second on one line. */
typedef struct progress {
	int on;
	double start, last;
	size_t total, done_before, records;
} progress;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress_show(progress *p, size_t bytes, int final)
{
	double t = now_s();
	if (!final && t - p->last < 0.25) return;
	p->last = t;
	double el = t - p->start > 1e-6 ? t - p->start : 1e-6;
	fprintf(stderr, "\rgripe: %.1f MB, %zu records, %.0f records/s", bytes / 1e6, p->records, p->records / el);
	if (p->total) {
		double f = (double)bytes / (double)p->total;
		if (f > 1) f = 1;
		double left = f > 0 ? el * (1 - f) / f : 0;
		fprintf(stderr, ", %3.0f%%, %d:%02d left", 100 * f, (int)left / 60, (int)left % 60);
	}
	fputs(final ? "\n" : "   ", stderr);
	fflush(stderr);
}

int run_records(const cli_args *a, const reader_opts *ro, record_fn fn, void *ctx)
{
	int rc = EXIT_OK, n = a->npos ? a->npos : 1;
	size_t errors = 0;
	progress pg = { 0 };
	pg.on = !g_quiet && !cli_has(a, "no-progress") && (cli_has(a, "progress") || isatty(2));
	if (pg.on) {
		pg.start = pg.last = now_s();
		for (int i = 0; i < a->npos; i++) {
			struct stat st;
			if (strcmp(a->pos[i], "-") && stat(a->pos[i], &st) == 0 && S_ISREG(st.st_mode)) pg.total += (size_t)st.st_size;
			else { pg.total = 0; break; }
		}
		if (!a->npos) pg.total = 0;
	}
	for (int i = 0; i < n; i++) {
		const char *path = a->npos ? a->pos[i] : "-";
		char err[2048];
		reader *r = reader_open(path, ro, err, sizeof err);
		if (!r) { fprintf(stderr, "gripe: %s\n", err); rc = EXIT_FAIL; continue; }
		record *rec;
		int k;
		while ((k = reader_next(r, &rec, err, sizeof err)) > 0) {
			const char *w = reader_warning(r);
			if (w) warn("%s", w);
			fn(rec, ctx);
			if (pg.on && (++pg.records & 255) == 0) progress_show(&pg, pg.done_before + reader_bytes(r), 0);
		}
		pg.done_before += reader_bytes(r);
		if (k < 0) { fprintf(stderr, "gripe: %s\n", err); rc = EXIT_FAIL; }
		const reader_stats *st = reader_get_stats(r);
		if (st->bad_utf8)
			warn("%s: %zu invalid UTF-8 sequence%s replaced by U+FFFD", reader_name(r),
			     st->bad_utf8, st->bad_utf8 == 1 ? "" : "s");
		if (st->truncated)
			warn("%s: %zu text%s longer than --max-bytes truncated", reader_name(r),
			     st->truncated, st->truncated == 1 ? "" : "s");
		errors += st->errors;
		reader_close(r);
	}
	if (pg.on) progress_show(&pg, pg.done_before, 1);
	if (errors) {
		warn("%zu record%s could not be read", errors, errors == 1 ? "" : "s");
		if (cli_has(a, "strict")) rc = EXIT_FAIL;
	}
	return rc;
}

void emit_record(out *o, const record *rec)
{
	buf *b = out_buf(o);
	record_open(rec, b, NULL);
	buf_add(b, "}\n", 2);
	out_end(o);
}

void stage_open(stage *s, const cli_cmd *c, int argc, char **argv, int with_lexicon)
{
	memset(s, 0, sizeof *s);
	cli_parse(c, argc, argv, &s->a);
	reader_opts_from_cli(&s->a, &s->ro);
	s->jobs = cli_knows(&s->a, "jobs") ? (int)cli_long(&s->a, "jobs", 1, 1, 64) : 1;
	engine_from_cli(&s->a, &s->e, with_lexicon);
	s->lanes = xcalloc((size_t)s->jobs, sizeof *s->lanes);
	for (int i = 0; i < s->jobs; i++) {
		s->lanes[i].s = s;
		worker_init(&s->lanes[i].w, &s->e);
	}
	s->o = out_open(cli_get(&s->a, "output"));
}

struct run { stage *s; const stage_job *j; pool *p; };

/* one thread: the record written straight into the output, no copy */
static void direct(record *rec, void *p)
{
	struct run *u = p;
	pool_rec r;
	pool_rec_view(&r, rec);
	buf *b = out_buf(u->s->o);
	size_t nf = u->j->fields ? record_open(rec, b, u->j->drop(rec, u->j->cmd)) : 0;
	u->j->body(&u->s->lanes[0], &r, nf, b);
	out_end(u->s->o);
}

static void pooled(record *rec, void *p)
{
	struct run *u = p;
	pool_add(u->p, rec, u->j->fields, u->j->fields ? u->j->drop(rec, u->j->cmd) : NULL);
}

static void pooled_body(void *tctx, const pool_rec *r, buf *b)
{
	lane *l = tctx;
	if (l->job->fields) buf_add(b, r->pass, r->pass_len);
	l->job->body(l, r, l->job->fields ? r->nfields : 0, b);
}

int stage_run(stage *s, const stage_job *j)
{
	struct run u = { s, j, NULL };
	for (int i = 0; i < s->jobs; i++) s->lanes[i].job = j;
	if (s->jobs == 1) return run_records(&s->a, &s->ro, direct, &u);
	void **tctx = xcalloc((size_t)s->jobs, sizeof *tctx);
	for (int i = 0; i < s->jobs; i++) tctx[i] = &s->lanes[i];
	u.p = pool_new(s->jobs, tctx, pooled_body, s->o);
	int rc = run_records(&s->a, &s->ro, pooled, &u);
	pool_end(u.p);
	free(tctx);
	return rc;
}

void stage_close(stage *s)
{
	out_close(s->o);
	for (int i = 0; i < s->jobs; i++) {
		worker_free(&s->lanes[i].w);
		buf_free(&s->lanes[i].tmp);
	}
	free(s->lanes);
	engine_free(&s->e);
	cli_free(&s->a);
}

void add_lang_fields(buf *b, const worker *w, int first)
{
	buf_adds(b, first ? "\"lang\":\"" : ",\"lang\":\"");
	buf_adds(b, LANG_CODES[w->lang]);
	buf_adds(b, "\",\"lang_score\":");
	buf_add_dec3(b, worker_lang_score(w));
}

void buf_add_dec3(buf *b, double x)
{
	if (x < 0) { buf_addc(b, '-'); x = -x; }
	unsigned long long m = (unsigned long long)(x * 1000 + 0.5);
	buf_addu(b, m / 1000);
	unsigned f = (unsigned)(m % 1000);
	if (!f) return;
	char d[5] = { '.', (char)('0' + f / 100), (char)('0' + f / 10 % 10), (char)('0' + f % 10), 0 };
	int n = 4;
	while (d[n - 1] == '0') n--;
	buf_add(b, d, (size_t)n);
}

void engine_from_cli(const cli_args *a, engine *e, int with_lexicon)
{
	char *dir = lexdir_find(cli_get(a, "lexicons"));
	if (!dir) die("cannot find the lexicons: name them with --lexicons DIR or $GRIPE_LEXICONS");
	char err[1024];
	if (with_lexicon && cli_has(a, "no-learned")) with_lexicon |= ENGINE_NO_LEARNED;
	int rc = engine_init(e, dir, with_lexicon, err, sizeof err);
	free(dir);
	if (rc < 0) {
		fprintf(stderr, "gripe: %s\n", err);
		exit(EXIT_FAIL);
	}
}


#include "reportcli.h"
#include <unistd.h>

void report_settings_from_cli(const cli_args *a, report_settings *s)
{
	memset(s, 0, sizeof *s);
	const char *f = cli_get(a, "format");
	if (!f || !strcmp(f, "text")) s->format = RF_TEXT;
	else if (!strcmp(f, "md") || !strcmp(f, "markdown")) s->format = RF_MD;
	else if (!strcmp(f, "json")) s->format = RF_JSON;
	else if (!strcmp(f, "csv")) s->format = RF_CSV;
	else if (!strcmp(f, "html")) s->format = RF_HTML;
	else cli_usage_error(a->cmd, "unknown report format '%s' (text, md, json, csv, html)", f);
	s->examples = (int)cli_long(a, "examples", 3, 0, 100);
	const char *p = cli_get(a, "period");
	if (!p || !strcmp(p, "week")) s->period = 'w';
	else if (!strcmp(p, "month")) s->period = 'm';
	else if (!strcmp(p, "day")) s->period = 'd';
	else {
		char tmp[32];
		if (report_period(p, 'd', tmp, sizeof tmp) < 0 || strlen(p) != 10)
			cli_usage_error(a->cmd, "unknown period '%s' (week, month, day, or a date YYYY-MM-DD)", p);
		s->period = 'w';
		s->run_period = p;
	}
	s->state = cli_has(a, "state");
	s->output = cli_get(a, "output");
	const char *nc = getenv("NO_COLOR");
	s->colour = !s->output && isatty(1) && !(nc && *nc);
}

void report_emit(const report *r, const report_settings *s)
{
	buf b = {0};
	if (s->state) report_state_write(r, &b);
	else report_render(r, s->format, s->colour, &b);
	out *o = out_open(s->output);
	out_write(o, b.data ? b.data : "", b.len);
	out_close(o);
	buf_free(&b);
}
