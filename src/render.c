/*
 * render.c — the report in text, Markdown, JSON, CSV and HTML, from the
 * aggregate alone (so `merge` renders exactly like `report`).
 *
 * Causes rank by severity-weighted score (report.h), ties by name.  The
 * trend compares the last period with the one before it.  The lift of a
 * threat given a tag is P(threat | tag) / P(threat) over tagged-or-not
 * records read without error.
 */
#include "report.h"
#include "jsonw.h"
#include <stdlib.h>
#include <string.h>

typedef struct view {
	const report *r;
	int *cause_order, *tag_order;      /* ranked */
	int ntag_shown;
	char last[32], prev[32];           /* periods for the trend, "" when none */
	int nperiods;
	char **periods;                    /* all periods, sorted */
	int churn, pub;                    /* tag indexes of the threats, or -1 */
	long long base;                    /* records read without error */
} view;

static const report *g_r;
static int cmp_cause(const void *a, const void *b)
{
	const cause_agg *x = &g_r->causes[*(const int *)a], *y = &g_r->causes[*(const int *)b];
	if (x->score != y->score) return x->score > y->score ? -1 : 1;
	if (x->records != y->records) return x->records > y->records ? -1 : 1;
	return strcmp(g_r->cause_names[*(const int *)a], g_r->cause_names[*(const int *)b]);
}
static int cmp_tag(const void *a, const void *b)
{
	const tag_agg *x = &g_r->tags[*(const int *)a], *y = &g_r->tags[*(const int *)b];
	if (x->records != y->records) return x->records > y->records ? -1 : 1;
	return strcmp(g_r->tag_names[*(const int *)a], g_r->tag_names[*(const int *)b]);
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void view_init(view *v, const report *r)
{
	memset(v, 0, sizeof *v);
	v->r = g_r = r;
	v->cause_order = xcalloc((size_t)r->ncauses + 1, sizeof *v->cause_order);
	for (int i = 0; i < r->ncauses; i++) v->cause_order[i] = i;
	qsort(v->cause_order, (size_t)r->ncauses, sizeof *v->cause_order, cmp_cause);
	v->tag_order = xcalloc((size_t)r->ntags + 1, sizeof *v->tag_order);
	for (int i = 0; i < r->ntags; i++) v->tag_order[i] = i;
	qsort(v->tag_order, (size_t)r->ntags, sizeof *v->tag_order, cmp_tag);
	for (int i = 0; i < r->ntags; i++) if (r->tags[v->tag_order[i]].records) v->ntag_shown++;
	kvmap all = {0};
	for (int c = 0; c < r->ncauses; c++)
		for (size_t k = 0; k < r->causes[c].periods.n; k++) kv_add(&all, r->causes[c].periods.v[k].key, 1);
	v->nperiods = (int)all.n;
	v->periods = xcalloc(all.n + 1, sizeof *v->periods);
	for (size_t k = 0; k < all.n; k++) v->periods[k] = xstrdup(all.v[k].key);
	qsort(v->periods, all.n, sizeof *v->periods, cmp_str);
	if (all.n >= 2) {
		snprintf(v->last, sizeof v->last, "%s", v->periods[all.n - 1]);
		snprintf(v->prev, sizeof v->prev, "%s", v->periods[all.n - 2]);
	}
	kv_free(&all);
	v->churn = v->pub = -1;
	for (int i = 0; i < r->ntags; i++) {
		if (!strcmp(r->tag_names[i], "churn_threat")) v->churn = i;
		if (!strcmp(r->tag_names[i], "public_threat")) v->pub = i;
	}
	v->base = r->records - r->errors;
}

static void view_free(view *v)
{
	for (int i = 0; i < v->nperiods; i++) free(v->periods[i]);
	free(v->periods); free(v->cause_order); free(v->tag_order);
}

static long long hist_total(const hist *h)
{
	long long s = 0;
	for (size_t k = 0; k < h->n; k++) s += h->v[k].n;
	return s;
}

static double share(long long n, long long d) { return d ? 100.0 * (double)n / (double)d : 0; }

/* lift of threat t given tag i; -1 when undefined */
static double lift(const view *v, int i, int t)
{
	const report *r = v->r;
	if (t < 0 || !r->tags[i].records || !r->tags[t].records || !v->base || i == t) return -1;
	long long both = t == v->churn ? r->tags[i].churn : r->tags[i].public_;
	return ((double)both / (double)r->tags[i].records) / ((double)r->tags[t].records / (double)v->base);
}

/* trend of cause c: change in percent; sets *what to "new"/"" */
static int trend(const view *v, int c, double *pct)
{
	if (!v->last[0]) return 0;
	long long a = kv_get(&v->r->causes[c].periods, v->last), b = kv_get(&v->r->causes[c].periods, v->prev);
	if (!b) return a ? 2 : 0;
	*pct = 100.0 * (double)(a - b) / (double)b;
	return 1;
}

static void kv_list(buf *b, const kvmap *m, size_t max)
{
	/* by count desc, then key */
	size_t n = m->n;
	int *ord = xcalloc(n + 1, sizeof *ord);
	for (size_t i = 0; i < n; i++) ord[i] = (int)i;
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0; j--) {
			const kv *x = &m->v[ord[j - 1]], *y = &m->v[ord[j]];
			if (x->n > y->n || (x->n == y->n && strcmp(x->key, y->key) <= 0)) break;
			int t = ord[j]; ord[j] = ord[j - 1]; ord[j - 1] = t;
		}
	for (size_t i = 0; i < n && i < max; i++)
		buf_printf(b, "%s%s %lld", i ? ", " : "", m->v[ord[i]].key, m->v[ord[i]].n);
	if (n > max) buf_adds(b, ", …");
	free(ord);
}

/* Top pairs by count, ties by names; writes up to k index pairs. */
static int top_pairs(const report *r, int k, int (*out)[2])
{
	int n = 0;
	for (int a = 0; a < r->ntags; a++)
		for (int c = a + 1; c < r->ntags; c++) {
			long long cnt = r->pairs[(size_t)a * (size_t)r->ntags + (size_t)c];
			if (!cnt) continue;
			int pos = n < k ? n : k;
			while (pos > 0) {
				int *p = out[pos - 1];
				long long pc = r->pairs[(size_t)p[0] * (size_t)r->ntags + (size_t)p[1]];
				if (pc > cnt) break;
				if (pc == cnt) {
					int s = strcmp(r->tag_names[p[0]], r->tag_names[a]);
					if (s < 0 || (s == 0 && strcmp(r->tag_names[p[1]], r->tag_names[c]) <= 0)) break;
				}
				pos--;
			}
			if (pos >= k) continue;
			int end = n < k ? n : k - 1;
			memmove(out + pos + 1, out + pos, (size_t)(end - pos) * sizeof *out);
			out[pos][0] = a; out[pos][1] = c;
			if (n < k) n++;
		}
	return n;
}

/* Word-wrap s at width, each line prefixed by indent. */
static void wrap(buf *b, const char *s, int width, const char *indent)
{
	int col = 0;
	buf_adds(b, indent);
	col = (int)strlen(indent);
	const char *p = s;
	while (*p) {
		while (*p == ' ') p++;
		const char *e = p;
		while (*e && *e != ' ') e++;
		int wl = 0;
		for (const char *q = p; q < e; q++) if (((unsigned char)*q & 0xC0) != 0x80) wl++;
		if (col + wl + 1 > width && col > (int)strlen(indent)) { buf_addc(b, '\n'); buf_adds(b, indent); col = (int)strlen(indent); }
		else if (col > (int)strlen(indent)) { buf_addc(b, ' '); col++; }
		buf_add(b, p, (size_t)(e - p));
		col += wl;
		p = e;
	}
	buf_addc(b, '\n');
}

/* ---- text ----------------------------------------------------------------------- */

static void text_report(const view *v, int colour, buf *b)
{
	const report *r = v->r;
	const char *B = colour ? "\033[1m" : "", *N = colour ? "\033[0m" : "";
	buf_printf(b, "%sgripe report%s: %lld records in, %lld tagged, %lld with errors", B, N, r->records, r->tagged, r->errors);
	if (r->truncated) buf_printf(b, ", %lld truncated", r->truncated);
	buf_adds(b, "\nlanguages: ");
	kv_list(b, &r->langs, 8);
	if (r->channels.n) { buf_adds(b, "\nchannels:  "); kv_list(b, &r->channels, 8); }
	if (r->date_min) buf_printf(b, "\ndates:     %s .. %s (%d %s with complaints)", r->date_min, r->date_max, v->nperiods,
				   r->period_kind == 'm' ? "months" : r->period_kind == 'd' ? "days" : "weeks");
	buf_printf(b, "\n\n%sRoot causes, ranked by severity-weighted score%s\n", B, N);
	buf_printf(b, "  %-2s %-14s %8s %7s %8s %8s  %s\n", "#", "cause", "records", "share", "score", "trend", "title");
	int rank = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		const cause_agg *a = &r->causes[c];
		if (!a->records) continue;
		char tr[16] = "";
		double pct;
		int t = trend(v, c, &pct);
		if (t == 1) snprintf(tr, sizeof tr, "%+.0f%%", pct); else if (t == 2) snprintf(tr, sizeof tr, "new");
		buf_printf(b, "  %-2d %-14s %8lld %6.1f%% %8.1f %8s  %s\n", ++rank, r->cause_names[c], a->records,
			   share(a->records, r->tagged), (double)a->score / 6, tr, r->cause_titles[c]);
	}
	if (!rank) buf_adds(b, "  (no complaints found)\n");
	if (v->last[0]) buf_printf(b, "  trend: %s against %s\n", v->last, v->prev);
	buf_printf(b, "\n%sTags%s\n  %-20s %7s %6s  %-12s %-22s %s\n", B, N, "tag", "records", "share", "cause", "languages", "minutes med/p90");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		buf l = {0};
		kv_list(&l, &t->langs, 4);
		char mins[40] = "";
		if (t->minutes.n) snprintf(mins, sizeof mins, "%lld/%lld (%lld stated)", hist_quantile(&t->minutes, 0.5),
					   hist_quantile(&t->minutes, 0.9), hist_total(&t->minutes));
		buf_printf(b, "  %-20s %7lld %5.1f%%  %-12.12s %-22.22s %s", r->tag_names[ti], t->records,
			   share(t->records, r->tagged), r->tag_cause[ti], l.data ? l.data : "", mins);
		if (t->contacts.n) buf_printf(b, "  contacts med %lld", hist_quantile(&t->contacts, 0.5));
		buf_addc(b, '\n');
		buf_free(&l);
	}
	buf_printf(b, "\n%sWhat makes customers leave or go public%s (lift of the threat given the tag)\n", B, N);
	int shown = 0;
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		if (ti == v->churn || ti == v->pub || !strcmp(r->tag_cause[ti], "signal")) continue;
		double lc = lift(v, ti, v->churn), lp = lift(v, ti, v->pub);
		if (lc <= 1 && lp <= 1) continue;
		buf_printf(b, "  %-20s churn x%.2f  public x%.2f\n", r->tag_names[ti], lc < 0 ? 0 : lc, lp < 0 ? 0 : lp);
		shown++;
	}
	if (!shown) buf_adds(b, "  (no tag raises either threat)\n");
	int pairs[5][2];
	int np = top_pairs(r, 5, pairs);
	buf_printf(b, "\n%sStrongest co-occurrences%s\n", B, N);
	for (int i = 0; i < np; i++)
		buf_printf(b, "  %-20s + %-20s %lld records\n", r->tag_names[pairs[i][0]], r->tag_names[pairs[i][1]],
			   r->pairs[(size_t)pairs[i][0] * (size_t)r->ntags + (size_t)pairs[i][1]]);
	if (!np) buf_adds(b, "  (none)\n");
	buf_printf(b, "\n%sEvidence%s\n", B, N);
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		if (!t->ex.n) continue;
		buf_printf(b, "  %s\n", r->tag_names[ti]);
		for (size_t k = 0; k < t->ex.n; k++) {
			buf q = {0};
			buf_printf(&q, "[%s %s%s%s] \"%s\"", t->ex.v[k].id, t->ex.v[k].lang, *t->ex.v[k].channel ? " " : "",
				   t->ex.v[k].channel, t->ex.v[k].quote);
			wrap(b, q.data, 100, "    ");
			buf_free(&q);
		}
	}
	buf_printf(b, "\n%sWhat to fix first%s\n", B, N);
	rank = 0;
	for (int i = 0; i < r->ncauses && rank < 3; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		buf_printf(b, "  %d. %s (%s)\n", ++rank, r->cause_titles[c], r->cause_names[c]);
		wrap(b, r->cause_remedy[c], 100, "     ");
	}
	if (!rank) buf_adds(b, "  nothing: no complaints found\n");
}

/* ---- Markdown ------------------------------------------------------------------- */

static void md_cell(buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|' || *s == '\\' || *s == '*' || *s == '_' || *s == '`' || *s == '<' || *s == '[') buf_addc(b, '\\');
		buf_addc(b, *s == '\n' ? ' ' : *s);
	}
}

static void md_report(const view *v, buf *b)
{
	const report *r = v->r;
	buf_printf(b, "# gripe report\n\n%lld records in, %lld tagged, %lld with errors", r->records, r->tagged, r->errors);
	if (r->truncated) buf_printf(b, ", %lld truncated", r->truncated);
	buf_adds(b, ".\n\n- languages: ");
	kv_list(b, &r->langs, 8);
	if (r->channels.n) { buf_adds(b, "\n- channels: "); kv_list(b, &r->channels, 8); }
	if (r->date_min) buf_printf(b, "\n- dates: %s .. %s", r->date_min, r->date_max);
	buf_adds(b, "\n\n## Root causes\n\n| # | cause | records | share | score | trend | title |\n|---|---|---:|---:|---:|---:|---|\n");
	int rank = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		double pct;
		int t = trend(v, c, &pct);
		buf_printf(b, "| %d | %s | %lld | %.1f%% | %.1f | ", ++rank, r->cause_names[c], r->causes[c].records,
			   share(r->causes[c].records, r->tagged), (double)r->causes[c].score / 6);
		if (t == 1) buf_printf(b, "%+.0f%%", pct); else if (t == 2) buf_adds(b, "new");
		buf_adds(b, " | ");
		md_cell(b, r->cause_titles[c]);
		buf_adds(b, " |\n");
	}
	buf_adds(b, "\n## Tags\n\n| tag | cause | records | share | languages | minutes median / p90 | churn lift | public lift |\n|---|---|---:|---:|---|---|---:|---:|\n");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		buf_printf(b, "| %s | %s | %lld | %.1f%% | ", r->tag_names[ti], r->tag_cause[ti], t->records, share(t->records, r->tagged));
		kv_list(b, &t->langs, 4);
		buf_adds(b, " | ");
		if (t->minutes.n) buf_printf(b, "%lld / %lld", hist_quantile(&t->minutes, 0.5), hist_quantile(&t->minutes, 0.9));
		double lc = lift(v, ti, v->churn), lp = lift(v, ti, v->pub);
		buf_adds(b, " | ");
		if (lc >= 0) buf_printf(b, "%.2f", lc);
		buf_adds(b, " | ");
		if (lp >= 0) buf_printf(b, "%.2f", lp);
		buf_adds(b, " |\n");
	}
	int pairs[5][2];
	int np = top_pairs(r, 5, pairs);
	if (np) {
		buf_adds(b, "\n## Co-occurring tags\n\n| tags | records |\n|---|---:|\n");
		for (int i = 0; i < np; i++)
			buf_printf(b, "| %s + %s | %lld |\n", r->tag_names[pairs[i][0]], r->tag_names[pairs[i][1]],
				   r->pairs[(size_t)pairs[i][0] * (size_t)r->ntags + (size_t)pairs[i][1]]);
	}
	buf_adds(b, "\n## Evidence\n");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		if (!t->ex.n) continue;
		buf_printf(b, "\n**%s**\n\n", r->tag_names[ti]);
		for (size_t k = 0; k < t->ex.n; k++) {
			buf_adds(b, "- `");
			buf_adds(b, t->ex.v[k].id);
			buf_printf(b, "` (%s) ", t->ex.v[k].lang);
			md_cell(b, t->ex.v[k].quote);
			buf_addc(b, '\n');
		}
	}
	buf_adds(b, "\n## What to fix first\n\n");
	rank = 0;
	for (int i = 0; i < r->ncauses && rank < 3; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		buf_printf(b, "%d. **%s** — ", ++rank, r->cause_titles[c]);
		md_cell(b, r->cause_remedy[c]);
		buf_addc(b, '\n');
	}
}

/* ---- JSON ----------------------------------------------------------------------- */

static void j_kv(buf *b, const kvmap *m)
{
	buf_addc(b, '{');
	for (size_t i = 0; i < m->n; i++) {
		if (i) buf_addc(b, ',');
		json_add_string(b, m->v[i].key, strlen(m->v[i].key));
		buf_printf(b, ":%lld", m->v[i].n);
	}
	buf_addc(b, '}');
}

static void j_str(buf *b, const char *s) { if (s) json_add_string(b, s, strlen(s)); else buf_adds(b, "null"); }

static void json_report(const view *v, buf *b)
{
	const report *r = v->r;
	buf_printf(b, "{\"schema\":\"gripe-report/%d\",\"records\":{\"in\":%lld,\"tagged\":%lld,\"errors\":%lld,\"truncated\":%lld},\"languages\":",
		   REPORT_VERSION, r->records, r->tagged, r->errors, r->truncated);
	j_kv(b, &r->langs);
	buf_adds(b, ",\"channels\":");
	j_kv(b, &r->channels);
	buf_adds(b, ",\"dates\":");
	if (r->date_min) {
		buf_adds(b, "{\"min\":"); j_str(b, r->date_min); buf_adds(b, ",\"max\":"); j_str(b, r->date_max);
		buf_printf(b, ",\"period\":\"%s\",\"periods\":[", r->period_kind == 'm' ? "month" : r->period_kind == 'd' ? "day" : "week");
		for (int i = 0; i < v->nperiods; i++) { if (i) buf_addc(b, ','); j_str(b, v->periods[i]); }
		buf_adds(b, "]}");
	} else buf_adds(b, "null");
	buf_adds(b, ",\"causes\":[");
	int n = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		const cause_agg *a = &r->causes[c];
		buf_adds(b, n++ ? ",{\"cause\":" : "{\"cause\":");
		j_str(b, r->cause_names[c]);
		buf_adds(b, ",\"title\":");
		j_str(b, r->cause_titles[c]);
		buf_printf(b, ",\"rank\":%d,\"records\":%lld,\"share\":%.4f,\"score\":%.3f,\"periods\":", i + 1, a->records,
			   share(a->records, r->tagged) / 100, (double)a->score / 6);
		j_kv(b, &a->periods);
		buf_adds(b, ",\"trend\":");
		if (v->last[0]) {
			long long x = kv_get(&a->periods, v->last), y = kv_get(&a->periods, v->prev);
			buf_adds(b, "{\"period\":"); j_str(b, v->last); buf_adds(b, ",\"previous\":"); j_str(b, v->prev);
			buf_printf(b, ",\"records\":%lld,\"previous_records\":%lld,\"change\":", x, y);
			if (y) buf_printf(b, "%.4f}", (double)(x - y) / (double)y); else buf_adds(b, "null}");
		} else buf_adds(b, "null");
		buf_adds(b, ",\"remediation\":");
		j_str(b, r->cause_remedy[c]);
		buf_addc(b, '}');
	}
	buf_adds(b, "],\"tags\":[");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		buf_adds(b, i ? ",{\"tag\":" : "{\"tag\":");
		j_str(b, r->tag_names[ti]);
		buf_adds(b, ",\"cause\":");
		j_str(b, r->tag_cause[ti]);
		buf_printf(b, ",\"records\":%lld,\"share\":%.4f,\"score\":%.3f,\"languages\":", t->records,
			   share(t->records, r->tagged) / 100, (double)t->score / 6);
		j_kv(b, &t->langs);
		buf_adds(b, ",\"channels\":");
		j_kv(b, &t->channels);
		buf_adds(b, ",\"minutes\":");
		if (t->minutes.n) buf_printf(b, "{\"median\":%lld,\"p90\":%lld,\"stated\":%lld}", hist_quantile(&t->minutes, 0.5),
					     hist_quantile(&t->minutes, 0.9), hist_total(&t->minutes));
		else buf_adds(b, "null");
		buf_adds(b, ",\"contacts\":");
		if (t->contacts.n) buf_printf(b, "{\"median\":%lld,\"stated\":%lld}", hist_quantile(&t->contacts, 0.5), hist_total(&t->contacts));
		else buf_adds(b, "null");
		double lc = lift(v, ti, v->churn), lp = lift(v, ti, v->pub);
		buf_adds(b, ",\"lift_churn\":");
		if (lc >= 0) buf_printf(b, "%.4f", lc); else buf_adds(b, "null");
		buf_adds(b, ",\"lift_public\":");
		if (lp >= 0) buf_printf(b, "%.4f", lp); else buf_adds(b, "null");
		buf_adds(b, ",\"examples\":[");
		for (size_t k = 0; k < t->ex.n; k++) {
			buf_adds(b, k ? ",{\"id\":" : "{\"id\":");
			j_str(b, t->ex.v[k].id);
			buf_adds(b, ",\"lang\":"); j_str(b, t->ex.v[k].lang);
			buf_adds(b, ",\"channel\":"); j_str(b, t->ex.v[k].channel);
			buf_adds(b, ",\"quote\":"); j_str(b, t->ex.v[k].quote);
			buf_addc(b, '}');
		}
		buf_adds(b, "]}");
	}
	buf_adds(b, "],\"pairs\":[");
	int pairs[10][2];
	int np = top_pairs(r, 10, pairs);
	for (int i = 0; i < np; i++) {
		buf_adds(b, i ? ",{\"tags\":[" : "{\"tags\":[");
		j_str(b, r->tag_names[pairs[i][0]]); buf_addc(b, ','); j_str(b, r->tag_names[pairs[i][1]]);
		buf_printf(b, "],\"records\":%lld}", r->pairs[(size_t)pairs[i][0] * (size_t)r->ntags + (size_t)pairs[i][1]]);
	}
	buf_adds(b, "]}\n");
}

/* ---- CSV ------------------------------------------------------------------------- */

/* One CSV cell: quoted when needed; a leading = + - @ (or tab, CR) is
 * neutralised with a ' so a spreadsheet does not run it as a formula. */
static void csv_cell(buf *b, const char *s)
{
	int quote = 0;
	for (const char *p = s; *p; p++) if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r') quote = 1;
	int neut = *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r';
	if (quote || neut) buf_addc(b, '"');
	if (neut) buf_addc(b, '\'');
	for (const char *p = s; *p; p++) { if (*p == '"') buf_addc(b, '"'); buf_addc(b, *p); }
	if (quote || neut) buf_addc(b, '"');
}

static void csv_report(const view *v, buf *b)
{
	const report *r = v->r;
	buf_adds(b, "kind,cause,tag,records,share,score,example_id,example\r\n");
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		buf_adds(b, "cause,");
		csv_cell(b, r->cause_names[c]);
		buf_printf(b, ",,%lld,%.4f,%.3f,,\r\n", r->causes[c].records, share(r->causes[c].records, r->tagged) / 100,
			   (double)r->causes[c].score / 6);
	}
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		buf_adds(b, "tag,");
		csv_cell(b, r->tag_cause[ti]);
		buf_addc(b, ',');
		csv_cell(b, r->tag_names[ti]);
		buf_printf(b, ",%lld,%.4f,%.3f,", t->records, share(t->records, r->tagged) / 100, (double)t->score / 6);
		if (t->ex.n) { csv_cell(b, t->ex.v[0].id); buf_addc(b, ','); csv_cell(b, t->ex.v[0].quote); }
		else buf_addc(b, ',');
		buf_adds(b, "\r\n");
	}
}

/* ---- HTML ------------------------------------------------------------------------ */

static void h_esc(buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\'': buf_adds(b, "&#39;"); break;
		default: buf_addc(b, *s);
		}
	}
}

static const char *COLOURS[] = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7" };

/* Horizontal bars: one per ranked cause, by score. */
static void svg_causes(const view *v, buf *b)
{
	const report *r = v->r;
	long long max = 1;
	int n = 0;
	for (int i = 0; i < r->ncauses; i++) if (r->causes[i].records) { n++; if (r->causes[i].score > max) max = r->causes[i].score; }
	if (!n) return;
	int h = 28 * n + 10;
	buf_printf(b, "<svg role=\"img\" aria-label=\"root causes ranked by score\" width=\"720\" height=\"%d\" viewBox=\"0 0 720 %d\">\n", h, h);
	int row = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		int y = 5 + row * 28;
		int w = (int)(440.0 * (double)r->causes[c].score / (double)max + 0.5);
		buf_printf(b, "<text x=\"0\" y=\"%d\" font-size=\"13\">", y + 17);
		h_esc(b, r->cause_names[c]);
		buf_printf(b, "</text><rect x=\"150\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\"/>", y + 3, w < 1 ? 1 : w, COLOURS[row % 8]);
		buf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%.1f (%lld records)</text>\n", 156 + w, y + 17,
			   (double)r->causes[c].score / 6, r->causes[c].records);
		row++;
	}
	buf_adds(b, "</svg>\n");
}

/* Stacked bars: each tag's records split by language. */
static void svg_langs(const view *v, buf *b)
{
	const report *r = v->r;
	if (!v->ntag_shown) return;
	long long max = 1;
	for (int i = 0; i < v->ntag_shown; i++) if (r->tags[v->tag_order[i]].records > max) max = r->tags[v->tag_order[i]].records;
	int h = 22 * v->ntag_shown + 40;
	buf_printf(b, "<svg role=\"img\" aria-label=\"tags by language\" width=\"720\" height=\"%d\" viewBox=\"0 0 720 %d\">\n", h, h);
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		int y = i * 22;
		buf_printf(b, "<text x=\"0\" y=\"%d\" font-size=\"12\">", y + 15);
		h_esc(b, r->tag_names[ti]);
		buf_adds(b, "</text>");
		double x = 160;
		for (size_t l = 0; l < r->langs.n; l++) {
			long long n = kv_get(&t->langs, r->langs.v[l].key);
			if (!n) continue;
			double w = 480.0 * (double)n / (double)max;
			buf_printf(b, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>", x, y + 3, w, COLOURS[l % 8]);
			h_esc(b, r->langs.v[l].key);
			buf_printf(b, ": %lld</title></rect>", n);
			x += w;
		}
		buf_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%lld</text>\n", x + 4, y + 15, t->records);
	}
	int y = 22 * v->ntag_shown + 20;
	for (size_t l = 0; l < r->langs.n; l++) {
		buf_printf(b, "<rect x=\"%zu\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%zu\" y=\"%d\" font-size=\"12\">",
			   160 + l * 70, y, COLOURS[l % 8], 176 + l * 70, y + 11);
		h_esc(b, r->langs.v[l].key);
		buf_adds(b, "</text>\n");
	}
	buf_adds(b, "</svg>\n");
}

/* One line per cause over the periods. */
static void svg_trend(const view *v, buf *b)
{
	const report *r = v->r;
	if (v->nperiods < 2) return;
	long long max = 1;
	for (int c = 0; c < r->ncauses; c++)
		for (int p = 0; p < v->nperiods; p++) { long long n = kv_get(&r->causes[c].periods, v->periods[p]); if (n > max) max = n; }
	int W = 720, H = 260, L = 40, T = 10, PW = 560, PH = 200;
	buf_printf(b, "<svg role=\"img\" aria-label=\"records per cause and period\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n", W, H, W, H);
	buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", L, T + PH, L + PW, T + PH);
	buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", L, T, L, T + PH);
	buf_printf(b, "<text x=\"0\" y=\"%d\" font-size=\"11\">%lld</text><text x=\"0\" y=\"%d\" font-size=\"11\">0</text>\n", T + 10, max, T + PH);
	for (int p = 0; p < v->nperiods; p++) {
		double x = L + (double)PW * p / (v->nperiods - 1);
		if (p == 0 || p == v->nperiods - 1 || v->nperiods <= 8) {
			buf_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">", x, T + PH + 15);
			h_esc(b, v->periods[p]);
			buf_adds(b, "</text>");
		}
	}
	int row = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		buf_printf(b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", COLOURS[row % 8]);
		for (int p = 0; p < v->nperiods; p++) {
			double x = L + (double)PW * p / (v->nperiods - 1);
			double y = T + PH - (double)PH * (double)kv_get(&r->causes[c].periods, v->periods[p]) / (double)max;
			buf_printf(b, "%s%.1f,%.1f", p ? " " : "", x, y);
		}
		buf_printf(b, "\"/><text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">", L + PW + 10, T + 14 + row * 16, COLOURS[row % 8]);
		h_esc(b, r->cause_names[c]);
		buf_adds(b, "</text>\n");
		row++;
	}
	buf_adds(b, "</svg>\n");
}

static void html_report(const view *v, buf *b)
{
	const report *r = v->r;
	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
		 "<title>gripe report</title>\n<style>body{font-family:sans-serif;max-width:980px;margin:2em auto;color:#222}"
		 "table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
		 "td.n{text-align:right}blockquote{margin:.4em 0 .4em 1em;color:#444}.id{font-family:monospace;color:#666}</style>\n</head><body>\n");
	buf_printf(b, "<h1>gripe report</h1>\n<p>%lld records in, %lld tagged, %lld with errors", r->records, r->tagged, r->errors);
	if (r->truncated) buf_printf(b, ", %lld truncated", r->truncated);
	buf_adds(b, ".<br>languages: ");
	buf l = {0};
	kv_list(&l, &r->langs, 8);
	h_esc(b, l.data ? l.data : "");
	if (r->channels.n) { buf_reset(&l); kv_list(&l, &r->channels, 8); buf_adds(b, "<br>channels: "); h_esc(b, l.data); }
	buf_free(&l);
	if (r->date_min) { buf_adds(b, "<br>dates: "); h_esc(b, r->date_min); buf_adds(b, " .. "); h_esc(b, r->date_max); }
	buf_adds(b, "</p>\n<h2>Root causes, ranked by severity-weighted score</h2>\n");
	svg_causes(v, b);
	buf_adds(b, "<table><tr><th>#</th><th>cause</th><th>records</th><th>share</th><th>score</th><th>trend</th><th>what to do</th></tr>\n");
	int rank = 0;
	for (int i = 0; i < r->ncauses; i++) {
		int c = v->cause_order[i];
		if (!r->causes[c].records) continue;
		double pct;
		int t = trend(v, c, &pct);
		buf_printf(b, "<tr><td>%d</td><td><b>", ++rank);
		h_esc(b, r->cause_titles[c]);
		buf_printf(b, "</b></td><td class=\"n\">%lld</td><td class=\"n\">%.1f%%</td><td class=\"n\">%.1f</td><td class=\"n\">",
			   r->causes[c].records, share(r->causes[c].records, r->tagged), (double)r->causes[c].score / 6);
		if (t == 1) buf_printf(b, "%+.0f%%", pct); else if (t == 2) buf_adds(b, "new");
		buf_adds(b, "</td><td>");
		h_esc(b, r->cause_remedy[c]);
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table>\n");
	if (v->nperiods >= 2) { buf_adds(b, "<h2>Trend per cause</h2>\n"); svg_trend(v, b); }
	buf_adds(b, "<h2>Tags by language</h2>\n");
	svg_langs(v, b);
	buf_adds(b, "<table><tr><th>tag</th><th>cause</th><th>records</th><th>minutes median / p90</th><th>churn lift</th><th>public lift</th></tr>\n");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		buf_adds(b, "<tr><td>");
		h_esc(b, r->tag_names[ti]);
		buf_adds(b, "</td><td>");
		h_esc(b, r->tag_cause[ti]);
		buf_printf(b, "</td><td class=\"n\">%lld</td><td class=\"n\">", t->records);
		if (t->minutes.n) buf_printf(b, "%lld / %lld", hist_quantile(&t->minutes, 0.5), hist_quantile(&t->minutes, 0.9));
		double lc = lift(v, ti, v->churn), lp = lift(v, ti, v->pub);
		buf_adds(b, "</td><td class=\"n\">");
		if (lc >= 0) buf_printf(b, "%.2f", lc);
		buf_adds(b, "</td><td class=\"n\">");
		if (lp >= 0) buf_printf(b, "%.2f", lp);
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table>\n<h2>Evidence</h2>\n");
	for (int i = 0; i < v->ntag_shown; i++) {
		int ti = v->tag_order[i];
		const tag_agg *t = &r->tags[ti];
		if (!t->ex.n) continue;
		buf_adds(b, "<h3>");
		h_esc(b, r->tag_names[ti]);
		buf_adds(b, "</h3>\n");
		for (size_t k = 0; k < t->ex.n; k++) {
			buf_adds(b, "<blockquote><span class=\"id\">");
			h_esc(b, t->ex.v[k].id);
			buf_adds(b, " ");
			h_esc(b, t->ex.v[k].lang);
			buf_adds(b, "</span> ");
			h_esc(b, t->ex.v[k].quote);
			buf_adds(b, "</blockquote>\n");
		}
	}
	buf_adds(b, "</body></html>\n");
}

void report_render(const report *r, int format, int colour, buf *b)
{
	view v;
	view_init(&v, r);
	switch (format) {
	case RF_MD: md_report(&v, b); break;
	case RF_JSON: json_report(&v, b); break;
	case RF_CSV: csv_report(&v, b); break;
	case RF_HTML: html_report(&v, b); break;
	default: text_report(&v, colour, b); break;
	}
	view_free(&v);
}
