/*
 * out.c — checked, atomic output.
 *
 * Output goes through one buffer per out and write(2), not stdio: a
 * command can build its record straight into the buffer (out_buf, then
 * out_end), so the bytes are copied once on their way to the kernel.
 */
#include "out.h"
#include "util.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { OUT_BUFSIZE = 1 << 16 };   /* write once 64 KiB are pending */

struct out {
	int fd;
	int tty;           /* a terminal: every record is written at once */
	char *path, *tmp;
	buf b;             /* pending bytes */
};

static void pipe_check(void)
{
	if (errno == EPIPE) exit(0);    /* the reader went away: end quietly */
}

static void fail(out *o)
{
	pipe_check();
	int e = errno;
	if (o->tmp) unlink(o->tmp);
	errno = e;
	die("write error on %s:", o->path ? o->path : "standard output");
}

static void flush(out *o)
{
	const char *p = o->b.data;
	size_t n = o->b.len;
	while (n) {
		ssize_t k = write(o->fd, p, n);
		if (k < 0) {
			if (errno == EINTR) continue;
			fail(o);
		}
		p += k;
		n -= (size_t)k;
	}
	o->b.len = 0;
}

out *out_open(const char *path)
{
	static int sig_done;
	if (!sig_done) { signal(SIGPIPE, SIG_IGN); sig_done = 1; }
	out *o = xcalloc(1, sizeof *o);
	buf_grow(&o->b, OUT_BUFSIZE + 4096);
	if (!path || !strcmp(path, "-")) {
		o->fd = 1;
		o->tty = isatty(1);
		return o;
	}
	o->path = xstrdup(path);
	size_t n = strlen(path) + 16;
	o->tmp = xmalloc(n);
	snprintf(o->tmp, n, "%s.tmp.XXXXXX", path);
	o->fd = mkstemp(o->tmp);
	if (o->fd < 0) die("%s: cannot create temporary file:", o->tmp);
	return o;
}

buf *out_buf(out *o) { return &o->b; }

void out_end(out *o)
{
	if (o->b.len >= OUT_BUFSIZE || (o->tty && o->b.len)) flush(o);
}

void out_write(out *o, const void *p, size_t n)
{
	buf_add(&o->b, p, n);
	out_end(o);
}


void out_close(out *o)
{
	const char *name = o->path ? o->path : "standard output";
	flush(o);
	if (o->tmp) {
		int bad = fsync(o->fd) != 0 && errno != EINVAL;
		if (close(o->fd) != 0) bad = 1;
		if (bad) { int e = errno; unlink(o->tmp); errno = e; die("write error on %s:", name); }
		if (rename(o->tmp, o->path) != 0) { int e = errno; unlink(o->tmp); errno = e; die("%s: cannot rename into place:", name); }
		free(o->tmp); free(o->path);
	}
	buf_free(&o->b);
	free(o);
}

void out_abort(out *o)
{
	if (o->tmp) { close(o->fd); unlink(o->tmp); free(o->tmp); free(o->path); }
	buf_free(&o->b);
	free(o);
}
