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
#include "pool.h"
#define JOBS_OPT { "jobs", 'j', "N", "threads (default 1); the output is the same bytes for every N" }
typedef struct stage stage;
/* One thread's share of a record filter: its own worker and scratch;
 * extra is the command's (tag: a tag_result). */
typedef struct stage_job stage_job;
typedef struct lane {
	stage *s;
	const stage_job *job;
	worker w;
	buf tmp;
	void *extra;
} lane;
/* What a record filter does with each record.  fields: write the record's
 * own fields first (record_open, without the keys drop names); then body
 * writes the rest, nfields telling how many fields came before. */
struct stage_job {
	int fields;
	const char *const *(*drop)(const record *rec, void *cmd);
	void (*body)(lane *l, const pool_rec *r, size_t nfields, buf *b);
	void *cmd;
};
/* What the record filters (lang, tokenize, tag) share: their options, the
 * engine, a lane per thread (-j), the output. */
struct stage {
	cli_args a;
	reader_opts ro;
	engine e;
	int jobs;
	lane *lanes;         /* jobs of them; lanes[0] is the calling thread's */
	out *o;
};
/* Parse argv, load the engine (and the lexicons when with_lexicon), open
 * the output; dies on a usage error or missing lexicons. */
void stage_open(stage *s, const cli_cmd *c, int argc, char **argv, int with_lexicon);
/* Run the job over every input record (run_records): on one thread, each
 * record is written as it comes; with -j N, through a pool (pool.h). */
int stage_run(stage *s, const stage_job *j);
/* Close the output (dies on a write error) and free everything. */
void stage_close(stage *s);

/* Append "lang":..,"lang_score":.. of the record in w (comma unless first). */
void add_lang_fields(buf *b, const worker *w, int first);

#endif
