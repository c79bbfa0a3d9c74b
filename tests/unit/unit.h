/*
 * unit.h — the smallest test harness that does the job: CHECK* macros count
 * passes and failures, print each failure with file:line, and UNIT_END
 * prints "NAME: N passed, N failed" and returns the exit status.
 */
#ifndef GRIPE_UNIT_H
#define GRIPE_UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_pass, unit_fail;

#define CHECK(cond) do { if (cond) unit_pass++; else { unit_fail++; \
	fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) unit_pass++; else { unit_fail++; \
	fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
		g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } } while (0)
#define CHECK_INT(got, want) do { long long g_ = (got), w_ = (want); \
	if (g_ == w_) unit_pass++; else { unit_fail++; \
	fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); } } while (0)
/* Report a failure with a free-form message (for data-driven tables). */
#define FAIL(...) do { unit_fail++; fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)
#define PASS() (unit_pass++)
#define UNIT_END(name) (printf("%s: %d passed, %d failed\n", name, unit_pass, unit_fail), unit_fail ? 1 : 0)

#endif
