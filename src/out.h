/*
 * out.h — the output side of every command: buffered writes to stdout or
 * to a file written atomically (temporary file, then rename), with write
 * errors reported and a closed pipe ("| head") ending the program quietly.
 */
#ifndef GRIPE_OUT_H
#define GRIPE_OUT_H

#include <stddef.h>

typedef struct out out;
typedef struct buf buf;

/* NULL or "-" is stdout.  A path is written to PATH.tmp.XXXXXX beside it
 * and renamed over PATH by out_close, so a reader never sees half a file. */
out *out_open(const char *path);
void out_write(out *o, const void *p, size_t n);
/* The pending output: append a record to it, then call out_end, which
 * writes it out once enough is pending (at once on a terminal).  Saves
 * building the record elsewhere and copying it in with out_write. */
buf *out_buf(out *o);
void out_end(out *o);
/* Flush, check for errors, rename into place.  Dies (exit 2) with a message
 * on a write error; a broken pipe exits 0 silently. */
void out_close(out *o);
/* Drop a temporary file (on a failure path). */
void out_abort(out *o);

#endif
