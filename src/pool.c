/*
 * pool.c — see pool.h.
 */
#include "pool.h"
#include "util.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { EMPTY, READY, BUSY, DONE };

typedef struct batch {
	pool_rec r[POOL_BATCH];
	size_t pass_at[POOL_BATCH];  /* where r[i].pass starts in pass, or SIZE_MAX */
	size_t n, seq;
	int state;
	arena mem;
	buf pass, out;
} batch;

typedef struct thread { pool *p; void *tctx; pthread_t th; } thread;

struct pool {
	pool_fn fn;
	out *o;
	int jobs;               /* threads running fn, the caller's included */
	thread *t;
	batch *b;
	int nb, eof;
	batch *cur;             /* being filled by pool_add */
	size_t seq, next_out;   /* next batch number to hand out, to write */
	pthread_mutex_t mu;
	pthread_cond_t work, done;
};

static void process(pool *p, void *tctx, batch *b)
{
	buf_reset(&b->out);
	for (size_t i = 0; i < b->n; i++) {
		pool_rec *r = &b->r[i];
		if (b->pass_at[i] != SIZE_MAX) r->pass = b->pass.data + b->pass_at[i];
		p->fn(tctx, r, &b->out);
	}
}

static void *run(void *arg)
{
	thread *t = arg;
	pool *p = t->p;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		batch *pick = NULL;
		for (int i = 0; i < p->nb; i++)
			if (p->b[i].state == READY && (!pick || p->b[i].seq < pick->seq)) pick = &p->b[i];
		if (!pick) {
			if (p->eof) break;
			pthread_cond_wait(&p->work, &p->mu);
			continue;
		}
		pick->state = BUSY;
		pthread_mutex_unlock(&p->mu);
		process(p, t->tctx, pick);
		pthread_mutex_lock(&p->mu);
		pick->state = DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

pool *pool_new(int jobs, void *const *tctx, pool_fn fn, out *o)
{
	pool *p = xcalloc(1, sizeof *p);
	p->fn = fn;
	p->o = o;
	p->nb = jobs * 2 + 2;
	p->b = xcalloc((size_t)p->nb, sizeof *p->b);
	p->t = xcalloc((size_t)jobs, sizeof *p->t);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	p->t[0].p = p;
	p->t[0].tctx = tctx[0];
	p->jobs = 1;
	/* a thread that cannot be started leaves its share to the others: the
	 * output is the same, only slower */
	for (int i = 1; i < jobs; i++) {
		thread *t = &p->t[p->jobs];
		t->p = p;
		t->tctx = tctx[i];
		if (pthread_create(&t->th, NULL, run, t) == 0) p->jobs++;
	}
	return p;
}

/* Write finished batches in order; with block, wait for the next one,
 * processing a waiting batch rather than idling.  Called with mu held. */
static void flush(pool *p, int block)
{
	for (;;) {
		batch *b = NULL;
		for (int i = 0; i < p->nb; i++) if (p->b[i].state != EMPTY && p->b[i].seq == p->next_out) b = &p->b[i];
		if (!b) return;
		while (b->state != DONE) {
			if (!block) return;
			/* the next one due, or any other no thread has taken */
			batch *mine = b->state == READY ? b : NULL;
			for (int i = 0; i < p->nb && !mine; i++)
				if (p->b[i].state == READY) mine = &p->b[i];
			if (!mine) { pthread_cond_wait(&p->done, &p->mu); continue; }
			mine->state = BUSY;
			pthread_mutex_unlock(&p->mu);
			process(p, p->t[0].tctx, mine);
			pthread_mutex_lock(&p->mu);
			mine->state = DONE;
		}
		if (p->o) {
			pthread_mutex_unlock(&p->mu);
			out_write(p->o, b->out.data, b->out.len);
			pthread_mutex_lock(&p->mu);
		}
		b->state = EMPTY;
		p->next_out++;
	}
}

static void submit(pool *p)
{
	pthread_mutex_lock(&p->mu);
	p->cur->state = READY;
	pthread_cond_broadcast(&p->work);
	flush(p, 0);
	pthread_mutex_unlock(&p->mu);
	p->cur = NULL;
}

static batch *free_batch(pool *p)
{
	pthread_mutex_lock(&p->mu);
	for (;;) {
		for (int i = 0; i < p->nb; i++)
			if (p->b[i].state == EMPTY) {
				batch *b = &p->b[i];
				pthread_mutex_unlock(&p->mu);
				b->n = 0;
				b->seq = p->seq++;
				arena_reset(&b->mem);
				buf_reset(&b->pass);
				return b;
			}
		flush(p, 1);
	}
}

void pool_rec_view(pool_rec *r, const record *rec)
{
	memset(r, 0, sizeof *r);
	r->id = rec->id;
	r->lang = rec->lang;
	r->date = rec->date;
	r->channel = rec->channel;
	r->text = rec->text ? rec->text : "";
	r->text_len = rec->text_len;
	r->error = rec->error;
	if (rec->error) {
		const rfield *e = record_get(rec, "error");
		r->error_msg = e ? e->val : "";
		r->error_len = e ? e->vlen : 0;
	}
}

static const char *keep(batch *b, const char *s) { return s ? arena_strndup(&b->mem, s, strlen(s)) : NULL; }

void pool_add(pool *p, const record *rec, int keep_pass, const char *const *drop)
{
	if (!p->cur) p->cur = free_batch(p);
	batch *b = p->cur;
	pool_rec *r = &b->r[b->n++];
	pool_rec_view(r, rec);
	r->truncated = record_get(rec, "truncated") != NULL;
	r->id = keep(b, rec->id);
	r->lang = keep(b, rec->lang);
	r->date = keep(b, rec->date);
	r->channel = keep(b, rec->channel);
	r->text = arena_strndup(&b->mem, r->text, r->text_len);
	if (r->error_msg) r->error_msg = arena_strndup(&b->mem, r->error_msg, r->error_len);
	/* an offset until the batch is processed: b->pass may still move */
	b->pass_at[b->n - 1] = SIZE_MAX;
	if (keep_pass) {
		b->pass_at[b->n - 1] = b->pass.len;
		r->nfields = record_open(rec, &b->pass, drop);
		r->pass_len = b->pass.len - b->pass_at[b->n - 1];
	}
	if (b->n == POOL_BATCH) submit(p);
}

void pool_end(pool *p)
{
	if (p->cur) submit(p);
	pthread_mutex_lock(&p->mu);
	p->eof = 1;
	pthread_cond_broadcast(&p->work);
	while (p->next_out < p->seq) flush(p, 1);
	pthread_mutex_unlock(&p->mu);
	for (int i = 1; i < p->jobs; i++) pthread_join(p->t[i].th, NULL);
	for (int i = 0; i < p->nb; i++) { arena_free(&p->b[i].mem); buf_free(&p->b[i].pass); buf_free(&p->b[i].out); }
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p->b);
	free(p->t);
	free(p);
}
