/*
 * report.h — the aggregate behind the root-cause report.
 *
 * Everything in it is a count, an integer sum, a min/max, a histogram or a
 * top-K list under a total order, so adding records in any order and
 * merging the aggregates of any split of the input give the same result,
 * bit for bit.  That is what lets `analyze -j N`, `report --state` and
 * `merge` agree byte for byte with a single run.
 *
 * Severity score of a record for a root cause (integer units):
 *   max tag weight of that cause in the record (taxonomy.tsv)
 *   x (3 + intensity)            intensity 0..3 raises it by up to 2x
 *   x (2 + churn + public)       a churn or public threat in the same
 *                                record raises it by 1.5x, both by 2x
 * The report divides by 6, so a calm record with a weight-1 tag scores 1.
 */
#ifndef GRIPE_REPORT_H
#define GRIPE_REPORT_H

#include "util.h"
#include "lexicon.h"

#define REPORT_MAX_TAGS 64
#define REPORT_VERSION 1

/* A string-keyed counter map (languages, channels, periods, values). */
typedef struct kv { char *key; long long n; } kv;
typedef VEC(kv) kvmap;
void kv_add(kvmap *m, const char *key, long long n);
long long kv_get(const kvmap *m, const char *key);
void kv_free(kvmap *m);

/* A numeric histogram: value -> records, sorted by value. */
typedef struct hv { long long v, n; } hv;
typedef VEC(hv) hist;
void hist_add(hist *h, long long v, long long n);
/* The value at quantile q (0.5 median, 0.9 p90): the smallest value with at
 * least q of the records at or below it; -1 when empty. */
long long hist_quantile(const hist *h, double q);

typedef struct rexample {
	char *id, *lang, *channel, *quote;
	long long strength;           /* higher first; ties by id */
} rexample;
typedef VEC(rexample) rexamples;

typedef struct tag_agg {
	long long records, score;
	long long churn, public_;     /* records with this tag and the threat */
	long long intensity;          /* sum */
	kvmap langs, channels, periods;
	hist minutes, contacts;       /* stated values -> records */
	rexamples ex;
} tag_agg;

typedef struct cause_agg {
	long long records, score;
	kvmap periods;                /* records per period */
} cause_agg;

typedef struct report {
	int ntags, ncauses, examples;
	char **tag_names, **tag_cause;      /* copies, so a state needs no lexicon */
	long long *tag_weight;
	char **cause_names, **cause_titles, **cause_remedy;
	long long records, tagged, errors, truncated, untagged_lang;
	kvmap langs, channels;
	kvmap periods;                      /* dated records per period */
	kvmap tagged_periods;               /* dated tagged records per period */
	char *date_min, *date_max;
	char period_kind;                   /* 'w' ISO week, 'm' month, 'd' day */
	tag_agg *tags;
	cause_agg *causes;
	long long *pairs;                   /* ntags x ntags, i < j */
	int churn_tag, public_tag;          /* indexes, or -1 */
	int *tag_ci;                        /* cause index of each tag, or -1 (derived from the names) */
} report;

/* A record's findings, as the aggregate sees them. */
typedef struct report_rec {
	const char *id, *lang, *channel, *date, *text;
	size_t text_len;
	int error, truncated, intensity;
	int ntags;
	struct { int tag; int evidence; long long minutes, contacts; uint32_t start, end; } t[REPORT_MAX_TAGS];
} report_rec;

void report_init(report *r, const lexicon *x, int examples, char period_kind);
void report_free(report *r);
void report_add(report *r, const report_rec *rec);
/* Add src into dst; both must come from the same taxonomy (else -1 and a
 * message in err). */
int report_merge(report *dst, const report *src, char *err, size_t errlen);

/* The state as JSON (stable order) and back. */
void report_state_write(const report *r, buf *b);
int report_state_read(report *r, const char *json, size_t len, char *err, size_t errlen);

/* Period key of a date ("2026-10-05" -> "2026-W40", "2026-10", or the day);
 * NULL when the date does not parse. */
int report_period(const char *date, char kind, char *out, size_t outlen);

/* Rendering: text (width <= 100; colour when colour != 0), md, json, csv, html. */
enum { RF_TEXT, RF_MD, RF_JSON, RF_CSV, RF_HTML };
void report_render(const report *r, int format, int colour, buf *b);

#endif
