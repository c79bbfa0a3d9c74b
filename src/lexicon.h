/*
 * lexicon.h — the product's knowledge, loaded from data files:
 *
 *   taxonomy.tsv            tag, root cause, weight, description
 *   causes.tsv              root cause, title, remediation
 *   <lang>/<tag>.lex        rules of one tag in one language
 *   <lang>/negation.lex     negation cues          (single-token rules)
 *   <lang>/intensifiers.lex intensifiers           (single-token rules)
 *   <lang>/profanity.lex    profanity              (single-token rules)
 *   <lang>/numbers.lex      number words: form, value, [ord|times]
 *   <lang>/units.lex        units: pattern, min|count, value, [bare]
 *
 * A rule is a sequence of elements — `word` (fold form), `word*` (fold
 * prefix), `=word` (stem), or alternatives `(a|b*|=c)` — with `~N`
 * allowing up to N tokens between two elements, or a PCRE2 pattern `/.../`
 * over the record's fold text.
 * Options follow " | ": weight=N, exact (diacritics matter), noneg, and in
 * negation.lex after (the cue also negates a hit it follows closely: tag.h).
 * All strings live in the lexicon's arena, freed by lexicon_free.
 */
#ifndef GRIPE_LEXICON_H
#define GRIPE_LEXICON_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "token.h"

/* Regex rules each cost a pass over every text, so a language may have
 * only a few; `lexicon check --strict` fails above this. */
#define LEXICON_MAX_REGEX 30
/* Tags in taxonomy.tsv at most (a tag index fits 16 bits with room). */
#define MAX_TAGS 4000
#define GRIPE_STR_(x) #x
#define GRIPE_STR(x) GRIPE_STR_(x)

enum elem_mode { M_FOLD, M_LOWER, M_STEM, M_PFX_FOLD, M_PFX_LOWER, M_SFX_FOLD, M_SFX_LOWER, NMODES };

typedef struct elem {            /* a distinct (mode, string) pattern */
	uint8_t mode;
	char *s;
	uint32_t len;
	int32_t num;                 /* index into nums, or -1 */
	int32_t unit;                /* index into units, or -1 */
} elem;

/* Special "tags" of the shared lists, after the taxonomy's tags. */
enum { SPECIAL_NEG, SPECIAL_INTENS, SPECIAL_PROFANE, SPECIAL_SPEECH, NSPECIAL };

typedef struct rule {
	uint32_t tag;                /* index into taxonomy, or ntags + SPECIAL_* */
	float weight;
	uint8_t noneg, nelem;        /* nelem: positions in the sequence */
	uint8_t after;               /* a negation cue that also negates a hit before it (tag.h) */
	uint8_t said;                /* a tag rule that counts only in reported speech (tag.h) */
	uint8_t self;                /* speech.lex: the speaker is the writer ("I said") */
	uint8_t passive;             /* speech.lex: "I was told": the writer is told */
	uint8_t whole;               /* speech.lex: a cue that reports its whole sentence ("prý") */
	uint8_t apos;                /* the anchor: the position indexed in first[] */
	uint8_t learned;             /* from TAG.learned.lex: its weight sums apart */
	uint32_t *elems;             /* element ids of all alternatives, flattened */
	uint16_t *alt;               /* position k: elems[alt[k] .. alt[k+1]) */
	uint8_t *gaps;               /* gaps[k]: tokens allowed before position k+1 */
	pcre2_code *re;              /* regex rule when non-NULL */
	const char *file;            /* "en/rudeness.lex" */
	int line;
	const char *src;             /* the rule as written */
	const char *ref;             /* "en/rudeness.lex:12", for the evidence */
	uint32_t ref_len;
} rule;

/* What the tagger reads of every hit's rule, packed apart from the rule so
 * the rules of a record's hits stay in a few cache lines. */
typedef struct rule_hot {
	float weight;
	uint16_t tag;
	uint8_t noneg;               /* bit 0: noneg; bit 1 (HOT_SAID): said */
	uint8_t learned;
} rule_hot;
enum { HOT_SAID = 2 };

typedef struct numword { char *fold; double value; uint8_t kind; } numword;
enum { NUM_CARD, NUM_ORD, NUM_TIMES };
typedef struct unit { uint8_t kind; double value; uint8_t bare; } unit;
enum { UNIT_MIN, UNIT_COUNT };

typedef struct example {         /* a "+ text" or "- text" line */
	const char *file, *text;
	int line, positive;
	uint32_t tag;                /* the file's tag (or special) */
	double expect;               /* numbers/units: expected value, -1 none */
	int expect_kind;             /* UNIT_MIN or UNIT_COUNT */
	int lang;
} example;

typedef struct langlex {
	VEC(elem) elems;
	uint32_t *tab;               /* open addressing: elem id + 1, 0 empty */
	size_t tabcap;
	uint32_t maxprefix, maxsuffix;   /* bytes of the longest prefix and suffix element */
	int used[NMODES];             /* some element uses this mode */
	VEC(rule) rules;
	rule_hot *hot;        /* per rule */
	/* Two-word rules "a b" (one alternative each, nothing between): found
	 * by looking up each pair of neighbouring words' elements, however
	 * many such rules there are, instead of as candidates of their anchor
	 * (the learned rules are mostly such pairs). */
	struct pairslot { uint32_t a, b, at, n; } *pairs;   /* open addressing, n == 0 empty */
	size_t pairmask;      /* table size - 1, or 0 when there is no pair rule */
	struct pairrule { uint32_t rule; rule_hot hot; } *pair_rules;  /* slot.at .. at + n, ascending */
	uint64_t *pair_a;     /* bit set: elements that begin a pair rule */
	uint64_t *pair_seen;  /* bit set of 8 x table size: pair hashes present */
	u32vec *first;        /* per elem: sequence rules starting with it */
	u32vec regex;         /* ids of regex rules */
	uint32_t **filter;    /* per sequence rule: a quick test that every position
	                       * but the anchor can be filled (see match.c), or NULL;
	                       * filter[r][0] is its length in words */
	uint32_t **prog;      /* per rule in first[] and per anchored regex rule
	                       * (NULL for pair rules): what the matcher needs of
	                       * it in one block, copied next to each word's
	                       * candidates (lexindex.c make_prog); prog[r][0] is
	                       * its length in words */
	VEC(numword) nums;
	VEC(unit) units;
	size_t nfiles;
} langlex;

typedef struct tagdef { char *name, *cause, *desc; double weight; } tagdef;
typedef struct causedef { char *name, *title, *remedy; } causedef;

typedef struct lexicon {
	VEC(tagdef) tags;
	uint32_t *tag_rank;          /* per tag: its place in name order */
	int tag_long_hold, tag_unresolved;   /* indexes, or -1 */
	VEC(causedef) causes;
	langlex lang[NLANG];
	VEC(example) examples;
	VEC(char *) warnings;        /* lint findings that are not errors */
	arena mem;
	pcre2_match_context *mctx;
} lexicon;

/* flags: leave out TAG.learned.lex; lint every rule element against the
 * tokeniser (lexicon check: it costs about a third of the load) */
enum { LEX_NO_LEARNED = 2, LEX_LINT = 4 };
lexicon *lexicon_load(const char *dir, int flags, char *err, size_t errlen);
void lexicon_free(lexicon *x);
int lexicon_tag_index(const lexicon *x, const char *name);   /* -1 unknown */
int lexicon_cause_index(const lexicon *x, const char *name); /* -1 unknown */
const char *lexicon_tag_name(const lexicon *x, uint32_t tag);

/* The pair table's hash of elements a then b (lexindex.c build_pairs). */
static inline size_t pair_hash(uint32_t a, uint32_t b)
{
	return (size_t)(((uint64_t)a * 0x9E3779B97F4A7C15u ^ (uint64_t)b * 0xC2B2AE3D27D4EB4Fu) >> 29);
}
/* The first of the n pair rules on elements a then b, or NULL. */
static inline const struct pairrule *langlex_pair(const langlex *L, uint32_t a, uint32_t b, uint32_t *n)
{
	size_t hh = pair_hash(a, b), bit = hh & (8 * L->pairmask + 7);
	if (!(L->pair_seen[bit >> 6] >> (bit & 63) & 1)) return NULL;
	size_t i = hh & L->pairmask;
	for (; L->pairs[i].n; i = (i + 1) & L->pairmask)
		if (L->pairs[i].a == a && L->pairs[i].b == b) { *n = L->pairs[i].n; return L->pair_rules + L->pairs[i].at; }
	return NULL;
}

/* Compile language l's loaded rules for the matcher (lexindex.c; called
 * by lexicon_load). */
void lexicon_index(lexicon *x, const char *dir, int l);

/* Element lookup used by the matcher. */
int langlex_find(const langlex *L, int mode, const char *s, size_t n);
/* Append to v, once each, the elements word w satisfies in L. */
void langlex_word_elems(const langlex *L, int lang, wcache *c, word *w, u32vec *v);

#endif
