/*
 * cmd_merge.c — `gripe merge STATE...`: combine states from shards,
 * threads or machines and render them exactly like `report` would have.
 */
#include "cmd.h"
#include "report.h"
#include "reportcli.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const cli_opt opts[] = {
	REPORT_OPTS,
	{ 0 }
};

int cmd_merge(int argc, char **argv);
const cli_cmd cmd_merge_def = { "merge", cmd_merge, "STATE...",
	"Merge states written by report/analyze --state and render them ('-' reads stdin).", opts };

static int read_all(const char *path, buf *b)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) return -1;
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(b, tmp, n);
	int bad = ferror(f);
	if (f != stdin) fclose(f);
	return bad ? -1 : 0;
}

int cmd_merge(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_merge_def, argc, argv, &a);
	if (!a.npos) cli_usage_error(&cmd_merge_def, "%s", "name at least one state file");
	report_settings rs;
	report_settings_from_cli(&a, &rs);
	report total;
	int have = 0;
	buf b = {0};
	for (int i = 0; i < a.npos; i++) {
		buf_reset(&b);
		if (read_all(a.pos[i], &b) < 0) die("%s:", a.pos[i]);
		/* a file may hold several states, one a line (e.g. cat of shards) */
		char *p = b.data ? b.data : "", *end = p + b.len;
		int line = 0;
		while (p < end) {
			char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			line++;
			if (n) {
				report one;
				char err[512];
				if (report_state_read(&one, p, n, err, sizeof err) < 0) die("%s:%d: %s", a.pos[i], line, err);
				if (!have) { total = one; have = 1; }
				else {
					if (report_merge(&total, &one, err, sizeof err) < 0) die("%s:%d: %s", a.pos[i], line, err);
					report_free(&one);
				}
			}
			p += n + 1;
		}
	}
	buf_free(&b);
	if (!have) die("no state in the input");
	/* the examples kept are the states' own; a smaller --examples trims them */
	if (cli_has(&a, "examples") && rs.examples < total.examples) total.examples = rs.examples;
	for (int t = 0; t < total.ntags; t++)
		while (total.tags[t].ex.n > (size_t)total.examples) {
			rexample *e = &total.tags[t].ex.v[--total.tags[t].ex.n];
			free(e->id); free(e->lang); free(e->channel); free(e->quote);
		}
	report_emit(&total, &rs);
	report_free(&total);
	cli_free(&a);
	return EXIT_OK;
}
