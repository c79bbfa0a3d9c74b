/*
 * cmd_read.c — `gripe read`: exported feedback in, one JSON record a line out.
 */
#include "cmd.h"

static const cli_opt opts[] = {
	READER_OPTS,
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ 0 }
};

static void each(record *rec, void *ctx) { emit_record(ctx, rec); }

int cmd_read(int argc, char **argv);
const cli_cmd cmd_read_def = { "read", cmd_read, "[FILE]...",
	"Read CSV, TSV, JSON Lines or plain lines and write one JSON record per line.", opts };

int cmd_read(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_read_def, argc, argv, &a);
	reader_opts ro;
	reader_opts_from_cli(&a, &ro);
	out *o = out_open(cli_get(&a, "output"));
	int rc = run_records(&a, &ro, each, o);
	out_close(o);
	cli_free(&a);
	return rc;
}
