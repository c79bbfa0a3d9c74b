/*
 * lexicon.c — loading and compiling the lexicons.  Every problem is an
 * error "file:line: message"; the caller prints it and exits 2.
 * Each language compiles into one langlex: a hash table of distinct
 * elements (exact fold, exact lower, stem, prefixes), the rules indexed by
 * their first element, the regex rules, and the number and unit tables.
 */
#include "lexicon.h"
#include "stem.h"
#include "text.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct loadctx {
	lexicon *x;
	stemmer *st;
	char *err;
	size_t errlen;
	const char *file;           /* relative name, e.g. "en/rudeness.lex" */
	int line;
	int learned;                /* a TAG.learned.lex file */
	wcache *wc;                 /* for tokenising rule elements (lint) */
	token_vec tv;
	/* the element id of each element as written ("said", "=zeg", "klant*"),
	 * by langlex, stemming language and mode (which holds exact): most are written in many
	 * rules, and folding and stemming them again was two fifths of the load */
	struct memo { uint64_t h; char *s; uint32_t len, id; const langlex *L; int lang, mode; } *memo;
	size_t memocap, memon;
} loadctx;

static int fail(loadctx *c, const char *fmt, const char *a)
{
	int n = c->line ? snprintf(c->err, c->errlen, "%s:%d: ", c->file, c->line)
			: snprintf(c->err, c->errlen, "%s: ", c->file);
	if (n < 0) n = 0;
	snprintf(c->err + n, c->errlen - (size_t)n, fmt, a);
	return -1;
}

int lexicon_tag_index(const lexicon *x, const char *name)
{
	for (size_t i = 0; i < x->tags.n; i++)
		if (!strcmp(x->tags.v[i].name, name)) return (int)i;
	return -1;
}

int lexicon_cause_index(const lexicon *x, const char *name)
{
	for (size_t i = 0; i < x->causes.n; i++)
		if (!strcmp(x->causes.v[i].name, name)) return (int)i;
	return -1;
}

const char *lexicon_tag_name(const lexicon *x, uint32_t tag)
{
	static const char *special[] = { "negation", "intensifiers", "profanity", "speech" };
	if (tag < x->tags.n) return x->tags.v[tag].name;
	return special[tag - x->tags.n];
}

/* ---- elements ------------------------------------------------------------ */

static uint64_t elem_hash(int mode, const char *s, size_t n)
{
	return hash_bytes(s, n) ^ ((uint64_t)mode * 0x9E3779B97F4A7C15ULL);
}

int langlex_find(const langlex *L, int mode, const char *s, size_t n)
{
	if (!L->tabcap) return -1;
	size_t j = elem_hash(mode, s, n) & (L->tabcap - 1);
	for (uint32_t id; (id = L->tab[j]); j = (j + 1) & (L->tabcap - 1)) {
		const elem *e = &L->elems.v[id - 1];
		if (e->mode == mode && e->len == n && !memcmp(e->s, s, n)) return (int)id - 1;
	}
	return -1;
}

static void tab_insert(langlex *L, uint32_t id)
{
	const elem *e = &L->elems.v[id];
	size_t j = elem_hash(e->mode, e->s, e->len) & (L->tabcap - 1);
	while (L->tab[j]) j = (j + 1) & (L->tabcap - 1);
	L->tab[j] = id + 1;
}

static uint32_t elem_intern(lexicon *x, langlex *L, int mode, const char *s, size_t n)
{
	int f = langlex_find(L, mode, s, n);
	if (f >= 0) return (uint32_t)f;
	if ((L->elems.n + 1) * 2 > L->tabcap) {
		size_t ncap = L->tabcap ? L->tabcap * 2 : 1024;
		free(L->tab);
		L->tab = xcalloc(ncap, sizeof *L->tab);
		L->tabcap = ncap;
		for (uint32_t i = 0; i < L->elems.n; i++) tab_insert(L, i);
	}
	elem e = { (uint8_t)mode, arena_strndup(&x->mem, s, n), (uint32_t)n, -1, -1 };
	VEC_PUSH(&L->elems, e);
	uint32_t id = (uint32_t)L->elems.n - 1;
	tab_insert(L, id);
	if ((mode == M_PFX_FOLD || mode == M_PFX_LOWER) && n > L->maxprefix) L->maxprefix = (uint32_t)n;
	if ((mode == M_SFX_FOLD || mode == M_SFX_LOWER) && n > L->maxsuffix) L->maxsuffix = (uint32_t)n;
	L->used[mode] = 1;
	return id;
}

/* Lint: an element the tokeniser never produces as one token can never
 * match: "'stuur" (a leading quote stays on clitics only), "5x", "£". */
static void lint_elem(loadctx *c, const char *s, size_t n, int mode)
{
	/* a prefix or suffix is read with one more character where the word
	 * goes on: "twenty-*" as "twenty-a", "4*" as "40", "*medewerker" as
	 * "amedewerker"; the element is then t[off, off + n) */
	buf t = {0};
	if (mode == M_SFX_FOLD || mode == M_SFX_LOWER) buf_addc(&t, s[0] >= '0' && s[0] <= '9' ? '0' : 'a');
	size_t off = t.len, end = off + n;
	buf_add(&t, s, n);
	if (mode == M_PFX_FOLD || mode == M_PFX_LOWER) buf_addc(&t, s[n - 1] >= '0' && s[n - 1] <= '9' ? '0' : 'a');
	token_scan(c->wc, t.data, t.len, &c->tv);
	int whole = c->tv.n == 1 && c->tv.v[0].start == 0 && c->tv.v[0].end == t.len;
	if (!whole || (c->tv.v[0].kind != TK_WORD && c->tv.v[0].kind != TK_NUM)) {
		buf w = {0};
		buf_printf(&w, "%s:%d: '%.*s' can never match: the tokeniser reads", c->file, c->line, (int)n, s);
		const char *sep = "";
		for (size_t i = 0; i < c->tv.n; i++) {   /* its tokens, cut to the element */
			const token *k = &c->tv.v[i];
			if (k->end <= off || k->start >= end) continue;   /* the added character alone */
			size_t a = k->start > off ? k->start : off, b = k->end < end ? k->end : end;
			buf_printf(&w, " %s%s%.*s%s", sep, k->start < off ? "..." : "", (int)(b - a), t.data + a,
				   k->end > end ? "..." : "");
			sep = "+ ";
		}
		buf_printf(&w, " (%s)", whole ? "not a word" : "write a sequence of its words");
		VEC_PUSH(&c->x->warnings, buf_steal(&w));
	}
	buf_free(&t);
}

/* Parse one element ("word", "word*", "*word", "=word") into an element id. */
static int parse_elem(loadctx *c, langlex *L, int lang, const char *s, size_t n, int exact, uint32_t *id)
{
	int mode = exact ? M_LOWER : M_FOLD;
	if (n && s[0] == '=') { mode = M_STEM; s++; n--; }
	else if (n && s[0] == '*') {                  /* "*medewerker": a compound's head */
		if (n > 1 && s[n - 1] == '*') return fail(c, "%s", "an element is a suffix (*word) or a prefix (word*), not both");
		mode = exact ? M_SFX_LOWER : M_SFX_FOLD;
		s++; n--;
	}
	if (n && s[n - 1] == '*') {
		if (mode == M_STEM) return fail(c, "%s", "a stem (=word) cannot also be a prefix (word*)");
		mode = exact ? M_PFX_LOWER : M_PFX_FOLD;
		n--;
	}
	if (!n) return fail(c, "%s", "empty rule element");
	if (c->wc) lint_elem(c, s, n, mode);
	uint64_t h = elem_hash(mode, s, n) ^ (uint64_t)(L - c->x->lang) << 40;
	size_t j = c->memocap ? h & (c->memocap - 1) : 0;
	for (; c->memocap && c->memo[j].s; j = (j + 1) & (c->memocap - 1)) {
		const struct memo *m = &c->memo[j];
		if (m->h == h && m->L == L && m->lang == lang && m->mode == mode && m->len == n && !memcmp(m->s, s, n)) {
			*id = m->id;
			return 0;
		}
	}
	buf b = {0};
	if (mode == M_LOWER || mode == M_PFX_LOWER || mode == M_SFX_LOWER) text_lower(s, n, &b);
	else text_fold(s, n, &b);
	if (mode == M_STEM) {
		char tmp[256];
		size_t k = stemmer_stem(c->st, lang, b.data, b.len, tmp, sizeof tmp);
		buf_reset(&b);
		buf_add(&b, tmp, k);
	}
	*id = elem_intern(c->x, L, mode, b.data, b.len);
	buf_free(&b);
	if ((c->memon + 1) * 2 > c->memocap) {          /* grow, then insert */
		size_t ncap = c->memocap ? 2 * c->memocap : 4096;
		struct memo *nm = xcalloc(ncap, sizeof *nm);
		for (size_t k = 0; k < c->memocap; k++) {
			if (!c->memo[k].s) continue;
			size_t q = c->memo[k].h & (ncap - 1);
			while (nm[q].s) q = (q + 1) & (ncap - 1);
			nm[q] = c->memo[k];
		}
		free(c->memo);
		c->memo = nm;
		c->memocap = ncap;
	}
	j = h & (c->memocap - 1);
	while (c->memo[j].s) j = (j + 1) & (c->memocap - 1);
	c->memo[j] = (struct memo){ h, xstrndup(s, n), (uint32_t)n, *id, L, lang, mode };
	c->memon++;
	return 0;
}

/* ---- rule lines ------------------------------------------------------------- */

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t') s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = 0;
	return s;
}

static int parse_options(loadctx *c, char *opts, float *weight, int *exact, int *noneg, int *after, int *said, int *self,
			 int *passive, int *whole, char **anchor)
{
	char *save = NULL;
	for (char *o = strtok_r(opts, " ,\t", &save); o; o = strtok_r(NULL, " ,\t", &save)) {
		if (!strcmp(o, "exact")) *exact = 1;
		else if (!strncmp(o, "anchor=", 7) && o[7]) *anchor = o + 7;
		else if (!strcmp(o, "noneg")) *noneg = 1;
		else if (!strcmp(o, "after")) *after = 1;
		else if (!strcmp(o, "said")) *said = 1;
		else if (!strcmp(o, "self")) *self = 1;
		else if (!strcmp(o, "passive")) *passive = 1;
		else if (!strcmp(o, "whole")) *whole = 1;
		else if (!strncmp(o, "weight=", 7)) {
			char *end;
			double w = strtod(o + 7, &end);
			if (*end || w <= 0 || w > 10) return fail(c, "bad weight '%s' (a number above 0, at most 10)", o + 7);
			*weight = (float)w;
		} else return fail(c, "unknown option '%s' (weight=N, exact, noneg, said, anchor=WORD, after, self, passive, whole)", o);
	}
	return 0;
}

static int parse_rule(loadctx *c, langlex *L, int lang, uint32_t tag, char *line)
{
	float weight = 1;
	int exact = 0, noneg = 0, after = 0, said = 0, self = 0, passive = 0, whole = 0;
	char *anchor = NULL;
	if (line[0] == '|') return fail(c, "%s", "empty rule");
	char *bar = strstr(line, " | ");
	if (bar) {
		*bar = 0;
		if (parse_options(c, bar + 3, &weight, &exact, &noneg, &after, &said, &self, &passive, &whole, &anchor) < 0) return -1;
	}
	if (after && tag != (uint32_t)c->x->tags.n + SPECIAL_NEG && !(self && tag == (uint32_t)c->x->tags.n + SPECIAL_SPEECH))
		return fail(c, "%s", "after is for negation cues (negation.lex) and self words (speech.lex)");
	if ((self || passive || whole) && tag != (uint32_t)c->x->tags.n + SPECIAL_SPEECH)
		return fail(c, "%s", "self, passive and whole are for speech.lex");
	if (whole && (self || passive)) return fail(c, "%s", "whole is for a speech cue, not a self or passive word");
	if (said && tag >= (uint32_t)c->x->tags.n) return fail(c, "%s", "said is for rules of a tag");
	char *body = trim(line);
	if (!*body) return fail(c, "%s", "empty rule");
	rule r = { .tag = tag, .weight = weight, .noneg = (uint8_t)noneg, .after = (uint8_t)after,
		.said = (uint8_t)said, .self = (uint8_t)self, .passive = (uint8_t)passive, .whole = (uint8_t)whole,
		.learned = (uint8_t)c->learned,
		.file = arena_strndup(&c->x->mem, c->file, strlen(c->file)), .line = c->line,
		.src = arena_strndup(&c->x->mem, body, strlen(body)) };
	size_t bl = strlen(body);
	if (body[0] == '/' ) {
		if (bl < 3 || body[bl - 1] != '/') return fail(c, "%s", "a regex rule is /PATTERN/");
		int ec;
		PCRE2_SIZE off;
		r.re = pcre2_compile((PCRE2_SPTR)body + 1, bl - 2, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &ec, &off, NULL);
		if (!r.re) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(ec, msg, sizeof msg);
			char m2[400];
			snprintf(m2, sizeof m2, "bad regex at offset %zu: %s", (size_t)off, (char *)msg);
			return fail(c, "%s", m2);
		}
		pcre2_jit_compile(r.re, PCRE2_JIT_COMPLETE);
		if (anchor) {
			/* the regex runs only on texts with a token matching the anchor */
			u32vec ids = {0};
			size_t al = strlen(anchor);
			char *spec = anchor;
			if (al > 2 && anchor[0] == '(' && anchor[al - 1] == ')') { anchor[al - 1] = 0; spec = anchor + 1; }
			char *save2 = NULL;
			for (char *a = strtok_r(spec, "|", &save2); a; a = strtok_r(NULL, "|", &save2)) {
				uint32_t id;
				if (parse_elem(c, L, lang, a, strlen(a), exact, &id) < 0) { free(ids.v); pcre2_code_free(r.re); return -1; }
				VEC_PUSH(&ids, id);
			}
			r.nelem = 1;
			r.elems = arena_alloc(&c->x->mem, ids.n * sizeof *r.elems);
			memcpy(r.elems, ids.v, ids.n * sizeof *r.elems);
			r.alt = arena_alloc(&c->x->mem, 2 * sizeof *r.alt);
			r.alt[0] = 0;
			r.alt[1] = (uint16_t)ids.n;
			free(ids.v);
		} else {
			buf b = {0};
			buf_printf(&b, "%s:%d: a regex rule without anchor= runs on every text", c->file, c->line);
			VEC_PUSH(&c->x->warnings, buf_steal(&b));
		}
		VEC_PUSH(&L->regex, (uint32_t)L->rules.n);
		VEC_PUSH(&L->rules, r);
		return 0;
	}
	if (anchor) return fail(c, "%s", "anchor= is for regex rules");
	VEC(uint32_t) ids = {0};
	VEC(uint16_t) alt = {0};
	VEC(uint8_t) gaps = {0};
	uint8_t gap = 0;
	char *save = NULL;
	for (char *t = strtok_r(body, " \t", &save); t; t = strtok_r(NULL, " \t", &save)) {
		if (t[0] == '~') {
			char *end;
			long g = strtol(t + 1, &end, 10);
			if (!t[1] || *end || g < 0 || g > 20) { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "bad gap '%s' (~0 to ~20)", t); }
			if (!ids.n) { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "%s", "a rule cannot start with a gap"); }
			gap = (uint8_t)g;
			continue;
		}
		if (alt.n) VEC_PUSH(&gaps, gap);
		VEC_PUSH(&alt, (uint16_t)ids.n);
		size_t tl = strlen(t);
		if (t[0] == '(') {                 /* alternatives: (a|b*|=c) */
			if (tl < 3 || t[tl - 1] != ')') { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "bad alternatives '%s' (write (a|b*|=c) without spaces)", t); }
			t[tl - 1] = 0;
			char *save2 = NULL;
			for (char *a = strtok_r(t + 1, "|", &save2); a; a = strtok_r(NULL, "|", &save2)) {
				uint32_t id;
				if (parse_elem(c, L, lang, a, strlen(a), exact, &id) < 0) { free(ids.v); free(gaps.v); free(alt.v); return -1; }
				VEC_PUSH(&ids, id);
			}
			if (ids.n == alt.v[alt.n - 1]) { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "%s", "empty alternatives"); }
		} else {
			uint32_t id;
			if (parse_elem(c, L, lang, t, tl, exact, &id) < 0) { free(ids.v); free(gaps.v); free(alt.v); return -1; }
			VEC_PUSH(&ids, id);
		}
		gap = 0;
	}
	if (!alt.n) return fail(c, "%s", "empty rule");
	if (alt.n > 16 || ids.n > 60000) { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "%s", "a rule has at most 16 positions"); }
	if (tag >= c->x->tags.n && alt.n > 1) { free(ids.v); free(gaps.v); free(alt.v); return fail(c, "%s", "shared lists hold single words"); }
	r.nelem = (uint8_t)alt.n;
	VEC_PUSH(&alt, (uint16_t)ids.n);
	r.elems = arena_alloc(&c->x->mem, ids.n * sizeof *r.elems);
	memcpy(r.elems, ids.v, ids.n * sizeof *r.elems);
	r.alt = arena_alloc(&c->x->mem, alt.n * sizeof *r.alt);
	memcpy(r.alt, alt.v, alt.n * sizeof *r.alt);
	r.gaps = arena_alloc(&c->x->mem, r.nelem);
	if (gaps.n) memcpy(r.gaps, gaps.v, gaps.n);
	free(ids.v); free(gaps.v); free(alt.v);
	VEC_PUSH(&L->rules, r);
	return 0;
}

static int parse_example(loadctx *c, int lang, uint32_t tag, int positive, char *text, int quantities)
{
	example e = { arena_strndup(&c->x->mem, c->file, strlen(c->file)), NULL, c->line, positive, tag, -1, UNIT_MIN, lang };
	text = trim(text);
	if (quantities && positive) {
		char *eq = strstr(text, " = ");
		if (!eq) return fail(c, "%s", "a quantity example is '+ TEXT = MINUTES' or '+ TEXT = Nx'");
		*eq = 0;
		char *v = trim(eq + 3), *end;
		e.expect = strtod(v, &end);
		if (end == v) return fail(c, "bad expected value '%s'", v);
		if (*end == 'x') { e.expect_kind = UNIT_COUNT; end++; }
		if (*trim(end)) return fail(c, "bad expected value '%s'", v);
		text = trim(text);
	}
	if (!*text) return fail(c, "%s", "empty example");
	e.text = arena_strndup(&c->x->mem, text, strlen(text));
	VEC_PUSH(&c->x->examples, e);
	return 0;
}

/* numbers.lex: form<TAB>value[<TAB>ord|times] */
static int parse_number(loadctx *c, langlex *L, char *line)
{
	char *f[3] = { line, NULL, NULL };
	int nf = 1;
	for (char *p = line; *p && nf < 3; p++) if (*p == '\t') { *p = 0; f[nf++] = p + 1; }
	if (nf < 2) return fail(c, "%s", "a number line is FORM<TAB>VALUE[<TAB>ord|times]");
	char *end;
	double v = strtod(trim(f[1]), &end);
	if (end == trim(f[1]) || *end) return fail(c, "bad number '%s'", f[1]);
	uint8_t kind = NUM_CARD;
	if (nf == 3) {
		char *k = trim(f[2]);
		if (!strcmp(k, "ord")) kind = NUM_ORD;
		else if (!strcmp(k, "times")) kind = NUM_TIMES;
		else if (*k) return fail(c, "unknown number kind '%s' (ord, times)", k);
	}
	uint32_t id;
	char *form = trim(f[0]);
	if (parse_elem(c, L, 0, form, strlen(form), 0, &id) < 0) return -1;
	numword nw = { L->elems.v[id].s, v, kind };
	int32_t old = L->elems.v[id].num;
	if (old >= 0 && (L->nums.v[old].value != v || L->nums.v[old].kind != kind)) {
		/* two forms that fold alike ("čtvrtě", "čtvrté"): the later wins */
		buf b = {0};
		buf_printf(&b, "%s:%d: '%s' folds like an earlier number with another value", c->file, c->line, form);
		VEC_PUSH(&c->x->warnings, buf_steal(&b));
	}
	VEC_PUSH(&L->nums, nw);
	L->elems.v[id].num = (int32_t)L->nums.n - 1;
	return 0;
}

/* units.lex: pattern<TAB>min|count<TAB>value[<TAB>bare] */
static int parse_unit(loadctx *c, langlex *L, char *line)
{
	char *f[4] = { line, NULL, NULL, NULL };
	int nf = 1;
	for (char *p = line; *p && nf < 4; p++) if (*p == '\t') { *p = 0; f[nf++] = p + 1; }
	if (nf < 3) return fail(c, "%s", "a unit line is PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare]");
	unit u = { 0, 0, 0 };
	char *k = trim(f[1]);
	if (!strcmp(k, "min")) u.kind = UNIT_MIN;
	else if (!strcmp(k, "count")) u.kind = UNIT_COUNT;
	else return fail(c, "unknown unit kind '%s' (min, count)", k);
	char *end, *vs = trim(f[2]);
	u.value = strtod(vs, &end);
	if (end == vs || *end) return fail(c, "bad unit value '%s'", vs);
	if (nf == 4) {
		char *b = trim(f[3]);
		if (!strcmp(b, "bare")) u.bare = 1;
		else if (*b) return fail(c, "unknown unit flag '%s' (bare)", b);
	}
	uint32_t id;
	char *form = trim(f[0]);
	if (parse_elem(c, L, 0, form, strlen(form), 0, &id) < 0) return -1;
	VEC_PUSH(&L->units, u);
	L->elems.v[id].unit = (int32_t)L->units.n - 1;
	return 0;
}

enum { FILE_TAG, FILE_SPECIAL, FILE_NUMBERS, FILE_UNITS };

static int load_lex_file(loadctx *c, const char *path, int lang, int kind, uint32_t tag)
{
	FILE *f = fopen(path, "r");
	if (!f) { snprintf(c->err, c->errlen, "%s: %s", path, strerror(errno)); return -1; }
	langlex *L = &c->x->lang[lang];
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0, plus = 0, minus = 0;
	c->line = 0;
	while ((n = getline(&line, &cap, f)) > 0) {
		c->line++;
		if (memchr(line, 0, (size_t)n)) { rc = fail(c, "%s", "NUL byte in lexicon"); break; }
		char *s = trim(line);
		if (!*s || *s == '#') continue;
		if ((s[0] == '+' || s[0] == '-') && (s[1] == ' ' || s[1] == '\t')) {
			int q = kind == FILE_NUMBERS || kind == FILE_UNITS;
			if (s[0] == '+') plus++; else minus++;
			if ((rc = parse_example(c, lang, tag, s[0] == '+', s + 2, q)) < 0) break;
			continue;
		}
		if (kind == FILE_NUMBERS) rc = parse_number(c, L, s);
		else if (kind == FILE_UNITS) rc = parse_unit(c, L, s);
		else rc = parse_rule(c, L, lang, tag, s);
		if (rc < 0) break;
	}
	free(line);
	fclose(f);
	if (rc == 0 && (plus < 3 || minus < 2)) {
		buf b = {0};
		buf_printf(&b, "%s: has %d '+' and %d '-' examples (want at least 3 and 2)", c->file, plus, minus);
		VEC_PUSH(&c->x->warnings, buf_steal(&b));
	}
	L->nfiles++;
	return rc;
}

/* ---- TSV files ------------------------------------------------------------ */

static int load_tsv(loadctx *c, const char *dir, const char *name, int ncols,
		    int (*row)(loadctx *, char **))
{
	buf path = {0};
	buf_printf(&path, "%s/%s", dir, name);
	c->file = name;
	c->line = 0;
	FILE *f = fopen(path.data, "r");
	if (!f) { snprintf(c->err, c->errlen, "%s: %s", path.data, strerror(errno)); buf_free(&path); return -1; }
	buf_free(&path);
	char *line = NULL;
	size_t cap = 0;
	int rc = 0, first = 1;
	while (getline(&line, &cap, f) > 0) {
		c->line++;
		char *s = line;
		s[strcspn(s, "\r\n")] = 0;
		if (!*trim(s) || *trim(s) == '#') continue;
		char *cols[8] = {0};
		int nc = 0;
		cols[nc++] = s;
		for (char *p = s; *p && nc < 8; p++) if (*p == '\t') { *p = 0; cols[nc++] = p + 1; }
		if (first) {
			first = 0;
			if (!strcmp(cols[0], "tag") || !strcmp(cols[0], "cause")) continue;   /* header */
		}
		if (nc < ncols) { rc = fail(c, "expected %s tab-separated columns", ncols == 4 ? "4" : "3"); break; }
		for (int i = 0; i < nc; i++) cols[i] = trim(cols[i]);
		if ((rc = row(c, cols)) < 0) break;
	}
	free(line);
	fclose(f);
	return rc;
}

static int valid_name(const char *s)
{
	if (!*s) return 0;
	for (; *s; s++) if (!((*s >= 'a' && *s <= 'z') || *s == '_' || (*s >= '0' && *s <= '9'))) return 0;
	return 1;
}

static int cause_row(loadctx *c, char **col)
{
	if (!valid_name(col[0])) return fail(c, "bad cause name '%s' (a-z, 0-9, _)", col[0]);
	if (lexicon_cause_index(c->x, col[0]) >= 0) return fail(c, "cause '%s' listed twice", col[0]);
	causedef d = { xstrdup(col[0]), xstrdup(col[1]), xstrdup(col[2]) };
	VEC_PUSH(&c->x->causes, d);
	return 0;
}

static int tag_row(loadctx *c, char **col)
{
	if (!valid_name(col[0])) return fail(c, "bad tag name '%s' (a-z, 0-9, _)", col[0]);
	if (lexicon_tag_index(c->x, col[0]) >= 0) return fail(c, "tag '%s' listed twice", col[0]);
	if (c->x->tags.n >= MAX_TAGS) return fail(c, "%s", "too many tags (at most " GRIPE_STR(MAX_TAGS) ")");
	if (strcmp(col[1], "signal") && lexicon_cause_index(c->x, col[1]) < 0)
		return fail(c, "unknown root cause '%s' (not in causes.tsv, nor 'signal')", col[1]);
	char *end;
	double w = strtod(col[2], &end);
	if (end == col[2] || *end || w < 0) return fail(c, "bad weight '%s'", col[2]);
	tagdef d = { xstrdup(col[0]), xstrdup(col[1]), xstrdup(col[3]), w };
	VEC_PUSH(&c->x->tags, d);
	return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

lexicon *lexicon_load(const char *dir, int flags, char *err, size_t errlen)
{
	lexicon *x = xcalloc(1, sizeof *x);
	loadctx c = { x, stemmer_new(), err, errlen, NULL, 0, 0, (flags & LEX_LINT) ? wcache_new(1 << 16) : NULL, {0}, NULL, 0, 0 };
	int rc = load_tsv(&c, dir, "causes.tsv", 3, cause_row);
	if (!rc) rc = load_tsv(&c, dir, "taxonomy.tsv", 4, tag_row);
	buf path = {0}, rel = {0};
	for (int l = 0; !rc && l < NLANG; l++) {
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir, LANG_CODES[l]);
		DIR *d = opendir(path.data);
		if (!d) continue;
		VEC(char *) names = {0};
		for (struct dirent *de; (de = readdir(d));) {
			size_t n = strlen(de->d_name);
			if (n > 4 && !strcmp(de->d_name + n - 4, ".lex")) VEC_PUSH(&names, xstrdup(de->d_name));
		}
		closedir(d);
		if (names.n) qsort(names.v, names.n, sizeof *names.v, cmp_str);
		for (size_t i = 0; i < names.n; i++) {
			char *name = names.v[i];
			if (rc) { free(name); continue; }
			name[strlen(name) - 4] = 0;
			buf_reset(&rel);
			buf_adds(&rel, LANG_CODES[l]);
			buf_addc(&rel, '/');
			buf_adds(&rel, name);
			buf_adds(&rel, ".lex");
			c.file = rel.data;
			c.line = 0;
			int kind = FILE_TAG;
			uint32_t tag = 0;
			/* TAG.learned.lex: rules of TAG written by scripts/learn.py */
			size_t nl = strlen(name);
			int learned = nl > 8 && !strcmp(name + nl - 8, ".learned");
			if (learned && (flags & LEX_NO_LEARNED)) { free(name); continue; }
			if (learned) name[nl - 8] = 0;
			const char *list = learned ? "" : name;   /* a learned file is a tag's, never a list */
			int t = lexicon_tag_index(x, name);
			if (t >= 0) tag = (uint32_t)t;
			else if (!strcmp(list, "negation")) { kind = FILE_SPECIAL; tag = (uint32_t)x->tags.n + SPECIAL_NEG; }
			else if (!strcmp(list, "intensifiers")) { kind = FILE_SPECIAL; tag = (uint32_t)x->tags.n + SPECIAL_INTENS; }
			else if (!strcmp(list, "profanity")) { kind = FILE_SPECIAL; tag = (uint32_t)x->tags.n + SPECIAL_PROFANE; }
			else if (!strcmp(list, "speech")) { kind = FILE_SPECIAL; tag = (uint32_t)x->tags.n + SPECIAL_SPEECH; }
			else if (!strcmp(list, "numbers")) { kind = FILE_NUMBERS; tag = (uint32_t)x->tags.n + NSPECIAL; }
			else if (!strcmp(list, "units")) { kind = FILE_UNITS; tag = (uint32_t)x->tags.n + NSPECIAL; }
			else { rc = fail(&c, "unknown tag '%s' (not in taxonomy.tsv)", name); free(name); continue; }
			buf_reset(&path);
			buf_printf(&path, "%s/%s", dir, rel.data);
			c.learned = learned;
			rc = load_lex_file(&c, path.data, l, kind, tag);
			c.learned = 0;
			free(name);
		}
		free(names.v);
	}
	buf_free(&path);
	buf_free(&rel);
	stemmer_free(c.st);
	for (size_t k = 0; k < c.memocap; k++) free(c.memo[k].s);
	free(c.memo);
	if (c.wc) wcache_free(c.wc);
	free(c.tv.v);
	if (rc) { lexicon_free(x); return NULL; }
	for (int l = 0; l < NLANG; l++) lexicon_index(x, dir, l);
	x->tag_rank = xcalloc(x->tags.n + 1, sizeof *x->tag_rank);
	for (size_t i = 0; i < x->tags.n; i++)
		for (size_t j = 0; j < x->tags.n; j++)
			if (strcmp(x->tags.v[j].name, x->tags.v[i].name) < 0) x->tag_rank[i]++;
	x->tag_long_hold = lexicon_tag_index(x, "long_hold");
	x->tag_unresolved = lexicon_tag_index(x, "unresolved");
	x->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(x->mctx, 200000);
	pcre2_set_depth_limit(x->mctx, 2000);
	return x;
}

void lexicon_free(lexicon *x)
{
	if (!x) return;
	for (size_t i = 0; i < x->tags.n; i++) { free(x->tags.v[i].name); free(x->tags.v[i].cause); free(x->tags.v[i].desc); }
	for (size_t i = 0; i < x->causes.n; i++) { free(x->causes.v[i].name); free(x->causes.v[i].title); free(x->causes.v[i].remedy); }
	free(x->tags.v); free(x->causes.v); free(x->tag_rank);
	for (int l = 0; l < NLANG; l++) {
		langlex *L = &x->lang[l];
		for (size_t r = 0; r < L->rules.n; r++) if (L->rules.v[r].re) pcre2_code_free(L->rules.v[r].re);
		if (L->first) for (size_t i = 0; i <= L->elems.n; i++) free(L->first[i].v);
		free(L->first); free(L->filter); free(L->prog); free(L->hot);
		free(L->pairs); free(L->pair_rules); free(L->pair_a); free(L->pair_seen); free(L->elems.v); free(L->tab); free(L->rules.v);
		free(L->regex.v); free(L->nums.v); free(L->units.v);
	}
	for (size_t i = 0; i < x->warnings.n; i++) free(x->warnings.v[i]);
	free(x->warnings.v);
	free(x->examples.v);
	if (x->mctx) pcre2_match_context_free(x->mctx);
	arena_free(&x->mem);
	free(x);
}
