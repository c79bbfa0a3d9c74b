/*
 * fuzz_reader.c — the CSV, TSV, JSON Lines and plain-lines readers on
 * arbitrary bytes: every record is either good or an error record, and
 * writing it never fails.  The first byte picks the format.
 */
#include "../src/reader.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "fuzz: read error: ..." or "fuzz:N: read error: ...", the reader's own
 * words for a failed read (other messages may quote the input) */
static int is_read_error(const char *e)
{
	if (strncmp(e, "fuzz:", 5)) return 0;
	for (e += 5; *e >= '0' && *e <= '9'; e++) ;
	if (*e == ':') e++;
	return !strncmp(e, " read error: ", 13);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (!size) return 0;
	reader_opts o = { 0 };
	o.format = (read_format)(data[0] % 5);
	o.max_bytes = 4096;
	o.col_text = (data[0] & 0x80) ? "2" : NULL;
	FILE *f = fmemopen((void *)(data + 1), size - 1, "rb");
	if (!f) return 0;
	char err[512];
	reader *r = reader_open_stream(f, "fuzz", &o, err, sizeof err);
	if (r) {
		record *rec;
		buf b = { 0 };
		int k;
		while ((k = reader_next(r, &rec, err, sizeof err)) > 0) {
			buf_reset(&b);
			record_open(rec, &b, NULL);
			if (rec->text_len > 4096) abort();       /* --max-bytes holds */
			(void)reader_warning(r);
		}
		if (k < 0 && is_read_error(err)) abort();   /* a memory stream always reads */
		buf_free(&b);
		reader_close(r);
	}
	fclose(f);
	return 0;
}
