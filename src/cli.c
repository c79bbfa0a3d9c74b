/*
 * cli.c — option parsing and help generated from the option tables.
 * Accepts --name VALUE, --name=VALUE, -x VALUE, -xVALUE and "--".
 */
#include "cli.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

static void print_help(const cli_cmd *c, FILE *f)
{
	fprintf(f, "usage: gripe %s [OPTION]...%s%s\n", c->name, c->args ? " " : "", c->args ? c->args : "");
	fprintf(f, "%s\n", c->summary);
	if (!c->opts || !c->opts[0].name) return;
	fputs("\noptions:\n", f);
	for (const cli_opt *o = c->opts; o->name; o++) {
		char left[64];
		if (o->shrt)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->shrt, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(f, "  %-26s %s\n", left, o->help);
	}
	fprintf(f, "  %-26s %s\n", "    --help", "show this help and exit");
}

void cli_usage_error(const cli_cmd *c, const char *fmt, const char *arg)
{
	fprintf(stderr, "gripe %s: ", c->name);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fprintf(stderr, "usage: gripe %s [OPTION]...%s%s\n", c->name, c->args ? " " : "", c->args ? c->args : "");
	fprintf(stderr, "Try 'gripe %s --help' for more.\n", c->name);
	exit(EXIT_FAIL);
}

void cli_parse(const cli_cmd *c, int argc, char **argv, cli_args *a)
{
	size_t n = 0;
	while (c->opts && c->opts[n].name) n++;
	a->cmd = c;
	a->val = xcalloc(n + 1, sizeof *a->val);
	a->all = xcalloc(n + 1, sizeof *a->all);
	a->count = xcalloc(n + 1, sizeof *a->count);
	a->pos = xcalloc((size_t)argc + 1, sizeof *a->pos);
	a->npos = 0;
	int only_pos = 0;
	for (int i = 1; i < argc; i++) {
		char *s = argv[i];
		if (only_pos || s[0] != '-' || !s[1]) { a->pos[a->npos++] = s; continue; }
		if (!strcmp(s, "--")) { only_pos = 1; continue; }
		if (!strcmp(s, "--help") || !strcmp(s, "-h")) { print_help(c, stdout); exit(0); }
		size_t k;
		const char *val = NULL;
		if (s[1] == '-') {
			const char *name = s + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			for (k = 0; k < n; k++)
				if (strlen(c->opts[k].name) == len && !strncmp(c->opts[k].name, name, len)) break;
			if (k == n) cli_usage_error(c, "unknown option '%s'", s);
			if (eq) {
				if (!c->opts[k].arg) cli_usage_error(c, "option '%s' takes no value", s);
				val = eq + 1;
			}
		} else {
			for (k = 0; k < n; k++) if (c->opts[k].shrt == s[1]) break;
			if (k == n) cli_usage_error(c, "unknown option '%s'", s);
			if (s[2]) {
				if (!c->opts[k].arg) cli_usage_error(c, "option '%s' takes no value", s);
				val = s + 2;
			}
		}
		if (c->opts[k].arg && !val) {
			if (i + 1 >= argc) cli_usage_error(c, "option '%s' needs a value", s);
			val = argv[++i];
		}
		a->val[k] = val ? val : "";
		a->count[k]++;
		a->all[k] = xrealloc(a->all[k], ((size_t)a->count[k] + 1) * sizeof **a->all);
		a->all[k][a->count[k] - 1] = a->val[k];
		a->all[k][a->count[k]] = NULL;
	}
}

void cli_free(cli_args *a)
{
	for (int k = 0; a->cmd->opts && a->cmd->opts[k].name; k++) free(a->all[k]);
	free(a->all);
	free(a->val); free(a->count); free(a->pos);
}

static int find(const cli_args *a, const char *name)
{
	for (int k = 0; a->cmd->opts && a->cmd->opts[k].name; k++)
		if (!strcmp(a->cmd->opts[k].name, name)) return k;
	return -1;
}

const char *const *cli_all(const cli_args *a, const char *name)
{
	static const char *const none[] = { NULL };
	int k = find(a, name);
	return k < 0 || !a->all[k] ? none : a->all[k];
}

int cli_knows(const cli_args *a, const char *name) { return find(a, name) >= 0; }

const char *cli_get(const cli_args *a, const char *name)
{
	int k = find(a, name);
	return k < 0 ? NULL : a->val[k];
}

int cli_has(const cli_args *a, const char *name)
{
	int k = find(a, name);
	return k < 0 ? 0 : a->count[k];
}

long cli_long(const cli_args *a, const char *name, long def, long min, long max)
{
	const char *v = cli_get(a, name);
	if (!v) return def;
	char *end;
	long x = strtol(v, &end, 10);
	if (!*v || *end || x < min || x > max) {
		char msg[128];
		snprintf(msg, sizeof msg, "--%s wants a whole number from %ld to %ld, not '%%s'", name, min, max);
		cli_usage_error(a->cmd, msg, v);
	}
	return x;
}

double cli_double(const cli_args *a, const char *name, double def)
{
	const char *v = cli_get(a, name);
	if (!v) return def;
	char *end;
	double x = strtod(v, &end);
	if (!*v || *end) {
		char msg[128];
		snprintf(msg, sizeof msg, "--%s wants a number, not '%%s'", name);
		cli_usage_error(a->cmd, msg, v);
	}
	return x;
}
