/*
 * stem_cs.c — Czech light stemmer on folded input.
 *
 * The algorithm is the "light" stemmer of L. Dolamic and J. Savoy,
 * "Indexing and stemming approaches for the Czech language", Information
 * Processing & Management 45(6), 2009 (the same algorithm Lucene ships as
 * CzechStemmer; this is a fresh implementation from the description).  It
 * removes inflection, not derivational suffixes, in three steps, each
 * applying the first (longest) matching rule:
 *
 *   1. a case ending (-atech; -etem, -atum; -ech, -eho, -emi, ...; -em, -es,
 *      -im, -um, -at, -am, ...; one final vowel), only when a stem of at
 *      least three letters remains;
 *   2. a possessive -ov, -in, -uv (stem of at least four letters);
 *   3. normalisation of the stem end: -čt -> -ck, -št -> -sk, final c/č -> k,
 *      final z/ž -> h (undoing the palatalisations k/c, h/z, ck/čt, sk/št),
 *      an e before the last letter dropped (the fleeting e: zaměstnanec /
 *      zaměstnance), ů before the last letter -> o (dům / domu).
 *
 * gripe stems the *fold* form (lower case, diacritics removed), so the
 * suffix lists are the folded versions of the paper's (-ětem and -etem are
 * one rule, -ého is -eho, -ům is -um, -ích is -ich), and a word typed with
 * or without diacritics reaches the stemmer as the same bytes and gets the
 * same stem.  Folding also merges the normalisation contexts: č/c, ž/z,
 * š/s, ě/e, ů/u are one letter each here.  So -st -> -sk applies to every
 * st (radost -> radosk, in every form, so conflation is unaffected; on the
 * hunspell cs_CZ word list keeping it joins far more paradigms than it
 * merges), and the ů -> o rule is left out: it would rewrite every u
 * before the last letter, and on the same list it merged more words than
 * it joined.  Other changes to the paper, each for conflation it misses:
 *
 *   - Step 1 also removes the verb person endings -ame -ate -ime -ite -eme
 *     -aji -eji (čekáme, čekají, slíbíme, reklamujeme), the 2nd person
 *     -as -is (čekáš), the dual -ima -yma (nepříjemnýma), and the
 *     imperative -ej, -ejte, -ejme and -te/-me after j, t, d, v, l, p, b
 *     (čekej, zavolejte, reklamujte, vraťte, opravte).  Then a second cut
 *     of -em, -am, -um: a nominative that ends like a case ending (problém,
 *     systém, program, album) lost it, so problému -> problém loses it too.
 *   - Step 2 first removes one verb formant, with a stem of at least three
 *     letters: the l-participle -al/-il/-el (čekal, slíbil, musel), the
 *     infinitive -it/-et (slíbit, vidět; -at is already a step-1 ending),
 *     the passive participle -an (objednán, objednaný; as a side effect
 *     the verbal noun čekání joins čekat).  Then the possessive rule, which
 *     also takes the -uj of -ovat verbs (reklamuji / reklamovat).  A noun
 *     whose stem ends in these letters (mobil, mobilu, mobilem) loses them
 *     in every form, so conflation is kept at the price of a shorter stem.
 *   - Step 3 drops the fleeting e only when three letters remain (the
 *     paper over-cuts čekám to čk), and then still maps the end (počet ->
 *     poct -> pock, like počtu).
 *   - One irregular stem: peníze (penih) joins peněz, penězi (penh).
 *
 * Not handled (known misses): the archaic infinitive -ti (čekati: after
 * folding -ati is also the -atí of zaplatí), the colloquial -s of čekals,
 * the i-verb passive -en with its t/c alternation (vrátit / vrácen), and
 * short or irregular stems (pes / psa).
 *
 * All suffixes are ASCII, so cutting them never splits a UTF-8 sequence;
 * lengths in the guards count letters (code points), not bytes.
 */
#include "stem.h"
#include <string.h>


/* May suffix s (length k) be cut from w[0..len)?  The imperative -te/-me
 * only after j, t, d, v, l, p, b (zavolejte, reklamujte, vraťte, opravte,
 * pojďte), not after s, r, n, where they would cut the locative of nouns
 * in -sta, -rta, -nta (cestě, kartě, frontě). */
static int allowed(const char *w, size_t len, const char *s, size_t k)
{
	if (strcmp(s, "te") == 0 || strcmp(s, "me") == 0) {
		char p = w[len - k - 1];
		return p != 0 && strchr("jtdvlpb", p) != NULL;
	}
	return 1;
}

/* Return the length of the first suffix in the NULL-terminated list (kept
 * longest first) that w[0..len) ends with, that leaves at least minstem
 * letters (n = letters of w) and that its context allows; 0 when none. */
static size_t match(const char *w, size_t len, size_t n, size_t minstem,
		    const char *const *list)
{
	for (; *list; list++) {
		size_t k = strlen(*list);
		if (n >= k + minstem && ends(w, len, *list) &&
		    allowed(w, len, *list, k))
			return k;
	}
	return 0;
}

/* Step 1: case endings (Dolamic & Savoy, folded) and verb person endings. */
static const char *const CASE[] = {
	"atech",
	"etem", "atum", "ejte", "ejme",
	"ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu",
	"ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi",
	"ima", "yma",
	"ame", "ate", "ime", "ite", "eme", "aji", "eji",
	"em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou",
	"ej", "as", "is", "te", "me",
	"a", "e", "i", "o", "u", "y",
	NULL
};

/* Step 1, second cut: a nominative that itself ends like a case ending
 * (problém, systém, program, album) lost it in step 1, so the oblique
 * forms (problému -> problém) lose it too. */
static const char *const AGAIN[] = { "em", "am", "um", NULL };

/* Step 2a: verb formants left after step 1: l-participle (čekal, slíbil,
 * musel), infinitive (slíbit, vidět), passive participle (objednán,
 * objednaný). */
static const char *const FORMANT[] = { "al", "il", "el", "it", "et", "an", NULL };

/* Step 2b: possessive suffixes (paper) and the -uj of -ovat verbs. */
static const char *const POSS[] = { "ov", "in", "uv", "uj", NULL };

/* Step 3 on w[0..len), n letters: normalise the end of the stem.  The
 * paper's ů -> o before the last letter is left out: after folding it would
 * rewrite every u (kus -> kos), and on the hunspell cs_CZ forms it merged
 * more words than it joined. */
static size_t normalize(char *w, size_t len, size_t n)
{
	if (n >= 4 && w[len - 2] == 'e' && ((unsigned char)w[len - 1] & 0x80) == 0) {
		w[len - 2] = w[len - 1];                 /* fleeting e */
		len--;
	}
	if (ends(w, len, "ct") || ends(w, len, "st"))
		w[len - 1] = 'k';                        /* čt -> ck, št -> sk */
	else if (w[len - 1] == 'c')
		w[len - 1] = 'k';                        /* ruce -> ruk */
	else if (w[len - 1] == 'z')
		w[len - 1] = 'h';                        /* knize -> knih */
	return len;
}

/* Stem the folded word w[0..len) in place; returns the new length (never 0
 * when len > 0).  Words of fewer than four letters are left unchanged. */
size_t stem_cs(char *w, size_t len)
{
	size_t n = letters(w, len), k;
	if (n < 4) return len;                  /* too short for any rule */

	k = match(w, len, n, 3, CASE);
	len -= k, n -= k;
	k = match(w, len, n, 3, AGAIN);
	len -= k, n -= k;
	k = match(w, len, n, 3, FORMANT);
	len -= k, n -= k;
	k = match(w, len, n, 4, POSS);
	len -= k, n -= k;
	len = normalize(w, len, n);

	/* peníze / peněz: the one í/ě alternation worth a rule (peněz,
	 * penězi, penězům all reach "penh"). */
	if (len == 5 && memcmp(w, "penih", 5) == 0) len = 4, w[3] = 'h';
	return len;
}
