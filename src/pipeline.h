/*
 * pipeline.h — the stages run on one record: tokenise, identify the
 * language, tag.  The piped filters (lang, tokenize, tag) and the fused
 * `analyze` call the same functions; only what they do with the result
 * differs.  An engine is shared read-only between threads; each thread has
 * its own worker (word cache, stemmers, scratch).
 */
#ifndef GRIPE_PIPELINE_H
#define GRIPE_PIPELINE_H

#include "lang.h"
#include "token.h"

typedef struct lexicon lexicon;
typedef struct tag_result tag_result;

typedef struct engine {
	char *lexdir;
	langmodel *lm;
	lexicon *lex;        /* NULL until the tagging stage is wanted */
} engine;

typedef struct worker {
	const engine *eng;
	wcache *cache;
	token_vec toks;
	const char *text;    /* the record being analysed (a copy, zero padded) */
	size_t len;
	buf padded;          /* that copy: TOKEN_PAD zero bytes after the text */
	int lang;            /* LANG_* of the record */
	int lang_given;      /* the record already had a valid lang */
	double lang_total[NLANG]; /* the words' evidence: worker_lang_score */
	int32_t regex_gaveup;/* a regex rule that hit its match or depth limit, or -1 */
	uint64_t *seen[NLANG];/* match.c: scratch bit set of lexicon elements */
} worker;

/* Find the lexicon directory: opt (--lexicons), $GRIPE_LEXICONS, beside the
 * binary (./lexicons, ../share/gripe/lexicons), then the install path.
 * Returns a malloc'd path or NULL. */
char *lexdir_find(const char *opt);

/* Load what the stages need; with_lexicon also loads and compiles the
 * lexicons.  Returns -1 and fills err on failure. */
/* with_lexicon | these: skip TAG.learned.lex (LEX_NO_LEARNED); lint the
 * rule elements (LEX_LINT) */
enum { ENGINE_NO_LEARNED = 2, ENGINE_LINT = 4 };
int engine_init(engine *e, const char *lexdir, int with_lexicon, char *err, size_t errlen);
void engine_free(engine *e);

void worker_init(worker *w, const engine *e);
void worker_free(worker *w);

/* Tokenise text and settle its language: `given` (a code from the record)
 * is kept when valid unless force; otherwise the language is identified. */
void worker_prepare(worker *w, const char *text, size_t len, const char *given, int force);
/* The confidence of the record's language, 0..1 (1 when given), computed
 * on demand: tokenize and tag with a given language never print it. */
double worker_lang_score(const worker *w);

#endif
