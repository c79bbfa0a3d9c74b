/*
 * util.c — allocation wrappers, the buffer, the arena, and die/warn.
 */
#include "util.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int g_quiet;

static void oom(void)
{
	fputs("gripe: out of memory\n", stderr);
	exit(EXIT_FAIL);
}

void *xmalloc(size_t n) { void *p = malloc(n ? n : 1); if (!p) oom(); return p; }
void *xcalloc(size_t n, size_t s) { void *p = calloc(n ? n : 1, s ? s : 1); if (!p) oom(); return p; }
void *xrealloc(void *p, size_t n) { p = realloc(p, n ? n : 1); if (!p) oom(); return p; }
char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }
char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static void vmsg(const char *fmt, va_list ap)
{
	int saved = errno;
	fputs("gripe: ", stderr);
	vfprintf(stderr, fmt, ap);
	size_t n = strlen(fmt);
	if (n && fmt[n - 1] == ':') fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(EXIT_FAIL);
}

void warn(const char *fmt, ...)
{
	if (g_quiet) return;
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void buf_grow_to(buf *b, size_t need)
{
	if (need <= b->cap) return;
	size_t nc = b->cap ? b->cap : 64;
	while (nc < need) nc *= 2;
	b->data = xrealloc(b->data, nc);
	b->cap = nc;
}

void buf_printf(buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char DEC_PAIRS[200] =
	"00010203040506070809" "10111213141516171819" "20212223242526272829"
	"30313233343536373839" "40414243444546474849" "50515253545556575859"
	"60616263646566676869" "70717273747576777879" "80818283848586878889"
	"90919293949596979899";

char *put_dec_long(char *d, unsigned long long u)
{
	char tmp[20];
	int n = 0;
	do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
	while (n) *d++ = tmp[--n];
	return d;
}

void buf_reset(buf *b) { b->len = 0; if (b->data) b->data[0] = 0; }
void buf_free(buf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }
char *buf_steal(buf *b)
{
	char *p = b->data ? b->data : xstrdup("");
	b->data = NULL; b->len = b->cap = 0;
	return p;
}

struct arena_block {
	arena_block *next;
	size_t used, cap;
	_Alignas(16) char mem[];
};

void *arena_alloc(arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	arena_block *b = a->head;
	if (!b || b->used + n > b->cap) {
		size_t cap = n > 65536 ? n : 65536;
		arena_block *nb = xmalloc(sizeof *nb + cap);
		nb->used = 0; nb->cap = cap; nb->next = b;
		a->head = b = nb;
	}
	void *p = b->mem + b->used;
	b->used += n;
	return p;
}

void *arena_alloc_line(arena *a, size_t n)
{
	char *p = arena_alloc(a, n + 48);          /* blocks are 16-aligned */
	return p + (-(uintptr_t)p & 63);
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

void arena_reset(arena *a)
{
	arena_block *b = a->head;
	if (!b) return;
	while (b->next) { arena_block *n = b->next; b->next = n->next; free(n); }
	b->used = 0;
}

void arena_free(arena *a)
{
	arena_block *b = a->head;
	while (b) { arena_block *n = b->next; free(b); b = n; }
	a->head = NULL;
}
