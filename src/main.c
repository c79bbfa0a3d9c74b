/*
 * main.c — the multi-call front: a table of commands, `gripe help`,
 * `gripe --version`.  Each command lives in its own cmd_*.c.
 */
#include "cli.h"
#include "util.h"
#include <stdio.h>
#include <string.h>

#define COMMANDS(X) X(read) X(lang) X(tokenize) X(tag) X(lexicon) X(eval) X(explain) X(analyze) X(report) X(merge) X(trend)

#define DECL(n) extern const cli_cmd cmd_##n##_def;
COMMANDS(DECL)
#define ROW(n) &cmd_##n##_def,
static const cli_cmd *table[] = { COMMANDS(ROW) NULL };

static void usage(FILE *f)
{
	fputs("usage: gripe COMMAND [OPTION]... [ARG]...\n"
	      "Turn exported customer feedback into root-cause reports.\n\ncommands:\n", f);
	for (int i = 0; table[i]; i++)
		fprintf(f, "  %-10s %s\n", table[i]->name, table[i]->summary);
	fputs("  help       show this list, or the help of one command\n"
	      "\nRun 'gripe COMMAND --help' for the options of a command.\n", f);
}

static const cli_cmd *lookup(const char *name)
{
	for (int i = 0; table[i]; i++)
		if (!strcmp(table[i]->name, name)) return table[i];
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2) { usage(stderr); return EXIT_FAIL; }
	const char *name = argv[1];
	if (!strcmp(name, "--version") || !strcmp(name, "version")) {
		printf("gripe %s\n", GRIPE_VERSION);
		return 0;
	}
	if (!strcmp(name, "help") || !strcmp(name, "--help") || !strcmp(name, "-h")) {
		if (argc > 2) {
			const cli_cmd *c = lookup(argv[2]);
			if (!c) { fprintf(stderr, "gripe: unknown command '%s'\n", argv[2]); usage(stderr); return EXIT_FAIL; }
			char *av[] = { argv[2], "--help", NULL };
			return c->run(2, av);
		}
		usage(stdout);
		return 0;
	}
	const cli_cmd *c = lookup(name);
	if (!c) {
		fprintf(stderr, "gripe: unknown command '%s'\n", name);
		usage(stderr);
		return EXIT_FAIL;
	}
	return c->run(argc - 1, argv + 1);
}
