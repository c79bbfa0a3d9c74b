/*
 * stem.h — light inflectional stemmers.  English and Dutch go through
 * libstemmer (Snowball); Czech and Slovenian have no Snowball stemmer, so
 * stem_cs.c and stem_sl.c implement light suffix strippers.
 *
 * All stemmers take the *fold* form of a word (lower-cased, NFC, diacritics
 * removed: "čekám" arrives as "cekam"), so a word typed with or without
 * diacritics gets the same stem.
 */
#ifndef GRIPE_STEM_H
#define GRIPE_STEM_H

#include <stddef.h>
#include <string.h>

/* Helpers the light stemmers share. */
/* Number of code points in w[0..len) (valid UTF-8 assumed). */
static inline size_t letters(const char *w, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)w[i] & 0xC0) != 0x80;
	return n;
}

/* Does w[0..len) end with the NUL-terminated ASCII suffix s? */
static inline int ends(const char *w, size_t len, const char *s)
{
	size_t k = strlen(s);
	return k <= len && memcmp(w + len - k, s, k) == 0;
}

/* Czech light stemmer after Dolamic & Savoy (2009), on folded input.
 * Stems w[0..len) in place and returns the new length (never 0 when len>0).
 * Words shorter than the minimum are returned unchanged. */
size_t stem_cs(char *w, size_t len);

/* Slovenian light stemmer: removes case, number, gender and verb endings,
 * not derivational suffixes.  Same contract as stem_cs. */
size_t stem_sl(char *w, size_t len);

/* Language-dispatching stemmer, one per thread (libstemmer state is not
 * shareable).  stemmer_stem writes the stem of the folded word into out
 * (NUL-terminated, at most outcap-1 bytes) and returns its length. */
typedef struct stemmer stemmer;
stemmer *stemmer_new(void);
void stemmer_free(stemmer *s);
size_t stemmer_stem(stemmer *s, int lang, const char *fold, size_t len,
		    char *out, size_t outcap);

#endif
