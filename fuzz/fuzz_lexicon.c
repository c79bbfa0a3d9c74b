/*
 * fuzz_lexicon.c — the lexicon loader on an arbitrary rule file: it loads
 * or fails with file:line, and a lexicon that loads can tag its own text.
 */
#include "../src/tag.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/gripe-fuzz-lex.%d", (int)getpid());
	char cmd[512];
	const char *src = getenv("GRIPE_LEXICONS") ? getenv("GRIPE_LEXICONS") : "lexicons";
	snprintf(cmd, sizeof cmd, "mkdir -p %s/en && cp %s/taxonomy.tsv %s/causes.tsv %s/ && cp -rL %s/lang %s/", dir, src, src, dir, src, dir);
	if (system(cmd) != 0) abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (!dir[0]) setup();
	char path[128];
	snprintf(path, sizeof path, "%s/en/rudeness.lex", dir);
	FILE *f = fopen(path, "wb");
	if (!f) abort();
	fwrite(data, 1, size, f);
	fclose(f);
	char err[1024];
	engine e;
	if (engine_init(&e, dir, 1 | ENGINE_LINT, err, sizeof err) < 0) {
		if (!strstr(err, "rudeness.lex")) abort();     /* errors name the file */
		return 0;
	}
	worker w;
	worker_init(&w, &e);
	tag_result r = { 0 };
	size_t n = size < 512 ? size : 512;
	buf t = { 0 };
	for (size_t i = 0; i < n; i++) buf_addc(&t, (data[i] >= 32 && data[i] < 127) ? (char)data[i] : ' ');
	worker_prepare(&w, t.data ? t.data : "", t.len, "en", 0);
	tag_record(e.lex, &w, &r);
	tag_result_free(&r);
	worker_free(&w);
	engine_free(&e);
	buf_free(&t);
	return 0;
}
