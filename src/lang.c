/*
 * lang.c — see lang.h.  The weights below were set on the odd-numbered half
 * of corpus/lang/lang.jsonl and checked on the even half.
 */
#include "lang.h"
#include "text.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define W_FUNC   1.6    /* per point of a distinctive-word weight */
#define W_NGRAM  0.35   /* per nat of relative n-gram log-likelihood */
#define NGRAM_FLOOR -12.0
#define W_DIAC   2.5    /* a letter only one language writes */

typedef struct gram {
	char *s;
	uint32_t n;
	float count[NLANG];
	double logp[NLANG];          /* log relative frequency, floored: set at load */
	struct gram *next;
} gram;

struct langmodel {
	gram **tab;
	size_t cap;
	double total[NLANG];
	double floor;                /* relative frequency of an unseen n-gram */
	double logfloor;
	int have_ngrams;
	/* distinctive words: a small hash set of fold -> weights */
	struct fw { char *s; float w[NLANG]; struct fw *next; } **fw;
	size_t fwcap;
};

static gram *gram_get(langmodel *m, const char *s, size_t n, int create)
{
	size_t h = hash_bytes(s, n) & (m->cap - 1);
	for (gram *g = m->tab[h]; g; g = g->next)
		if (g->n == n && !memcmp(g->s, s, n)) return g;
	if (!create) return NULL;
	gram *g = xcalloc(1, sizeof *g);
	g->s = xstrndup(s, n);
	g->n = (uint32_t)n;
	g->next = m->tab[h];
	m->tab[h] = g;
	return g;
}

static struct fw *fw_get(const langmodel *m, const char *s, size_t n)
{
	size_t h = hash_bytes(s, n) & (m->fwcap - 1);
	for (struct fw *f = m->fw[h]; f; f = f->next)
		if (strlen(f->s) == n && !memcmp(f->s, s, n)) return f;
	return NULL;
}

static int load_words(langmodel *m, const char *path, int lang, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) { snprintf(err, errlen, "%s: %s", path, strerror(errno)); return -1; }
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	buf fold = {0};
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		char *p = line;
		while (*p == ' ' || *p == '\t') p++;
		if (*p == '#' || *p == '\n' || !*p) continue;
		char *tab = strchr(p, '\t');
		double w = 1;
		if (tab) { *tab = 0; w = strtod(tab + 1, NULL); }
		else p[strcspn(p, "\r\n")] = 0;
		if (w <= 0 || w > 3) {
			snprintf(err, errlen, "%s:%ld: weight must be 1 to 3", path, lineno);
			free(line); fclose(f); buf_free(&fold); return -1;
		}
		buf_reset(&fold);
		text_fold(p, strlen(p), &fold);
		struct fw *e = fw_get(m, fold.data, fold.len);
		if (!e) {
			size_t h = hash_bytes(fold.data, fold.len) & (m->fwcap - 1);
			e = xcalloc(1, sizeof *e);
			e->s = xstrdup(fold.data);
			e->next = m->fw[h];
			m->fw[h] = e;
		}
		e->w[lang] = (float)w;
	}
	free(line);
	buf_free(&fold);
	fclose(f);
	return 0;
}

static void load_lm(langmodel *m, const char *path, int lang)
{
	FILE *f = fopen(path, "r");
	if (!f) return;
	char *line = NULL;
	size_t cap = 0;
	buf fold = {0};
	while (getline(&line, &cap, f) > 0) {
		char *tab = strchr(line, '\t');
		if (!tab) continue;
		*tab = 0;
		double c = strtod(tab + 1, NULL);
		buf_reset(&fold);
		text_fold(line, strlen(line), &fold);
		gram *g = gram_get(m, fold.data, fold.len, 1);
		g->count[lang] += (float)c;
		m->total[lang] += c;
	}
	free(line);
	buf_free(&fold);
	fclose(f);
	m->have_ngrams = 1;
}

langmodel *lang_load(const char *lexdir, const char *lmdir, char *err, size_t errlen)
{
	langmodel *m = xcalloc(1, sizeof *m);
	m->cap = 1 << 12;
	m->tab = xcalloc(m->cap, sizeof *m->tab);
	m->fwcap = 1 << 12;
	m->fw = xcalloc(m->fwcap, sizeof *m->fw);
	if (!lmdir) lmdir = "/usr/share/libexttextcat";
	buf path = {0};
	for (int l = 0; l < NLANG; l++) {
		buf_reset(&path);
		buf_printf(&path, "%s/lang/%s.words", lexdir, LANG_CODES[l]);
		if (load_words(m, path.data, l, err, errlen) < 0) { buf_free(&path); lang_free(m); return NULL; }
		buf_reset(&path);
		buf_printf(&path, "%s/%s.lm", lmdir, LANG_CODES[l]);
		load_lm(m, path.data, l);
	}
	buf_free(&path);
	/* An n-gram missing from a profile gets half the smallest relative
	 * frequency of any profile, the same for every language, so a
	 * profile built from more text is not penalised for it. */
	m->floor = 1;
	for (size_t i = 0; i < m->cap; i++)
		for (gram *g = m->tab[i]; g; g = g->next)
			for (int l = 0; l < NLANG; l++)
				if (g->count[l] > 0 && g->count[l] / m->total[l] < m->floor)
					m->floor = g->count[l] / m->total[l];
	m->floor /= 2;
	/* each n-gram's log-likelihood per language, once: a new word then
	 * costs lookups and additions, no logarithm */
	m->logfloor = log(m->floor);
	for (size_t i = 0; i < m->cap; i++)
		for (gram *g = m->tab[i]; g; g = g->next)
			for (int l = 0; l < NLANG; l++) {
				double f = g->count[l] > 0 ? g->count[l] / m->total[l] : 0;
				g->logp[l] = log(f > m->floor ? f : m->floor);
			}
	return m;
}

void lang_free(langmodel *m)
{
	if (!m) return;
	for (size_t i = 0; i < m->cap; i++)
		for (gram *g = m->tab[i], *n; g; g = n) { n = g->next; free(g->s); free(g); }
	for (size_t i = 0; i < m->fwcap; i++)
		for (struct fw *f = m->fw[i], *n; f; f = n) { n = f->next; free(f->s); free(f); }
	free(m->tab);
	free(m->fw);
	free(m);
}

/* n-gram log-likelihood of "_word_" for each language */
static void ngram_ll(const langmodel *m, const char *fold, size_t n, double ll[NLANG])
{
	char tmp[130];
	if (n > 120) n = 120;
	tmp[0] = '_';
	memcpy(tmp + 1, fold, n);
	tmp[n + 1] = '_';
	size_t len = n + 2;
	/* code point starts, so n-grams never split a character */
	size_t starts[130], ns = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)tmp[i] & 0xC0) != 0x80) starts[ns++] = i;
	starts[ns] = len;
	for (int l = 0; l < NLANG; l++) ll[l] = 0;
	for (size_t a = 0; a < ns; a++) {
		for (size_t k = 1; k <= 5 && a + k <= ns; k++) {
			const char *g0 = tmp + starts[a];
			size_t gl = starts[a + k] - starts[a];
			if (gl == 1 && g0[0] == '_') continue;
			const gram *g = gram_get((langmodel *)m, g0, gl, 0);
			for (int l = 0; l < NLANG; l++) ll[l] += g ? g->logp[l] : m->logfloor;
		}
	}
}

static void diacritic_evidence(const char *s, size_t n, float ev[NLANG])
{
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += (size_t)text_decode(s + i, n - i, &cp);
		switch (cp) {
		case 0x159: case 0x158: case 0x16F: case 0x16E: case 0x11B: case 0x11A:  /* ř ů ě */
		case 0xE1: case 0xC1: case 0xED: case 0xCD: case 0xFD: case 0xDD:       /* á í ý */
		case 0x10F: case 0x165: case 0x148: case 0x10E: case 0x164: case 0x147: /* ď ť ň */
		case 0xFA: case 0xDA:                                                     /* ú */
			ev[LANG_CS] += W_DIAC; break;
		case 0xEB: case 0xCB: case 0xEF: case 0xCF:                               /* ë ï */
			ev[LANG_NL] += W_DIAC; break;
		case 0x10D: case 0x10C: case 0x161: case 0x160: case 0x17E: case 0x17D:  /* č š ž */
			ev[LANG_CS] += W_DIAC / 3; ev[LANG_SL] += W_DIAC / 3; break;
		default: break;
		}
	}
}

void lang_word_evidence(const void *lm, word *w, const char *surface, size_t n)
{
	const langmodel *m = lm;
	float ev[NLANG] = {0};
	struct fw *f = fw_get(m, w->fold, w->fold_len);
	if (f) for (int l = 0; l < NLANG; l++) ev[l] += (float)(W_FUNC * f->w[l]);
	if (m->have_ngrams) {
		double ll[NLANG], best = -1e300;
		ngram_ll(m, w->fold, w->fold_len, ll);
		for (int l = 0; l < NLANG; l++) if (ll[l] > best) best = ll[l];
		for (int l = 0; l < NLANG; l++) {
			double r = ll[l] - best;
			if (r < NGRAM_FLOOR) r = NGRAM_FLOOR;
			ev[l] += (float)(W_NGRAM * r);
		}
	}
	diacritic_evidence(surface, n, ev);
	memcpy(w->lang, ev, sizeof ev);
	w->lang_done = 1;
}

int lang_pick(const double total[NLANG], size_t words)
{
	if (!words) return LANG_UND;
	int best = 0;
	for (int l = 1; l < NLANG; l++) if (total[l] > total[best]) best = l;
	return best;
}

double lang_confidence(const double total[NLANG], int best)
{
	if (best < 0 || best >= NLANG) return 0;
	/* exp(-40) is below half a unit in the last place of 1: skipping such
	 * terms leaves z as it was, bit for bit, and saves the call */
	double z = 0;
	for (int l = 0; l < NLANG; l++)
		if (l == best) z += 1;
		else if (total[l] - total[best] > -40) z += exp(total[l] - total[best]);
	return 1.0 / z;
}
