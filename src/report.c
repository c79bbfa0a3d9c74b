/*
 * report.c — adding records to the aggregate, merging aggregates, and the
 * state file.  See report.h for why every field is mergeable exactly.
 */
#include "report.h"
#include "jsonw.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- maps -------------------------------------------------------------------- */

static size_t kv_find(const kvmap *m, const char *key, int *found)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(m->v[mid].key, key);
		if (!c) { *found = 1; return mid; }
		if (c < 0) lo = mid + 1; else hi = mid;
	}
	*found = 0;
	return lo;
}

void kv_add(kvmap *m, const char *key, long long n)
{
	int f;
	size_t i = kv_find(m, key, &f);
	if (f) { m->v[i].n += n; return; }
	VEC_RESERVE(m, 1);
	memmove(m->v + i + 1, m->v + i, (m->n - i) * sizeof *m->v);
	m->v[i].key = xstrdup(key);
	m->v[i].n = n;
	m->n++;
}

long long kv_get(const kvmap *m, const char *key)
{
	int f;
	size_t i = kv_find(m, key, &f);
	return f ? m->v[i].n : 0;
}


void kv_free(kvmap *m)
{
	for (size_t i = 0; i < m->n; i++) free(m->v[i].key);
	free(m->v);
	memset(m, 0, sizeof *m);
}

void hist_add(hist *h, long long v, long long n)
{
	size_t lo = 0, hi = h->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (h->v[mid].v == v) { h->v[mid].n += n; return; }
		if (h->v[mid].v < v) lo = mid + 1; else hi = mid;
	}
	VEC_RESERVE(h, 1);
	memmove(h->v + lo + 1, h->v + lo, (h->n - lo) * sizeof *h->v);
	h->v[lo].v = v;
	h->v[lo].n = n;
	h->n++;
}

long long hist_quantile(const hist *h, double q)
{
	long long total = 0, run = 0;
	for (size_t i = 0; i < h->n; i++) total += h->v[i].n;
	if (!total) return -1;
	for (size_t i = 0; i < h->n; i++) {
		run += h->v[i].n;
		if (run * 1.0 >= q * total - 1e-9) return h->v[i].v;
	}
	return h->v[h->n - 1].v;
}

/* ---- examples ------------------------------------------------------------- */

/* The order of examples: strongest first, then by id, then by quote.
 * ex_key compares the first two, which are known before the quote is built. */
static int ex_key(long long strength, const char *id, const rexample *b)
{
	if (strength != b->strength) return strength > b->strength ? -1 : 1;
	return strcmp(id, b->id);
}

static int ex_cmp(const rexample *a, const rexample *b)
{
	int c = ex_key(a->strength, a->id, b);
	return c ? c : strcmp(a->quote, b->quote);
}

static void ex_free(rexample *e) { free(e->id); free(e->lang); free(e->channel); free(e->quote); }

/* Could an example of this strength and id enter the best k?  Decided
 * before its quote is built; only a tie on both needs the quote. */
static int ex_may_enter(const rexamples *v, long long strength, const char *id, int k)
{
	if (k <= 0) return 0;
	if (v->n < (size_t)k) return 1;
	return ex_key(strength, id, &v->v[v->n - 1]) <= 0;
}

/* Insert a copy of e, keeping the best k under the total order. */
static void ex_insert(rexamples *v, const rexample *e, int k)
{
	if (k <= 0) return;
	size_t i = v->n;
	while (i > 0 && ex_cmp(e, &v->v[i - 1]) < 0) i--;
	if (i >= (size_t)k) return;
	if (v->n == (size_t)k) { ex_free(&v->v[v->n - 1]); v->n--; }
	VEC_RESERVE(v, 1);
	memmove(v->v + i + 1, v->v + i, (v->n - i) * sizeof *v->v);
	rexample c = { xstrdup(e->id), xstrdup(e->lang), xstrdup(e->channel), xstrdup(e->quote), e->strength };
	v->v[i] = c;
	v->n++;
}

/* The quote: the evidence with some context, on UTF-8 boundaries, white
 * space collapsed. */
static char *make_quote(const char *t, size_t n, uint32_t s, uint32_t e)
{
	size_t a = s > 60 ? s - 60 : 0, b = e + 100 < n ? e + 100 : n;
	while (a > 0 && ((unsigned char)t[a] & 0xC0) == 0x80) a--;
	while (b < n && ((unsigned char)t[b] & 0xC0) == 0x80) b++;
	/* start and end on a word boundary when cut */
	if (a > 0) { while (a < s && t[a] != ' ') a++; }
	if (b < n) { size_t bb = b; while (bb > e && t[bb] != ' ') bb--; if (bb > e) b = bb; }
	buf q = {0};
	if (a > 0) buf_adds(&q, "\xE2\x80\xA6");
	int sp = 0;
	for (size_t i = a; i < b; i++) {
		char c = t[i];
		if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { if (!sp && q.len) buf_addc(&q, ' '); sp = 1; continue; }
		sp = 0;
		buf_addc(&q, c);
	}
	if (b < n) buf_adds(&q, "\xE2\x80\xA6");
	return buf_steal(&q);
}

/* ---- the aggregate ---------------------------------------------------------- */

static int tag_index(const report *r, const char *name)
{
	for (int i = 0; i < r->ntags; i++) if (!strcmp(r->tag_names[i], name)) return i;
	return -1;
}

static void alloc_shape(report *r, int ntags, int ncauses)
{
	r->ntags = ntags;
	r->ncauses = ncauses;
	r->tag_names = xcalloc((size_t)ntags + 1, sizeof *r->tag_names);
	r->tag_cause = xcalloc((size_t)ntags + 1, sizeof *r->tag_cause);
	r->tag_weight = xcalloc((size_t)ntags + 1, sizeof *r->tag_weight);
	r->cause_names = xcalloc((size_t)ncauses + 1, sizeof *r->cause_names);
	r->cause_titles = xcalloc((size_t)ncauses + 1, sizeof *r->cause_titles);
	r->cause_remedy = xcalloc((size_t)ncauses + 1, sizeof *r->cause_remedy);
	r->tags = xcalloc((size_t)ntags + 1, sizeof *r->tags);
	r->causes = xcalloc((size_t)ncauses + 1, sizeof *r->causes);
	r->pairs = xcalloc((size_t)ntags * (size_t)ntags + 1, sizeof *r->pairs);
	r->tag_ci = xcalloc((size_t)ntags + 1, sizeof *r->tag_ci);
}

/* The indexes derived from the names, once the names are in. */
static void link_names(report *r)
{
	r->churn_tag = tag_index(r, "churn_threat");
	r->public_tag = tag_index(r, "public_threat");
	for (int i = 0; i < r->ntags; i++) {
		r->tag_ci[i] = -1;
		for (int c = 0; c < r->ncauses; c++)
			if (!strcmp(r->tag_cause[i], r->cause_names[c])) { r->tag_ci[i] = c; break; }
	}
}

void report_init(report *r, const lexicon *x, int examples, char period_kind)
{
	memset(r, 0, sizeof *r);
	r->examples = examples;
	r->period_kind = period_kind;
	alloc_shape(r, (int)x->tags.n, (int)x->causes.n);
	for (int i = 0; i < r->ntags; i++) {
		r->tag_names[i] = xstrdup(x->tags.v[i].name);
		r->tag_cause[i] = xstrdup(x->tags.v[i].cause);
		r->tag_weight[i] = (long long)(x->tags.v[i].weight + 0.5);
	}
	for (int i = 0; i < r->ncauses; i++) {
		r->cause_names[i] = xstrdup(x->causes.v[i].name);
		r->cause_titles[i] = xstrdup(x->causes.v[i].title);
		r->cause_remedy[i] = xstrdup(x->causes.v[i].remedy);
	}
	link_names(r);
}

void report_free(report *r)
{
	for (int i = 0; i < r->ntags; i++) {
		free(r->tag_names[i]); free(r->tag_cause[i]);
		tag_agg *t = &r->tags[i];
		kv_free(&t->langs); kv_free(&t->channels); kv_free(&t->periods);
		free(t->minutes.v); free(t->contacts.v);
		for (size_t k = 0; k < t->ex.n; k++) ex_free(&t->ex.v[k]);
		free(t->ex.v);
	}
	for (int i = 0; i < r->ncauses; i++) {
		free(r->cause_names[i]); free(r->cause_titles[i]); free(r->cause_remedy[i]);
		kv_free(&r->causes[i].periods);
	}
	free(r->tag_names); free(r->tag_cause); free(r->tag_weight); free(r->tag_ci);
	free(r->cause_names); free(r->cause_titles); free(r->cause_remedy);
	free(r->tags); free(r->causes); free(r->pairs);
	kv_free(&r->langs); kv_free(&r->channels); kv_free(&r->periods); kv_free(&r->tagged_periods);
	free(r->date_min); free(r->date_max);
	memset(r, 0, sizeof *r);
}

static int days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int report_period(const char *date, char kind, char *out, size_t outlen)
{
	int y, m, d;
	if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
	if (kind == 'd') { snprintf(out, outlen, "%04d-%02d-%02d", y, m, d); return 0; }
	if (kind == 'm') { snprintf(out, outlen, "%04d-%02d", y, m); return 0; }
	/* ISO 8601 week: the week with the year's first Thursday is week 1 */
	int days = days_from_civil(y, m, d);
	int wd = ((days % 7) + 7 + 3) % 7;            /* 0 = Monday (1970-01-01 was a Thursday) */
	int thursday = days - wd + 3;
	/* the year of that Thursday */
	int ty = y;
	if (thursday < days_from_civil(y, 1, 1)) ty = y - 1;
	else if (thursday >= days_from_civil(y + 1, 1, 1)) ty = y + 1;
	int week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
	snprintf(out, outlen, "%04d-W%02d", ty, week);
	return 0;
}


void report_add(report *r, const report_rec *rec)
{
	r->records++;
	if (rec->error) { r->errors++; return; }
	if (rec->truncated) r->truncated++;
	kv_add(&r->langs, rec->lang && *rec->lang ? rec->lang : "und", 1);
	if (rec->channel && *rec->channel) kv_add(&r->channels, rec->channel, 1);
	char period[32];
	int dated = report_period(rec->date, r->period_kind, period, sizeof period) == 0;
	if (dated) {
		char day[16];
		report_period(rec->date, 'd', day, sizeof day);
		if (!r->date_min || strcmp(day, r->date_min) < 0) { free(r->date_min); r->date_min = xstrdup(day); }
		if (!r->date_max || strcmp(day, r->date_max) > 0) { free(r->date_max); r->date_max = xstrdup(day); }
		kv_add(&r->periods, period, 1);
	}
	if (!rec->ntags) return;
	r->tagged++;
	if (dated) kv_add(&r->tagged_periods, period, 1);
	int churn_i = r->churn_tag, public_i = r->public_tag;
	int churn = 0, pub = 0;
	for (int k = 0; k < rec->ntags; k++) {
		if (rec->t[k].tag == churn_i) churn = 1;
		if (rec->t[k].tag == public_i) pub = 1;
	}
	long long mult = (3 + rec->intensity) * (2 + churn + pub);
	long long cm_stack[32];
	int ch_stack[32];
	long long *causemax = r->ncauses < 32 ? cm_stack : xcalloc((size_t)r->ncauses + 1, sizeof *causemax);
	int *causehit = r->ncauses < 32 ? ch_stack : xcalloc((size_t)r->ncauses + 1, sizeof *causehit);
	memset(causemax, 0, sizeof *causemax * (size_t)(r->ncauses + 1 > 32 ? r->ncauses + 1 : 32));
	memset(causehit, 0, sizeof *causehit * (size_t)(r->ncauses + 1 > 32 ? r->ncauses + 1 : 32));
	for (int k = 0; k < rec->ntags; k++) {
		int ti = rec->t[k].tag;
		if (ti < 0 || ti >= r->ntags) continue;
		tag_agg *t = &r->tags[ti];
		t->records++;
		t->score += r->tag_weight[ti] * mult;
		t->churn += churn;
		t->public_ += pub;
		t->intensity += rec->intensity;
		kv_add(&t->langs, rec->lang && *rec->lang ? rec->lang : "und", 1);
		if (rec->channel && *rec->channel) kv_add(&t->channels, rec->channel, 1);
		if (dated) kv_add(&t->periods, period, 1);
		if (rec->t[k].minutes >= 0) hist_add(&t->minutes, rec->t[k].minutes, 1);
		if (rec->t[k].contacts >= 0) hist_add(&t->contacts, rec->t[k].contacts, 1);
		if (r->examples > 0 && ex_may_enter(&t->ex, (long long)(rec->t[k].evidence * 100) * 10 + rec->intensity,
						    rec->id ? rec->id : "", r->examples)) {
			char *q = make_quote(rec->text, rec->text_len, rec->t[k].start, rec->t[k].end);
			rexample e = { (char *)(rec->id ? rec->id : ""), (char *)(rec->lang ? rec->lang : "und"),
				(char *)(rec->channel ? rec->channel : ""), q,
				(long long)(rec->t[k].evidence * 100) * 10 + rec->intensity };
			ex_insert(&t->ex, &e, r->examples);
			free(q);
		}
		int c = r->tag_ci[ti];
		if (c >= 0) {
			causehit[c] = 1;
			if (r->tag_weight[ti] > causemax[c]) causemax[c] = r->tag_weight[ti];
		}
		for (int k2 = k + 1; k2 < rec->ntags; k2++) {
			int a = ti, b = rec->t[k2].tag;
			if (b < 0 || b >= r->ntags || a == b) continue;
			if (a > b) { int s = a; a = b; b = s; }
			r->pairs[(size_t)a * (size_t)r->ntags + (size_t)b]++;
		}
	}
	for (int c = 0; c < r->ncauses; c++) {
		if (!causehit[c]) continue;
		r->causes[c].records++;
		r->causes[c].score += causemax[c] * mult;
		if (dated) kv_add(&r->causes[c].periods, period, 1);
	}
	if (causemax != cm_stack) free(causemax);
	if (causehit != ch_stack) free(causehit);
}

static void kv_merge(kvmap *d, const kvmap *s) { for (size_t i = 0; i < s->n; i++) kv_add(d, s->v[i].key, s->v[i].n); }
static void hist_merge(hist *d, const hist *s) { for (size_t i = 0; i < s->n; i++) hist_add(d, s->v[i].v, s->v[i].n); }

int report_merge(report *d, const report *s, char *err, size_t errlen)
{
	if (d->ntags != s->ntags || d->ncauses != s->ncauses || d->examples != s->examples ||
	    d->period_kind != s->period_kind) {
		snprintf(err, errlen, "states differ in taxonomy, examples or period");
		return -1;
	}
	for (int i = 0; i < d->ntags; i++)
		if (strcmp(d->tag_names[i], s->tag_names[i])) { snprintf(err, errlen, "states differ in taxonomy (%s, %s)", d->tag_names[i], s->tag_names[i]); return -1; }
	d->records += s->records; d->tagged += s->tagged; d->errors += s->errors; d->truncated += s->truncated;
	kv_merge(&d->langs, &s->langs);
	kv_merge(&d->channels, &s->channels);
	kv_merge(&d->periods, &s->periods);
	kv_merge(&d->tagged_periods, &s->tagged_periods);
	if (s->date_min && (!d->date_min || strcmp(s->date_min, d->date_min) < 0)) { free(d->date_min); d->date_min = xstrdup(s->date_min); }
	if (s->date_max && (!d->date_max || strcmp(s->date_max, d->date_max) > 0)) { free(d->date_max); d->date_max = xstrdup(s->date_max); }
	for (int i = 0; i < d->ntags; i++) {
		tag_agg *a = &d->tags[i];
		const tag_agg *b = &s->tags[i];
		a->records += b->records; a->score += b->score; a->churn += b->churn;
		a->public_ += b->public_; a->intensity += b->intensity;
		kv_merge(&a->langs, &b->langs); kv_merge(&a->channels, &b->channels); kv_merge(&a->periods, &b->periods);
		hist_merge(&a->minutes, &b->minutes); hist_merge(&a->contacts, &b->contacts);
		for (size_t k = 0; k < b->ex.n; k++) ex_insert(&a->ex, &b->ex.v[k], d->examples);
	}
	for (int c = 0; c < d->ncauses; c++) {
		d->causes[c].records += s->causes[c].records;
		d->causes[c].score += s->causes[c].score;
		kv_merge(&d->causes[c].periods, &s->causes[c].periods);
	}
	for (size_t k = 0; k < (size_t)d->ntags * (size_t)d->ntags; k++) d->pairs[k] += s->pairs[k];
	return 0;
}

/* ---- state file ------------------------------------------------------------- */

static void w_str(buf *b, const char *s) { json_add_string(b, s ? s : "", s ? strlen(s) : 0); }

static void w_kv(buf *b, const kvmap *m)
{
	buf_addc(b, '{');
	for (size_t i = 0; i < m->n; i++) {
		if (i) buf_addc(b, ',');
		w_str(b, m->v[i].key);
		buf_printf(b, ":%lld", m->v[i].n);
	}
	buf_addc(b, '}');
}

static void w_hist(buf *b, const hist *h)
{
	buf_addc(b, '[');
	for (size_t i = 0; i < h->n; i++) buf_printf(b, "%s[%lld,%lld]", i ? "," : "", h->v[i].v, h->v[i].n);
	buf_addc(b, ']');
}

void report_state_write(const report *r, buf *b)
{
	buf_printf(b, "{\"gripe_state\":%d,\"examples\":%d,\"period\":\"%c\",\"taxonomy\":[", REPORT_VERSION, r->examples, r->period_kind);
	for (int i = 0; i < r->ntags; i++) {
		buf_adds(b, i ? ",[" : "[");
		w_str(b, r->tag_names[i]); buf_addc(b, ','); w_str(b, r->tag_cause[i]);
		buf_printf(b, ",%lld]", r->tag_weight[i]);
	}
	buf_adds(b, "],\"causes\":[");
	for (int i = 0; i < r->ncauses; i++) {
		buf_adds(b, i ? ",[" : "[");
		w_str(b, r->cause_names[i]); buf_addc(b, ','); w_str(b, r->cause_titles[i]);
		buf_addc(b, ','); w_str(b, r->cause_remedy[i]);
		buf_printf(b, ",%lld,%lld,", r->causes[i].records, r->causes[i].score);
		w_kv(b, &r->causes[i].periods);
		buf_addc(b, ']');
	}
	buf_printf(b, "],\"records\":%lld,\"tagged\":%lld,\"errors\":%lld,\"truncated\":%lld,\"langs\":",
		   r->records, r->tagged, r->errors, r->truncated);
	w_kv(b, &r->langs);
	buf_adds(b, ",\"channels\":");
	w_kv(b, &r->channels);
	buf_adds(b, ",\"periods\":");
	w_kv(b, &r->periods);
	buf_adds(b, ",\"tagged_periods\":");
	w_kv(b, &r->tagged_periods);
	buf_adds(b, ",\"date_min\":");
	if (r->date_min) w_str(b, r->date_min); else buf_adds(b, "null");
	buf_adds(b, ",\"date_max\":");
	if (r->date_max) w_str(b, r->date_max); else buf_adds(b, "null");
	buf_adds(b, ",\"tags\":[");
	for (int i = 0; i < r->ntags; i++) {
		const tag_agg *t = &r->tags[i];
		buf_printf(b, "%s[%lld,%lld,%lld,%lld,%lld,", i ? "," : "", t->records, t->score, t->churn, t->public_, t->intensity);
		w_kv(b, &t->langs); buf_addc(b, ','); w_kv(b, &t->channels); buf_addc(b, ','); w_kv(b, &t->periods);
		buf_addc(b, ','); w_hist(b, &t->minutes); buf_addc(b, ','); w_hist(b, &t->contacts);
		buf_adds(b, ",[");
		for (size_t k = 0; k < t->ex.n; k++) {
			const rexample *e = &t->ex.v[k];
			buf_adds(b, k ? ",[" : "[");
			w_str(b, e->id); buf_addc(b, ','); w_str(b, e->lang); buf_addc(b, ',');
			w_str(b, e->channel); buf_printf(b, ",%lld,", e->strength); w_str(b, e->quote);
			buf_addc(b, ']');
		}
		buf_adds(b, "]]");
	}
	buf_adds(b, "],\"pairs\":[");
	int first = 1;
	for (int a = 0; a < r->ntags; a++)
		for (int c = a + 1; c < r->ntags; c++) {
			long long n = r->pairs[(size_t)a * (size_t)r->ntags + (size_t)c];
			if (!n) continue;
			buf_printf(b, "%s[%d,%d,%lld]", first ? "" : ",", a, c, n);
			first = 0;
		}
	buf_adds(b, "]}\n");
}

static long long jint(json_t *v) { return json_is_integer(v) ? (long long)json_integer_value(v) : 0; }

static void r_kv(kvmap *m, json_t *o)
{
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v) kv_add(m, k, jint(v));
}

static void r_hist(hist *h, json_t *a)
{
	size_t i;
	json_t *v;
	json_array_foreach(a, i, v) hist_add(h, jint(json_array_get(v, 0)), jint(json_array_get(v, 1)));
}

static char *jstr(json_t *v) { return xstrdup(json_is_string(v) ? json_string_value(v) : ""); }

int report_state_read(report *r, const char *text, size_t len, char *err, size_t errlen)
{
	json_error_t je;
	json_t *o = json_loadb(text, len, 0, &je);
	if (!o) { snprintf(err, errlen, "line %d: %s", je.line, je.text); return -1; }
	if (jint(json_object_get(o, "gripe_state")) != REPORT_VERSION) {
		snprintf(err, errlen, "not a gripe state (version %d)", REPORT_VERSION);
		json_decref(o);
		return -1;
	}
	json_t *tax = json_object_get(o, "taxonomy"), *cau = json_object_get(o, "causes"), *tags = json_object_get(o, "tags");
	if (!json_is_array(tax) || !json_is_array(cau) || !json_is_array(tags) || json_array_size(tags) != json_array_size(tax)) {
		snprintf(err, errlen, "state is missing taxonomy, causes or tags");
		json_decref(o);
		return -1;
	}
	memset(r, 0, sizeof *r);
	alloc_shape(r, (int)json_array_size(tax), (int)json_array_size(cau));
	r->examples = (int)jint(json_object_get(o, "examples"));
	const char *pk = json_string_value(json_object_get(o, "period"));
	r->period_kind = pk && *pk ? pk[0] : 'w';
	for (int i = 0; i < r->ntags; i++) {
		json_t *t = json_array_get(tax, (size_t)i);
		r->tag_names[i] = jstr(json_array_get(t, 0));
		r->tag_cause[i] = jstr(json_array_get(t, 1));
		r->tag_weight[i] = jint(json_array_get(t, 2));
		json_t *a = json_array_get(tags, (size_t)i);
		tag_agg *g = &r->tags[i];
		g->records = jint(json_array_get(a, 0)); g->score = jint(json_array_get(a, 1));
		g->churn = jint(json_array_get(a, 2)); g->public_ = jint(json_array_get(a, 3));
		g->intensity = jint(json_array_get(a, 4));
		r_kv(&g->langs, json_array_get(a, 5)); r_kv(&g->channels, json_array_get(a, 6));
		r_kv(&g->periods, json_array_get(a, 7));
		r_hist(&g->minutes, json_array_get(a, 8)); r_hist(&g->contacts, json_array_get(a, 9));
		size_t k;
		json_t *e;
		json_array_foreach(json_array_get(a, 10), k, e) {
			rexample x = { jstr(json_array_get(e, 0)), jstr(json_array_get(e, 1)), jstr(json_array_get(e, 2)),
				jstr(json_array_get(e, 4)), jint(json_array_get(e, 3)) };
			ex_insert(&g->ex, &x, r->examples);
			ex_free(&x);
		}
	}
	for (int c = 0; c < r->ncauses; c++) {
		json_t *a = json_array_get(cau, (size_t)c);
		r->cause_names[c] = jstr(json_array_get(a, 0));
		r->cause_titles[c] = jstr(json_array_get(a, 1));
		r->cause_remedy[c] = jstr(json_array_get(a, 2));
		r->causes[c].records = jint(json_array_get(a, 3));
		r->causes[c].score = jint(json_array_get(a, 4));
		r_kv(&r->causes[c].periods, json_array_get(a, 5));
	}
	link_names(r);
	r->records = jint(json_object_get(o, "records"));
	r->tagged = jint(json_object_get(o, "tagged"));
	r->errors = jint(json_object_get(o, "errors"));
	r->truncated = jint(json_object_get(o, "truncated"));
	r_kv(&r->langs, json_object_get(o, "langs"));
	r_kv(&r->channels, json_object_get(o, "channels"));
	r_kv(&r->periods, json_object_get(o, "periods"));
	r_kv(&r->tagged_periods, json_object_get(o, "tagged_periods"));
	json_t *dm = json_object_get(o, "date_min"), *dx = json_object_get(o, "date_max");
	if (json_is_string(dm)) r->date_min = jstr(dm);
	if (json_is_string(dx)) r->date_max = jstr(dx);
	/* a range has both ends (fuzzing found a state with one) */
	if (r->date_min && !r->date_max) r->date_max = xstrdup(r->date_min);
	if (r->date_max && !r->date_min) r->date_min = xstrdup(r->date_max);
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(o, "pairs"), i, p) {
		long long a = jint(json_array_get(p, 0)), b = jint(json_array_get(p, 1));
		if (a >= 0 && b >= 0 && a < r->ntags && b < r->ntags)
			r->pairs[a * r->ntags + b] += jint(json_array_get(p, 2));
	}
	json_decref(o);
	return 0;
}
