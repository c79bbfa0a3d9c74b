/*
 * cmd.h — what the thin cmd_*.c files share: the reader options every
 * record-reading command accepts, the record loop, and JSON Lines output.
 */
#ifndef GRIPE_CMD_H
#define GRIPE_CMD_H

#include <jansson.h>
#include "cli.h"
#include "out.h"
#include "reader.h"
#include "jsonw.h"

/* Option-table rows for the reader, spliced into each command's table. */
#define READER_OPTS \
	{ "format", 'f', "FMT", "input format: auto, csv, tsv, jsonl, lines (default auto)" }, \
	{ "delimiter", 'd', "CHAR", "CSV field delimiter (default ,)" }, \
	{ "no-header", 0, NULL, "CSV/TSV: the first row is data; columns are 1..N" }, \
	{ "text", 0, "FIELD", "column holding the text (name or 1-based index)" }, \
	{ "id", 0, "FIELD", "column holding the record id (default: id, else row number)" }, \
	{ "date", 0, "FIELD", "column holding the date (default: date)" }, \
	{ "channel", 0, "FIELD", "column holding the channel (default: channel)" }, \
	{ "lang", 0, "FIELD", "column holding the language (default: lang)" }, \
	{ "max-bytes", 0, "N", "truncate (and flag) texts longer than N bytes (default 1048576)" }, \
	{ "strict", 0, NULL, "exit 2 when any record could not be read" }, \
	{ "quiet", 'q', NULL, "print nothing but errors" }

void reader_opts_from_cli(const cli_args *a, reader_opts *o);

/* Called for each record; the callee owns nothing (the loop decrefs obj). */
typedef void (*record_fn)(json_t *obj, void *ctx);

/* Read every input named in a->pos (stdin when none), call fn for each
 * record, print warnings as they come and a summary of invalid UTF-8 once
 * per input.  Returns EXIT_OK, or EXIT_FAIL when an input could not be read
 * or (with --strict) a record was bad. */
int run_records(const cli_args *a, const reader_opts *ro, record_fn fn, void *ctx);

/* Write obj as one compact JSON line. */
void emit_json(out *o, json_t *obj);
/* Serialise obj without the closing brace into b (for appending fields). */
void json_open_object(json_t *obj, buf *b);



#include "pipeline.h"
#define LEXICON_OPT { "lexicons", 'L', "DIR", "lexicon directory (default: $GRIPE_LEXICONS, beside the binary, install path)" }
/* Find the lexicons and load the engine, or die with a message. */
void engine_from_cli(const cli_args *a, engine *e, int with_lexicon);
/* The record's text (empty when absent) and whether it is an error record. */
const char *record_text(json_t *obj, size_t *len);
int record_is_error(json_t *obj);
#endif
