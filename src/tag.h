/*
 * tag.h — from rule hits to tags: negation, weights, quantities, intensity.
 *
 * Negation: a hit is negated when a cue (negation.lex) stands inside its
 * span, or is one of the NEG_WINDOW word tokens before it in the same
 * clause with no comma and no "and" of the record's language between, or
 * is a cue marked `after` among the NEG_AFTER_WINDOW words after it in the
 * same clause, with no punctuation
 * or "and" between (Czech puts a negated modal last: "ke konkurenci
 * odcházet nechceme"); rules marked noneg are never negated.
 * A tag fires when the weights of its un-negated hits sum to at least 1,
 * the written rules' and the learned rules' (TAG.learned.lex) apart.  Its
 * evidence is the hits of the sum that fired it, the written one when
 * both did; `negated` lists negated hits of written rules only (a learned
 * rule is one word of a statistical model, not a mention: explain shows
 * them all).
 * Quantities: `minutes` on long_hold (the longest stated wait), `contacts`
 * on unresolved (the highest stated count).
 * Intensity 0-3: one point each for shouting in capitals, a "!!" or "?!"
 * run, an intensifier, profanity, an angry emoji; at most 3.
 */
#ifndef GRIPE_TAG_H
#define GRIPE_TAG_H

#include "match.h"

#define QUANTITY_MAX 525600.0  /* minutes in a year: the largest minutes or contacts reported */
#define NEAR_TOKENS 6      /* a duration this close to the wait evidence belongs to it */
#define NEG_WINDOW 3
#define SPEECH_SELF_BEFORE 2   /* words before a speech cue that can make the writer its speaker */
#define SPEECH_QUOTE_MAX 80     /* tokens after which an unclosed quotation mark is let go */
#define SPEECH_AFTER_WORDS 3    /* a reporting clause after its words: subject words before its cue */
#define NEG_AFTER_WINDOW 2  /* words after a hit where a cue marked after negates it */

typedef struct tag_hitset {
	uint32_t tag;
	double weight;               /* sum of un-negated hit weights, written rules */
	double learned;              /* the same, learned rules (TAG.learned.lex) */
	u32vec hits;                 /* indexes into tag_result.hits; of a fired
	                              * tag, its evidence in text order */
	u32vec negated;              /* the same, negated hits of written rules */
	int fired;
} tag_hitset;

struct tag_result {
	hit_vec hits;
	VEC(tag_hitset) tags;        /* one entry per tag with any hit, sorted by name */
	size_t tags_ready;           /* entries of tags.v whose vectors are allocated (reused) */
	double minutes, contacts;    /* -1 when not stated */
	int intensity;
	unsigned points;             /* bits: 1 caps, 2 bangs, 4 intensifier, 8 profanity, 16 emoji */
	buf scratch;
	uint32_t *mark;              /* per rule: the record (gen) it last counted in */
	size_t nmark;
	uint32_t gen;
	uint8_t *tflag;              /* per token: negation flags (tag.c) */
	int32_t *cue_before, *cue_after;
	size_t ntok;                 /* room in the three */
};

/* Tag the record prepared in w (worker_prepare).  r is reused between
 * records; tag_result_free releases it. */
void tag_record(const lexicon *x, worker *w, tag_result *r);
void tag_result_free(tag_result *r);

/* Find durations and contact counts in the record (used by tag_record and
 * by the numbers/units examples).  -1 when none.  near: per token, 2 inside
 * the long_hold evidence, 1 near it, 0 elsewhere (NULL: no preference).
 * Which wait counts is documented in lexicons/README.md ("Quantities"). */
void tag_quantities(const lexicon *x, worker *w, const uint8_t *near, double *minutes, double *contacts);

/* Append ,"tags":[...],"negated":[...],"intensity":N (no leading comma
 * when first) to b. */
void tag_to_json(const lexicon *x, const worker *w, const tag_result *r, buf *b, int first);

/* The distinct evidence spans of a fired tag set, and the first one. */
int tag_evidence(const tag_result *r, const tag_hitset *ts, uint32_t *start, uint32_t *end);

/* Does the record have the tag (fired)? */
int tag_result_has(const tag_result *r, uint32_t tag);

#endif
