/*
 * reader.h — records in: CSV (RFC 4180), TSV, JSON Lines and plain lines,
 * one record at a time, in bounded memory.
 *
 * Every record becomes a JSON object (jansson) with "id" and "text" first,
 * then the mapped fields ("date", "channel", "lang"), then every other
 * column under its header name, values kept exactly as they were.  A record
 * that cannot be parsed still yields an object: {"id", "error", "raw"}.
 * The reader never prints: problems go to reader.warn, which the command
 * prints (file:line: message).
 */
#ifndef GRIPE_READER_H
#define GRIPE_READER_H

#include <jansson.h>
#include "util.h"

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

/* Read the next record.  Returns 1 and sets *obj (caller owns, json_decref)
 * for a record, good or bad; 0 at end of input; -1 on a fatal error for this
 * input (err names file and line: unreadable file, no text column).
 * After each call, reader_warning() returns a pending warning or NULL. */
int reader_next(reader *r, json_t **obj, char *err, size_t errlen);
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

/* Field helpers shared by the stages. */
const char *rec_str(json_t *obj, const char *key, size_t *len);

#endif
