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

struct ctx { out *o; worker w; int force; buf b; };

static const char *const DROP[] = { "lang", "lang_score", NULL };

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (rec->error) { emit_record(c->o, rec); return; }
	worker_prepare(&c->w, rec->text, rec->text_len, rec->lang, c->force);
	buf_reset(&c->b);
	add_lang_fields(&c->b, &c->w, record_open(rec, &c->b, DROP) == 0);
	buf_add(&c->b, "}\n", 2);
	out_write(c->o, c->b.data, c->b.len);
}

int cmd_lang(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_lang_def, argc, argv, &a);
	reader_opts ro;
	reader_opts_from_cli(&a, &ro);
	engine e;
	engine_from_cli(&a, &e, 0);
	struct ctx c = { .o = out_open(cli_get(&a, "output")), .force = cli_has(&a, "force") };
	worker_init(&c.w, &e);
	int rc = run_records(&a, &ro, each, &c);
	out_close(c.o);
	buf_free(&c.b);
	worker_free(&c.w);
	engine_free(&e);
	cli_free(&a);
	return rc;
}
