/*
 * cmd_tag.c — `gripe tag`: add "tags", "negated" and "intensity" to each
 * record (and "lang"/"lang_score" when the record had no language).
 */
#include "cmd.h"
#include "tag.h"
#include "lexicon.h"
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

struct ctx { out *o; const engine *e; worker w; tag_result r; buf b; int brief, warned_regex; };

static const char *const DROP[] = { "tags", "negated", "intensity", "tokens", NULL };
static const char *const DROP_LANG[] = { "tags", "negated", "intensity", "tokens", "lang", "lang_score", NULL };

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (rec->error) {
		if (c->brief) {
			buf_reset(&c->b);
			const rfield *e = record_get(rec, "error");
			buf_printf(&c->b, "%-12s error: %.*s\n", rec->id ? rec->id : "?", e ? (int)e->vlen : 0, e ? e->val : "");
			out_write(c->o, c->b.data, c->b.len);
		} else emit_record(c->o, rec);
		return;
	}
	worker_prepare(&c->w, rec->text, rec->text_len, rec->lang, 0);
	tag_record(c->e->lex, &c->w, &c->r);
	if (c->w.regex_gaveup >= 0 && !c->warned_regex) {
		const rule *ru = &c->e->lex->lang[c->w.lang].rules.v[c->w.regex_gaveup];
		warn("%s:%d: regex gave up (match or depth limit) on record %s; the rule is skipped where that happens",
		     ru->file, ru->line, rec->id ? rec->id : "?");
		c->warned_regex = 1;
	}
	if (c->brief) {
		buf_reset(&c->b);
		buf_printf(&c->b, "%-12s %s  %d  ", rec->id ? rec->id : "?",
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
	buf_reset(&c->b);
	size_t nf = record_open(rec, &c->b, c->w.lang_given ? DROP : DROP_LANG);
	if (!c->w.lang_given) add_lang_fields(&c->b, &c->w, nf++ == 0);
	tag_to_json(c->e->lex, &c->w, &c->r, &c->b, nf == 0);
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
