/*
 * history.h — the SQLite history a nightly job keeps: one row per period
 * with its record counts, and per period the records (and score) of every
 * root cause and tag.  Storing a period again replaces it, in one
 * transaction, so re-running a night never counts twice.
 *
 * Schema (version 1, recorded in meta.schema_version):
 *   meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)
 *   periods(period TEXT PRIMARY KEY, records, tagged, errors INTEGER, stored TEXT)
 *   counts(period TEXT, kind TEXT 'cause'|'tag', name TEXT, records INTEGER,
 *          score INTEGER NULL, PRIMARY KEY(period, kind, name))
 */
#ifndef GRIPE_HISTORY_H
#define GRIPE_HISTORY_H

#include "report.h"

#define HISTORY_SCHEMA 1

typedef struct history history;

/* Open (creating the schema when the file is new) or, with readonly, open
 * an existing history.  NULL and a message in err on failure: cannot open,
 * locked, not a gripe history, a newer schema. */
history *history_open(const char *path, int readonly, char *err, size_t errlen);
void history_close(history *h);

/* Store r: as one period when period is non-NULL, else one row per period
 * found in the records' dates.  Returns the number of periods stored, or
 * -1 with a message. */
int history_store(history *h, const report *r, const char *period, char *err, size_t errlen);

/* The last n periods (ascending) and, for each cause and tag, its records
 * in each of them. */
typedef struct hseries { char kind; char *name; long long *n; } hseries;
typedef struct htrend {
	int nperiods;
	char **periods;
	long long *records;
	VEC(hseries) series;
} htrend;
int history_load(history *h, int n, htrend *t, char *err, size_t errlen);
void htrend_free(htrend *t);

#endif
