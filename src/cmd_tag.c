/*
 * cmd_tag.c — `gripe tag`: add "tags", "negated" and "intensity" to each
 * record (and "lang"/"lang_score" when the record had no language).
 */
#include "cmd.h"
#include "tag.h"
#include <string.h>

static const cli_opt opts[] = {
	READER_OPTS,
	LEXICON_OPT,
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ "brief", 'b', NULL, "one line a record for reading: id, lang, intensity, tags (minutes, contacts)" },
	{ 0 }
};

int cmd_tag(int argc, char **argv);
const cli_cmd cmd_tag_def = { "tag", cmd_tag, "[FILE]...",
	"Tag each record with complaint patterns, evidence, negations and intensity.", opts };

struct ctx { out *o; const engine *e; worker w; tag_result r; buf b; int brief; };

static void each(json_t *obj, void *p)
{
	struct ctx *c = p;
	if (record_is_error(obj)) {
		if (c->brief) {
			json_t *id = json_object_get(obj, "id");
			buf_reset(&c->b);
			buf_printf(&c->b, "%-12s error: %s\n", json_is_string(id) ? json_string_value(id) : "?",
				   json_string_value(json_object_get(obj, "error")));
			out_write(c->o, c->b.data, c->b.len);
		} else emit_json(c->o, obj);
		return;
	}
	size_t n;
	const char *text = record_text(obj, &n);
	const char *given = rec_str(obj, "lang", NULL);
	worker_prepare(&c->w, text, n, given, 0);
	tag_record(c->e->lex, &c->w, &c->r);
	if (!c->w.lang_given) {
		json_object_set_new(obj, "lang", json_string(LANG_CODES[c->w.lang]));
		json_object_set_new(obj, "lang_score", json_real((double)(long)(c->w.lang_score * 1000 + 0.5) / 1000));
	}
	if (c->brief) {
		json_t *id = json_object_get(obj, "id");
		buf_reset(&c->b);
		buf_printf(&c->b, "%-12s %s  %d  ", json_is_string(id) ? json_string_value(id) : "?",
			   LANG_CODES[c->w.lang], c->r.intensity);
		int shown = 0;
		for (size_t k = 0; k < c->r.tags.n; k++) {
			const tag_hitset *ts = &c->r.tags.v[k];
			if (!ts->fired) continue;
			const char *name = c->e->lex->tags.v[ts->tag].name;
			buf_printf(&c->b, "%s%s", shown++ ? " " : "", name);
			if (!strcmp(name, "long_hold") && c->r.minutes >= 0) buf_printf(&c->b, "(%.0f min)", c->r.minutes);
			if (!strcmp(name, "unresolved") && c->r.contacts >= 0) buf_printf(&c->b, "(%.0fx)", c->r.contacts);
		}
		if (!shown) buf_adds(&c->b, "-");
		buf_addc(&c->b, '\n');
		out_write(c->o, c->b.data, c->b.len);
		return;
	}
	json_object_del(obj, "tags");
	json_object_del(obj, "negated");
	json_object_del(obj, "intensity");
	json_object_del(obj, "tokens");
	buf_reset(&c->b);
	json_open_object(obj, &c->b);
	tag_to_json(c->e->lex, &c->w, &c->r, &c->b, json_object_size(obj) == 0);
	buf_adds(&c->b, "}\n");
	out_write(c->o, c->b.data, c->b.len);
}

int cmd_tag(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_tag_def, argc, argv, &a);
	reader_opts ro;
	reader_opts_from_cli(&a, &ro);
	engine e;
	engine_from_cli(&a, &e, 1);
	struct ctx c = { .o = out_open(cli_get(&a, "output")), .e = &e, .brief = cli_has(&a, "brief") };
	worker_init(&c.w, &e);
	int rc = run_records(&a, &ro, each, &c);
	out_close(c.o);
	tag_result_free(&c.r);
	worker_free(&c.w);
	engine_free(&e);
	buf_free(&c.b);
	cli_free(&a);
	return rc;
}
