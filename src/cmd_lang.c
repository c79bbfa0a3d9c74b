/*
 * cmd_lang.c — `gripe lang`: add "lang" and "lang_score" to each record.
 */
#include "cmd.h"

static const cli_opt opts[] = {
	READER_OPTS,
	LEXICON_OPT,
	{ "force", 0, NULL, "identify the language even when the record has one" },
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ 0 }
};

int cmd_lang(int argc, char **argv);
const cli_cmd cmd_lang_def = { "lang", cmd_lang, "[FILE]...",
	"Identify the language of each record (sl, cs, nl, en or und).", opts };

struct ctx { stage s; int force; };

static const char *const DROP[] = { "lang", "lang_score", NULL };

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	stage *s = &c->s;
	if (rec->error) { emit_record(s->o, rec); return; }
	worker_prepare(&s->w, rec->text, rec->text_len, rec->lang, c->force);
	buf *b = out_buf(s->o);     /* built in place: no copy into the output */
	add_lang_fields(b, &s->w, record_open(rec, b, DROP) == 0);
	buf_add(b, "}\n", 2);
	out_end(s->o);
}

int cmd_lang(int argc, char **argv)
{
	struct ctx c;
	stage_open(&c.s, &cmd_lang_def, argc, argv, 0);
	c.force = cli_has(&c.s.a, "force");
	int rc = stage_run(&c.s, each, &c);
	stage_close(&c.s);
	return rc;
}
