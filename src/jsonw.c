/*
 * jsonw.c — see jsonw.h.
 */
#include "jsonw.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* bytes a JSON string must escape: controls, '"' and '\\' */
static const unsigned char JSON_ESC[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1,
};

void json_add_string(buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	buf_grow(b, n + 2);
	b->data[b->len++] = '"';
	size_t i = 0, run = 0;          /* s[run..i) is copied as it is */
	for (;;) {
#ifdef __SSE2__
		/* sixteen bytes at a time: the first byte that needs escaping
		 * (below 0x20, '"' or '\\') is found without a branch per byte */
		while (i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
								_mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
						   _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
			unsigned m = (unsigned)_mm_movemask_epi8(bad);
			if (m) { i += (size_t)__builtin_ctz(m); goto found; }
			i += 16;
		}
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* eight bytes at a time; the lowest flagged byte is the first
		 * that needs escaping (a borrow only ever flags bytes above it) */
		while (i + 8 <= n) {
			uint64_t v;
			__builtin_memcpy(&v, s + i, 8);
			const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
			uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\');
			uint64_t bad = (((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & high;
			if (bad) { i += (size_t)__builtin_ctzll(bad) >> 3; goto found; }
			i += 8;
		}
#endif
		while (i < n && !JSON_ESC[(unsigned char)s[i]]) i++;   /* the last few bytes */
		if (i >= n) break;
	found:
		buf_add(b, s + run, i - run);
		switch (s[i]) {
		case '"': buf_add(b, "\\\"", 2); break;
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		default: {
			unsigned char c = (unsigned char)s[i];
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			buf_add(b, u, 6);
		}
		}
		run = ++i;
	}
	buf_add(b, s + run, n - run);
	buf_addc(b, '"');
}
