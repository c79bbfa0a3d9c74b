/*
 * out.h — the output side of every command: buffered writes to stdout or
 * to a file written atomically (temporary file, then rename), with write
 * errors reported and a closed pipe ("| head") ending the program quietly.
 */
#ifndef GRIPE_OUT_H
#define GRIPE_OUT_H

#include <stdio.h>
#include <stddef.h>

typedef struct out out;

/* NULL or "-" is stdout.  A path is written to PATH.tmp.XXXXXX beside it
 * and renamed over PATH by out_close, so a reader never sees half a file. */
out *out_open(const char *path);
void out_write(out *o, const void *p, size_t n);
void out_puts(out *o, const char *s);
FILE *out_file(out *o);
/* Flush, check for errors, rename into place.  Dies (exit 2) with a message
 * on a write error; a broken pipe exits 0 silently. */
void out_close(out *o);
/* Drop a temporary file (on a failure path). */
void out_abort(out *o);

#endif
