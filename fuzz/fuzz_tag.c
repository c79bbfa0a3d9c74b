/*
 * fuzz_tag.c — the tagger with the real lexicons on arbitrary text, in a
 * language picked by the first byte: evidence lies inside the text, the
 * JSON output is produced, quantities and intensity stay in range.
 */
#include "../src/tag.h"
#include "../src/text.h"
#include <stdlib.h>

static engine eng;
static worker w;
static tag_result r;
static int ready;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (!ready) {
		char err[1024];
		const char *dir = getenv("GRIPE_LEXICONS");
		if (engine_init(&eng, dir ? dir : "lexicons", 1, err, sizeof err) < 0) { fprintf(stderr, "%s\n", err); abort(); }
		worker_init(&w, &eng);
		ready = 1;
	}
	if (!size) return 0;
	buf clean = { 0 }, out = { 0 };
	text_sanitize((const char *)data + 1, size - 1, &clean);
	const char *text = clean.data ? clean.data : "";
	worker_prepare(&w, text, clean.len, LANG_CODES[data[0] % NLANG], 0);
	tag_record(eng.lex, &w, &r);
	for (size_t i = 0; i < r.hits.n; i++)
		if (r.hits.v[i].start > r.hits.v[i].end || r.hits.v[i].end > clean.len) abort();
	if (r.intensity < 0 || r.intensity > 3) abort();
	tag_to_json(eng.lex, &w, &r, &out, 1);
	buf_free(&clean);
	buf_free(&out);
	return 0;
}
