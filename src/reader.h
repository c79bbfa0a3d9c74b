/*
 * reader.h — records in: CSV (RFC 4180), TSV, JSON Lines and plain lines,
 * one record at a time, in bounded memory.
 *
 * Every record is a list of fields in output order: "id" and "text" first,
 * then the mapped fields ("date", "channel", "lang"), then every other
 * column under its header name.  Values from JSON Lines that gripe does not
 * need are kept as their raw JSON bytes, so they pass through exactly.  A
 * record that cannot be parsed still yields one: {"id", "error", "raw"}.
 * The reader never prints: problems go to reader_warning(), which the
 * command prints (file:line: message).
 */
#ifndef GRIPE_READER_H
#define GRIPE_READER_H

#include "util.h"

typedef struct rfield {
	const char *key, *val;
	size_t klen, vlen;
	int raw;                 /* val is raw JSON; otherwise a string to escape */
} rfield;

/* One record.  Everything points into the reader's per-record storage and
 * stays valid until the next reader_next(). */
typedef struct record {
	VEC(rfield) f;
	const char *text;        /* decoded, "" for an error record */
	size_t text_len;
	const char *id, *lang;   /* decoded strings; lang NULL when absent */
	const char *date, *channel;
	int error;               /* an error record (read here or earlier) */
	long line;               /* first line in the input */
} record;

/* Write the record as a JSON object without its closing brace, leaving
 * out the keys listed in drop (NULL-terminated, may be NULL).  Returns the
 * number of fields written, so the caller knows whether to add a comma. */
size_t record_open(const record *r, buf *b, const char *const *drop);
/* The raw value of a field, or NULL. */
const rfield *record_get(const record *r, const char *key);

typedef enum { FMT_AUTO, FMT_CSV, FMT_TSV, FMT_JSONL, FMT_LINES } read_format;

typedef struct reader_opts {
	read_format format;
	char delimiter;          /* CSV only; 0 means ',' */
	int no_header;           /* CSV/TSV: first row is data, columns are 1..N */
	const char *col_text, *col_id, *col_date, *col_channel, *col_lang;
	size_t max_bytes;        /* texts longer than this are truncated and flagged */
	int multi;               /* several inputs: row-number ids become FILE:N */
} reader_opts;

typedef struct reader reader;

/* Open `path` ("-" or NULL for stdin).  Returns NULL and fills err when the
 * file cannot be opened. */
reader *reader_open(const char *path, const reader_opts *o, char *err, size_t errlen);
/* The same over an open stream (not closed by reader_close), read through
 * its descriptor when it has one (nothing may have been read from it
 * through stdio then), through stdio otherwise (fmemopen). */
reader *reader_open_stream(FILE *f, const char *name, const reader_opts *o, char *err, size_t errlen);

/* Read the next record into *rec.  Returns 1 for a record, good or bad;
 * 0 at end of input; -1 on a fatal error for this input (err names file
 * and line: unreadable file, no text column).  After each call,
 * reader_warning() returns a pending warning or NULL. */
int reader_next(reader *r, record **rec, char *err, size_t errlen);
const char *reader_warning(reader *r);

/* Counters for the summary. */
typedef struct reader_stats {
	size_t records, errors, bad_utf8, truncated;
} reader_stats;
const reader_stats *reader_get_stats(const reader *r);
const char *reader_name(const reader *r);
/* Approximate bytes consumed so far (for progress). */
size_t reader_bytes(const reader *r);

void reader_close(reader *r);

#endif
