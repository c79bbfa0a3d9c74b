/*
 * history.c — see history.h.
 */
#include "history.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct history { sqlite3 *db; };

static int fail(sqlite3 *db, const char *what, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: %s", what, db ? sqlite3_errmsg(db) : "out of memory");
	return -1;
}

static const char *SCHEMA =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"INSERT INTO meta VALUES('application','gripe'),('schema_version','1');"
	"CREATE TABLE periods(period TEXT PRIMARY KEY, records INTEGER NOT NULL, tagged INTEGER NOT NULL,"
	" errors INTEGER NOT NULL, stored TEXT NOT NULL);"
	"CREATE TABLE counts(period TEXT NOT NULL, kind TEXT NOT NULL CHECK(kind IN ('cause','tag')),"
	" name TEXT NOT NULL, records INTEGER NOT NULL, score INTEGER, PRIMARY KEY(period, kind, name));";

/* MIGRATIONS[k - 1] takes schema k to k + 1; none yet (version 1 is the
 * first), so an older database cannot exist and this list is empty. */
static const char *const MIGRATIONS[HISTORY_SCHEMA] = { NULL };

static int user_tables(sqlite3 *db)
{
	sqlite3_stmt *st;
	int n = -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type='table'", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static int schema_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) v = atoi((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

history *history_open(const char *path, int readonly, char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		fail(db, path, err, errlen);
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, 2000);
	int tables = user_tables(db);
	if (tables < 0) { fail(db, path, err, errlen); sqlite3_close(db); return NULL; }
	if (tables == 0) {
		if (readonly) { snprintf(err, errlen, "%s: not a gripe history (empty)", path); sqlite3_close(db); return NULL; }
		char *msg = NULL;
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
		    sqlite3_exec(db, SCHEMA, NULL, NULL, &msg) != SQLITE_OK ||
		    sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
			snprintf(err, errlen, "%s: cannot create the history: %s", path, msg ? msg : sqlite3_errmsg(db));
			sqlite3_free(msg);
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			sqlite3_close(db);
			return NULL;
		}
	}
	int v = schema_version(db);
	if (v < 0) { snprintf(err, errlen, "%s: not a gripe history database", path); sqlite3_close(db); return NULL; }
	if (v > HISTORY_SCHEMA) {
		snprintf(err, errlen, "%s: history schema %d is newer than this gripe understands (%d); refusing to touch it",
			 path, v, HISTORY_SCHEMA);
		sqlite3_close(db);
		return NULL;
	}
	if (v < HISTORY_SCHEMA) {
		if (readonly) { snprintf(err, errlen, "%s: history schema %d needs migrating; run gripe analyze --db on it", path, v); sqlite3_close(db); return NULL; }
		char *msg = NULL;
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) == SQLITE_OK)
			for (int k = v; k >= 1 && k < HISTORY_SCHEMA && MIGRATIONS[k - 1]; k++)
				if (sqlite3_exec(db, MIGRATIONS[k - 1], NULL, NULL, &msg) != SQLITE_OK) break;
		if (msg || sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
			snprintf(err, errlen, "%s: migration failed: %s", path, msg ? msg : sqlite3_errmsg(db));
			sqlite3_free(msg);
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			sqlite3_close(db);
			return NULL;
		}
	}
	history *h = xcalloc(1, sizeof *h);
	h->db = db;
	return h;
}

void history_close(history *h)
{
	if (!h) return;
	sqlite3_close(h->db);
	free(h);
}

static int exec1(sqlite3 *db, const char *sql, const char *period, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return fail(db, "prepare", err, errlen);
	sqlite3_bind_text(st, 1, period, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fail(db, "write", err, errlen);
}

static int put_period(sqlite3 *db, const char *p, long long rec, long long tagged, long long errs,
		      const char *stored, char *err, size_t errlen)
{
	if (exec1(db, "DELETE FROM counts WHERE period=?1", p, err, errlen) < 0) return -1;
	if (exec1(db, "DELETE FROM periods WHERE period=?1", p, err, errlen) < 0) return -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "INSERT INTO periods VALUES(?1,?2,?3,?4,?5)", -1, &st, NULL) != SQLITE_OK)
		return fail(db, "prepare", err, errlen);
	sqlite3_bind_text(st, 1, p, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, rec);
	sqlite3_bind_int64(st, 3, tagged);
	sqlite3_bind_int64(st, 4, errs);
	sqlite3_bind_text(st, 5, stored, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fail(db, "write", err, errlen);
}

static int put_count(sqlite3_stmt *st, const char *p, const char *kind, const char *name, long long n, long long score, int has_score)
{
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, p, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, n);
	if (has_score) sqlite3_bind_int64(st, 5, score); else sqlite3_bind_null(st, 5);
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

int history_store(history *h, const report *r, const char *period, char *err, size_t errlen)
{
	sqlite3 *db = h->db;
	char stored[32];
	time_t now = time(NULL);
	strftime(stored, sizeof stored, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) return fail(db, "cannot write the history", err, errlen);
	sqlite3_stmt *st = NULL;
	int n = 0;
	if (sqlite3_prepare_v2(db, "INSERT INTO counts VALUES(?1,?2,?3,?4,?5)", -1, &st, NULL) != SQLITE_OK) goto bad;
	if (period) {
		if (put_period(db, period, r->records, r->tagged, r->errors, stored, err, errlen) < 0) goto out;
		for (int c = 0; c < r->ncauses; c++)
			if (put_count(st, period, "cause", r->cause_names[c], r->causes[c].records, r->causes[c].score, 1) < 0) goto bad;
		for (int t = 0; t < r->ntags; t++)
			if (put_count(st, period, "tag", r->tag_names[t], r->tags[t].records, r->tags[t].score, 1) < 0) goto bad;
		n = 1;
	} else {
		for (size_t k = 0; k < r->periods.n; k++) {
			const char *p = r->periods.v[k].key;
			if (put_period(db, p, r->periods.v[k].n, kv_get(&r->tagged_periods, p), 0, stored, err, errlen) < 0) goto out;
			for (int c = 0; c < r->ncauses; c++)
				if (put_count(st, p, "cause", r->cause_names[c], kv_get(&r->causes[c].periods, p), 0, 0) < 0) goto bad;
			for (int t = 0; t < r->ntags; t++)
				if (put_count(st, p, "tag", r->tag_names[t], kv_get(&r->tags[t].periods, p), 0, 0) < 0) goto bad;
			n++;
		}
	}
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) goto bad;
	return n;
bad:
	fail(db, "cannot write the history", err, errlen);
out:
	sqlite3_finalize(st);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int history_load(history *h, int n, htrend *t, char *err, size_t errlen)
{
	memset(t, 0, sizeof *t);
	sqlite3 *db = h->db;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT period, records FROM (SELECT period, records FROM periods ORDER BY period DESC LIMIT ?1)"
			       " ORDER BY period", -1, &st, NULL) != SQLITE_OK) return fail(db, "read", err, errlen);
	sqlite3_bind_int(st, 1, n);
	VEC(char *) ps = {0};
	VEC(long long) rs = {0};
	while (sqlite3_step(st) == SQLITE_ROW) {
		VEC_PUSH(&ps, xstrdup((const char *)sqlite3_column_text(st, 0)));
		VEC_PUSH(&rs, sqlite3_column_int64(st, 1));
	}
	sqlite3_finalize(st);
	t->nperiods = (int)ps.n;
	t->periods = ps.v;
	t->records = rs.v;
	if (!ps.n) return 0;
	if (sqlite3_prepare_v2(db, "SELECT period, kind, name, records FROM counts WHERE period >= ?1 ORDER BY kind, name, period",
			       -1, &st, NULL) != SQLITE_OK) return fail(db, "read", err, errlen);
	sqlite3_bind_text(st, 1, ps.v[0], -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(st, 0);
		char kind = ((const char *)sqlite3_column_text(st, 1))[0];
		const char *name = (const char *)sqlite3_column_text(st, 2);
		hseries *s = t->series.n ? &t->series.v[t->series.n - 1] : NULL;
		if (!s || s->kind != kind || strcmp(s->name, name)) {
			hseries z = { kind, xstrdup(name), xcalloc((size_t)t->nperiods, sizeof(long long)) };
			VEC_PUSH(&t->series, z);
			s = &t->series.v[t->series.n - 1];
		}
		for (int i = 0; i < t->nperiods; i++)
			if (!strcmp(t->periods[i], p)) s->n[i] = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	return 0;
}

void htrend_free(htrend *t)
{
	for (int i = 0; i < t->nperiods; i++) free(t->periods[i]);
	free(t->periods);
	free(t->records);
	for (size_t i = 0; i < t->series.n; i++) { free(t->series.v[i].name); free(t->series.v[i].n); }
	free(t->series.v);
}
