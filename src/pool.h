/*
 * pool.h — run a per-record function on N threads and write what it
 * produces in input order.
 *
 * The calling thread reads records and copies them into batches (pool_add);
 * N-1 threads each take the oldest waiting batch and call fn on its records
 * with their own context; the calling thread does the same whenever it would
 * otherwise wait for a free batch, and writes finished batches in input
 * order.  So the output is the same bytes for every N.  Memory is bounded:
 * 2N+2 batches of at most POOL_BATCH records.
 */
#ifndef GRIPE_POOL_H
#define GRIPE_POOL_H

#include "out.h"
#include "reader.h"

#define POOL_BATCH 512

/* A record as pool_add copied it: the reader's record lives only until its
 * callback returns. */
typedef struct pool_rec {
	const char *id, *lang, *date, *channel, *text;
	size_t text_len;
	const char *error_msg;    /* the "error" field of a record the reader rejected */
	size_t error_len;
	const char *pass;         /* record_open's output with the drop list given to pool_add */
	size_t pass_len, nfields;
	int error, truncated;
} pool_rec;

/* Append the record's output to out; tctx is the calling thread's own. */
typedef void (*pool_fn)(void *tctx, const pool_rec *r, buf *b);

typedef struct pool pool;

/* r as a view of rec, nothing copied (valid while rec is); no pass, and
 * truncated is left 0 (only pool_add looks it up). */
void pool_rec_view(pool_rec *r, const record *rec);

/* jobs threads in all (the caller's included); tctx[0..jobs) are their
 * contexts, tctx[0] the caller's.  o may be NULL: output is discarded. */
pool *pool_new(int jobs, void *const *tctx, pool_fn fn, out *o);
/* Copy rec into the current batch; with keep_pass, also its JSON without
 * the keys in drop (see record_open).  Runs in the calling thread. */
void pool_add(pool *p, const record *rec, int keep_pass, const char *const *drop);
/* Process and write everything still pending, stop the threads, free. */
void pool_end(pool *p);

#endif
