/*
 * util.h — the few things every module shares: allocation that never
 * returns NULL, one growable byte buffer, one dynamic-array idiom, and the
 * one error pair (die/warn) that commands use.  Stage modules never call
 * die() or warn(); they return an error code and fill a message buffer.
 */
#ifndef GRIPE_UTIL_H
#define GRIPE_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>

#define GRIPE_VERSION "0.1.0"

/* Exit codes, as DESIGN.md says. */
enum { EXIT_OK = 0, EXIT_THRESHOLD = 1, EXIT_FAIL = 2 };

/* Allocation: abort with a message on out-of-memory, never return NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Messages start with "gripe: ".  A format ending in ':' appends
 * strerror(errno).  die() exits with EXIT_FAIL. */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern int g_quiet;   /* --quiet: warnings are suppressed, errors are not */

/* One growable buffer.  `data` is always NUL-terminated after any append,
 * so it can be used as a C string when it holds no NUL bytes.  The buffer
 * owns `data`; buf_free releases it. */
typedef struct buf {
	char *data;
	size_t len, cap;
} buf;

/* The appends run for every token written, so their common case is
 * inline: room is there, copy.  buf_grow_to reallocates. */
void buf_grow_to(buf *b, size_t need);
static inline void buf_grow(buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap) buf_grow_to(b, b->len + extra + 1);
}
static inline void buf_add(buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n) __builtin_memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = 0;
}
static inline void buf_adds(buf *b, const char *s) { buf_add(b, s, __builtin_strlen(s)); }
static inline void buf_addc(buf *b, char c)
{
	buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = 0;
}
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Write u in decimal at d (room for 20 bytes); returns the end.  Offsets
 * and counts are written for every token, and are mostly small. */
char *put_dec_long(char *d, unsigned long long u);
extern const char DEC_PAIRS[200];          /* "00" "01" ... "99" */
static inline char *put_dec4(char *d, unsigned u)   /* exactly four digits, u < 10000 */
{
	__builtin_memcpy(d, DEC_PAIRS + 2 * (u / 100), 2);
	__builtin_memcpy(d + 2, DEC_PAIRS + 2 * (u % 100), 2);
	return d + 4;
}
static inline char *put_dec(char *d, unsigned long long u)
{
	if (u < 10) { *d = (char)('0' + u); return d + 1; }
	if (u < 100) { __builtin_memcpy(d, DEC_PAIRS + 2 * u, 2); return d + 2; }
	if (u < 1000) { d[0] = (char)('0' + u / 100); __builtin_memcpy(d + 1, DEC_PAIRS + 2 * (u % 100), 2); return d + 3; }
	if (u < 10000) return put_dec4(d, (unsigned)u);
	if (u < 100000000)           /* offsets into long texts: the high part, then four digits */
		return put_dec4(put_dec(d, u / 10000), (unsigned)(u % 10000));
	return put_dec_long(d, u);
}
static inline void buf_addu(buf *b, unsigned long long u)   /* decimal, no printf */
{
	buf_grow(b, 20);
	b->len = (size_t)(put_dec(b->data + b->len, u) - b->data);
	b->data[b->len] = 0;
}
void buf_reset(buf *b);
void buf_free(buf *b);
/* Detach the contents: the caller owns the returned string. */
char *buf_steal(buf *b);

/* Dynamic arrays: a struct with `T *v; size_t n, cap;`.
 *   VEC(int) xs = {0}; VEC_PUSH(&xs, 3); free(xs.v);  */
#define VEC(T) struct { T *v; size_t n, cap; }
#define VEC_RESERVE(a, k) do { \
	if ((a)->n + (k) > (a)->cap) { \
		size_t nc_ = (a)->cap ? (a)->cap * 2 : 16; \
		while (nc_ < (a)->n + (k)) nc_ *= 2; \
		(a)->v = xrealloc((a)->v, nc_ * sizeof *(a)->v); \
		(a)->cap = nc_; \
	} } while (0)
typedef VEC(uint32_t) u32vec;
#define VEC_PUSH(a, x) do { VEC_RESERVE(a, 1); (a)->v[(a)->n++] = (x); } while (0)

/* Arena: many small allocations freed at once.  Used for lexicon strings
 * (freed with the lexicon) and per-record scratch (reset per record). */
typedef struct arena_block arena_block;
typedef struct arena { arena_block *head; } arena;
void *arena_alloc(arena *a, size_t n);
/* n bytes at an address that is a multiple of 64 (a cache line) */
void *arena_alloc_line(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
void arena_reset(arena *a);   /* keeps the first block for reuse */
void arena_free(arena *a);

/* The hash every table here uses: eight bytes at a time, multiply and
 * fold (a 64-bit multiplicative mix, finished with a xor-shift). */
static inline uint64_t hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
	while (n >= 8) {
		uint64_t k;
		__builtin_memcpy(&k, s, 8);
		h = (h ^ k) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
		s += 8; n -= 8;
	}
	/* the 0..7 bytes left, read as two overlapping words (no byte loop) */
	uint64_t k = 0;
	if (n >= 4) {
		uint32_t a, b;
		__builtin_memcpy(&a, s, 4);
		__builtin_memcpy(&b, s + n - 4, 4);
		k = (uint64_t)a | (uint64_t)b << 32;
	} else if (n) {
		k = (uint64_t)s[0] | (uint64_t)s[n / 2] << 8 | (uint64_t)s[n - 1] << 16;
	}
	h = (h ^ k) * 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 29;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 32;
	return h;
}

#endif
