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
	LEARNED_OPT,
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ "brief", 'b', NULL, "one line a record for reading: id, lang, intensity, tags (minutes, contacts)" },
	{ 0 }
};

int cmd_tag(int argc, char **argv);
const cli_cmd cmd_tag_def = { "tag", cmd_tag, "[FILE]...",
	"Tag each record with complaint patterns, evidence, negations and intensity.", opts };

struct ctx { stage s; tag_result r; int brief, warned_regex; };

static const char *const DROP[] = { "tags", "negated", "intensity", "tokens", NULL };
static const char *const DROP_LANG[] = { "tags", "negated", "intensity", "tokens", "lang", "lang_score", NULL };

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (rec->error) {
		if (c->brief) {
			buf_reset(&c->s.b);
			const rfield *e = record_get(rec, "error");
			buf_printf(&c->s.b, "%-12s error: %.*s\n", rec->id ? rec->id : "?", e ? (int)e->vlen : 0, e ? e->val : "");
			out_write(c->s.o, c->s.b.data, c->s.b.len);
		} else emit_record(c->s.o, rec);
		return;
	}
	worker_prepare(&c->s.w, rec->text, rec->text_len, rec->lang, 0);
	tag_record(c->s.e.lex, &c->s.w, &c->r);
	if (c->s.w.regex_gaveup >= 0 && !c->warned_regex) {
		const rule *ru = &c->s.e.lex->lang[c->s.w.lang].rules.v[c->s.w.regex_gaveup];
		warn("%s:%d: regex gave up (match or depth limit) on record %s; the rule is skipped where that happens",
		     ru->file, ru->line, rec->id ? rec->id : "?");
		c->warned_regex = 1;
	}
	if (c->brief) {
		buf_reset(&c->s.b);
		buf_printf(&c->s.b, "%-12s %s  %d  ", rec->id ? rec->id : "?",
			   LANG_CODES[c->s.w.lang], c->r.intensity);
		int shown = 0;
		for (size_t k = 0; k < c->r.tags.n; k++) {
			const tag_hitset *ts = &c->r.tags.v[k];
			if (!ts->fired) continue;
			const lexicon *x = c->s.e.lex;
			buf_printf(&c->s.b, "%s%s", shown++ ? " " : "", x->tags.v[ts->tag].name);
			if ((int)ts->tag == x->tag_long_hold && c->r.minutes >= 0) buf_printf(&c->s.b, "(%.0f min)", c->r.minutes);
			if ((int)ts->tag == x->tag_unresolved && c->r.contacts >= 0) buf_printf(&c->s.b, "(%.0fx)", c->r.contacts);
		}
		if (!shown) buf_adds(&c->s.b, "-");
		buf_addc(&c->s.b, '\n');
		out_write(c->s.o, c->s.b.data, c->s.b.len);
		return;
	}
	buf *b = out_buf(c->s.o);   /* built in place: no copy into the output */
	size_t nf = record_open(rec, b, c->s.w.lang_given ? DROP : DROP_LANG);
	if (!c->s.w.lang_given) add_lang_fields(b, &c->s.w, nf++ == 0);
	tag_to_json(c->s.e.lex, &c->s.w, &c->r, b, nf == 0);
	buf_adds(b, "}\n");
	out_end(c->s.o);
}

int cmd_tag(int argc, char **argv)
{
	struct ctx c = { 0 };
	stage_open(&c.s, &cmd_tag_def, argc, argv, 1);
	c.brief = cli_has(&c.s.a, "brief");
	int rc = stage_run(&c.s, each, &c);
	tag_result_free(&c.r);
	stage_close(&c.s);
	return rc;
}
