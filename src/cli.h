/*
 * cli.h — the command table and per-command option tables.  One table
 * drives both parsing and --help, so they cannot disagree.
 */
#ifndef GRIPE_CLI_H
#define GRIPE_CLI_H

typedef struct cli_opt {
	const char *name;     /* long name without "--" */
	char shrt;            /* short letter or 0 */
	const char *arg;      /* metavariable ("FIELD") or NULL for a flag */
	const char *help;
} cli_opt;

typedef struct cli_cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *args;     /* positional arguments, for the usage line */
	const char *summary;
	const cli_opt *opts;  /* terminated by {0} */
} cli_cmd;

/* Parsed arguments: values indexed like the option table. */
typedef struct cli_args {
	const cli_cmd *cmd;
	const char **val;     /* last value given, or NULL */
	int *count;           /* how many times given */
	char **pos;           /* positional arguments */
	const char ***all;    /* every value given, per option (NULL-terminated) */
	int npos;
} cli_args;

/* Parse argv (argv[0] is the command name).  --help prints the generated
 * help and exits 0; an unknown option or missing value prints a message and
 * the usage on stderr and exits 2. */
void cli_parse(const cli_cmd *c, int argc, char **argv, cli_args *a);
void cli_free(cli_args *a);
const char *cli_get(const cli_args *a, const char *name);
/* Every value of a repeatable option, NULL-terminated (never NULL). */
const char *const *cli_all(const cli_args *a, const char *name);
int cli_has(const cli_args *a, const char *name);
int cli_knows(const cli_args *a, const char *name);   /* the command has this option */
/* Numeric option with a default; dies with a message when not a number. */
long cli_long(const cli_args *a, const char *name, long def, long min, long max);
double cli_double(const cli_args *a, const char *name, double def);
void cli_usage_error(const cli_cmd *c, const char *fmt, const char *arg) __attribute__((noreturn));

extern const cli_cmd *g_commands;   /* the table in main.c */

#endif
