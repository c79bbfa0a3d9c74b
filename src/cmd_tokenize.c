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
	JOBS_OPT,
	{ 0 }
};

int cmd_tokenize(int argc, char **argv);
const cli_cmd cmd_tokenize_def = { "tokenize", cmd_tokenize, "[FILE]...",
	"Split each record's text into tokens with fold form, stem and offsets.", opts };

struct ctx { stage s; int vertical; };

/* fold and stem of token t into *fold / *stem (pointers valid until the
 * next call) */
static void forms(lane *l, const token *t, const char **fold, size_t *fl,
		  const char **stem, size_t *sl)
{
	if (t->w) {
		uint32_t n;
		*fold = t->w->fold; *fl = t->w->fold_len;
		*stem = t->kind == TK_WORD ? word_stem(l->w.cache, t->w, l->w.lang, &n) : t->w->fold;
		*sl = t->kind == TK_WORD ? n : t->w->fold_len;
		return;
	}
	buf_reset(&l->tmp);
	if (t->kind == TK_EMOJI || t->kind == TK_EMOTICON || t->kind == TK_PUNCT)
		buf_add(&l->tmp, l->w.text + t->start, t->end - t->start);
	else
		text_lower(l->w.text + t->start, t->end - t->start, &l->tmp);
	*fold = *stem = l->tmp.data;
	*fl = *sl = l->tmp.len;
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

static const char *const *drop(const record *rec, void *cmd) { return rec->error ? NULL : DROP; }

/* stage_job body: the record's fields are in b already (not --vertical) */
static void body(lane *l, const pool_rec *rec, size_t nfields, buf *b)
{
	struct ctx *c = l->job->cmd;
	if (rec->error) {
		if (!c->vertical) buf_add(b, "}\n", 2);
		return;
	}
	const char *text = rec->text;
	worker_prepare(&l->w, text, rec->text_len, rec->lang, 0);
	if (c->vertical) {
		buf_adds(b, "# ");
		if (rec->id) buf_adds(b, rec->id);
		buf_addc(b, '\n');
	} else {
		buf_adds(b, nfields ? ",\"tokens\":[" : "\"tokens\":[");
	}
	int lang = l->w.lang >= 0 && l->w.lang < NLANG ? l->w.lang : -1;
	for (size_t i = 0; i < l->w.toks.n; i++) {
		const token *t = &l->w.toks.v[i];
		const char *fold, *stem;
		size_t fl, sl;
		if (c->vertical) {
			forms(l, t, &fold, &fl, &stem, &sl);
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
			const char *j = word_json(l->w.cache, t->w, lang, &jl);
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
		forms(l, t, &fold, &fl, &stem, &sl);
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
}

int cmd_tokenize(int argc, char **argv)
{
	struct ctx c = { 0 };
	stage_open(&c.s, &cmd_tokenize_def, argc, argv, 0);
	c.vertical = cli_has(&c.s.a, "vertical");
	stage_job j = { !c.vertical, drop, body, &c };
	int rc = stage_run(&c.s, &j);
	stage_close(&c.s);
	return rc;
}
