/*
 * token.h — tokens and the word cache.
 *
 * token_scan splits a (sanitised, valid UTF-8) text into tokens with byte
 * offsets into that text: words (letters, marks, digits, inner apostrophes
 * and hyphens), numbers (1,5  1.5  10:30; "45min" -> 45 + min), URLs, e-mail
 * addresses, @handles, emoji, emoticons and punctuation runs.  Each token
 * carries its clause number: clauses end at . ! ? ; and a contrast word
 * (but, ampak, ale, maar, vendar, však, echter) starts a new one.
 *
 * Words and numbers point to a cache entry (struct word) that holds the
 * fold form, the stems per language, the language evidence and the lexicon
 * hits, each computed once per distinct surface string.
 */
#ifndef GRIPE_TOKEN_H
#define GRIPE_TOKEN_H

#include "util.h"

enum { LANG_SL, LANG_CS, LANG_NL, LANG_EN, NLANG, LANG_UND = NLANG };
extern const char *const LANG_CODES[NLANG + 1];   /* "sl","cs","nl","en","und" */
int lang_from_code(const char *code);             /* LANG_UND when unknown */

enum tok_kind { TK_WORD, TK_NUM, TK_URL, TK_EMAIL, TK_HANDLE, TK_EMOJI,
	TK_EMOTICON, TK_PUNCT };
/* Token kind names, zero padded to 9 bytes (so 8 can be copied at once),
 * and their lengths. */
extern const char TOK_KIND_NAMES[][9];
extern const unsigned char TOK_KIND_LEN[];

enum { TF_CAPS = 1,        /* a word of 2+ letters, all upper case */
       TF_BOUNDARY = 2,    /* punctuation that ends a clause */
       TF_CONTRAST = 4 };  /* a contrast word: begins a new clause */

enum { CONJ_ANY = 1 << NLANG };

typedef struct word {
	/* Laid out by cache line (wcache_get returns entries aligned to 64
	 * bytes).  Line 0, read for every token by the language identifier
	 * and the matcher: */
	uint8_t contrast;            /* fold is a contrast word */
	uint8_t conj;                /* fold is "and" (and, a, en, in, i, plus):
	                              * CONJ_ANY, and 1 << LANG_* for each
	                              * language it is "and" in */
	uint8_t lang_done;
	uint8_t hits_done[NLANG];
	float lang[NLANG];           /* language evidence (lang.c) */
	void *hits[NLANG];           /* lexicon hits (match.c), lazily */
	uint32_t fold_len;
	uint32_t lower_len;
	/* line 1, read for every token by gripe tokenize: the JSON of the
	 * first language asked for, in place when it fits (nearly every
	 * word), so writing a token costs one load of the entry, not a
	 * second one of a string elsewhere */
	uint8_t json_here;           /* 1 + LANG_* of json_inline, or 0 */
	uint8_t json_here_len;
	char json_inline[62];
	/* line 2 */
	uint32_t json_len[NLANG];
	char *json[NLANG];           /* lazily: "surface","fold","stem" as JSON */
	char *fold;                  /* NUL-terminated fold form */
	char *lower;                 /* lower case, diacritics kept */
	/* read when a word is first seen, or for output */
	char *stem[NLANG];           /* lazily computed */
	uint32_t stem_len[NLANG];
} word;

typedef struct token {
	uint32_t start, end;         /* byte offsets in the text */
	uint8_t kind, flags;
	uint16_t clause;
	word *w;                     /* words and numbers; NULL otherwise */
} token;

typedef VEC(token) token_vec;

/* The word cache.  Entries live until wcache_trim() finds the cache over
 * its limit and empties it: call it only between records, when no token
 * points into the cache. */
typedef struct wcache wcache;
typedef struct stemmer stemmer;
wcache *wcache_new(size_t max_words);
void wcache_free(wcache *c);
word *wcache_get(wcache *c, const char *surface, size_t n);
void wcache_trim(wcache *c);
size_t wcache_size(const wcache *c);
/* The stem of w for a language (en/nl: Snowball; cs/sl: light stemmers). */
const char *word_stem(wcache *c, word *w, int lang, uint32_t *len);

/* The JSON strings "surface","fold","stem" of word w in language lang
 * (LANG_SL..LANG_EN), escaped, built once per word: gripe tokenize writes
 * them for every token.  The string is readable (zero padded) up to the
 * next multiple of WORD_JSON_CHUNK past *len, so it can be copied in whole
 * chunks, with no call and no branch on its length for most words. */
#define WORD_JSON_CHUNK 32
const char *word_json_build(wcache *c, word *w, int lang, uint32_t *len);
static inline const char *word_json(wcache *c, word *w, int lang, uint32_t *len)
{
	if (w->json_here == lang + 1) { *len = w->json_here_len; return w->json_inline; }
	if (!w->json[lang]) return word_json_build(c, w, lang, len);
	*len = w->json_len[lang];
	return w->json[lang];
}

/* Tokenise text[0..len) into out (cleared first). */
void token_scan(wcache *c, const char *text, size_t len, token_vec *out);
/* The same, faster, when text[len..len+TOKEN_PAD) is readable and zero. */
#define TOKEN_PAD 16
void token_scan_padded(wcache *c, const char *text, size_t len, token_vec *out);

/* token_scan_padded, then the words' language evidence (word.lang) added
 * up in token order: evidence(ctx, w, surface, n) fills it the first time a
 * word is seen (lang_word_evidence). */
typedef struct lang_sum {
	void (*evidence)(const void *ctx, word *w, const char *surface, size_t n);
	const void *ctx;
	double total[NLANG];         /* out: the sums */
	size_t words;                /* out: the words summed */
} lang_sum;
void token_scan_lang(wcache *c, const char *text, size_t len, token_vec *out, lang_sum *ls);

#endif
