/*
 * stem_sl.c — Slovenian light stemmer on folded input.
 *
 * Snowball has no Slovenian stemmer, and the published design we know of,
 * context-sensitive longest-match suffix removal (M. Popovič and
 * P. Willett, "The effectiveness of stemming for natural-language access to
 * Slovene textual data", JASIS 43(5), 1992), comes without usable tables.
 * This is a light inflectional stemmer built like the Czech one of Dolamic
 * & Savoy (2009, see stem_cs.c): ordered suffix lists, longest match first,
 * a minimum stem of three letters, a small end normalisation.  Endings are
 * those of the standard Slovenian noun, adjective and verb paradigms; the
 * choices below were checked against tests/data/stem_sl.tsv and against
 * every form of the hunspell sl_SI dictionary (unmunch).  Derivational
 * suffixes (-ost, -nik, -ka, -ski, comparative -ejši) are never removed.
 *
 *   1. The longest ending, leaving at least three letters: nouns and
 *      adjectives -a -e -i -o -u -em -om -ih -im -ah -am -ov -ev -mi -ma
 *      -jo -ega -emu -ima -imi -ama -ami -ema -oma; verbs -am -amo -ajo
 *      -emo -ejo -imo, imperative -aj -ajte -ajmo -ajta -ajva and
 *      -te -mo -ta -va after j (prevladujte).  It is applied twice: a bare
 *      nominative can itself end like an ending (naslov, problem, reklama
 *      lose -ov, -em, -am), and the second cut makes the oblique forms
 *      (naslova -> naslov -> nasl) follow.
 *   2. One verb formant: the l-participle -al/-il/-el (čakal, vrnil,
 *      prejel), the infinitive -at/-it/-et (čakat-i, vrnit-i, prejet-i; so
 *      -ate, -ite, -ete need no rule of their own: čakate -> čakat -> čak),
 *      the passive participle -an (plačan), the 2nd person -aš/-iš/-eš, and
 *      -ij (obljubij-o, reklamacij-a, podjetij).  -et and -el need four
 *      letters left, so paket and hotel keep their t and l.  A noun stem
 *      ending in these letters loses them in every form (kanal, kanala ->
 *      kan), so conflation is kept at the price of a shorter stem.
 *   3. Normalisation, with at least three letters left: a final j after a
 *      consonant is dropped (the -j- augment of nouns in -r, operaterja ->
 *      operater; podjetje -> podjetj -> podjet like podjetij), and a
 *      fleeting e between a consonant and a final n, c, k, l, r, v or m is
 *      dropped (nesramen / nesramna, uslužbenec / uslužbenca, izdelek /
 *      izdelka, storitev / storitve, rekel / rekla, turizem / turizma).
 *
 * Endings that are also common stem ends are restricted by context: -ev
 * (genitive plural) only after c, z, s, j (the soft stems that take it:
 * klicev, operaterjev), so storitev keeps its v; -jo, -mi, -ma (i-stem
 * instrumental and dual: kakovostjo, kakovostmi, pomočjo) only after st or
 * c, so nedeljo, firmi, firma keep their stem; -em not after iz (turizem);
 * the formant -el not after k, s, g, z, where the e is fleeting (rekel,
 * prišel).  Nothing is applied more than twice and no derivational suffix
 * is listed, so nesramnega -> nesramn and reklamacijo -> reklamac (a 2005
 * Snowball-list draft gave nesra and rekla).
 *
 * Known misses: the verb dual (čakava, vrneta), short roots where -et
 * cannot go (vrnete -> vrnet, videti / videl / vidim), present stems that
 * differ from the infinitive (prejmem / prejeti, kupujem / kupovati), verbal
 * nouns and adjectives (čakanje, čakajoč stay apart from čakati), and
 * -ajati verbs, whose -aj is cut a second time in some forms (predvajam ->
 * predv, predvajaš -> predvaj).
 *
 * Input is the fold form (lower case, diacritics removed: č, š, ž arrive as
 * c, s, z), so all endings are ASCII and cutting them never splits a UTF-8
 * sequence; length guards count letters (code points), not bytes.
 */
#include "stem.h"
#include <string.h>


/* Is c an ASCII consonant letter?  (Non-ASCII letters count as neither.) */
static int consonant(char c)
{
	return c >= 'a' && c <= 'z' && !strchr("aeiou", c);
}

/* A suffix and the stem length (letters) it must leave. */
typedef struct { const char *s; size_t min; } suffix;

/* Step 1 endings, longest first.  -ate, -ite, -ete are not here: -e then
 * the step-2 formant -at/-it/-et gives the same cut and keeps kredite and
 * kredit (prioritete, prioriteta) together, and pakete with paket. */
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
	{ "al", 3 }, { "il", 3 }, { "an", 3 }, { "at", 3 }, { "it", 3 }, { "et", 4 },
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
		return p1 != 0 && strchr("czsj", p1) != NULL;
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

/* Stem the folded word w[0..len) in place; returns the new length (never 0
 * when len > 0).  Words of fewer than four letters are left unchanged. */
size_t stem_sl(char *w, size_t len)
{
	size_t n = letters(w, len);
	if (n < 4) return len;                  /* too short for any rule */

	len = cut(w, len, &n, ENDING);
	len = cut(w, len, &n, ENDING);
	len = cut(w, len, &n, FORMANT);
	if (n >= 4 && w[len - 1] == 'j' && consonant(w[len - 2]))
		len--, n--;                      /* operaterj-, podjetj- */
	if (n >= 4 && w[len - 2] == 'e' && w[len - 1] != 0 &&
	    strchr("ncklrvm", w[len - 1]) && consonant(w[len - 3])) {
		w[len - 2] = w[len - 1];         /* fleeting e: nesramen -> nesramn */
		len--;
	}
	return len;
}
