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

struct ctx { out *o; worker w; int force; };

static void each(json_t *obj, void *p)
{
	struct ctx *c = p;
	if (!record_is_error(obj)) {
		size_t n;
		const char *text = record_text(obj, &n);
		worker_prepare(&c->w, text, n, rec_str(obj, "lang", NULL), c->force);
		json_object_set_new(obj, "lang", json_string(LANG_CODES[c->w.lang]));
		json_object_set_new(obj, "lang_score", json_real((double)(long)(c->w.lang_score * 1000 + 0.5) / 1000));
	}
	emit_json(c->o, obj);
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
	worker_free(&c.w);
	engine_free(&e);
	cli_free(&a);
	return rc;
}
