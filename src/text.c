/*
 * text.c — UTF-8 sanitising and the fold/lower forms, built on utf8proc.
 * ASCII takes a fast path: it is by far the common case, even in Czech and
 * Slovenian text typed without diacritics.
 */
#include "text.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char REPL[] = "\xEF\xBF\xBD";   /* U+FFFD */

/* Length of the valid UTF-8 sequence at s, or 0 when it is invalid. */
static size_t valid_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80) return c ? 1 : 0;
	if (c < 0xC2) return 0;                       /* continuation or overlong */
	if (c < 0xE0) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
		if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
		if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80) return 0;
		if (c == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
		if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
		return 4;
	}
	return 0;
}

size_t text_sanitize(const char *s, size_t len, buf *out)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	size_t bad = 0;
	buf_grow(out, len);
	/* valid text is copied in one piece: only an invalid sequence (or a
	 * NUL) ends the run being copied */
	const unsigned char *run = p;
	while (p < end) {
#ifdef __SSE2__
		/* sixteen bytes at a time while they are ASCII (no NUL) or
		 * whole two-byte sequences (Latin letters with diacritics, in
		 * nearly every Slovenian or Czech word): every lead byte
		 * C2..DF is followed by a continuation byte 80..BF, every
		 * continuation byte follows a lead, no other byte is above 0x7F,
		 * and the sixteen end on a character's end */
		while (end - p >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
			unsigned hi = (unsigned)_mm_movemask_epi8(v);
			unsigned nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
			if (!(hi | nul)) { p += 16; continue; }
			__m128i l = _mm_sub_epi8(v, _mm_set1_epi8((char)0xC2));   /* 0..0x1D for C2..DF */
			__m128i c = _mm_sub_epi8(v, _mm_set1_epi8((char)0x80));   /* 0..0x3F for 80..BF */
			unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(0x1D)), l));
			unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(c, _mm_set1_epi8(0x3F)), c));
			if (!nul && !(lead & 0x8000) && ((lead << 1) & 0xFFFF) == cont && (lead | cont) == hi) {
				p += 16;
				continue;
			}
			p += __builtin_ctz(hi | nul);
			break;
		}
#endif
		/* eight bytes at a time while none is NUL or above 0x7F */
		const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
		while (end - p >= 8) {
			uint64_t v;
			memcpy(&v, p, 8);
			if (((v - ones) | v) & high) break;
			p += 8;
		}
		while (p < end && *p >= 0x01 && *p < 0x80) p++;
		if (p >= end) break;
		if (p[0] >= 0xC2 && p[0] <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
			p += 2;                  /* two bytes: Latin letters with diacritics */
			continue;
		}
		size_t k = valid_seq(p, (size_t)(end - p));
		if (k) { p += k; continue; }
		/* One U+FFFD per maximal invalid prefix: skip the lead byte and
		 * any continuation bytes that follow it. */
		buf_add(out, run, (size_t)(p - run));
		buf_add(out, REPL, 3);
		bad++;
		p++;
		while (p < end && (*p & 0xC0) == 0x80) p++;
		run = p;
	}
	buf_add(out, run, (size_t)(p - run));
	return bad;
}

int text_decode(const char *s, size_t len, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
					      (utf8proc_ssize_t)len, &c);
	if (k <= 0) { *cp = 0xFFFD; return 1; }
	*cp = c;
	return (int)k;
}

static size_t map(const char *s, size_t len, buf *out, int strip)
{
	size_t i;
	for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++) ;
	if (i == len) {                      /* ASCII fast path */
		buf_grow(out, len);
		for (i = 0; i < len; i++) {
			char c = s[i];
			out->data[out->len + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		out->len += len;
		out->data[out->len] = 0;
		return len;
	}
	utf8proc_uint8_t *r = NULL;
	int opts = UTF8PROC_STABLE | UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE;
	if (strip) opts |= UTF8PROC_STRIPMARK;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s,
					  (utf8proc_ssize_t)len, &r, opts);
	if (n < 0) {                          /* invalid input: keep it as is */
		buf_add(out, s, len);
		return len;
	}
	buf_add(out, r, (size_t)n);
	free(r);
	return (size_t)n;
}

size_t text_fold(const char *s, size_t len, buf *out) { return map(s, len, out, 1); }
size_t text_lower(const char *s, size_t len, buf *out) { return map(s, len, out, 0); }
