/*
 * test_token.c — the tokeniser and folding, driven by tests/data/tokens.tsv
 * and tests/data/fold.tsv, plus clause boundaries and the word cache.
 */
#include "../../src/token.h"
#include "../../src/text.h"
#include "unit.h"
#include <stdlib.h>

static char *next_field(char **p)
{
	char *s = *p, *t = strchr(s, '\t');
	if (t) { *t = 0; *p = t + 1; } else *p = s + strlen(s);
	return s;
}

/* token_scan_padded on a zero-padded copy gives the same tokens as
 * token_scan (tv) */
static int same_as_padded(wcache *c, const char *text, size_t n, const token_vec *tv)
{
	char *copy = calloc(n + TOKEN_PAD, 1);
	memcpy(copy, text, n);
	token_vec pv = {0};
	token_scan_padded(c, copy, n, &pv);
	int same = pv.n == tv->n;
	for (size_t i = 0; same && i < pv.n; i++)
		same = pv.v[i].start == tv->v[i].start && pv.v[i].end == tv->v[i].end &&
		       pv.v[i].kind == tv->v[i].kind && pv.v[i].flags == tv->v[i].flags &&
		       pv.v[i].clause == tv->v[i].clause && pv.v[i].w == tv->v[i].w;
	free(pv.v);
	free(copy);
	return same;
}

/* The padded scan reads sixteen bytes at a time past the end of a word:
 * random texts of every length from pieces that end words in each way
 * (ASCII, two-byte letters, capitals, digits, apostrophes, punctuation). */
static void padded_random(wcache *c)
{
	static const char *const pieces[] = { "a", "zz", "wait", "abcdefghijklmnop", "Q", "É", "č",
		"ř", "7", "'", "-", " ", "  ", ".", "!", "x", "D", ":)", "@", "é", "\xe2\x80\x99" };
	unsigned seed = 12345;
	token_vec tv = {0};
	char text[200];
	int bad = 0;
	for (int round = 0; round < 4000; round++) {
		size_t n = 0;
		int k = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 24;
		for (int q = 0; q < k; q++) {
			const char *pc = pieces[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof pieces / sizeof *pieces)];
			size_t pl = strlen(pc);
			if (n + pl >= sizeof text) break;
			memcpy(text + n, pc, pl);
			n += pl;
		}
		token_scan(c, text, n, &tv);
		if (!same_as_padded(c, text, n, &tv)) { bad++; FAIL("padded scan differs on '%.*s'", (int)n, text); }
	}
	if (!bad) PASS();
	free(tv.v);
}

static void table_tokens(wcache *c)
{
	FILE *f = fopen("tests/data/tokens.tsv", "r");
	if (!f) { FAIL("cannot open tests/data/tokens.tsv"); return; }
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, cases = 0;
	token_vec tv = {0};
	buf got = {0};
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		line[strcspn(line, "\n")] = 0;
		if (!*line || *line == '#') continue;
		char *p = line;
		/* the text may itself contain a tab: the expectation is the last field */
		char *last = strrchr(line, '\t');
		if (!last) { FAIL("tokens.tsv:%d: no tab", lineno); continue; }
		*last = 0;
		const char *text = p, *want = last + 1;
		token_scan(c, text, strlen(text), &tv);
		CHECK(same_as_padded(c, text, strlen(text), &tv));
		buf_reset(&got);
		for (size_t i = 0; i < tv.n; i++)
			buf_printf(&got, "%s%s:%.*s", i ? " " : "", TOK_KIND_NAMES[tv.v[i].kind],
				   (int)(tv.v[i].end - tv.v[i].start), text + tv.v[i].start);
		if (strcmp(got.data ? got.data : "", want))
			FAIL("tokens.tsv:%d: %s\n   got:  %s\n   want: %s", lineno, text, got.data ? got.data : "", want);
		else PASS();
		cases++;
	}
	CHECK(cases >= 60);
	free(line); free(tv.v); buf_free(&got);
	fclose(f);
}

static void table_fold(void)
{
	FILE *f = fopen("tests/data/fold.tsv", "r");
	if (!f) { FAIL("cannot open tests/data/fold.tsv"); return; }
	char *line = NULL;
	size_t cap = 0;
	buf b = {0};
	while (getline(&line, &cap, f) > 0) {
		line[strcspn(line, "\n")] = 0;
		if (!*line || *line == '#') continue;
		char *p = line;
		char *in = next_field(&p), *fold = next_field(&p), *lower = next_field(&p);
		buf_reset(&b); text_fold(in, strlen(in), &b); CHECK_STR(b.data, fold);
		buf_reset(&b); text_lower(in, strlen(in), &b); CHECK_STR(b.data, lower);
	}
	free(line); buf_free(&b);
	fclose(f);
}

/* text's tokens have the clause numbers of want, one digit a token */
static void clause_table(wcache *c, token_vec *tv, const char *text, const char *want)
{
	token_scan(c, text, strlen(text), tv);
	CHECK_INT(tv->n, strlen(want));
	for (size_t i = 0; i < tv->n && i < strlen(want); i++) CHECK_INT(tv->v[i].clause, want[i] - '0');
}

static void clauses(wcache *c)
{
	token_vec tv = {0};
	const char *t = "not rude, but slow. Again; ampak ni\nnext";
	token_scan(c, t, strlen(t), &tv);
	/* not rude , | but slow . | Again ; | ampak ni | next */
	unsigned want[] = { 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4 };
	CHECK_INT(tv.n, 11);
	for (size_t i = 0; i < tv.n && i < 11; i++) CHECK_INT(tv.v[i].clause, want[i]);
	CHECK(tv.v[3].flags & TF_CONTRAST);
	CHECK(tv.v[5].flags & TF_BOUNDARY);
	/* Dutch "maar": "but" where a clause can begin, a particle elsewhere */
	const char *maar[][2] = {
		{ "ik moest maar terugkomen", "0000" },
		{ "ik moest maar een mail sturen", "000000" },
		{ "u kunt maar beter de app gebruiken", "0000000" },
		{ "ik wilde bellen maar de lijn was bezet", "00011111" },
		{ "ik moest maar ze wilden niet", "001111" },
		{ "alleen maar wachten", "000" },
		{ "ik belde maar niemand nam op", "001111" },
		{ "goed, maar traag", "0011" },
		/* after a pronoun, before anything but a subject: a particle */
		{ "dan moet je maar een andere winkel zoeken", "00000000" },
		{ "dan moet u maar de bank bellen", "0000000" },
		{ "ik belde ze maar ze namen niet op", "00011111" },
		{ "ik probeerde het maar het lukte niet", "0001111" },
		{ "registreer het maar in de app", "000000" },
		{ "zoek het dan maar zelf uit", "000000" },
		{ "ik wilde het wel maar ze wilden niet", "00001111" },
		{ "ik snap het maar er gebeurt niets", "0001111" },
		/* an imperative opening a clause or a quotation */
		{ "Kijk maar op onze site", "00000" },
		{ "ze zei 'kijk maar op de site'", "000000000" },
		{ "ik kijk maar op de site staat niets", "00111111" },
		{ "Maar ik wacht nog", "0000" },
	};
	for (size_t m = 0; m < sizeof maar / sizeof *maar; m++) clause_table(c, &tv, maar[m][0], maar[m][1]);
	/* an ordinal's dot ("15. v pořadí", "3. patro") does not end a
	 * sentence; a number's dot before a capital or another number does */
	const char *ord[][2] = {
		{ "jsem 15. v pořadí", "00000" },
		{ "sem bil 3. na vrsti", "000000" },
		{ "bylo to 15. Pak nic", "000011" },
		{ "ceka 20 minut. v pořadí", "000011" },
		{ "termín 15. 3. ráno", "000111" },
		{ "waited 15. 20 later", "00011" },
		{ "čakam 5.\nnaprej", "0001" },
	};
	for (size_t m = 0; m < sizeof ord / sizeof *ord; m++) clause_table(c, &tv, ord[m][0], ord[m][1]);
	token_scan(c, "WHY IS it", 9, &tv);
	CHECK(tv.v[0].flags & TF_CAPS);
	CHECK(tv.v[1].flags & TF_CAPS);
	CHECK(!(tv.v[2].flags & TF_CAPS));
	/* capitals and word ends across the eight-byte steps of the scan:
	 * word, caps flag, end offset */
	struct { const char *text; int caps; uint32_t end; } cw[] = {
		{ "ABCDEFGHIJKL, no", 1, 12 }, { "ABCDEFGHi x", 0, 9 }, { "abcdefghIJKLMNOPQ x", 0, 17 },
		{ "COMPLAINT2024 x", 1, 13 }, { "NEPŘIJATELNÉ!!", 1, 14 }, { "ZAKAJ@x", 1, 5 },
		{ "OKAY", 1, 4 }, { "ABCDEFGH", 1, 8 }, { "ABCDEFG\xc3\xa9" "xyz", 0, 12 }, { "A1", 0, 2 },
	};
	for (size_t m = 0; m < sizeof cw / sizeof *cw; m++) {
		token_scan(c, cw[m].text, strlen(cw[m].text), &tv);
		CHECK(tv.n > 0);
		if (!tv.n) continue;
		if (!!(tv.v[0].flags & TF_CAPS) != cw[m].caps) FAIL("%s: caps flag %d", cw[m].text, !cw[m].caps);
		else PASS();
		CHECK_INT(tv.v[0].end, cw[m].end);
	}
	/* offsets are bytes into the original text */
	token_scan(c, "čas je", 7, &tv);
	CHECK_INT(tv.v[0].start, 0); CHECK_INT(tv.v[0].end, 4); CHECK_INT(tv.v[1].start, 5);
	free(tv.v);
}

static void cache(wcache *c)
{
	word *a = wcache_get(c, "Čakal", strlen("Čakal"));
	word *b = wcache_get(c, "Čakal", strlen("Čakal"));
	word *d = wcache_get(c, "cakal", 5);
	CHECK(a == b);                       /* one entry per distinct surface */
	CHECK(a != d);
	CHECK_STR(a->fold, d->fold);         /* same fold with or without diacritics */
	uint32_t n1, n2;
	const char *s1 = word_stem(c, a, LANG_SL, &n1), *s2 = word_stem(c, d, LANG_SL, &n2);
	CHECK(n1 == n2 && !memcmp(s1, s2, n1));
	word *e = wcache_get(c, "waiting", 7);
	const char *st = word_stem(c, e, LANG_EN, &n1);
	CHECK(n1 == 4 && !memcmp(st, "wait", 4));
	word *v = wcache_get(c, "wachtte", 7);
	st = word_stem(c, v, LANG_NL, &n1);
	CHECK(n1 == 5 && !memcmp(st, "wacht", 5));
}

int main(void)
{
	wcache *c = wcache_new(0);
	table_tokens(c);
	padded_random(c);
	table_fold();
	clauses(c);
	cache(c);
	wcache_free(c);
	return UNIT_END("token");
}
