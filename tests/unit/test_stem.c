/*
 * test_stem.c — data-driven test of the Czech and Slovenian stemmers.
 *
 * Run from the repository root (the tables are read from tests/data/).
 * For each language:
 *   - tests/data/stem_LANG.tsv (LEMMA<TAB>form form ...): every form is
 *     folded with text_fold and stemmed; at least 90% of the forms of each
 *     paradigm must share the most common stem.
 *   - tests/data/stem_LANG_distinct.tsv (word<TAB>word): the two stems of
 *     each pair of unrelated words must differ.
 * Then a few explicit stems and contract checks.
 */
#include "stem.h"
#include "text.h"
#include "unit.h"
#include <stdlib.h>

#define MAXFORMS 64
#define MAXWORD 128

typedef size_t (*stem_fn)(char *w, size_t len);

/* Fold s[0..len) and stem it into out (NUL-terminated, at most MAXWORD-1
 * bytes); returns out. */
static char *fold_stem(stem_fn fn, const char *s, size_t len, char out[MAXWORD])
{
	buf b = {0};
	text_fold(s, len, &b);
	size_t n = b.len < MAXWORD - 1 ? b.len : MAXWORD - 1;
	if (n) memcpy(out, b.data, n);
	buf_free(&b);
	n = fn(out, n);
	out[n] = 0;
	return out;
}

/* Split s into words separated by spaces or tabs, in place; returns the
 * number found (at most max). */
static int split(char *s, char **words, int max)
{
	int n = 0;
	for (char *t = strtok(s, " \t\r\n"); t && n < max; t = strtok(NULL, " \t\r\n"))
		words[n++] = t;
	return n;
}

/* Open a table; on failure record a test failure and return NULL. */
static FILE *open_table(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) FAIL("%s: cannot open (run from the repository root)", path);
	return f;
}

/* Paradigm test for one language; returns the number of paradigms, and
 * adds the form and sharing-form counts to *forms and *shared. */
static int paradigms(const char *path, stem_fn fn, int *forms, int *shared)
{
	FILE *f = open_table(path);
	if (!f) return 0;
	char line[4096];
	int np = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n') continue;
		char *tab = strchr(line, '\t');
		if (!tab) { FAIL("%s: no tab in line: %s", path, line); continue; }
		*tab = 0;
		char *w[MAXFORMS];
		char stems[MAXFORMS][MAXWORD];
		int n = split(tab + 1, w, MAXFORMS);
		for (int i = 0; i < n; i++)
			fold_stem(fn, w[i], strlen(w[i]), stems[i]);
		int best = 0, bestc = 0;
		for (int i = 0; i < n; i++) {
			int c = 0;
			for (int j = 0; j < n; j++) c += strcmp(stems[i], stems[j]) == 0;
			if (c > bestc) bestc = c, best = i;
		}
		np++;
		*forms += n, *shared += bestc;
		if (n > 0 && bestc * 10 >= n * 9) { PASS(); continue; }
		buf msg = {0};
		buf_printf(&msg, "%s: paradigm %s: %d/%d forms share \"%s\":",
			   path, line, bestc, n, n ? stems[best] : "");
		for (int i = 0; i < n; i++) buf_printf(&msg, " %s=%s", w[i], stems[i]);
		FAIL("%s", msg.data);
		buf_free(&msg);
	}
	fclose(f);
	return np;
}

/* Distinct-pair test for one language; returns the number of pairs. */
static int distinct(const char *path, stem_fn fn)
{
	FILE *f = open_table(path);
	if (!f) return 0;
	char line[512];
	int np = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n') continue;
		char *w[3], a[MAXWORD], b[MAXWORD];
		if (split(line, w, 3) != 2) { FAIL("%s: want two words: %s", path, line); continue; }
		fold_stem(fn, w[0], strlen(w[0]), a);
		fold_stem(fn, w[1], strlen(w[1]), b);
		np++;
		if (strcmp(a, b) != 0) PASS();
		else FAIL("%s: %s and %s share the stem \"%s\"", path, w[0], w[1], a);
	}
	fclose(f);
	return np;
}

/* Fold and stem a NUL-terminated word into out; returns out (for
 * CHECK_STR: two calls in one CHECK_STR need two buffers). */
static const char *st(stem_fn fn, const char *word, char out[MAXWORD])
{
	return fold_stem(fn, word, strlen(word), out);
}

static void language(const char *name, stem_fn fn, const char *table,
		     const char *pairs)
{
	int forms = 0, shared = 0;
	int np = paradigms(table, fn, &forms, &shared);
	int nd = distinct(pairs, fn);
	CHECK(np >= 35);
	CHECK(nd >= 35);
	printf("%s: %d paradigms, %d/%d forms (%.1f%%) share their paradigm's stem; %d distinct pairs\n",
	       name, np, shared, forms, forms ? 100.0 * shared / forms : 0.0, nd);
}

int main(void)
{
	char a[MAXWORD], b[MAXWORD];

	language("cs", stem_cs, "tests/data/stem_cs.tsv", "tests/data/stem_cs_distinct.tsv");
	language("sl", stem_sl, "tests/data/stem_sl.tsv", "tests/data/stem_sl_distinct.tsv");

	/* Explicit stems: forms of one word meet, with or without diacritics. */
	CHECK_STR(st(stem_sl, "nesramnega", a), st(stem_sl, "nesramna", b));
	CHECK_STR(st(stem_sl, "nesramen", a), st(stem_sl, "nesramni", b));
	CHECK_STR(st(stem_sl, "nesramnega", a), "nesramn");      /* not nesra */
	CHECK_STR(st(stem_sl, "reklamacijo", a), "reklamac");    /* not rekla */
	CHECK_STR(st(stem_sl, "reklamacijo", a), st(stem_sl, "reklamacija", b));
	CHECK_STR(st(stem_sl, "Čakal", a), st(stem_sl, "cakamo", b));
	CHECK_STR(st(stem_sl, "uslužbenca", a), st(stem_sl, "usluzbenec", b));
	CHECK_STR(st(stem_sl, "operaterja", a), st(stem_sl, "operater", b));
	CHECK_STR(st(stem_sl, "paketa", a), "paket");
	CHECK_STR(st(stem_sl, "pak", a), "pak");
	CHECK_STR(st(stem_cs, "čekám", a), st(stem_cs, "cekal", b));
	CHECK_STR(st(stem_cs, "čekám", a), "cek");
	CHECK_STR(st(stem_cs, "nepříjemného", a), st(stem_cs, "neprijemna", b));
	CHECK_STR(st(stem_cs, "zaměstnanců", a), st(stem_cs, "zamestnanec", b));
	CHECK_STR(st(stem_cs, "peněz", a), st(stem_cs, "peníze", b));
	CHECK_STR(st(stem_cs, "zákazníci", a), st(stem_cs, "ZÁKAZNÍK", b));
	CHECK_STR(st(stem_cs, "reklamace", a), st(stem_cs, "reklamacemi", b));

	/* Contract: short words unchanged, never empty, in place. */
	char w[8];
	strcpy(w, "pes");
	CHECK_INT(stem_cs(w, 3), 3);
	strcpy(w, "ura");
	CHECK_INT(stem_sl(w, 3), 3);
	strcpy(w, "aaaa");
	CHECK(stem_cs(w, 4) > 0);
	CHECK(stem_sl(w, 4) > 0);
	CHECK_INT(stem_cs(w, 0), 0);
	CHECK_INT(stem_sl(w, 0), 0);

	return UNIT_END("stem");
}
