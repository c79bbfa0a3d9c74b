/*
 * stem_sl.c — Slovenian light stemmer on folded input.
 *
 * Snowball has no Slovenian stemmer, and the one published design we know
 * of, context-sensitive longest-match suffix removal (M. Popovič and
 * P. Willett, "The effectiveness of stemming for natural-language access to
 * Slovene textual data", JASIS 43(5), 1992), comes without usable tables.
 * This is a light inflectional stemmer built the same way as the Czech one
 * of Dolamic & Savoy (2009, see stem_cs.c), with endings taken from the
 * standard Slovenian paradigms (Toporišič, Slovenska slovnica) and checked
 * against tests/data/stem_sl.tsv and the hunspell sl_SI word list.  It
 * removes inflection only, never derivational suffixes:
 *
 *   1. the longest case, number or person ending (nouns and adjectives:
 *      -a -e -i -o -u -em -om -ih -im -ah -am -ov -ev -ega -emu -ima -imi
 *      -ama -ami -ema -oma; verbs: -am -amo -ate -ajo -emo -ete -ejo -imo
 *      -ite, imperative -aj -ajte -ajmo), leaving at least three letters.
 *      It is tried a second time on the result, because a bare nominative
 *      can itself end in something that looks like an ending (naslov, -ov;
 *      problem, -em; reklama, -am): applied to both the nominative and the
 *      oblique forms, the second cut keeps the paradigm together.
 *   2. one verb formant left over: the l-participle -al/-il (čakal, vrnil),
 *      the infinitive stem -at/-it (čakat-i, vrnit-i) and -et (with four
 *      letters left, so paket keeps its t), the 2nd person -aš/-iš/-eš, and
 *      -ij (obljubij-o, reklamacij-a); a noun stem that ends in these
 *      letters loses them in every form, so conflation is kept.
 *   3. normalisation: the -j- augment of masculine nouns in -r is dropped
 *      (operaterja -> operater), and a fleeting e between a consonant and a
 *      final n, c, k, l, r or v is dropped (nesramen / nesramna, uslužbenec /
 *      uslužbenca, izdelek / izdelka, storitev / storitve), when at least
 *      three letters remain.
 *
 * Endings that are also common stem ends are restricted by context: -ev
 * (genitive plural) only after c, z, s, j (the soft stems that take it:
 * klicev, operaterjev), so storitev keeps its ending; -jo, -mi, -ma (the
 * i-stem instrumental and dual: kakovostjo, kakovostmi, pomočjo) only
 * after st or c, so nedeljo, firmi, firma keep their stem.  There is a
 * single pass of each step, no recursion over derivational suffixes, so
 * nesramnega -> nesramn and reklamacijo -> reklamac (the 2005 Snowball
 * draft gave nesra and rekla).
 *
 * Input is the fold form (lower case, diacritics removed: č, š, ž arrive as
 * c, s, z), so all endings are ASCII and cutting them never splits a UTF-8
 * sequence; length guards count letters (code points), not bytes.
 */
#include "stem.h"
#include <string.h>

/* Number of code points in w[0..len) (valid UTF-8 assumed). */
static size_t letters(const char *w, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)w[i] & 0xC0) != 0x80;
	return n;
}

/* Does w[0..len) end with the NUL-terminated ASCII suffix s? */
static int ends(const char *w, size_t len, const char *s)
{
	size_t k = strlen(s);
	return k <= len && memcmp(w + len - k, s, k) == 0;
}

/* Is c an ASCII consonant letter?  (Non-ASCII letters count as neither.) */
static int consonant(char c)
{
	return c >= 'a' && c <= 'z' && !strchr("aeiou", c);
}

/* A suffix and the stem length (letters) it must leave. */
typedef struct { const char *s; size_t min; } suffix;

/* Step 1 endings, longest first.  -ate, -ite, -ete are not here: -e then
 * the step-2 formant -at/-it/-et gives the same cut and keeps kredite and
 * kredit (prioritete, prioriteta) together. */
static const suffix ENDING[] = {
	{ "ajte", 3 }, { "ajmo", 3 }, { "ajta", 3 }, { "ajva", 3 },
	{ "ega", 3 }, { "emu", 3 }, { "ima", 3 }, { "imi", 3 }, { "ama", 3 },
	{ "ami", 3 }, { "ema", 3 }, { "oma", 3 },
	{ "amo", 3 }, { "ajo", 3 }, { "emo", 3 }, { "ejo", 3 }, { "imo", 3 },
	{ "em", 3 }, { "om", 3 }, { "ih", 3 }, { "im", 3 }, { "ah", 3 },
	{ "am", 3 }, { "ov", 3 }, { "ev", 3 }, { "mi", 3 }, { "ma", 3 },
	{ "jo", 3 }, { "aj", 3 }, { "te", 3 }, { "mo", 3 }, { "ta", 3 },
	{ "va", 3 },
	{ "a", 3 }, { "e", 3 }, { "i", 3 }, { "o", 3 }, { "u", 3 },
	{ NULL, 0 }
};

/* Step 2 formants.  -et and -el need four letters left (paket, hotel keep
 * their stem; prejet-i, prejel lose it); -el after k, s, g, z is a fleeting
 * e (rekel / rekla, prišel / prišla), left to the normalisation. */
static const suffix FORMANT[] = {
	{ "al", 3 }, { "il", 3 }, { "at", 3 }, { "it", 3 }, { "et", 4 },
	{ "el", 4 }, { "as", 3 }, { "is", 3 }, { "es", 3 }, { "ij", 3 },
	{ NULL, 0 }
};

/* May suffix s (length k) be cut from w[0..len)?  Context rules for the
 * suffixes that are also frequent stem ends; see the header comment.  At
 * least three letters precede the suffix. */
static int allowed(const char *w, size_t len, const char *s, size_t k)
{
	char p1 = w[len - k - 1], p2 = w[len - k - 2];
	if (strcmp(s, "ev") == 0)
		return strchr("czsj", p1) != NULL;
	if (strcmp(s, "jo") == 0 || strcmp(s, "mi") == 0 || strcmp(s, "ma") == 0)
		return p1 == 'c' || (p1 == 't' && p2 == 's');
	if (strcmp(s, "te") == 0 || strcmp(s, "mo") == 0 ||
	    strcmp(s, "ta") == 0 || strcmp(s, "va") == 0)
		return p1 == 'j';
	if (strcmp(s, "em") == 0)
		return !(p1 == 'z' && p2 == 'i');
	if (strcmp(s, "el") == 0)
		return !strchr("ksgz", p1);
	return 1;
}

/* Cut the first suffix of list (longest first) that w[0..len) ends with,
 * that leaves enough letters and that its context allows; returns the new
 * length (len when none applies).  *n is the letter count, updated. */
static size_t cut(const char *w, size_t len, size_t *n, const suffix *list)
{
	for (; list->s; list++) {
		size_t k = strlen(list->s);
		if (*n >= k + list->min && ends(w, len, list->s) &&
		    allowed(w, len, list->s, k)) {
			*n -= k;
			return len - k;
		}
	}
	return len;
}

size_t stem_sl(char *w, size_t len)
{
	size_t n = letters(w, len);
	if (n < 4) return len;                  /* too short for any rule */

	len = cut(w, len, &n, ENDING);
	len = cut(w, len, &n, ENDING);
	len = cut(w, len, &n, FORMANT);
	if (n >= 4 && w[len - 1] == 'j' && consonant(w[len - 2]))
		len--, n--;                      /* operaterj-, podjetj- */
	if (n >= 4 && w[len - 2] == 'e' && strchr("ncklrvm", w[len - 1]) &&
	    consonant(w[len - 3])) {
		w[len - 2] = w[len - 1];         /* fleeting e: nesramen -> nesramn */
		len--;
	}
	return len;
}
