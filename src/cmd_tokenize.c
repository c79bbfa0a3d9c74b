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

/* Write u in decimal at d; returns the end. */
static char *put_u32(char *d, uint32_t u)
{
	static const char pairs[201] =
		"0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
		"5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
	if (u < 10) { *d = (char)('0' + u); return d + 1; }
	if (u < 100) { memcpy(d, pairs + 2 * u, 2); return d + 2; }
	if (u < 1000) { *d = (char)('0' + u / 100); memcpy(d + 1, pairs + 2 * (u % 100), 2); return d + 3; }
	if (u < 10000) { memcpy(d, pairs + 2 * (u / 100), 2); memcpy(d + 2, pairs + 2 * (u % 100), 2); return d + 4; }
	char tmp[10];
	int n = 0;
	do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
	while (n) *d++ = tmp[--n];
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
	buf *b = &c->s.b;
	buf_reset(b);
	if (c->vertical) {
		buf_adds(b, "# ");
		if (rec->id) buf_adds(b, rec->id);
		buf_addc(b, '\n');
	} else {
		buf_adds(b, record_open(rec, b, DROP) ? ",\"tokens\":[" : "\"tokens\":[");
	}
	for (size_t i = 0; i < c->s.w.toks.n; i++) {
		const token *t = &c->s.w.toks.v[i];
		const char *fold = NULL, *stem = NULL;
		size_t fl = 0, sl = 0;
		if (c->vertical || t->kind != TK_WORD || c->s.w.lang < 0 || c->s.w.lang >= NLANG)
			forms(c, t, &fold, &fl, &stem, &sl);
		if (c->vertical) {
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
		} else {
			if (t->kind == TK_WORD && c->s.w.lang >= 0 && c->s.w.lang < NLANG) {
				/* the common case, written straight into the buffer */
				uint32_t jl;
				const char *j = word_json(c->s.w.cache, t->w, c->s.w.lang, &jl);
				const char *kind = TOK_KIND_NAMES[t->kind];
				size_t kl = strlen(kind);
				buf_grow(b, jl + kl + 32);
				char *d = b->data + b->len;
				if (i) *d++ = ',';
				*d++ = '[';
				memcpy(d, j, jl); d += jl;
				*d++ = ',';
				d = put_u32(d, t->start);
				*d++ = ',';
				d = put_u32(d, t->end);
				*d++ = ','; *d++ = '"';
				memcpy(d, kind, kl); d += kl;
				*d++ = '"'; *d++ = ']';
				b->len = (size_t)(d - b->data);
				b->data[b->len] = 0;
				continue;
			}
			buf_adds(b, i ? ",[" : "[");
			if (fold == stem && fl == t->end - t->start && !memcmp(fold, text + t->start, fl)) {
				/* punctuation, emoji: the three forms are one string */
				size_t at = b->len;
				json_add_string(b, fold, fl);
				size_t jl = b->len - at;
				buf_grow(b, 2 * jl + 2);
				b->data[b->len++] = ',';
				memcpy(b->data + b->len, b->data + at, jl);
				b->len += jl;
				b->data[b->len++] = ',';
				memcpy(b->data + b->len, b->data + at, jl);
				b->len += jl;
				b->data[b->len] = 0;
			} else {
				json_add_string(b, text + t->start, t->end - t->start);
				buf_addc(b, ',');
				json_add_string(b, fold, fl);
				buf_addc(b, ',');
				json_add_string(b, stem, sl);
			}
			buf_addc(b, ',');
			buf_addu(b, t->start);
			buf_addc(b, ',');
			buf_addu(b, t->end);
			buf_adds(b, ",\"");
			buf_adds(b, TOK_KIND_NAMES[t->kind]);
			buf_adds(b, "\"]");
		}
	}
	buf_adds(b, c->vertical ? "\n" : "]}\n");
	out_write(c->s.o, b->data, b->len);
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
