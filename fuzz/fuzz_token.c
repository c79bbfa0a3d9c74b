/*
 * fuzz_token.c — sanitising, folding, tokenising and language
 * identification on arbitrary bytes: offsets stay inside the text and in
 * order, and every fold and stem is computed without error.
 */
#include "../src/lang.h"
#include "../src/text.h"
#include <stdlib.h>

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
	lang_identify(lm, clean.data ? clean.data : "", &tv);
	free(tv.v);
	buf_free(&clean);
	return 0;
}
