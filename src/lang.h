/*
 * lang.h — language identification among sl, cs, nl and en.
 *
 * Each distinct word gets an evidence vector once (cached in struct word):
 *   - distinctive words (lexicons/lang/<lang>.words, weights 1-3),
 *   - a character n-gram log-likelihood from the libexttextcat fingerprints
 *     of the four languages (folded, so text typed without diacritics
 *     scores like text with them), relative to the best language,
 *   - letters that only one language writes (ř ů ě á í ý: cs; ë ï: nl).
 * A text's scores are the sums over its words; the best wins.
 */
#ifndef GRIPE_LANG_H
#define GRIPE_LANG_H

#include "token.h"

typedef struct langmodel langmodel;

/* Load lexdir/lang/<lang>.words and the fingerprints from lmdir (NULL: the
 * libexttextcat data directory).  Returns NULL and fills err on failure. */
langmodel *lang_load(const char *lexdir, const char *lmdir, char *err, size_t errlen);
void lang_free(langmodel *m);

/* A word's evidence for each language, into w->lang (m: the langmodel):
 * token_scan_lang's evidence function. */
void lang_word_evidence(const void *m, word *w, const char *surface, size_t n);
/* The language of a text from its words' evidence summed in token order
 * (token_scan_lang): LANG_UND when it has no words. */
int lang_pick(const double total[NLANG], size_t words);
/* The confidence 0..1 of language best (0 for LANG_UND): up to three exp()
 * calls, so it is computed only where it is printed. */
double lang_confidence(const double total[NLANG], int best);

#endif
