/*
 * reportcli.h — the options report, merge and analyze share, and writing
 * the result (a rendered report or a state).
 */
#ifndef GRIPE_REPORTCLI_H
#define GRIPE_REPORTCLI_H

#include "cli.h"
#include "report.h"

#define REPORT_OPTS \
	{ "format", 'F', "FMT", "report format: text (default), md, json, csv or html" }, \
	{ "examples", 'e', "N", "quotes per tag (default 3)" }, \
	{ "period", 0, "P", "trend period: week (default), month or day; or a date YYYY-MM-DD naming the run (--db)" }, \
	{ "state", 0, NULL, "write the mergeable aggregate (JSON) instead of a report" }, \
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" }

typedef struct report_settings {
	int format, examples, state, colour;
	char period;
	const char *output;
	const char *run_period;     /* --period YYYY-MM-DD */
} report_settings;

void report_settings_from_cli(const cli_args *a, report_settings *s);
/* Render (or write the state of) r to the output; dies on a write error. */
void report_emit(const report *r, const report_settings *s);

#endif
