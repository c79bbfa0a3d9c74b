/*
 * cmd_explain.c — `gripe explain TEXT`: every token, every rule hit, every
 * negation decision and the final tags of one text, for a person at a
 * terminal (--json for tools).
 */
#include "cmd.h"
#include "text.h"
#include "tag.h"
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	LEXICON_OPT,
	LEARNED_OPT,
	{ "language", 'l', "LANG", "the text's language (sl, cs, nl, en); identified when absent" },
	{ "json", 0, NULL, "print the explanation as JSON" },
	{ 0 }
};

int cmd_explain(int argc, char **argv);
const cli_cmd cmd_explain_def = { "explain", cmd_explain, "[TEXT]",
	"Show how one text is tokenised, matched, negated and tagged (stdin without TEXT).", opts };

static const char *flagstr(uint32_t f, char *tmp)
{
	tmp[0] = 0;
	if (f & WF_NEG) strcat(tmp, " neg");
	if (f & WF_INTENS) strcat(tmp, " intens");
	if (f & WF_PROFANE) strcat(tmp, " profane");
	if (f & WF_NUM) strcat(tmp, " number");
	if (f & WF_UNIT) strcat(tmp, " unit");
	if (f & WF_SPEECH) strcat(tmp, " speech");
	if (f & WF_SELF) strcat(tmp, " self");
	if (f & WF_PASSIVE) strcat(tmp, " passive");
	if (f & WF_WHOLE) strcat(tmp, " whole");
	return tmp;
}

int cmd_explain(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_explain_def, argc, argv, &a);
	buf text = {0};
	if (a.npos) {
		for (int i = 0; i < a.npos; i++) { if (i) buf_addc(&text, ' '); buf_adds(&text, a.pos[i]); }
	} else {
		char tmp[65536];
		size_t n;
		while ((n = fread(tmp, 1, sizeof tmp, stdin)) > 0) buf_add(&text, tmp, n);
		while (text.len && (text.data[text.len - 1] == '\n' || text.data[text.len - 1] == '\r')) text.data[--text.len] = 0;
	}
	buf clean = {0};
	text_sanitize(text.data ? text.data : "", text.len, &clean);
	if (!clean.data) buf_adds(&clean, "");
	const char *lang = cli_get(&a, "language");
	if (lang && lang_from_code(lang) == LANG_UND) cli_usage_error(&cmd_explain_def, "unknown language '%s' (sl, cs, nl, en)", lang);
	engine e;
	engine_from_cli(&a, &e, 1);
	const lexicon *x = e.lex;
	worker w;
	worker_init(&w, &e);
	worker_prepare(&w, clean.data, clean.len, lang, 0);
	tag_result r = {0};
	tag_record(x, &w, &r);
	out *o = out_open(NULL);
	buf b = {0};
	char tmp[64];
	if (cli_has(&a, "json")) {
		buf_adds(&b, "{\"text\":");
		json_add_string(&b, clean.data, clean.len);
		buf_printf(&b, ",\"lang\":\"%s\",\"lang_score\":%.3f,\"tokens\":[", LANG_CODES[w.lang], worker_lang_score(&w));
		for (size_t i = 0; i < w.toks.n; i++) {
			const token *t = &w.toks.v[i];
			buf_adds(&b, i ? ",{\"surface\":" : "{\"surface\":");
			json_add_string(&b, clean.data + t->start, t->end - t->start);
			buf_printf(&b, ",\"kind\":\"%s\",\"clause\":%u", TOK_KIND_NAMES[t->kind], t->clause);
			if (t->w) {
				uint32_t sl;
				const char *st = word_stem(w.cache, t->w, w.lang, &sl);
				buf_adds(&b, ",\"fold\":");
				json_add_string(&b, t->w->fold, t->w->fold_len);
				buf_adds(&b, ",\"stem\":");
				json_add_string(&b, st, sl);
			}
			buf_addc(&b, '}');
		}
		buf_adds(&b, "],\"hits\":[");
		for (size_t i = 0; i < r.hits.n; i++) {
			const hit *h = &r.hits.v[i];
			const rule *ru = &x->lang[w.lang].rules.v[h->rule];
			buf_printf(&b, "%s{\"tag\":\"%s\",\"rule\":\"%s:%d\",\"pattern\":", i ? "," : "",
				   lexicon_tag_name(x, ru->tag), ru->file, ru->line);
			json_add_string(&b, ru->src, strlen(ru->src));
			buf_adds(&b, ",\"text\":");
			json_add_string(&b, clean.data + h->start, h->end - h->start);
			buf_printf(&b, ",\"start\":%u,\"end\":%u,\"negated\":%s", h->start, h->end, h->negated ? "true" : "false");
			if (h->negated) {
				const token *c = &w.toks.v[h->cue];
				buf_adds(&b, ",\"cue\":");
				json_add_string(&b, clean.data + c->start, c->end - c->start);
			}
			buf_addc(&b, '}');
		}
		buf_adds(&b, "],");
		tag_to_json(x, &w, &r, &b, 1);
		buf_adds(&b, "}\n");
	} else {
		buf_printf(&b, "language  %s (score %.3f%s)\n\ntokens\n", LANG_CODES[w.lang], worker_lang_score(&w),
			   w.lang_given ? ", given" : "");
		for (size_t i = 0; i < w.toks.n; i++) {
			const token *t = &w.toks.v[i];
			buf_printf(&b, "  %3zu  c%-2u %-9s %-20.*s", i, t->clause, TOK_KIND_NAMES[t->kind],
				   (int)(t->end - t->start), clean.data + t->start);
			if (t->w && w.lang < NLANG) {
				uint32_t sl;
				const char *st = word_stem(w.cache, t->w, w.lang, &sl);
				const uint32_t *h = match_word(x, w.lang, w.cache, t->w);
				buf_printf(&b, " fold=%s stem=%.*s%s", t->w->fold, (int)sl, st, flagstr(h ? h[1] : 0, tmp));
			}
			buf_addc(&b, '\n');
		}
		buf_adds(&b, "\nrule hits\n");
		if (!r.hits.n) buf_adds(&b, "  (none)\n");
		for (size_t i = 0; i < r.hits.n; i++) {
			const hit *h = &r.hits.v[i];
			const rule *ru = &x->lang[w.lang].rules.v[h->rule];
			buf_printf(&b, "  %-20s %-28s \"%.*s\"  <- %s:%d  %s", lexicon_tag_name(x, ru->tag), ru->src,
				   (int)(h->end - h->start), clean.data + h->start, ru->file, ru->line,
				   h->said == 2 ? "not counted: not in someone else's reported words" :
				   h->negated ? "NEGATED by" : ru->noneg ? "counts (noneg)" : ru->said ? "counts (in reported words)" : "counts");
			if (h->negated) {
				const token *c = &w.toks.v[h->cue];
				buf_printf(&b, " \"%.*s\"", (int)(c->end - c->start), clean.data + c->start);
			}
			buf_addc(&b, '\n');
		}
		buf_adds(&b, "\ntags\n");
		int any = 0;
		for (size_t k = 0; k < r.tags.n; k++) {
			const tag_hitset *ts = &r.tags.v[k];
			if (!ts->fired) continue;
			any = 1;
			buf_printf(&b, "  %-20s cause=%s weight=%.1f", x->tags.v[ts->tag].name, x->tags.v[ts->tag].cause, ts->weight);
			if (ts->learned > 0) buf_printf(&b, " learned=%.2f", ts->learned);
			if (!strcmp(x->tags.v[ts->tag].name, "long_hold") && r.minutes >= 0) buf_printf(&b, " minutes=%.0f", r.minutes);
			if (!strcmp(x->tags.v[ts->tag].name, "unresolved") && r.contacts >= 0) buf_printf(&b, " contacts=%.0f", r.contacts);
			buf_addc(&b, '\n');
		}
		for (size_t k = 0; k < r.tags.n; k++) {
			const tag_hitset *ts = &r.tags.v[k];
			if (ts->fired || ts->negated.n) continue;
			buf_printf(&b, "  (%s: weight %.1f", x->tags.v[ts->tag].name, ts->weight);
			if (ts->learned > 0) buf_printf(&b, ", learned %.2f", ts->learned);
			buf_adds(&b, ", below 1)\n");
		}
		if (!any) buf_adds(&b, "  (none)\n");
		static const char *pn[] = { "capitals", "!! or ?!", "intensifier", "profanity", "angry emoji" };
		buf_printf(&b, "\nintensity %d", r.intensity);
		for (int k = 0; k < 5; k++) if (r.points & (1u << k)) buf_printf(&b, "  +%s", pn[k]);
		buf_addc(&b, '\n');
	}
	out_write(o, b.data, b.len);
	out_close(o);
	buf_free(&b); buf_free(&text); buf_free(&clean);
	tag_result_free(&r);
	worker_free(&w);
	engine_free(&e);
	cli_free(&a);
	return EXIT_OK;
}
