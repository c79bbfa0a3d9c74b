/*
 * cmd_lexicon.c — `gripe lexicon check [DIR]`: load and lint every lexicon
 * file, then run every "+"/"-" example line against the rules.
 */
#include "cmd.h"
#include "tag.h"
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	{ "strict", 0, NULL, "lint findings (too few examples, tags without rules) fail too" },
	{ "quiet", 'q', NULL, "print only failures and the summary" },
	{ 0 }
};

int cmd_lexicon(int argc, char **argv);
const cli_cmd cmd_lexicon_def = { "lexicon", cmd_lexicon, "check [DIR]",
	"Check the lexicons: load, lint, and run their +/- examples.", opts };

static int check_example(const lexicon *x, worker *w, tag_result *r, const example *e)
{
	worker_prepare(w, e->text, strlen(e->text), LANG_CODES[e->lang], 0);
	uint32_t nt = (uint32_t)x->tags.n;
	if (e->tag < nt) {
		tag_record(x, w, r);
		int has = tag_result_has(r, e->tag);
		if (has == e->positive) return 0;
		printf("%s:%d: %s %s: %s\n", e->file, e->line, e->positive ? "expected" : "unexpected",
		       x->tags.v[e->tag].name, e->text);
		return 1;
	}
	if (e->tag < nt + NSPECIAL) {
		uint32_t want = e->tag == nt + SPECIAL_NEG ? WF_NEG : e->tag == nt + SPECIAL_INTENS ? WF_INTENS :
				e->tag == nt + SPECIAL_SPEECH ? WF_SPEECH : WF_PROFANE;
		int has = 0;
		for (size_t i = 0; i < w->toks.n; i++) {
			if (!w->toks.v[i].w) continue;
			const uint32_t *h = match_word(x, w->lang, w->cache, w->toks.v[i].w);
			if (h && (h[1] & want)) has = 1;
		}
		if (has == e->positive) return 0;
		printf("%s:%d: %s %s entry: %s\n", e->file, e->line, e->positive ? "expected" : "unexpected",
		       lexicon_tag_name(x, e->tag), e->text);
		return 1;
	}
	double m, c;
	tag_quantities(x, w, NULL, &m, &c);
	if (!e->positive) {
		if (m < 0 && c < 0) return 0;
		printf("%s:%d: unexpected quantity (minutes %g, contacts %g): %s\n", e->file, e->line, m, c, e->text);
		return 1;
	}
	double got = e->expect_kind == UNIT_COUNT ? c : m;
	if (got == e->expect) return 0;
	printf("%s:%d: expected %s %g, got %g: %s\n", e->file, e->line,
	       e->expect_kind == UNIT_COUNT ? "contacts" : "minutes", e->expect, got, e->text);
	return 1;
}

int cmd_lexicon(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_lexicon_def, argc, argv, &a);
	if (a.npos < 1 || strcmp(a.pos[0], "check")) cli_usage_error(&cmd_lexicon_def, "%s", "the subcommand is 'check'");
	if (a.npos > 2) cli_usage_error(&cmd_lexicon_def, "%s", "at most one directory");
	char *dir = lexdir_find(a.npos == 2 ? a.pos[1] : NULL);
	if (!dir) die("cannot find the lexicons%s%s", a.npos == 2 ? ": no directory " : "", a.npos == 2 ? a.pos[1] : "");
	engine e;
	char err[1024];
	if (engine_init(&e, dir, 1 | ENGINE_LINT, err, sizeof err) < 0) {
		fprintf(stderr, "gripe: %s\n", err);
		free(dir);
		cli_free(&a);
		return EXIT_FAIL;
	}
	const lexicon *x = e.lex;
	int quiet = cli_has(&a, "quiet"), strict = cli_has(&a, "strict");
	size_t warnings = x->warnings.n;
	for (size_t i = 0; i < x->warnings.n; i++) printf("%s\n", x->warnings.v[i]);
	size_t rules = 0, files = 0;
	for (int l = 0; l < NLANG; l++) {
		rules += x->lang[l].rules.n;
		files += x->lang[l].nfiles;
		if (!x->lang[l].nfiles) continue;
		if (x->lang[l].regex.n > LEXICON_MAX_REGEX) {
			printf("%s: %zu regex rules (at most %d): each one is a pass over every text; "
			       "write them as sequences with alternatives\n", LANG_CODES[l], x->lang[l].regex.n, LEXICON_MAX_REGEX);
			warnings++;
		}
		for (size_t t = 0; t < x->tags.n; t++) {
			int any = 0;
			for (size_t r = 0; r < x->lang[l].rules.n && !any; r++) any = x->lang[l].rules.v[r].tag == t;
			if (!any) { printf("%s: no rules for tag %s\n", LANG_CODES[l], x->tags.v[t].name); warnings++; }
		}
	}
	worker w;
	worker_init(&w, &e);
	tag_result r = {0};
	size_t failed = 0;
	for (size_t i = 0; i < x->examples.n; i++) failed += (size_t)check_example(x, &w, &r, &x->examples.v[i]);
	tag_result_free(&r);
	worker_free(&w);
	if (!quiet || failed || warnings)
		printf("lexicon check: %zu files, %zu rules, %zu examples, %zu failed, %zu lint findings\n",
		       files, rules, x->examples.n, failed, warnings);
	printf("lexicon: %zu passed, %zu failed\n", x->examples.n - failed,
	       failed + (strict ? warnings : 0));
	engine_free(&e);
	free(dir);
	cli_free(&a);
	return failed || (strict && warnings) ? EXIT_THRESHOLD : EXIT_OK;
}
