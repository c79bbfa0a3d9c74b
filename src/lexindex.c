/*
 * lexindex.c — compiling a loaded language's rules for the matcher (see
 * match.c): each word's elements, each rule's program and filter, the
 * anchor of each sequence rule, and the table of two-word rules.
 */
#include "lexicon.h"
#include <stdlib.h>
#include <string.h>

/* ---- anchors -------------------------------------------------------------- */

void langlex_word_elems(const langlex *L, int lang, wcache *c, word *w, u32vec *v)
{
	size_t base = v->n;
#define ADD(id) do { int id_ = (id); if (id_ >= 0) { size_t i_ = base; \
		while (i_ < v->n && v->v[i_] != (uint32_t)id_) i_++; \
		if (i_ == v->n) VEC_PUSH(v, (uint32_t)id_); } } while (0)
	ADD(langlex_find(L, M_FOLD, w->fold, w->fold_len));
	if (L->used[M_LOWER]) ADD(langlex_find(L, M_LOWER, w->lower, w->lower_len));
	if (L->used[M_STEM]) {
		uint32_t sl;
		const char *st = word_stem(c, w, lang, &sl);
		ADD(langlex_find(L, M_STEM, st, sl));
	}
	/* prefixes ("nesramn*") and suffixes ("*medewerker") of the word */
	for (int mode = M_PFX_FOLD; mode <= M_SFX_LOWER; mode++) {
		if (!L->used[mode]) continue;
		int lower = mode == M_PFX_LOWER || mode == M_SFX_LOWER, sfx = mode >= M_SFX_FOLD;
		const char *s = lower ? w->lower : w->fold;
		uint32_t n = lower ? w->lower_len : w->fold_len, most = sfx ? L->maxsuffix : L->maxprefix;
		for (uint32_t k = 1; k <= n && k <= most; k++) {
			/* no cut inside a character: the byte after a prefix, the
			 * first of a suffix, begins one */
			if (sfx ? ((unsigned char)s[n - k] & 0xC0) == 0x80 : k < n && ((unsigned char)s[k] & 0xC0) == 0x80) continue;
			ADD(langlex_find(L, mode, sfx ? s + n - k : s, k));
		}
	}
#undef ADD
}

/* A rule's positions in one block of 32-bit words, for the matcher: its
 * length, nelem | apos << 8, the offset of each position, then per
 * position: number of alternatives | gap after it << 16 (tokens allowed
 * before the next position), the 64-bit mask of (id % 64) of its
 * alternatives in two words, and the alternatives' ids, sorted. */
static uint32_t *make_prog(arena *mem, const rule *ru)
{
	size_t n = 2 + ru->nelem;
	for (uint8_t p = 0; p < ru->nelem; p++) n += 3 + (size_t)(ru->alt[p + 1] - ru->alt[p]);
	uint32_t *out = arena_alloc(mem, n * sizeof *out);
	out[0] = (uint32_t)n;
	out[1] = ru->nelem | (uint32_t)ru->apos << 8;
	size_t o = 2 + ru->nelem;
	for (uint8_t p = 0; p < ru->nelem; p++) {
		uint32_t na = (uint32_t)(ru->alt[p + 1] - ru->alt[p]);
		out[2 + p] = (uint32_t)o;
		uint64_t mask = 0;
		for (uint16_t k = ru->alt[p]; k < ru->alt[p + 1]; k++) mask |= 1ULL << (ru->elems[k] % 64);
		out[o++] = na | (uint32_t)(p + 1u < ru->nelem ? ru->gaps[p] : 0) << 16;
		out[o++] = (uint32_t)mask;
		out[o++] = (uint32_t)(mask >> 32);
		memcpy(out + o, ru->elems + ru->alt[p], na * sizeof *out);
		o += na;
	}
	return out;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The filter of a sequence rule, one block of 32-bit words: its length,
 * the number of positions to test, then for each position (fewest blocks
 * first) the number of 64-element blocks its alternatives fall in, then
 * per block its index and the mask of the alternatives in it (two words).
 * A position can be filled when the record's element bit set meets any of
 * its blocks.  The matcher copies it next to each word's candidate rules,
 * so rejecting a rule touches no other memory. */
static uint32_t *make_filter(arena *mem, const rule *ru)
{
	uint32_t tmp[2 + 3 * 256 + 16], *out;
	size_t nb[16] = {0}, start[16] = {0}, n = 2;
	uint8_t np = 0;
	for (uint8_t p = 0; p < ru->nelem && np < 16; p++) {
		if (p == ru->apos) continue;
		start[np] = n;
		n++;
		for (uint16_t k = ru->alt[p]; k < ru->alt[p + 1]; k++) {
			if (n + 4 >= sizeof tmp / sizeof *tmp) return NULL;   /* too big: no filter */
			uint32_t blk = ru->elems[k] >> 6;
			uint64_t bit = 1ULL << (ru->elems[k] & 63);
			if (nb[np] && tmp[n - 3] == blk) {
				tmp[n - 2] |= (uint32_t)bit;
				tmp[n - 1] |= (uint32_t)(bit >> 32);
				continue;
			}
			tmp[n++] = blk;
			tmp[n++] = (uint32_t)bit;
			tmp[n++] = (uint32_t)(bit >> 32);
			nb[np]++;
		}
		tmp[start[np]] = (uint32_t)nb[np];
		np++;
	}
	uint8_t order[16];
	for (uint8_t i = 0; i < np; i++) {
		uint8_t j = i;
		while (j > 0 && nb[order[j - 1]] > nb[i]) { order[j] = order[j - 1]; j--; }
		order[j] = i;
	}
	out = arena_alloc(mem, n * sizeof *out);
	size_t o = 0;
	out[o++] = (uint32_t)n;
	out[o++] = np;
	for (uint8_t i = 0; i < np; i++) {
		size_t a = start[order[i]], len = 1 + 3 * nb[order[i]];
		memcpy(out + o, tmp + a, len * sizeof *out);
		o += len;
	}
	return out;
}

/* How common each element of language l is, estimated without any input
 * text: the number of the lexicon's example sentences with a word that
 * satisfies it, plus 8 for each word of lang/<lang>.words (the language's
 * most frequent and distinctive words) that does. */
static uint32_t *elem_freq(lexicon *x, const char *dir, int l)
{
	langlex *L = &x->lang[l];
	uint32_t *df = xcalloc(L->elems.n + 1, sizeof *df);
	uint32_t *seen = xcalloc(L->elems.n + 1, sizeof *seen);
	wcache *wc = wcache_new(0);
	token_vec toks = {0};
	u32vec ids = {0};
	uint32_t stamp = 0;
	for (size_t e = 0; e < x->examples.n; e++) {
		const example *ex = &x->examples.v[e];
		if (ex->lang != l) continue;
		stamp++;
		token_scan(wc, ex->text, strlen(ex->text), &toks);
		for (size_t i = 0; i < toks.n; i++) {
			if (!toks.v[i].w) continue;
			ids.n = 0;
			langlex_word_elems(L, l, wc, toks.v[i].w, &ids);
			for (size_t k = 0; k < ids.n; k++)
				if (seen[ids.v[k]] != stamp) { seen[ids.v[k]] = stamp; df[ids.v[k]]++; }
		}
	}
	buf path = {0};
	buf_printf(&path, "%s/lang/%s.words", dir, LANG_CODES[l]);
	FILE *f = fopen(path.data, "r");
	if (f) {
		char line[256];
		while (fgets(line, sizeof line, f)) {
			size_t n = strcspn(line, "\t\r\n");
			if (!n || line[0] == '#') continue;
			ids.n = 0;
			langlex_word_elems(L, l, wc, wcache_get(wc, line, n), &ids);
			for (size_t k = 0; k < ids.n; k++) df[ids.v[k]] += 8;
		}
		fclose(f);
	}
	buf_free(&path);
	free(toks.v);
	free(ids.v);
	free(seen);
	wcache_free(wc);
	return df;
}

static int cmp_pair(const void *p, const void *q, void *ctx)
{
	const uint32_t *pair_b = ctx;           /* a rule's b, then its index */
	uint64_t x = *(const uint64_t *)p, y = *(const uint64_t *)q;
	uint32_t xa = (uint32_t)(x >> 32), ya = (uint32_t)(y >> 32);
	if (xa != ya) return xa < ya ? -1 : 1;
	const uint32_t *xb = pair_b + (uint32_t)x, *yb = pair_b + (uint32_t)y;
	if (xb[0] != yb[0]) return xb[0] < yb[0] ? -1 : 1;
	return (xb[1] > yb[1]) - (xb[1] < yb[1]);
}

/* The pair table of L from its n pair rules: v[i] is a << 32 | k, where
 * b[k] is the second element and b[k + 1] the rule. */
static void build_pairs(langlex *L, uint64_t *v, size_t n, const uint32_t *b)
{
	L->pair_a = xcalloc(L->elems.n / 64 + 1, sizeof *L->pair_a);
	if (!n) return;
	qsort_r(v, n, sizeof *v, cmp_pair, (void *)b);
	size_t cap = 16;
	while (cap < 2 * n) cap *= 2;
	L->pairs = xcalloc(cap, sizeof *L->pairs);
	L->pairmask = cap - 1;
	L->pair_rules = xmalloc(n * sizeof *L->pair_rules);
	L->pair_seen = xcalloc(cap / 8 + 1, sizeof *L->pair_seen);
	for (size_t i = 0; i < n;) {
		uint32_t a = (uint32_t)(v[i] >> 32), bb = b[(uint32_t)v[i]];
		size_t j = i;
		for (; j < n && (uint32_t)(v[j] >> 32) == a && b[(uint32_t)v[j]] == bb; j++) {
			uint32_t r = b[(uint32_t)v[j] + 1];
			L->pair_rules[j] = (struct pairrule){ r, L->hot[r] };
		}
		size_t hh = pair_hash(a, bb), bit = hh & (8 * cap - 1), h = hh & L->pairmask;
		L->pair_seen[bit >> 6] |= 1ULL << (bit & 63);
		while (L->pairs[h].n) h = (h + 1) & L->pairmask;
		L->pairs[h] = (struct pairslot){ a, bb, (uint32_t)i, (uint32_t)(j - i) };
		L->pair_a[a >> 6] |= 1ULL << (a & 63);
		i = j;
	}
}

/* Index the rules of language l.  Each rule is anchored on its position
 * least likely to occur, so a sequence such as "they ~3 blame*" is tried
 * only where "blame*" occurs; how likely is estimated from the lexicon's
 * own sentences (elem_freq); ties go to the longer string.  Two-word rules
 * with nothing between go to the pair table instead. */
void lexicon_index(lexicon *x, const char *dir, int l)
{
	langlex *L = &x->lang[l];
	L->first = xcalloc(L->elems.n + 1, sizeof *L->first);
	L->filter = xcalloc(L->rules.n + 1, sizeof *L->filter);
	L->prog = xcalloc(L->rules.n + 1, sizeof *L->prog);
	L->hot = xcalloc(L->rules.n + 1, sizeof *L->hot);
	uint32_t *df = elem_freq(x, dir, l);
	VEC(uint64_t) pr = {0};                  /* pair rules: a, b, rule packed for sorting */
	VEC(uint32_t) prb = {0};
	for (size_t r = 0; r < L->rules.n; r++) {
		rule *ru = &L->rules.v[r];
		L->hot[r] = (rule_hot){ ru->weight, (uint16_t)ru->tag, (uint8_t)(ru->noneg | (ru->said ? HOT_SAID : 0)), ru->learned };
		char ref[512];
		int rl = snprintf(ref, sizeof ref, "%s:%d", ru->file, ru->line);
		if (rl < 0 || (size_t)rl >= sizeof ref) rl = 0;
		ru->ref = arena_strndup(&x->mem, ref, (size_t)rl);
		ru->ref_len = (uint32_t)rl;
		for (uint8_t p = 0; p < ru->nelem; p++)     /* sorted: the matcher bisects them */
			qsort(ru->elems + ru->alt[p], (size_t)(ru->alt[p + 1] - ru->alt[p]), sizeof *ru->elems, cmp_u32);
		if (ru->re) {
			if (ru->nelem) L->prog[r] = make_prog(&x->mem, ru);
			continue;
		}
		if (ru->nelem == 2 && ru->alt[1] == 1 && ru->alt[2] == 2 && ru->gaps[0] == 0 && ru->tag < x->tags.n) {
			VEC_PUSH(&pr, (uint64_t)ru->elems[0] << 32 | (uint32_t)prb.n);
			VEC_PUSH(&prb, ru->elems[1]);
			VEC_PUSH(&prb, (uint32_t)r);
			ru->apos = 0;
			continue;
		}
		uint64_t best_cost = UINT64_MAX;
		uint32_t best_len = 0;
		ru->apos = 0;
		for (uint8_t p = 0; p < ru->nelem; p++) {
			uint64_t cost = 0;
			uint32_t len = UINT32_MAX;
			for (uint16_t k = ru->alt[p]; k < ru->alt[p + 1]; k++) {
				cost += 1 + 4ULL * df[ru->elems[k]];
				if (L->elems.v[ru->elems[k]].len < len) len = L->elems.v[ru->elems[k]].len;
			}
			if (cost < best_cost || (cost == best_cost && len > best_len)) {
				best_cost = cost; best_len = len; ru->apos = p;
			}
		}
		if (ru->nelem > 1) L->filter[r] = make_filter(&x->mem, ru);
		L->prog[r] = make_prog(&x->mem, ru);
		for (uint16_t k = ru->alt[ru->apos]; k < ru->alt[ru->apos + 1]; k++) {
			u32vec *f = &L->first[ru->elems[k]];
			if (!f->n || f->v[f->n - 1] != (uint32_t)r) VEC_PUSH(f, (uint32_t)r);
		}
	}
	free(df);
	build_pairs(L, pr.v, pr.n, prb.v);
	free(pr.v); free(prb.v);
}
