/*
 * match.h — the matcher: which lexicon elements each word satisfies
 * (cached per word and language, so the cost per token does not grow with
 * the number of rules), then sequence and regex rules over a record.
 */
#ifndef GRIPE_MATCH_H
#define GRIPE_MATCH_H

#include "lexicon.h"
#include "pipeline.h"

/* Flags in a word's element list (match_word()[1]). */
enum { WF_NEG = 1, WF_INTENS = 2, WF_PROFANE = 4, WF_NUM = 8, WF_UNIT = 16,
       WF_NEG_AFTER = 32 /* a negation cue marked after */,
       WF_SPEECH = 64 /* speech.lex: a verb of saying, a quotation's cue */,
       WF_SELF = 128 /* speech.lex self: the writer as speaker ("I", "ik") */,
       WF_SELF_AFTER = 256 /* speech.lex self after: also right after the cue ("zei ik") */,
       WF_PASSIVE = 512 /* speech.lex passive: between a self word and its cue, the writer
                         * is told, not telling ("I was told") */,
       WF_WHOLE = 1024 /* speech.lex whole: a cue that reports its whole sentence
                        * ("Chyba je prý u vás", "It was apparently my fault") */ };

/* The element list of a word in a language, owned by the word cache:
 * [n, flags, mask (2 words: bit id % 64 of each id), id x n, ncand, then
 * per candidate rule (a tagged rule anchored on one of the ids): rule,
 * filter length L | positions << 16 | anchor position << 24, the offset
 * of the rule's program (lexindex.c make_prog) in the list, its rule_hot
 * (two words), the filter (L words, lexindex.c make_filter); then the
 * programs]; NULL when the word
 * satisfies no element.  A one-word rule is a hit without its program.
 * The ids start at WL_IDS. */
enum { WL_IDS = 4 };
const uint32_t *match_word(const lexicon *x, int lang, wcache *c, word *w);

typedef struct hit {
	uint32_t rule;               /* index into lang[lang].rules */
	uint32_t first, last;        /* token indexes (inclusive) */
	uint32_t start, end;         /* byte offsets in the text */
	int32_t cue;                 /* negating token, or -1 */
	float weight;                /* the rule's (rule_hot, copied) */
	uint16_t tag;
	uint8_t noneg, learned;
	uint8_t negated;
	uint8_t said;                /* 1: counts only inside someone else's reported
	                              * words; tag_record sets 2 where it is outside
	                              * them (not counted; explain says so) */
} hit;
typedef VEC(hit) hit_vec;

/* All rule hits of the tagged rules (not the shared lists) in the record
 * prepared in w, in rule-then-position order; negation not yet decided. */
void match_scan(const lexicon *x, worker *w, hit_vec *out, buf *scratch);

#endif
