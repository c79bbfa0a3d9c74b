/*
 * match.c — see match.h.
 */
#include "match.h"
#include <stdlib.h>
#include <string.h>

const uint32_t *match_word(const lexicon *x, int lang, wcache *c, word *w)
{
	if (w->hits_done[lang]) return w->hits[lang];
	const langlex *L = &x->lang[lang];
	u32vec v = {0};
	for (int k = 0; k < WL_IDS; k++) VEC_PUSH(&v, 0);
	langlex_word_elems(L, lang, c, w, &v);
	uint32_t flags = 0, nel = (uint32_t)v.n - WL_IDS;
	uint64_t mask = 0;
	u32vec cand = {0};
	size_t ntags = x->tags.n;
	VEC_PUSH(&v, 0);                              /* the candidate rules follow */
	for (uint32_t i = 0; i < nel; i++) {
		uint32_t id = v.v[WL_IDS + i];
		const elem *e = &L->elems.v[id];
		mask |= 1ULL << (id % 64);
		if (e->num >= 0) flags |= WF_NUM;
		if (e->unit >= 0) flags |= WF_UNIT;
		const u32vec *f = &L->first[id];
		for (size_t k = 0; k < f->n; k++) {
			uint32_t t = L->rules.v[f->v[k]].tag;
			if (t == ntags + SPECIAL_NEG) flags |= WF_NEG | (L->rules.v[f->v[k]].after ? WF_NEG_AFTER : 0);
			else if (t == ntags + SPECIAL_INTENS) flags |= WF_INTENS;
			else if (t == ntags + SPECIAL_PROFANE) flags |= WF_PROFANE;
			else if (t == ntags + SPECIAL_SPEECH) {
				const rule *ru = &L->rules.v[f->v[k]];
				flags |= ru->passive ? WF_PASSIVE : !ru->self ? WF_SPEECH | (ru->whole ? WF_WHOLE : 0) :
					 ru->after ? WF_SELF | WF_SELF_AFTER : WF_SELF;
			}
			if (t >= ntags) continue;
			VEC_PUSH(&cand, f->v[k]);
		}
	}
	/* each candidate once, in order */
	size_t ncand = 0;
	for (size_t k = 0; k < cand.n; k++) {
		size_t q = 0;
		while (q < ncand && cand.v[q] != cand.v[k]) q++;
		if (q == ncand) cand.v[ncand++] = cand.v[k];
	}
	/* per candidate: rule, filter length, where its program is, the
	 * filter; the programs after them all, so the walk over the candidates
	 * stays short and a program is read only when its filter passes */
	u32vec at = {0};
	for (size_t k = 0; k < ncand; k++) {
		const uint32_t *flt = L->filter[cand.v[k]];
		const rule *ru = &L->rules.v[cand.v[k]];
		uint32_t fl = flt ? flt[0] : 0, hot[2];
		memcpy(hot, &L->hot[cand.v[k]], sizeof hot);
		VEC_PUSH(&v, cand.v[k]);
		VEC_PUSH(&v, fl | (uint32_t)ru->nelem << 16 | (uint32_t)ru->apos << 24);
		VEC_PUSH(&at, (uint32_t)v.n);
		VEC_PUSH(&v, 0);
		VEC_PUSH(&v, hot[0]);
		VEC_PUSH(&v, hot[1]);
		for (uint32_t i = 0; i < fl; i++) VEC_PUSH(&v, flt[i]);
	}
	for (size_t k = 0; k < ncand; k++) {
		const uint32_t *prog = L->prog[cand.v[k]];
		v.v[at.v[k]] = (uint32_t)v.n;
		for (uint32_t i = 0; i < prog[0]; i++) VEC_PUSH(&v, prog[i]);
	}
	free(at.v);
	free(cand.v);
	v.v[0] = nel;
	v.v[1] = flags;
	v.v[2] = (uint32_t)mask;
	v.v[3] = (uint32_t)(mask >> 32);
	v.v[WL_IDS + nel] = (uint32_t)ncand;
	if (!nel) { free(v.v); v.v = NULL; }         /* most words hit nothing */
	w->hits[lang] = v.v;
	w->hits_done[lang] = 1;
	return v.v;
}

typedef struct scan {
	const lexicon *x;
	const langlex *L;
	worker *w;
	const uint32_t **th;         /* element list per token */
	uint64_t *tm;                /* its bit mask */
	const uint64_t *seen;        /* the elements of the whole record */
} scan;

/* Has a token with element list h (and mask hm) an alternative of position
 * k of the rule program P? */
static inline int has_pos(const uint32_t *h, uint64_t hm, const uint32_t *P, unsigned k)
{
	if (!h) return 0;
	const uint32_t *pos = P + P[2 + k];
	if (!(hm & ((uint64_t)pos[2] << 32 | pos[1]))) return 0;
	const uint32_t *a = pos + 3;                 /* sorted at load */
	size_t na = pos[0] & 0xFFFF;
	for (uint32_t i = 0; i < h[0]; i++) {
		uint32_t e = h[WL_IDS + i];
		size_t lo = 0, hi = na;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (a[mid] < e) lo = mid + 1; else hi = mid;
		}
		if (lo < na && a[lo] == e) return 1;
	}
	return 0;
}

/* tokens allowed between position k and k+1 of program P */
static inline unsigned gap_after(const uint32_t *P, unsigned k) { return P[P[2 + k]] >> 16; }

/* Every position of a rule but its anchor has an alternative somewhere in
 * the record: the rule's filter (lexindex.c) against the record's elements.
 * f[0] is the filter's length, f[1] the number of positions. */
static int all_seen(const uint32_t *f, const uint64_t *seen)
{
	const uint32_t *p = f + 2;
	for (uint32_t c = 0; c < f[1]; c++) {
		const uint32_t *end = p + 1 + 3 * p[0];
		for (p++; p < end; p += 3)
			if (seen[p[0]] & ((uint64_t)p[2] << 32 | p[1])) break;
		if (p == end) return 0;
		p = end;
	}
	return 1;
}

/* Match positions k..0 of program P before token pos (position k+1 is at
 * pos); sets *first to the first token. */
static int seq_back(scan *s, const uint32_t *P, int k, size_t pos, size_t *first)
{
	const token *t = s->w->toks.v;
	unsigned counted = 0, gap = gap_after(P, (unsigned)k);
	for (size_t j = pos; j-- > 0;) {
		if (t[j].clause != t[pos].clause) break;
		if (t[j].kind == TK_PUNCT) continue;
		if (has_pos(s->th[j], s->tm[j], P, (unsigned)k)) {
			if (k == 0) { *first = j; return 1; }
			if (seq_back(s, P, k - 1, j, first)) return 1;
		}
		if (++counted > gap) break;
	}
	return 0;
}

/* Match positions k.. of program P after token pos; sets *last to the
 * final token. */
static int seq(scan *s, const uint32_t *P, unsigned k, size_t pos, size_t *last)
{
	const token *t = s->w->toks.v;
	size_t n = s->w->toks.n;
	unsigned counted = 0, gap = gap_after(P, k - 1), nelem = P[1] & 0xFF;
	for (size_t j = pos + 1; j < n; j++) {
		if (t[j].clause != t[pos].clause) break;
		if (t[j].kind == TK_PUNCT) continue;
		if (has_pos(s->th[j], s->tm[j], P, k)) {
			if (k + 1u == nelem) { *last = j; return 1; }
			if (seq(s, P, k + 1, j, last)) return 1;
		}
		if (++counted > gap) break;
	}
	return 0;
}

/* The record's fold text for regex rules, with token start offsets. */
static void fold_text(worker *w, buf *b, uint32_t *fstart)
{
	buf_reset(b);
	for (size_t i = 0; i < w->toks.n; i++) {
		const token *t = &w->toks.v[i];
		if (i && t->start > w->toks.v[i - 1].end) buf_addc(b, ' ');
		fstart[i] = (uint32_t)b->len;
		if (t->w) buf_add(b, t->w->fold, t->w->fold_len);
		else buf_add(b, w->text + t->start, t->end - t->start);
	}
}

static size_t tok_at(const uint32_t *fstart, size_t n, size_t off)
{
	size_t lo = 0, hi = n;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (fstart[mid] <= off) lo = mid; else hi = mid;
	}
	return lo;
}

_Static_assert(sizeof(rule_hot) == 2 * sizeof(uint32_t), "a candidate holds its rule_hot in two words");

/* A hit of rule ri over tokens first..last, negation not yet decided. */
static inline hit make_hit(uint32_t ri, size_t first, size_t last, const token *tv, const rule_hot *rh)
{
	return (hit){ ri, (uint32_t)first, (uint32_t)last, tv[first].start, tv[last].end, -1,
		rh->weight, rh->tag, (uint8_t)(rh->noneg & 1), rh->learned, 0, (uint8_t)(rh->noneg >> 1 & 1) };
}

/* The hits of pair rules (lexicon.h) beginning at token i: its elements
 * against those of the next token in the clause that is not punctuation. */
static void pair_hits(const langlex *L, const worker *w, const uint32_t *const *th, size_t i, hit_vec *out)
{
	const uint32_t *h = th[i];
	const token *tv = w->toks.v;
	size_t j = i + 1, n = w->toks.n;
	while (j < n && tv[j].kind == TK_PUNCT && tv[j].clause == tv[i].clause) j++;
	if (j >= n || tv[j].clause != tv[i].clause || !th[j]) return;
	const uint32_t *g = th[j];
	for (uint32_t p = 0; p < h[0]; p++) {
		uint32_t a = h[WL_IDS + p];
		if (!(L->pair_a[a >> 6] >> (a & 63) & 1)) continue;
		for (uint32_t q = 0; q < g[0]; q++) {
			uint32_t nr;
			const struct pairrule *rs = langlex_pair(L, a, g[WL_IDS + q], &nr);
			for (uint32_t k = 0; rs && k < nr; k++) VEC_PUSH(out, make_hit(rs[k].rule, i, j, tv, &rs[k].hot));
		}
	}
}

void match_scan(const lexicon *x, worker *w, hit_vec *out, buf *scratch)
{
	out->n = 0;
	if (w->lang < 0 || w->lang >= NLANG) return;
	const langlex *L = &x->lang[w->lang];
	size_t n = w->toks.n;
	if (!n) return;
	const uint32_t *stack[256];
	uint64_t mstack[256];
	const uint32_t **th = n <= 256 ? stack : xmalloc(n * sizeof *th);
	uint64_t *tm = n <= 256 ? mstack : xmalloc(n * sizeof *tm);
	/* which elements the record has at all, so that a rule missing one of
	 * its positions is rejected without walking the tokens: a bit set of
	 * the language's elements, cleared again at the end */
	if (!w->seen[w->lang]) w->seen[w->lang] = xcalloc(L->elems.n / 64 + 1, sizeof *w->seen[w->lang]);
	uint64_t *seen = w->seen[w->lang];
	const token *tv = w->toks.v;
	for (size_t i = 0; i < n; i++) {
		/* the words and their element lists are all over memory: ask for
		 * them a few tokens ahead */
		if (i + 8 < n && tv[i + 8].w) __builtin_prefetch(tv[i + 8].w);
		if (i + 4 < n && tv[i + 4].w && tv[i + 4].w->hits_done[w->lang]) __builtin_prefetch(tv[i + 4].w->hits[w->lang]);
		const uint32_t *h = tv[i].w ? match_word(x, w->lang, w->cache, tv[i].w) : NULL;
		th[i] = h;
		tm[i] = h ? (uint64_t)h[3] << 32 | h[2] : 0;
		if (h) for (uint32_t k = 0; k < h[0]; k++) seen[h[WL_IDS + k] >> 6] |= 1ULL << (h[WL_IDS + k] & 63);
	}
	scan s = { x, L, w, th, tm, seen };
	for (size_t i = 0; i < n; i++) {
		const uint32_t *h = th[i];
		if (!h) continue;
		const uint32_t *cand = h + WL_IDS + 1 + h[0];
		for (uint32_t q = 0, nc = cand[-1]; q < nc; q++) {
			uint32_t ri = cand[0], fl = cand[1] & 0xFFFF;
			unsigned nelem = cand[1] >> 16 & 0xFF, apos = cand[1] >> 24;
			const uint32_t *P = h + cand[2], *f = cand + 5;
			rule_hot rh;
			memcpy(&rh, cand + 3, sizeof rh);
			cand = f + fl;
			size_t first = i, last = i;
			if (nelem > 1) {
				if (fl && !all_seen(f, seen)) continue;
				if (apos + 1u < nelem && !seq(&s, P, apos + 1u, i, &last)) continue;
				if (apos > 0 && !seq_back(&s, P, (int)apos - 1, i, &first)) continue;
			}
			VEC_PUSH(out, make_hit(ri, first, last, tv, &rh));
		}
		if (L->pairmask) pair_hits(L, w, th, i, out);
	}
	if (L->regex.n) {
		uint32_t *fstart = NULL;
		for (size_t q = 0; q < L->regex.n; q++) {
			const rule *r = &L->rules.v[L->regex.v[q]];
			if (r->nelem) {                         /* anchored: any token with the anchor? */
				int found = 0;
				const uint32_t *P = L->prog[L->regex.v[q]];
				for (size_t i = 0; i < n && !found; i++) found = has_pos(th[i], tm[i], P, 0);
				if (!found) continue;
			}
			if (!fstart) {                          /* built once, when first needed */
				fstart = xmalloc((n + 1) * sizeof *fstart);
				fold_text(w, scratch, fstart);
			}
			pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->re, NULL);
			PCRE2_SIZE off = 0;
			while (off <= scratch->len) {
				int rc = pcre2_match(r->re, (PCRE2_SPTR)scratch->data, scratch->len, off, 0, md, x->mctx);
				if (rc < 0) {           /* no match, or a limit hit: stop this rule */
					if (rc != PCRE2_ERROR_NOMATCH && w->regex_gaveup < 0) w->regex_gaveup = (int32_t)L->regex.v[q];
					break;
				}
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				size_t a = tok_at(fstart, n, ov[0]);
				size_t b = tok_at(fstart, n, ov[1] ? ov[1] - 1 : 0);
				if (b < a) b = a;
				VEC_PUSH(out, make_hit(L->regex.v[q], a, b, w->toks.v, &L->hot[L->regex.v[q]]));
				off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			}
			pcre2_match_data_free(md);
		}
		free(fstart);
	}
	memset(seen, 0, (L->elems.n / 64 + 1) * sizeof *seen);
	if (th != stack) free(th);
	if (tm != mstack) free(tm);
}
