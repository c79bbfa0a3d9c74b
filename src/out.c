/*
 * out.c — checked, atomic output.
 */
#include "out.h"
#include "util.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { OUT_BUFSIZE = 1 << 16 };

struct out {
	FILE *f;
	char *path, *tmp;
};

static void pipe_check(void)
{
	if (errno == EPIPE) exit(0);    /* the reader went away: end quietly */
}

out *out_open(const char *path)
{
	static int sig_done;
	if (!sig_done) { signal(SIGPIPE, SIG_IGN); sig_done = 1; }
	out *o = xcalloc(1, sizeof *o);
	if (!path || !strcmp(path, "-")) {
		o->f = stdout;
		/* a pipe or a file gets 64 KiB writes, not stdio's 4 KiB (a
		 * sixteenth of the system calls on large output); a terminal keeps
		 * its line buffering */
		if (!isatty(1)) setvbuf(stdout, NULL, _IOFBF, OUT_BUFSIZE);
		return o;
	}
	o->path = xstrdup(path);
	size_t n = strlen(path) + 16;
	o->tmp = xmalloc(n);
	snprintf(o->tmp, n, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(o->tmp);
	if (fd < 0) die("%s: cannot create temporary file:", o->tmp);
	o->f = fdopen(fd, "w");
	if (!o->f) die("%s:", o->tmp);
	setvbuf(o->f, NULL, _IOFBF, OUT_BUFSIZE);
	return o;
}

FILE *out_file(out *o) { return o->f; }

void out_write(out *o, const void *p, size_t n)
{
	if (n && fwrite(p, 1, n, o->f) != n) {
		pipe_check();
		if (o->tmp) unlink(o->tmp);
		die("write error on %s:", o->path ? o->path : "standard output");
	}
}

void out_puts(out *o, const char *s) { out_write(o, s, strlen(s)); }

void out_close(out *o)
{
	const char *name = o->path ? o->path : "standard output";
	int bad = fflush(o->f) != 0 || ferror(o->f);
	if (bad) pipe_check();
	if (o->tmp) {
		if (fsync(fileno(o->f)) != 0 && errno != EINVAL) bad = 1;
		if (fclose(o->f) != 0) bad = 1;
		if (bad) { int e = errno; unlink(o->tmp); errno = e; die("write error on %s:", name); }
		if (rename(o->tmp, o->path) != 0) { int e = errno; unlink(o->tmp); errno = e; die("%s: cannot rename into place:", name); }
		free(o->tmp); free(o->path);
	} else {
		if (bad) die("write error on %s:", name);
	}
	free(o);
}

void out_abort(out *o)
{
	if (o->tmp) { fclose(o->f); unlink(o->tmp); free(o->tmp); free(o->path); }
	free(o);
}
