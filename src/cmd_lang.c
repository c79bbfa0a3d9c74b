/*
 * cmd_lang.c — `gripe lang`: add "lang" and "lang_score" to each record.
 */
#include "cmd.h"

static const cli_opt opts[] = {
	READER_OPTS,
	LEXICON_OPT,
	{ "force", 0, NULL, "identify the language even when the record has one" },
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	JOBS_OPT,
	{ 0 }
};

int cmd_lang(int argc, char **argv);
const cli_cmd cmd_lang_def = { "lang", cmd_lang, "[FILE]...",
	"Identify the language of each record (sl, cs, nl, en or und).", opts };

struct ctx { stage s; int force; };

static const char *const DROP[] = { "lang", "lang_score", NULL };

static const char *const *drop(const record *rec, void *cmd) { return rec->error ? NULL : DROP; }

static void body(lane *l, const pool_rec *rec, size_t nfields, buf *b)
{
	struct ctx *c = l->job->cmd;
	if (!rec->error) {
		worker_prepare(&l->w, rec->text, rec->text_len, rec->lang, c->force);
		add_lang_fields(b, &l->w, nfields == 0);
	}
	buf_add(b, "}\n", 2);
}

int cmd_lang(int argc, char **argv)
{
	struct ctx c;
	stage_open(&c.s, &cmd_lang_def, argc, argv, 0);
	c.force = cli_has(&c.s.a, "force");
	stage_job j = { 1, drop, body, &c };
	int rc = stage_run(&c.s, &j);
	stage_close(&c.s);
	return rc;
}
