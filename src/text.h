/*
 * text.h — UTF-8 hygiene and normalisation (utf8proc).
 *
 *   text_sanitize: invalid UTF-8 and NUL bytes become U+FFFD (counted).
 *   text_fold:     NFC, case fold, diacritics removed ("Čakal" -> "cakal",
 *                  "ß" -> "ss", "ë" -> "e").  The form every rule matches.
 *   text_lower:    NFC and case fold, diacritics kept ("Čakal" -> "čakal").
 */
#ifndef GRIPE_TEXT_H
#define GRIPE_TEXT_H

#include "util.h"

/* Append s[0..len) to out with every invalid sequence (overlong, surrogate,
 * truncated, > U+10FFFF) and every NUL byte replaced by U+FFFD.  Returns the
 * number of replacements. */
size_t text_sanitize(const char *s, size_t len, buf *out);

/* Append the fold / lower form of valid UTF-8 s[0..len) to out; returns the
 * number of bytes appended. */
size_t text_fold(const char *s, size_t len, buf *out);
size_t text_lower(const char *s, size_t len, buf *out);

/* Decode one code point at s (valid UTF-8 assumed); returns its length. */
int text_decode(const char *s, size_t len, int32_t *cp);

#endif
