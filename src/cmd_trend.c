/*
 * cmd_trend.c — `gripe trend --db FILE`: the series of every root cause
 * and tag over the last periods of the history, spikes, and alerts that
 * end a nightly job with exit 1.
 *
 * Default spike rule (used when no --alert is given): with at least three
 * trailing periods, a cause or tag alerts when its latest count is at
 * least 5, at least twice its trailing mean, and above the trailing mean
 * plus three standard deviations, where the SD is never taken below the
 * Poisson noise of the mean (sqrt(mean)) nor below 1.  Tiny counts and
 * young histories never alert.
 *
 * --alert NAME>VALUE (repeatable; NAME a cause, a tag or "any"):
 *   rudeness>2x     latest > 2 x trailing mean (and at least 3 records)
 *   conduct>50%     latest > trailing mean + 50% (and at least 3 records)
 *   long_hold>10    latest > 10 records
 */
#include "cmd.h"
#include "history.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	{ "db", 0, "FILE", "the SQLite history written by analyze --db (required)" },
	{ "periods", 'n', "N", "how many of the latest periods (default 8)" },
	{ "alert", 'a', "RULE", "alert rule NAME>2x, NAME>50% or NAME>N (repeatable)" },
	{ "format", 'F', "FMT", "text (default), json, md or html" },
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ "quiet", 'q', NULL, "print nothing but errors and alerts" },
	{ 0 }
};

int cmd_trend(int argc, char **argv);
const cli_cmd cmd_trend_def = { "trend", cmd_trend, "--db FILE",
	"Show causes and tags over the last periods of the history and alert on spikes.", opts };

typedef struct stat1 { double mean, sd; int trailing; long long latest; } stat1;

static stat1 stats(const hseries *s, int n)
{
	stat1 st = { 0, 0, n - 1, n ? s->n[n - 1] : 0 };
	if (n < 2) return st;
	for (int i = 0; i < n - 1; i++) st.mean += (double)s->n[i];
	st.mean /= (n - 1);
	for (int i = 0; i < n - 1; i++) st.sd += ((double)s->n[i] - st.mean) * ((double)s->n[i] - st.mean);
	st.sd = sqrt(st.sd / (n - 1));
	return st;
}

static int default_spike(const stat1 *st)
{
	if (st->trailing < 3 || st->latest < 5) return 0;
	/* counts are noisy by nature: never trust an SD below Poisson noise */
	double sd = st->sd > sqrt(st->mean) ? st->sd : sqrt(st->mean);
	if (sd < 1) sd = 1;
	return st->latest >= 2 * st->mean && (double)st->latest > st->mean + 3 * sd;
}

typedef struct rulex { char name[64]; char unit; double value; const char *src; } rulex;

static int parse_rule(const char *s, rulex *r)
{
	const char *gt = strchr(s, '>');
	if (!gt || gt == s || (size_t)(gt - s) >= sizeof r->name) return -1;
	memcpy(r->name, s, (size_t)(gt - s));
	r->name[gt - s] = 0;
	char *end;
	r->value = strtod(gt + 1, &end);
	if (end == gt + 1 || r->value < 0) return -1;
	r->unit = *end == 'x' ? 'x' : *end == '%' ? '%' : 'n';
	if (*end && end[1]) return -1;
	if (*end && *end != 'x' && *end != '%') return -1;
	r->src = s;
	return 0;
}

static int fires(const rulex *r, const stat1 *st)
{
	if (r->unit == 'n') return (double)st->latest > r->value;
	if (st->trailing < 1 || st->latest < 3) return 0;
	if (r->unit == 'x') return (double)st->latest > r->value * st->mean;
	return (double)st->latest > st->mean * (1 + r->value / 100);
}

static void esc(buf *b, const char *s)
{
	for (; *s; s++)
		if (*s == '<') buf_adds(b, "&lt;"); else if (*s == '>') buf_adds(b, "&gt;");
		else if (*s == '&') buf_adds(b, "&amp;"); else if (*s == '"') buf_adds(b, "&quot;"); else buf_addc(b, *s);
}

int cmd_trend(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_trend_def, argc, argv, &a);
	const char *dbp = cli_get(&a, "db");
	if (!dbp) cli_usage_error(&cmd_trend_def, "%s", "--db FILE is required");
	if (cli_has(&a, "quiet")) g_quiet = 1;
	int np = (int)cli_long(&a, "periods", 8, 2, 10000);
	const char *fmt = cli_get(&a, "format");
	if (fmt && strcmp(fmt, "text") && strcmp(fmt, "json") && strcmp(fmt, "md") && strcmp(fmt, "html"))
		cli_usage_error(&cmd_trend_def, "unknown format '%s' (text, json, md, html)", fmt);
	VEC(rulex) rules = {0};
	for (const char *const *v = cli_all(&a, "alert"); *v; v++) {
		rulex r;
		if (parse_rule(*v, &r) < 0) cli_usage_error(&cmd_trend_def, "bad alert rule '%s' (NAME>2x, NAME>50%%, NAME>N)", *v);
		VEC_PUSH(&rules, r);
	}
	char err[1024];
	history *h = history_open(dbp, 1, err, sizeof err);
	if (!h) { fprintf(stderr, "gripe: %s\n", err); free(rules.v); cli_free(&a); return EXIT_FAIL; }
	htrend t;
	if (history_load(h, np, &t, err, sizeof err) < 0) {
		fprintf(stderr, "gripe: %s: %s\n", dbp, err);
		history_close(h);
		htrend_free(&t);
		free(rules.v);
		cli_free(&a);
		return EXIT_FAIL;
	}
	history_close(h);
	for (size_t i = 0; i < rules.n; i++) {
		int known = !strcmp(rules.v[i].name, "any");
		for (size_t k = 0; k < t.series.n; k++) known |= !strcmp(t.series.v[k].name, rules.v[i].name);
		if (!known && t.nperiods) {
			fprintf(stderr, "gripe: --alert %s: no cause or tag named '%s'\n", rules.v[i].src, rules.v[i].name);
			htrend_free(&t);
			free(rules.v);
			cli_free(&a);
			return EXIT_FAIL;
		}
	}
	int n = t.nperiods, alerts = 0;
	buf b = {0}, al = {0};
	const char *last = n ? t.periods[n - 1] : "";
	/* alerts */
	for (size_t k = 0; k < t.series.n; k++) {
		const hseries *s = &t.series.v[k];
		stat1 st = stats(s, n);
		if (!rules.n) {
			if (default_spike(&st)) {
				buf_printf(&al, "gripe: alert: %s %s: %lld in %s, trailing mean %.1f (sd %.1f) [spike rule]\n",
					   s->kind == 'c' ? "cause" : "tag", s->name, st.latest, last, st.mean, st.sd);
				alerts++;
			}
			continue;
		}
		for (size_t i = 0; i < rules.n; i++)
			if ((!strcmp(rules.v[i].name, s->name) || !strcmp(rules.v[i].name, "any")) && fires(&rules.v[i], &st)) {
				buf_printf(&al, "gripe: alert: %s %s: %lld in %s, trailing mean %.1f [%s]\n",
					   s->kind == 'c' ? "cause" : "tag", s->name, st.latest, last, st.mean, rules.v[i].src);
				alerts++;
			}
	}
	if (!fmt || !strcmp(fmt, "text") || !strcmp(fmt, "md")) {
		int md = fmt && !strcmp(fmt, "md");
		int first = n > 6 ? n - 6 : 0;             /* at most 6 columns: 100 wide */
		if (md) buf_printf(&b, "# gripe trend\n\n%d periods, %s .. %s\n\n| kind | name |", n, n ? t.periods[0] : "-", last);
		else buf_printf(&b, "gripe trend: %d periods, %s .. %s\n%-6s %-20s", n, n ? t.periods[0] : "-", last, "kind", "name");
		for (int i = first; i < n; i++) buf_printf(&b, md ? " %s |" : " %10.10s", t.periods[i]);
		buf_adds(&b, md ? " trailing mean | spike |\n|---|---|" : "  mean  spike\n");
		if (md) { for (int i = first; i < n; i++) buf_adds(&b, "---:|"); buf_adds(&b, "---:|---|\n"); }
		buf_printf(&b, md ? "| | records |" : "%-6s %-20s", "", "records");
		for (int i = first; i < n; i++) buf_printf(&b, md ? " %lld |" : " %10lld", t.records[i]);
		buf_adds(&b, md ? " | |\n" : "\n");
		for (size_t k = 0; k < t.series.n; k++) {
			const hseries *s = &t.series.v[k];
			long long any = 0;
			for (int i = 0; i < n; i++) any += s->n[i];
			if (!any) continue;
			stat1 st = stats(s, n);
			buf_printf(&b, md ? "| %s | %s |" : "%-6s %-20s", s->kind == 'c' ? "cause" : "tag", s->name);
			for (int i = first; i < n; i++) buf_printf(&b, md ? " %lld |" : " %10lld", s->n[i]);
			buf_printf(&b, md ? " %.1f | %s |\n" : " %5.1f  %s\n", st.mean, default_spike(&st) ? "yes" : "");
		}
	} else if (!strcmp(fmt, "json")) {
		buf_printf(&b, "{\"schema\":\"gripe-trend/1\",\"periods\":[");
		for (int i = 0; i < n; i++) { if (i) buf_addc(&b, ','); json_add_string(&b, t.periods[i], strlen(t.periods[i])); }
		buf_adds(&b, "],\"records\":[");
		for (int i = 0; i < n; i++) buf_printf(&b, "%s%lld", i ? "," : "", t.records[i]);
		buf_adds(&b, "],\"series\":[");
		for (size_t k = 0; k < t.series.n; k++) {
			const hseries *s = &t.series.v[k];
			stat1 st = stats(s, n);
			buf_printf(&b, "%s{\"kind\":\"%s\",\"name\":", k ? "," : "", s->kind == 'c' ? "cause" : "tag");
			json_add_string(&b, s->name, strlen(s->name));
			buf_adds(&b, ",\"counts\":[");
			for (int i = 0; i < n; i++) buf_printf(&b, "%s%lld", i ? "," : "", s->n[i]);
			buf_printf(&b, "],\"latest\":%lld,\"trailing_mean\":%.3f,\"trailing_sd\":%.3f,\"spike\":%s}",
				   st.latest, st.mean, st.sd, default_spike(&st) ? "true" : "false");
		}
		buf_printf(&b, "],\"alerts\":%d}\n", alerts);
	} else {
		buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
			 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
			 "<title>gripe trend</title><style>body{font-family:sans-serif;max-width:980px;margin:2em auto}"
			 "td,th{padding:3px 8px;text-align:right}</style></head><body>\n<h1>gripe trend</h1>\n");
		long long max = 1;
		for (size_t k = 0; k < t.series.n; k++)
			if (t.series.v[k].kind == 'c') for (int i = 0; i < n; i++) if (t.series.v[k].n[i] > max) max = t.series.v[k].n[i];
		static const char *col[] = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7" };
		buf_adds(&b, "<svg role=\"img\" aria-label=\"records per cause and period\" width=\"760\" height=\"280\" viewBox=\"0 0 760 280\">\n"
			 "<line x1=\"40\" y1=\"230\" x2=\"600\" y2=\"230\" stroke=\"#999\"/><line x1=\"40\" y1=\"20\" x2=\"40\" y2=\"230\" stroke=\"#999\"/>\n");
		buf_printf(&b, "<text x=\"0\" y=\"30\" font-size=\"11\">%lld</text><text x=\"0\" y=\"230\" font-size=\"11\">0</text>\n", max);
		for (int i = 0; i < n; i++) {
			double x = n > 1 ? 40 + 560.0 * i / (n - 1) : 320;
			if (n <= 8 || i == 0 || i == n - 1) {
				buf_printf(&b, "<text x=\"%.1f\" y=\"246\" font-size=\"10\" text-anchor=\"middle\">", x);
				esc(&b, t.periods[i]);
				buf_adds(&b, "</text>");
			}
		}
		int row = 0;
		for (size_t k = 0; k < t.series.n; k++) {
			const hseries *s = &t.series.v[k];
			if (s->kind != 'c') continue;
			buf_printf(&b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", col[row % 8]);
			for (int i = 0; i < n; i++)
				buf_printf(&b, "%s%.1f,%.1f", i ? " " : "", n > 1 ? 40 + 560.0 * i / (n - 1) : 320.0, 230 - 210.0 * (double)s->n[i] / (double)max);
			buf_printf(&b, "\"/><text x=\"610\" y=\"%d\" font-size=\"12\" fill=\"%s\">", 34 + row * 16, col[row % 8]);
			esc(&b, s->name);
			buf_adds(&b, "</text>\n");
			row++;
		}
		buf_adds(&b, "</svg>\n<table><tr><th>kind</th><th>name</th>");
		for (int i = 0; i < n; i++) { buf_adds(&b, "<th>"); esc(&b, t.periods[i]); buf_adds(&b, "</th>"); }
		buf_adds(&b, "<th>spike</th></tr>\n");
		for (size_t k = 0; k < t.series.n; k++) {
			const hseries *s = &t.series.v[k];
			stat1 st = stats(s, n);
			buf_printf(&b, "<tr><td>%s</td><td>", s->kind == 'c' ? "cause" : "tag");
			esc(&b, s->name);
			buf_adds(&b, "</td>");
			for (int i = 0; i < n; i++) buf_printf(&b, "<td>%lld</td>", s->n[i]);
			buf_printf(&b, "<td>%s</td></tr>\n", default_spike(&st) ? "yes" : "");
		}
		buf_adds(&b, "</table></body></html>\n");
	}
	if (!g_quiet || cli_get(&a, "output")) {
		out *o = out_open(cli_get(&a, "output"));
		out_write(o, b.data ? b.data : "", b.len);
		out_close(o);
	}
	if (al.len) fputs(al.data, stderr);
	buf_free(&b);
	buf_free(&al);
	htrend_free(&t);
	free(rules.v);
	cli_free(&a);
	return alerts ? EXIT_THRESHOLD : EXIT_OK;
}
