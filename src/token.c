/*
 * token.c — the word cache and the tokeniser.
 *
 * The cache maps a surface string to its word entry; each distinct surface
 * is folded once and stemmed once per language (word frequencies are
 * Zipfian, so nearly every token is a hit).  The tokeniser walks code points
 * and classifies them with utf8proc.
 */
#include "token.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "stem.h"
#include "text.h"
#include "jsonw.h"
#include <stddef.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

const char *const LANG_CODES[NLANG + 1] = { "sl", "cs", "nl", "en", "und" };
const char TOK_KIND_NAMES[][9] = { "word", "num", "url", "email", "handle",
	"emoji", "emoticon", "punct" };
const unsigned char TOK_KIND_LEN[] = { 4, 3, 3, 5, 6, 5, 8, 5 };

int lang_from_code(const char *code)
{
	if (!code) return LANG_UND;
	for (int i = 0; i < NLANG; i++)
		if (!strcmp(code, LANG_CODES[i])) return i;
	return LANG_UND;
}

static void email_table(void);

/* ---- the cache ------------------------------------------------------------ */

typedef struct entry {
	word w;                      /* first: its hot fields open the entry */
	uint32_t n;
	char *surface;
} entry;

/* A slot keeps the length and the first 16 bytes of the surface, zero
 * padded, as two words: a lookup of a word of up to 16 bytes (nearly all of
 * them) is two compares and never leaves the slot array. */
typedef struct slot { uint64_t k0, k1; entry *e; uint32_t n; uint8_t contrast; } slot;

/* The first 16 bytes of s[0..n), zero padded. */
static inline void load_key(const char *s, size_t n, size_t avail, uint64_t *k0, uint64_t *k1)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 16) {          /* two loads and a mask, no copy */
		memcpy(k0, s, 8);
		memcpy(k1, s + 8, 8);
		if (n >= 16) return;
		if (n > 8) *k1 &= ~0ULL >> (64 - 8 * (n - 8));
		else {
			*k1 = 0;
			if (n < 8) *k0 &= n ? ~0ULL >> (64 - 8 * n) : 0;
		}
		return;
	}
#else
	(void)avail;
#endif
	char t[16] = {0};
	memcpy(t, s, n < 16 ? n : 16);
	memcpy(k0, t, 8);
	memcpy(k1, t + 8, 8);
}

static inline uint64_t key_hash(uint64_t k0, uint64_t k1, size_t n)
{
	uint64_t h = (k0 ^ (uint64_t)n) * 0x9E3779B97F4A7C15ULL;
	h ^= (h >> 29) ^ k1;
	h *= 0xFF51AFD7ED558CCDULL;
	return h ^ (h >> 32);
}

static inline uint64_t slot_hash(const slot *sl, const char *s, size_t n)
{
	uint64_t h = key_hash(sl->k0, sl->k1, n);
	return n > 16 ? h ^ hash_bytes(s + 16, n - 16) : h;
}

/* wcache_get, also telling whether the word is a contrast word without
 * touching the entry (the tokeniser's hot path). */
static inline word *lookup(wcache *c, const char *s, size_t n, size_t avail, int *contrast);

struct wcache {
	slot *slots;
	size_t cap, count, max;
	arena mem;
	stemmer *st;
	buf tmp;
};

/* Contrast words start a new clause.  Matched on the fold form, except
 * "však", whose fold "vsak" is the Slovenian "every". */
static const char *CONTRAST_FOLD[] = { "but", "however", "although", "ampak",
	"vendar", "toda", "ale", "echter", "doch", NULL };
/* "and" in the four languages (Czech "a", Slovenian "in" and "i"), and
 * the languages it is "and" in (CONJ_IN: bits of LANG_*; 0 for "plus" and
 * "i", which join quantities but are no clause's "and"). */
static const char *CONJ_FOLD[] = { "and", "a", "en", "in", "i", "plus", NULL };
static const uint8_t CONJ_IN[] = { 1 << LANG_EN, 1 << LANG_CS, 1 << LANG_NL, 1 << LANG_SL, 0, 0 };

/* Dutch "maar" is "but" only where a clause can begin: after punctuation,
 * or before a subject or adverb ("maar niemand belde", "maar wel").
 * Elsewhere it is a particle: "alleen maar", "moest maar terugkomen",
 * "kom maar langs", and after a pronoun unless a subject follows: "moet je
 * maar een andere winkel zoeken" (but "belde ze maar ze namen niet op"). */
enum { CONTRAST_MAYBE = 2 };
static const char *MAAR_NEXT[] = { "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij",
	"jullie", "men", "het", "de", "een", "dat", "die", "dit", "deze", "er", "niemand", "niets",
	"niks", "geen", "nooit", "toen", "nu", "daar", "dan", "helaas", "ook", "wel", "zelfs", "nog",
	"mijn", "m'n", "hun", "haar", "zijn", "alles", "iedereen", "sinds", "omdat", "als",
	"uiteindelijk", "achteraf", "pas", "zonder", "na", "in", "op", "bij", "toch", "blijkbaar",
	"jammer", "daarna", "vervolgens", "intussen", "ondertussen", NULL };
static const char *MAAR_PRONOUN[] = { "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij",
	"jullie", "men", NULL };
/* subjects besides the pronouns */
static const char *MAAR_SUBJECT[] = { "niemand", "er", "het", "dat", "die", "dit", NULL };
/* imperatives opening a clause or a quotation: "kijk maar op onze site",
 * "zei: 'bel maar terug'" */
static const char *MAAR_IMPERATIVE[] = { "kijk", "kom", "ga", "bel", "probeer", "doe", "zoek", "stuur",
	"mail", "vul", "neem", "wacht", "lees", "check", "regel", "download", "installeer", "log", "klik",
	"meld", "schrijf", "app", "vraag", "loop", "geef", "laat", "zet", "gebruik", "surf", NULL };
/* objects and adverbs that a particle "maar" follows: "doe het maar",
 * "registreer het maar in de app", "probeer het dan maar", "kom nu maar".
 * After these, the pronouns and the imperatives, "maar" is a particle
 * unless a subject follows ("ik probeerde het maar het lukte niet"). */
static const char *MAAR_AFTER[] = { "het", "'t", "dat", "dit", "dan", "even", "gewoon", "eens",
	"nou", "nu", "ook", "wel",
	/* and the modal verbs: "ik moest maar een mail sturen", "u kunt maar
	 * beter de app gebruiken" */
	"moet", "moest", "moeten", "moesten", "mag", "mocht", "mochten", "kan", "kon", "kun", "kunt",
	"kunnen", "konden", "zal", "zou", "zouden", "wil", "wilde", NULL };

static int in_list(const char *s, const char *const *list)
{
	for (; *list; list++) if (!strcmp(s, *list)) return 1;
	return 0;
}

static int maar_is_contrast(const char *s, size_t len, size_t j, const token_vec *out, uint32_t clause)
{
	if (!out->n || out->v[out->n - 1].clause != clause || out->v[out->n - 1].kind == TK_PUNCT) return 1;
	const token *p = &out->v[out->n - 1];
	if (p->w && !strcmp(p->w->fold, "alleen")) return 0;
	while (j < len && (s[j] == ' ' || s[j] == '\t')) j++;
	char nx[16];
	size_t k = 0;
	while (j < len && k < sizeof nx - 1 && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '\''))
		nx[k++] = (char)(s[j] >= 'A' && s[j] <= 'Z' ? s[j++] + 32 : s[j++]);
	nx[k] = 0;
	if (j < len && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) return 0;
	/* after a pronoun, an object or adverb, or an imperative opening its
	 * clause, only a subject makes it "but" */
	const char *pf = p->w ? p->w->fold : "";
	int opens = out->n == 1 || out->v[out->n - 2].kind == TK_PUNCT || out->v[out->n - 2].clause != clause;
	if (in_list(pf, MAAR_PRONOUN) || in_list(pf, MAAR_AFTER) || (opens && in_list(pf, MAAR_IMPERATIVE)))
		return in_list(nx, MAAR_PRONOUN) || in_list(nx, MAAR_SUBJECT);
	return in_list(nx, MAAR_NEXT);
}

wcache *wcache_new(size_t max_words)
{
	wcache *c = xcalloc(1, sizeof *c);
	c->cap = 1 << 14;
	c->slots = xcalloc(c->cap, sizeof *c->slots);
	c->max = max_words ? max_words : 1 << 20;
	c->st = stemmer_new();
	email_table();
	return c;
}

void wcache_free(wcache *c)
{
	if (!c) return;
	for (size_t i = 0; i < c->cap; i++) {
		entry *e = c->slots[i].e;
		if (!e) continue;
		for (int l = 0; l < NLANG; l++) free(e->w.hits[l]);
	}
	free(c->slots);
	arena_free(&c->mem);
	stemmer_free(c->st);
	buf_free(&c->tmp);
	free(c);
}

size_t wcache_size(const wcache *c) { return c->count; }

void wcache_trim(wcache *c)
{
	if (c->count < c->max) return;
	for (size_t i = 0; i < c->cap; i++) {
		entry *e = c->slots[i].e;
		if (!e) continue;
		for (int l = 0; l < NLANG; l++) free(e->w.hits[l]);
	}
	memset(c->slots, 0, c->cap * sizeof *c->slots);
	c->count = 0;
	arena_reset(&c->mem);
}

static void grow(wcache *c)
{
	size_t ncap = c->cap * 2;
	slot *ns = xcalloc(ncap, sizeof *ns);
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->slots[i].e) continue;
		const slot *sl = &c->slots[i];
		size_t j = slot_hash(sl, sl->e->surface, sl->n) & (ncap - 1);
		while (ns[j].e) j = (j + 1) & (ncap - 1);
		ns[j] = c->slots[i];
	}
	free(c->slots);
	c->slots = ns;
	c->cap = ncap;
}

static inline word *lookup_num(wcache *c, const char *s, size_t i, size_t j, size_t avail)
{
	int k;
	return lookup(c, s + i, j - i, avail, &k);
}

word *wcache_get(wcache *c, const char *s, size_t n)
{
	int k;
	return lookup(c, s, n, n, &k);
}

/* a[0..n) == b[0..n), without a call: words are short */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y, u, v;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, a + i, 8); memcpy(&y, b + i, 8);
			if (x != y) return 0;
		}
		memcpy(&x, a + n - 8, 8); memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		uint32_t p, q, r, t;
		memcpy(&p, a, 4); memcpy(&q, b, 4); memcpy(&r, a + n - 4, 4); memcpy(&t, b + n - 4, 4);
		return p == q && r == t;
	}
	u = v = 0;
	for (size_t i = 0; i < n; i++) { u = u << 8 | (unsigned char)a[i]; v = v << 8 | (unsigned char)b[i]; }
	return u == v;
}

static word *add_word(wcache *c, const char *s, size_t n, size_t j, uint64_t k0, uint64_t k1, int *contrast);

static inline __attribute__((always_inline)) word *lookup(wcache *c, const char *s, size_t n, size_t avail, int *contrast)
{
	uint64_t k0, k1;
	load_key(s, n, avail, &k0, &k1);
	uint64_t h = key_hash(k0, k1, n);
	if (n > 16) h ^= hash_bytes(s + 16, n - 16);
	size_t j = h & (c->cap - 1);
	for (slot *sl; (sl = &c->slots[j])->e; j = (j + 1) & (c->cap - 1)) {
		if (sl->k0 != k0 || sl->k1 != k1 || sl->n != n) continue;
		if (n <= 16 || same_bytes(sl->e->surface + 16, s + 16, n - 16)) {
			*contrast = sl->contrast;
			return &sl->e->w;
		}
	}
	return add_word(c, s, n, j, k0, k1, contrast);
}

_Static_assert(offsetof(word, json_here) == 64 && offsetof(word, json_len) == 128,
	       "a word's output fields open its second cache line");
/* whole chunks copied from json_inline stay inside the word */
_Static_assert(offsetof(word, json_inline) + (sizeof ((word *)0)->json_inline + WORD_JSON_CHUNK - 1) /
	       WORD_JSON_CHUNK * WORD_JSON_CHUNK <= sizeof(word), "json_inline's chunks");

/* A new word in the empty slot j: fold it, note whether it is a contrast
 * word. */
__attribute__((noinline))
static word *add_word(wcache *c, const char *s, size_t n, size_t j, uint64_t k0, uint64_t k1, int *contrast)
{
	entry *e = arena_alloc_line(&c->mem, sizeof *e);
	memset(e, 0, sizeof *e);
	e->n = (uint32_t)n;
	e->surface = arena_strndup(&c->mem, s, n);
	buf_reset(&c->tmp);
	text_fold(s, n, &c->tmp);
	e->w.fold = arena_strndup(&c->mem, c->tmp.data, c->tmp.len);
	e->w.fold_len = (uint32_t)c->tmp.len;
	size_t i;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++) ;
	if (i == n) {
		e->w.lower = e->w.fold;
		e->w.lower_len = e->w.fold_len;
	} else {
		buf_reset(&c->tmp);
		text_lower(s, n, &c->tmp);
		e->w.lower = arena_strndup(&c->mem, c->tmp.data, c->tmp.len);
		e->w.lower_len = (uint32_t)c->tmp.len;
	}
	if (in_list(e->w.fold, CONTRAST_FOLD)) e->w.contrast = 1;
	if (!strcmp(e->w.fold, "maar")) e->w.contrast = CONTRAST_MAYBE;
	for (const char **k = CONJ_FOLD; *k; k++)
		if (!strcmp(e->w.fold, *k)) e->w.conj = (uint8_t)(CONJ_ANY | CONJ_IN[k - CONJ_FOLD]);
	if (n == 5 && !memcmp(s, "v\xc5\xa1" "ak", 5)) e->w.contrast = 1;
	if (n == 5 && !memcmp(s, "V\xc5\xa1" "ak", 5)) e->w.contrast = 1;
	c->slots[j].k0 = k0;
	c->slots[j].k1 = k1;
	c->slots[j].e = e;
	c->slots[j].n = (uint32_t)n;
	c->slots[j].contrast = e->w.contrast;
	*contrast = e->w.contrast;
	if (++c->count * 2 > c->cap) grow(c);
	return &e->w;
}

const char *word_stem(wcache *c, word *w, int lang, uint32_t *len)
{
	if (lang < 0 || lang >= NLANG) { *len = w->fold_len; return w->fold; }
	if (!w->stem[lang]) {
		char tmp[256];
		size_t n = stemmer_stem(c->st, lang, w->fold, w->fold_len, tmp, sizeof tmp);
		w->stem[lang] = arena_strndup(&c->mem, tmp, n);
		w->stem_len[lang] = (uint32_t)n;
	}
	*len = w->stem_len[lang];
	return w->stem[lang];
}

const char *word_json_build(wcache *c, word *w, int lang, uint32_t *len)
{
	const entry *e = (const entry *)w;   /* the word opens its entry */
	uint32_t sl;
	const char *st = word_stem(c, w, lang, &sl);
	buf_reset(&c->tmp);
	json_add_string(&c->tmp, e->surface, e->n);
	buf_addc(&c->tmp, ',');
	json_add_string(&c->tmp, w->fold, w->fold_len);
	buf_addc(&c->tmp, ',');
	json_add_string(&c->tmp, st, sl);
	if (!w->json_here && c->tmp.len <= sizeof w->json_inline) {
		/* in the entry: whole chunks read past it stay in the word */
		memcpy(w->json_inline, c->tmp.data, c->tmp.len);
		memset(w->json_inline + c->tmp.len, 0, sizeof w->json_inline - c->tmp.len);
		w->json_here = (uint8_t)(lang + 1);
		w->json_here_len = (uint8_t)c->tmp.len;
		*len = w->json_here_len;
		return w->json_inline;
	}
	/* padded to a multiple of WORD_JSON_CHUNK: a reader may copy whole
	 * chunks (word_json's contract) */
	size_t room = (c->tmp.len + WORD_JSON_CHUNK) / WORD_JSON_CHUNK * WORD_JSON_CHUNK;
	char *j = arena_alloc(&c->mem, room);
	memcpy(j, c->tmp.data, c->tmp.len);
	memset(j + c->tmp.len, 0, room - c->tmp.len);
	w->json[lang] = j;
	w->json_len[lang] = (uint32_t)c->tmp.len;
	*len = w->json_len[lang];
	return w->json[lang];
}

/* ---- the tokeniser ---------------------------------------------------------- */

static int is_emoji(int32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
	       (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x2764 || cp == 0x203C || cp == 0x2049;
}

static int is_emoji_joiner(int32_t cp)
{
	return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
	       (cp >= 0xE0020 && cp <= 0xE007F) || cp == 0x20E3;
}

static int is_wordchar(int32_t cp)
{
	if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
		return 1;
	default:
		return 0;
	}
}

static int is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
	       cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0x202F;
}
static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static int32_t cp_at(const char *s, size_t len, size_t i, int *k)
{
	int32_t cp;
	if (i >= len) { *k = 0; return -1; }
	if ((unsigned char)s[i] < 0x80) { *k = 1; return (unsigned char)s[i]; }
	*k = text_decode(s + i, len - i, &cp);
	return cp;
}

static const char *EMOTICONS[] = { ">:-(", ">:(", ":'-(", ":'(", ":-)", ":-(", ":-D", ":-P",
	":-p", ":-/", ":-|", ":-O", ":-o", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ":O", ":o",
	";-)", ";)", "xD", "XD", "<3", "</3", ":S", ":s", "=)", "=(", NULL };

static size_t emoticon_at(const char *s, size_t len, size_t i)
{
	char c0 = s[i];
	if (c0 != ':' && c0 != ';' && c0 != '>' && c0 != '=' && c0 != '<' && c0 != 'x' && c0 != 'X')
		return 0;
	for (const char **e = EMOTICONS; *e; e++) {
		if ((*e)[0] != c0) continue;
		size_t n = strlen(*e);
		if (i + n <= len && !memcmp(s + i, *e, n)) {
			/* must end at a space, punctuation or the end */
			if (i + n < len) {
				int k;
				int32_t cp = cp_at(s, len, i + n, &k);
				if (is_wordchar(cp)) continue;
			}
			return n;
		}
	}
	return 0;
}

static size_t url_at(const char *s, size_t len, size_t i)
{
	static const char *pre[] = { "http://", "https://", "www.", NULL };
	char c0 = s[i] | 0x20;
	if (c0 != 'h' && c0 != 'w') return 0;
	int ok = 0;
	for (const char **p = pre; *p; p++) {
		size_t n = strlen(*p);
		if (i + n < len && !strncasecmp(s + i, *p, n)) ok = 1;
	}
	if (!ok) return 0;
	size_t j = i;
	while (j < len && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r' || s[j] == '"' || s[j] == '<' || s[j] == '>')) j++;
	while (j > i && strchr(".,;:!?)]}'", s[j - 1])) j--;
	return j - i;
}

static unsigned char EMAIL_CHAR[256];
static unsigned char ASCII_ALPHA[256];      /* a-z A-Z */
static unsigned char WORD_STOP_SLOW[256];   /* after an ASCII word: needs the general path */

/* Two-byte code points (U+0080..U+07FF: Latin with diacritics, combining
 * marks): word character, upper case, lower case. */
enum { L2_WORD = 1, L2_UPPER = 2, L2_LOWER = 4 };
static unsigned char LAT2[0x800 - 0x80];

static void email_table(void)
{
	if (EMAIL_CHAR['a']) return;
	for (int32_t cp = 0x80; cp < 0x800; cp++) {
		utf8proc_category_t cat = utf8proc_category(cp);
		LAT2[cp - 0x80] = (unsigned char)((is_wordchar(cp) ? L2_WORD : 0) |
			(cat == UTF8PROC_CATEGORY_LU ? L2_UPPER : 0) | (cat == UTF8PROC_CATEGORY_LL ? L2_LOWER : 0));
	}
	for (int c = 0; c < 256; c++) {
		ASCII_ALPHA[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		WORD_STOP_SLOW[c] = c >= 0x80 || c == '\'' || c == '-' || c == '@' || c == '.' ||
				    c == '_' || c == '+' || c == ':';
	}
	for (int c = 0; c < 256; c++)
		EMAIL_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
				c == '.' || c == '_' || c == '-' || c == '+';
}

static int email_char(char c) { return EMAIL_CHAR[(unsigned char)c]; }

static size_t email_at(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && email_char(s[j])) j++;
	if (j == len || s[j] != '@') return 0;      /* the common case: a plain word */
	if (j == i || j >= len || s[j] != '@') return 0;
	size_t at = j++, dot;
	while (j < len && email_char(s[j]) && s[j] != '+') j++;
	while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-')) j--;
	dot = 0;
	for (size_t k = at + 1; k < j; k++) if (s[k] == '.') dot = k;
	if (!dot || dot >= j - 1 || dot == at + 1) return 0;
	return j - i;
}

static inline void push(token_vec *out, size_t a, size_t b, int kind, int flags, uint32_t clause, word *w)
{
	token t = { (uint32_t)a, (uint32_t)b, (uint8_t)kind, (uint8_t)flags, clause, w };
	out->v[out->n++] = t;            /* token_scan reserved room */
}

/* Push the word s[i..j): look it up, flag capitals, and start a new
 * clause at a contrast word. */
static inline __attribute__((always_inline)) void push_word(wcache *c, const char *s, size_t len, size_t pad, size_t i, size_t j,
			     int upper, int letters, token_vec *out, uint32_t *clause)
{
	int contrast;
	word *w = lookup(c, s + i, j - i, len + pad - i, &contrast);
	int fl = (letters >= 2 && upper == letters) ? TF_CAPS : 0;
	if (contrast == CONTRAST_MAYBE) contrast = maar_is_contrast(s, len, j, out, *clause);
	if (contrast) {
		if (out->n && out->v[out->n - 1].clause == *clause) (*clause)++;
		fl |= TF_CONTRAST;
	}
	push(out, i, j, TK_WORD, fl, *clause, w);
}

/* Is the dot at s[i] an ordinal's ("jsem 15. v pořadí", "3. nadstropje",
 * "het 2. loket"): right after a number of at most three digits, and
 * followed by a space and a lower-case letter? Then it ends no sentence. */
static int ordinal_dot(const char *s, size_t len, size_t i, const token_vec *out)
{
	if (!out->n) return 0;
	const token *p = &out->v[out->n - 1];
	if (p->kind != TK_NUM || p->end != i || p->end - p->start > 3) return 0;
	for (uint32_t k = p->start; k < p->end; k++) if (s[k] < '0' || s[k] > '9') return 0;
	if (i + 2 >= len || s[i + 1] != ' ') return 0;
	int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i + 2, (utf8proc_ssize_t)(len - i - 2), &cp);
	return k > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* The scan; s[len..len+pad) is readable and zero: word lookups read whole
 * 16-byte keys and the letter scan 16 bytes at a time without a check for
 * the end of the text (a zero byte ends any word). */
static inline __attribute__((always_inline)) void scan(wcache *c, const char *s, size_t len, size_t pad, token_vec *out)
{
	out->n = 0;
	VEC_RESERVE(out, len + 1);       /* never more tokens than bytes: push needs no check */
	uint32_t clause = 0;
	int prev_word = 0;        /* previous code point was a word character */
	size_t i = 0;
	while (i < len) {
		unsigned char c0 = (unsigned char)s[i];
		if (c0 == ' ') { i++; prev_word = 0; continue; }
		if (!prev_word && (ASCII_ALPHA[c0] || (c0 >= 0xC2 && c0 <= 0xDF && i + 1 < len &&
		    (LAT2[(((unsigned)c0 & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F)) - 0x80] & L2_WORD)))) {
			/* the common case: a word of letters and digits of one or two
			 * bytes (ASCII, Latin with diacritics) followed by a space or
			 * plain punctuation.  Anything that could make it an e-mail
			 * address, a URL, an emoticon ("xD") or a longer word
			 * (apostrophe, hyphen, other scripts) takes the general path
			 * below. */
			size_t j = i;
			int upper = 0, lower = 0;
			while (j < len) {
#ifdef __SSE2__
				/* a run of lower-case ASCII letters, sixteen bytes at a
				 * time: its end is found without a branch per letter
				 * (the one a word's end would mispredict) */
				if (j + 16 <= len + pad) {   /* bytes past len are no letters */
					__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
					__m128i in = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
								   _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
					unsigned run = (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(in));
					lower += (int)run;
					j += run;
					if (run == 16) continue;
				}
#endif
				unsigned char b = (unsigned char)s[j];
				if (b >= 'a' && b <= 'z') { lower++; j++; continue; }
				if (b >= 'A' && b <= 'Z') { upper++; j++; continue; }
				if (b >= '0' && b <= '9') { j++; continue; }
				if (b >= 0xC2 && b <= 0xDF && j + 1 < len) {
					unsigned f = LAT2[(((unsigned)b & 0x1F) << 6 | ((unsigned char)s[j + 1] & 0x3F)) - 0x80];
					if (!(f & L2_WORD)) break;
					if (f & L2_UPPER) upper++;
					else if (f & L2_LOWER) lower++;
					j += 2;
					continue;
				}
				break;
			}
			unsigned char stop = j < len ? (unsigned char)s[j] : 0;
			if ((j == len || (stop < 0x80 && !WORD_STOP_SLOW[stop]) || (stop >= 0xC2 && stop <= 0xDF)) &&
			    !(j - i == 2 && (c0 | 0x20) == 'x')) {
				push_word(c, s, len, pad, i, j, upper, upper + lower, out, &clause);
				i = j; prev_word = 1;
				continue;
			}
		}
		int k;
		int32_t cp = cp_at(s, len, i, &k);
		if (is_space(cp)) {
			if (cp == '\n' && out->n && out->v[out->n - 1].clause == clause) clause++;
			i += (size_t)k; prev_word = 0; continue;
		}
		size_t n;
		if (!prev_word && (n = url_at(s, len, i))) {
			push(out, i, i + n, TK_URL, 0, clause, NULL); i += n; continue;
		}
		if (!prev_word && (n = email_at(s, len, i))) {
			push(out, i, i + n, TK_EMAIL, 0, clause, NULL); i += n; continue;
		}
		if (!prev_word && (n = emoticon_at(s, len, i)) && !(is_wordchar(cp) && n < 2)) {
			/* "xD" only when it is the whole word */
			push(out, i, i + n, TK_EMOTICON, 0, clause, NULL); i += n; continue;
		}
		if (cp == '@' && !prev_word) {
			int k2;
			int32_t nx = cp_at(s, len, i + 1, &k2);
			if (is_wordchar(nx)) {
				size_t j = i + 1;
				for (;;) {
					int32_t c2 = cp_at(s, len, j, &k2);
					if (c2 < 0 || !(is_wordchar(c2) || c2 == '_' || c2 == '.')) break;
					j += (size_t)k2;
				}
				while (s[j - 1] == '.') j--;
				push(out, i, j, TK_HANDLE, 0, clause, NULL); i = j; continue;
			}
		}
		if (is_digit(cp)) {                     /* number */
			size_t j = i + 1;
			while (j < len) {
				if (is_digit((unsigned char)s[j])) { j++; continue; }
				if ((s[j] == ',' || s[j] == '.' || s[j] == ':') && j + 1 < len &&
				    is_digit((unsigned char)s[j + 1])) { j += 2; continue; }
				break;
			}
			push(out, i, j, TK_NUM, 0, clause, lookup_num(c, s, i, j, len + pad - i));
			i = j; prev_word = 0;           /* "45min": min is a new word */
			continue;
		}
		int lead_apos = is_apos(cp) && !prev_word;
		if (is_wordchar(cp) || lead_apos) {
			size_t j = i;
			int letters = 0, upper = 0, lower = 0;
			if (lead_apos) {
				/* a clitic ('s avonds, 't, 'n, 'k, 'm, 'em, 'ns) keeps its
				 * apostrophe; a quote mark before any other word does not */
				static const char *clitics[] = { "s", "t", "n", "k", "m", "em", "ns", "r", NULL };
				int k2;
				int32_t nx = cp_at(s, len, i + (size_t)k, &k2);
				if (!is_wordchar(nx) || is_digit(nx)) goto punct;
				size_t b0 = i + (size_t)k, e = b0;
				while (e < len && e - b0 < 4) {
					int k3;
					int32_t c3 = cp_at(s, len, e, &k3);
					if (!is_wordchar(c3)) break;
					e += (size_t)k3;
				}
				int clitic = 0;
				for (const char **cl = clitics; *cl && !clitic; cl++)
					clitic = strlen(*cl) == e - b0 && !strncasecmp(s + b0, *cl, e - b0);
				if (!clitic || (e < len && is_wordchar(cp_at(s, len, e, &k2)))) goto punct;
				j += (size_t)k;
			}
			for (;;) {
				/* ASCII letters and digits: the common case, no decoding */
				while (j < len) {
					unsigned char b = (unsigned char)s[j];
					if (b >= 'a' && b <= 'z') { lower++; letters++; j++; }
					else if (b >= 'A' && b <= 'Z') { upper++; letters++; j++; }
					else if (b >= '0' && b <= '9') j++;
					else break;
				}
				int k2;
				int32_t c2 = cp_at(s, len, j, &k2);
				if (c2 < 0) break;
				if (is_wordchar(c2)) {
					utf8proc_category_t cat = c2 < 0x80 ? 0 : utf8proc_category(c2);
					if ((c2 >= 'A' && c2 <= 'Z') || cat == UTF8PROC_CATEGORY_LU) { upper++; letters++; }
					else if ((c2 >= 'a' && c2 <= 'z') || cat == UTF8PROC_CATEGORY_LL) { lower++; letters++; }
					j += (size_t)k2;
					continue;
				}
				if (is_apos(c2) || is_hyphen(c2)) {
					int k3;
					int32_t nx = cp_at(s, len, j + (size_t)k2, &k3);
					if (nx >= 0 && is_wordchar(nx)) { j += (size_t)k2; continue; }
				}
				break;
			}
			push_word(c, s, len, pad, i, j, upper, letters, out, &clause);
			i = j; prev_word = 1;
			continue;
		}
		if (is_emoji(cp) || (cp >= 0x1F1E6 && cp <= 0x1F1FF)) {
			size_t j = i + (size_t)k;
			for (;;) {
				int k2;
				int32_t c2 = cp_at(s, len, j, &k2);
				if (c2 < 0) break;
				if (is_emoji_joiner(c2)) { j += (size_t)k2; continue; }
				/* a joined sequence continues after ZWJ */
				if (is_emoji(c2) && j > i && (unsigned char)s[j - 1] == 0x8D &&
				    (unsigned char)s[j - 2] == 0x80 && (unsigned char)s[j - 3] == 0xE2) { j += (size_t)k2; continue; }
				break;
			}
			push(out, i, j, TK_EMOJI, 0, clause, NULL);
			i = j; prev_word = 0;
			continue;
		}
	punct:
		{
			/* punctuation: a run of ! and ?, or a run of one character */
			size_t j = i + (size_t)k;
			int bang = cp == '!' || cp == '?';
			for (;;) {
				int k2;
				int32_t c2 = cp_at(s, len, j, &k2);
				if (c2 < 0) break;
				if (bang ? (c2 == '!' || c2 == '?') : c2 == cp) { j += (size_t)k2; continue; }
				break;
			}
			int fl = 0;
			if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == 0x2026) fl = TF_BOUNDARY;
			if (cp == '.' && j == i + 1 && ordinal_dot(s, len, i, out)) fl = 0;
			push(out, i, j, TK_PUNCT, fl, clause, NULL);
			if (fl) clause++;
			i = j; prev_word = 0;
		}
	}
}

void token_scan(wcache *c, const char *s, size_t len, token_vec *out) { scan(c, s, len, 0, out); }

void token_scan_padded(wcache *c, const char *s, size_t len, token_vec *out) { scan(c, s, len, TOKEN_PAD, out); }

void token_scan_lang(wcache *c, const char *s, size_t len, token_vec *out, lang_sum *ls)
{
	scan(c, s, len, TOKEN_PAD, out);
	/* The words' evidence in token order, in a loop of its own after the
	 * scan: its loads of the words' entries depend on no lookup, so they
	 * can overlap (no change in time measurable on this machine; the scan
	 * is the simpler for it). */
	_Static_assert(NLANG == 4, "the sums name each language");
	double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
	size_t words = 0;
	const token *v = out->v;
	for (size_t i = 0, n = out->n; i < n; i++) {
		if (v[i].kind != TK_WORD) continue;
		word *w = v[i].w;
		if (__builtin_expect(!w->lang_done, 0) && ls->evidence)
			ls->evidence(ls->ctx, w, s + v[i].start, v[i].end - v[i].start);
		t0 += w->lang[0]; t1 += w->lang[1]; t2 += w->lang[2]; t3 += w->lang[3];
		words++;
	}
	ls->total[0] = t0; ls->total[1] = t1; ls->total[2] = t2; ls->total[3] = t3;
	ls->words = words;
}
