/*
 * cmd.h — what the thin cmd_*.c files share: the reader options every
 * record-reading command accepts, the record loop, and JSON Lines output.
 */
#ifndef GRIPE_CMD_H
#define GRIPE_CMD_H

#include "cli.h"
#include "out.h"
#include "reader.h"
#include "jsonw.h"

/* Option-table rows for the reader, spliced into each command's table. */
#define READER_OPTS \
	{ "format", 'f', "FMT", "input format: auto, csv, tsv, jsonl, lines (default auto)" }, \
	READER_OPTS_REST
/* Commands whose --format is the report's name the input's --input-format. */
#define READER_OPTS_REPORT \
	{ "input-format", 'f', "FMT", "input format: auto, csv, tsv, jsonl, lines (default auto)" }, \
	READER_OPTS_REST
#define READER_OPTS_REST \
	{ "delimiter", 'd', "CHAR", "CSV field delimiter (default ,)" }, \
	{ "no-header", 0, NULL, "CSV/TSV: the first row is data; columns are 1..N" }, \
	{ "text", 0, "FIELD", "column holding the text (name or 1-based index)" }, \
	{ "id", 0, "FIELD", "column holding the record id (default: id, else row number)" }, \
	{ "date", 0, "FIELD", "column holding the date (default: date)" }, \
	{ "channel", 0, "FIELD", "column holding the channel (default: channel)" }, \
	{ "lang", 0, "FIELD", "column holding the language (default: lang)" }, \
	{ "max-bytes", 0, "N", "truncate (and flag) texts longer than N bytes (default 1048576)" }, \
	{ "strict", 0, NULL, "exit 2 when any record could not be read" }, \
	{ "quiet", 'q', NULL, "print nothing but errors" }, \
	{ "progress", 0, NULL, "show progress on stderr even when it is not a terminal" }, \
	{ "no-progress", 0, NULL, "never show progress (default: shown when stderr is a terminal)" }

void reader_opts_from_cli(const cli_args *a, reader_opts *o);

/* Called for each record; the record is valid until the call returns. */
typedef void (*record_fn)(record *rec, void *ctx);

/* Read every input named in a->pos (stdin when none), call fn for each
 * record, print warnings as they come and a summary of invalid UTF-8 once
 * per input.  Returns EXIT_OK, or EXIT_FAIL when an input could not be read
 * or (with --strict) a record was bad. */
int run_records(const cli_args *a, const reader_opts *ro, record_fn fn, void *ctx);

/* Write the record as one JSON line, unchanged. */
void emit_record(out *o, const record *rec);
/* Append a number with at most three decimals ("1", "0.983"). */
void buf_add_dec3(buf *b, double x);



#include "pipeline.h"
#define LEARNED_OPT { "no-learned", 0, NULL, "leave out the learned rules (TAG.learned.lex): faster, fewer tags" }
#define LEXICON_OPT { "lexicons", 'L', "DIR", "lexicon directory (default: $GRIPE_LEXICONS, beside the binary, install path)" }
/* Find the lexicons and load the engine, or die with a message. */
void engine_from_cli(const cli_args *a, engine *e, int with_lexicon);
/* What the record filters (lang, tokenize, tag) share: their options, the
 * engine, one worker, the output and a line buffer. */
typedef struct stage {
	cli_args a;
	reader_opts ro;
	engine e;
	worker w;
	out *o;
	buf b;
} stage;
/* Parse argv, load the engine (and the lexicons when with_lexicon), open
 * the output; dies on a usage error or missing lexicons. */
void stage_open(stage *s, const cli_cmd *c, int argc, char **argv, int with_lexicon);
/* Run fn over every input record (run_records). */
int stage_run(stage *s, record_fn fn, void *ctx);
/* Close the output (dies on a write error) and free everything. */
void stage_close(stage *s);

/* Append "lang":..,"lang_score":.. of the record in w (comma unless first). */
void add_lang_fields(buf *b, const worker *w, int first);

#endif
