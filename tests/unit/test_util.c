/*
 * test_util.c — the small fast paths under every record: decimal writing,
 * the word cache's keys, and UTF-8 sanitising, each against a plain
 * reference written the slow, obvious way.
 */
#include "unit.h"
#include "jsonw.h"
#include "util.h"
#include "text.h"
#include "token.h"
#include <stdio.h>
#include <stdlib.h>

static void test_put_dec(void)
{
	char got[32], want[32];
	int bad = 0;
	unsigned long long vals[] = { 99999, 100000, 123456789, 4294967295ULL, 18446744073709551615ULL,
		10000000, 99999999, 100000000, 12340005, 1000001 };
	size_t nv = sizeof vals / sizeof *vals;
	for (unsigned long long u = 0; u < 20000 + nv + 2000; u++) {
		/* every number below 20000, the values above, and a spread of
		 * five- to nine-digit numbers (the split at 10000) */
		unsigned long long v = u < 20000 ? u : u < 20000 + nv ? vals[u - 20000] : (u - 20000 - nv) * 49999ULL + 7;
		char *e = put_dec(got, v);
		*e = 0;
		snprintf(want, sizeof want, "%llu", v);
		if (strcmp(got, want)) { if (!bad++) FAIL("put_dec(%llu) = %s", v, got); }
	}
	if (!bad) PASS();
}

/* The cache keys a word by its first 16 bytes and its length: words that
 * differ only after byte 8, at byte 16, or only in length are different
 * words; the same surface read from anywhere is the same word. */
static void test_word_keys(void)
{
	wcache *c = wcache_new(0);
	const char *words[] = { "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghX",
		"abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopX",
		"abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz012345678X",
		"\xc4\x8d" "akal", "cakal", NULL };
	word *w[32];
	int n = 0;
	for (; words[n]; n++) w[n] = wcache_get(c, words[n], strlen(words[n]));
	for (int i = 0; i < n; i++)
		for (int j = 0; j < i; j++)
			if (w[i] == w[j]) FAIL("\"%s\" and \"%s\" share a cache entry", words[i], words[j]);
			else PASS();
	/* the same word met by the tokeniser inside a longer text, at every
	 * alignment, with letters after it in the buffer (the keys are read
	 * sixteen bytes at a time there) */
	char text[128];
	token_vec tv = {0};
	for (int i = 0; i < n; i++)
		for (size_t off = 0; off < 9; off++) {
			memset(text, ' ', sizeof text);
			memcpy(text + off, words[i], strlen(words[i]));
			memcpy(text + off + strlen(words[i]) + 1, "zzzzzzzzzzzzzzzzzzzz", 20);
			token_scan(c, text, sizeof text, &tv);
			if (!tv.n || tv.v[0].w != w[i]) FAIL("\"%s\" at offset %zu is a new entry", words[i], off);
			else PASS();
		}
	free(tv.v);
	/* many words: the table grows and every word is still found */
	word **many = malloc(5000 * sizeof *many);
	char s[32];
	for (int i = 0; i < 5000; i++) {
		int k = snprintf(s, sizeof s, "w%dx%d", i, i * 7);
		many[i] = wcache_get(c, s, (size_t)k);
	}
	int lost = 0;
	for (int i = 0; i < 5000; i++) {
		int k = snprintf(s, sizeof s, "w%dx%d", i, i * 7);
		if (wcache_get(c, s, (size_t)k) != many[i]) lost++;
	}
	CHECK_INT(lost, 0);
	free(many);
	wcache_free(c);
}

/* text_sanitize against a byte-at-a-time reference, on text with invalid
 * bytes and NULs at every position of an 8-byte word. */
static size_t ref_sanitize(const unsigned char *p, size_t n, buf *out)
{
	size_t bad = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = p[i];
		size_t k = 0;
		if (c >= 1 && c < 0x80) k = 1;
		else if (c >= 0xC2 && c < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) k = 2;
		if (k) { buf_add(out, p + i, k); i += k; continue; }
		if (c >= 0xE0) {                      /* the cases the table below uses */
			size_t kk = (c < 0xF0 ? 3 : 4);
			int ok = i + kk <= n;
			for (size_t q = 1; ok && q < kk; q++) ok = (p[i + q] & 0xC0) == 0x80;
			if (ok && !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] >= 0xA0) &&
			    !(c == 0xF0 && p[i + 1] < 0x90) && !(c >= 0xF4 && (c > 0xF4 || p[i + 1] >= 0x90))) {
				buf_add(out, p + i, kk); i += kk; continue;
			}
		}
		buf_add(out, "\xEF\xBF\xBD", 3);
		bad++;
		i++;
		while (i < n && (p[i] & 0xC0) == 0x80) i++;
	}
	return bad;
}

static void test_sanitize(void)
{
	const char *inserts[] = { "\xff", "", "\xc3", "\xc3\xa9", "\xe2\x82\xac", "\xed\xa0\x80",
		"\xf0\x9f\x98\xa0", "\x80\x80", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
		"\xbf", "\xc4\x8d\xc4", NULL };
	/* backgrounds: ASCII, two-byte letters (the sixteen-byte check for
	 * whole two-byte sequences), and both mixed at odd offsets */
	const char *grounds[] = { "a", "\xc4\x8d", "a\xc5\xbe", NULL };
	int bad = 0;
	for (int g = 0; grounds[g]; g++)
	for (int k = 0; inserts[k]; k++)
		for (size_t at = 0; at < 40; at++) {
			unsigned char t[96];
			size_t gl = strlen(grounds[g]);
			for (size_t i = 0; i < sizeof t; i++) t[i] = (unsigned char)grounds[g][i % gl];
			size_t il = k == 1 ? 1 : strlen(inserts[k]);   /* case 1: a NUL byte */
			memcpy(t + at, k == 1 ? "\0" : inserts[k], il);
			size_t n = 40 + at % 17;
			buf a = {0}, b = {0};
			size_t ba = text_sanitize((const char *)t, n, &a);
			size_t bb = ref_sanitize(t, n, &b);
			if (ba != bb || a.len != b.len || memcmp(a.data, b.data, a.len)) {
				if (!bad++) FAIL("text_sanitize differs from the reference: ground %d insert %d at %zu", g, k, at);
			}
			buf_free(&a);
			buf_free(&b);
		}
	if (!bad) PASS();
}

/* The token kind names and the lengths tokenize copies them with agree. */
static void test_kind_names(void)
{
	for (int k = 0; k <= TK_PUNCT; k++) CHECK_INT(TOK_KIND_LEN[k], strlen(TOK_KIND_NAMES[k]));
}

/* arena_alloc_line: every block starts on a cache line, whatever came
 * before it in the arena, and blocks do not overlap (the word cache puts
 * one entry in each: token.h's layout assumes the alignment). */
static void test_arena_line(void)
{
	arena a = {0};
	int bad = 0;
	char *prev = NULL;
	size_t prev_n = 0;
	for (size_t k = 0; k < 5000; k++) {
		arena_alloc(&a, k % 37);                  /* misalign what follows */
		size_t n = 1 + k % 300;
		char *p = arena_alloc_line(&a, n);
		if ((uintptr_t)p % 64) { if (!bad++) FAIL("block %zu at %p is not on a cache line", k, (void *)p); }
		memset(p, (int)(k & 0xFF), n);
		if (prev && prev[prev_n - 1] != (char)((k - 1) & 0xFF)) { if (!bad++) FAIL("block %zu overwrote the one before", k); }
		prev = p;
		prev_n = n;
	}
	if (!bad) PASS();
	arena_free(&a);
}

/* json_add_string against a byte-at-a-time escaper, on strings of every
 * length to 80 whose bytes come from the ones that need escaping and the
 * ones that do not (ASCII, 0x7F, UTF-8 bytes), at every position: the
 * sixteen- and eight-byte scans must stop exactly where escaping is due */
static void ref_escape(buf *b, const unsigned char *s, size_t n)
{
	buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '"') buf_adds(b, "\\\"");
		else if (c == '\\') buf_adds(b, "\\\\");
		else if (c == '\n') buf_adds(b, "\\n");
		else if (c == '\r') buf_adds(b, "\\r");
		else if (c == '\t') buf_adds(b, "\\t");
		else if (c < 0x20) buf_printf(b, "\\u%04x", c);
		else buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

static void test_json_escape(void)
{
	static const unsigned char pool[] = { 'a', 'Z', ' ', '0', '"', '\\', '\n', '\r', '\t', 0x01, 0x1F,
		0x20, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, '/', '!' };
	unsigned seed = 12345;
	int bad = 0;
	buf got = {0}, want = {0};
	for (size_t n = 0; n <= 80; n++)
		for (int rep = 0; rep < 60; rep++) {
			unsigned char s[96];
			for (size_t i = 0; i < n; i++) {
				seed = seed * 1103515245u + 12345u;
				/* mostly plain bytes, so that long clean runs occur */
				unsigned r = seed >> 16;
				s[i] = r % 8 ? (unsigned char)('a' + r % 26) : pool[(r >> 4) % sizeof pool];
			}
			buf_reset(&got); buf_reset(&want);
			json_add_string(&got, (const char *)s, n);
			ref_escape(&want, s, n);
			if (got.len != want.len || memcmp(got.data, want.data, got.len)) {
				if (!bad++) FAIL("json_add_string of %zu bytes: got %s, want %s", n, got.data, want.data);
			}
		}
	if (!bad) PASS();
	buf_free(&got); buf_free(&want);
}

int main(void)
{
	test_put_dec();
	test_word_keys();
	test_sanitize();
	test_kind_names();
	test_arena_line();
	test_json_escape();
	return UNIT_END("util");
}
