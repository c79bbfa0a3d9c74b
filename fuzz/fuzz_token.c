/*
 * fuzz_token.c — sanitising, folding, tokenising and language
 * identification on arbitrary bytes: offsets stay inside the text and in
 * order, every fold and stem is computed without error, and the padded
 * scan the pipeline uses gives the same tokens as the plain one.
 */
#include "../src/lang.h"
#include "../src/text.h"
#include <stdlib.h>
#include <string.h>

static langmodel *lm;
static wcache *cache;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (!lm) {
		char err[256];
		const char *dir = getenv("GRIPE_LEXICONS");
		lm = lang_load(dir ? dir : "lexicons", NULL, err, sizeof err);
		if (!lm) { fprintf(stderr, "%s\n", err); abort(); }
		cache = wcache_new(1 << 16);
	}
	buf clean = { 0 };
	text_sanitize((const char *)data, size, &clean);
	token_vec tv = { 0 };
	wcache_trim(cache);
	token_scan(cache, clean.data ? clean.data : "", clean.len, &tv);
	uint32_t prev = 0;
	for (size_t i = 0; i < tv.n; i++) {
		if (tv.v[i].start < prev || tv.v[i].end <= tv.v[i].start || tv.v[i].end > clean.len) abort();
		prev = tv.v[i].end;
		if (tv.v[i].w) for (int l = 0; l < NLANG; l++) { uint32_t n; word_stem(cache, tv.v[i].w, l, &n); }
	}
	/* the pipeline's scan, of a zero-padded copy, summing the language
	 * evidence: the same tokens */
	buf padded = { 0 };
	buf_add(&padded, clean.data ? clean.data : "", clean.len);
	buf_grow(&padded, TOKEN_PAD);
	memset(padded.data + clean.len, 0, TOKEN_PAD);
	token_vec tp = { 0 };
	lang_sum ls = { lang_word_evidence, lm, {0}, 0 };
	token_scan_lang(cache, padded.data, clean.len, &tp, &ls);
	if (tp.n != tv.n) abort();
	for (size_t i = 0; i < tv.n; i++)
		if (tp.v[i].start != tv.v[i].start || tp.v[i].end != tv.v[i].end || tp.v[i].kind != tv.v[i].kind ||
		    tp.v[i].w != tv.v[i].w) abort();
	double score = lang_confidence(ls.total, lang_pick(ls.total, ls.words));
	if (!(score >= 0 && score <= 1)) abort();
	free(tp.v);
	buf_free(&padded);
	free(tv.v);
	buf_free(&clean);
	return 0;
}
