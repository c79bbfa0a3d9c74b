/*
 * fuzz_merge.c — reading a state from arbitrary bytes, merging it with
 * itself and rendering every format: no crash, and a state that was read
 * writes back to a state that reads again.
 */
#include "../src/report.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	report a, b;
	char err[512];
	if (report_state_read(&a, (const char *)data, size, err, sizeof err) < 0) return 0;
	if (a.ntags > 200 || a.ncauses > 200 || a.examples > 100) { report_free(&a); return 0; }
	buf s = { 0 };
	report_state_write(&a, &s);
	if (report_state_read(&b, s.data, s.len, err, sizeof err) < 0) abort();
	report_merge(&a, &b, err, sizeof err);
	for (int f = RF_TEXT; f <= RF_HTML; f++) {
		buf o = { 0 };
		report_render(&a, f, 0, &o);
		buf_free(&o);
	}
	buf_free(&s);
	report_free(&a);
	report_free(&b);
	return 0;
}
