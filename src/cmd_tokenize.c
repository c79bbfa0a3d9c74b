/*
 * cmd_tokenize.c — `gripe tokenize`: add "tokens" as compact arrays
 * [surface, fold, stem, start, end, kind], or print them one a line
 * (--vertical).
 */
#include "cmd.h"
#include "text.h"
#include <string.h>

static const cli_opt opts[] = {
	READER_OPTS,
	LEXICON_OPT,
	{ "vertical", 'V', NULL, "one token a line: surface fold stem start end kind" },
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ 0 }
};

int cmd_tokenize(int argc, char **argv);
const cli_cmd cmd_tokenize_def = { "tokenize", cmd_tokenize, "[FILE]...",
	"Split each record's text into tokens with fold form, stem and offsets.", opts };

struct ctx { stage s; int vertical; buf tmp; };

/* fold and stem of token t into *fold / *stem (pointers valid until the
 * next call) */
static void forms(struct ctx *c, const token *t, const char **fold, size_t *fl,
		  const char **stem, size_t *sl)
{
	if (t->w) {
		uint32_t n;
		*fold = t->w->fold; *fl = t->w->fold_len;
		*stem = t->kind == TK_WORD ? word_stem(c->s.w.cache, t->w, c->s.w.lang, &n) : t->w->fold;
		*sl = t->kind == TK_WORD ? n : t->w->fold_len;
		return;
	}
	buf_reset(&c->tmp);
	if (t->kind == TK_EMOJI || t->kind == TK_EMOTICON || t->kind == TK_PUNCT)
		buf_add(&c->tmp, c->s.w.text + t->start, t->end - t->start);
	else
		text_lower(c->s.w.text + t->start, t->end - t->start, &c->tmp);
	*fold = *stem = c->tmp.data;
	*fl = *sl = c->tmp.len;
}

static const char *const DROP[] = { "tokens", NULL };

/* ,start,end,"kind"] at d (room for 48 bytes); returns the end */
static char *tail(char *d, const token *t)
{
	*d++ = ',';
	d = put_dec(d, t->start);
	*d++ = ',';
	d = put_dec(d, t->end);
	*d++ = ','; *d++ = '"';
	memcpy(d, TOK_KIND_NAMES[t->kind], 8);        /* padded: one fixed-size copy */
	d += TOK_KIND_LEN[t->kind];
	*d++ = '"'; *d++ = ']';
	return d;
}

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (rec->error) {
		if (!c->vertical) emit_record(c->s.o, rec);
		return;
	}
	const char *text = rec->text;
	worker_prepare(&c->s.w, text, rec->text_len, rec->lang, 0);
	buf *b = out_buf(c->s.o);   /* built in place: no copy into the output */
	if (c->vertical) {
		buf_adds(b, "# ");
		if (rec->id) buf_adds(b, rec->id);
		buf_addc(b, '\n');
	} else {
		buf_adds(b, record_open(rec, b, DROP) ? ",\"tokens\":[" : "\"tokens\":[");
	}
	int lang = c->s.w.lang >= 0 && c->s.w.lang < NLANG ? c->s.w.lang : -1;
	for (size_t i = 0; i < c->s.w.toks.n; i++) {
		const token *t = &c->s.w.toks.v[i];
		const char *fold, *stem;
		size_t fl, sl;
		if (c->vertical) {
			forms(c, t, &fold, &fl, &stem, &sl);
			buf_add(b, text + t->start, t->end - t->start);
			buf_addc(b, '\t'); buf_add(b, fold, fl);
			buf_addc(b, '\t'); buf_add(b, stem, sl);
			buf_addc(b, '\t');
			buf_addu(b, t->start);
			buf_addc(b, '\t');
			buf_addu(b, t->end);
			buf_addc(b, '\t');
			buf_adds(b, TOK_KIND_NAMES[t->kind]);
			buf_addc(b, '\n');
			continue;
		}
		if (t->kind == TK_WORD && lang >= 0) {
			/* the common case: the word's three strings, escaped once,
			 * and the whole token written into room reserved once */
			uint32_t jl;
			const char *j = word_json(c->s.w.cache, t->w, lang, &jl);
			buf_grow(b, jl + WORD_JSON_CHUNK + 64);
			char *d = b->data + b->len;
			if (i) *d++ = ',';
			*d++ = '[';
			for (uint32_t k = 0; k < jl; k += WORD_JSON_CHUNK)  /* whole chunks: see word_json */
				memcpy(d + k, j + k, WORD_JSON_CHUNK);
			d += jl;
			b->len = (size_t)(tail(d, t) - b->data);
			continue;
		}
		buf_adds(b, i ? ",[" : "[");
		unsigned char p0 = (unsigned char)text[t->start];
		if (t->kind == TK_PUNCT && t->end == t->start + 1 && p0 >= 0x20 && p0 != '"' && p0 != '\\') {
			/* one plain punctuation character: the three forms are one */
			buf_grow(b, 64);
			char *d = b->data + b->len;
			for (int k = 0; k < 3; k++) {
				if (k) *d++ = ',';
				*d++ = '"'; *d++ = (char)p0; *d++ = '"';
			}
			b->len = (size_t)(tail(d, t) - b->data);
			continue;
		}
		forms(c, t, &fold, &fl, &stem, &sl);
		size_t at = b->len;
		json_add_string(b, text + t->start, t->end - t->start);
		if (fold == stem && fl == t->end - t->start && !memcmp(fold, text + t->start, fl)) {
			/* punctuation, emoji: the three forms are one string */
			size_t jl = b->len - at;
			buf_grow(b, 2 * jl + 2);
			for (int k = 0; k < 2; k++) {
				b->data[b->len++] = ',';
				memcpy(b->data + b->len, b->data + at, jl);
				b->len += jl;
			}
		} else {
			buf_addc(b, ',');
			json_add_string(b, fold, fl);
			buf_addc(b, ',');
			json_add_string(b, stem, sl);
		}
		buf_grow(b, 64);
		b->len = (size_t)(tail(b->data + b->len, t) - b->data);
	}
	buf_adds(b, c->vertical ? "\n" : "]}\n");
	out_end(c->s.o);
}

int cmd_tokenize(int argc, char **argv)
{
	struct ctx c = { 0 };
	stage_open(&c.s, &cmd_tokenize_def, argc, argv, 0);
	c.vertical = cli_has(&c.s.a, "vertical");
	int rc = stage_run(&c.s, each, &c);
	stage_close(&c.s);
	buf_free(&c.tmp);
	return rc;
}
