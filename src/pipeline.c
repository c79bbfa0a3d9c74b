/*
 * pipeline.c — engine and worker set-up and the per-record preparation.
 */
#include "pipeline.h"
#include "lexicon.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_dir(const char *p)
{
	struct stat st;
	return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

char *lexdir_find(const char *opt)
{
	if (opt) return is_dir(opt) ? xstrdup(opt) : NULL;
	const char *env = getenv("GRIPE_LEXICONS");
	if (env && *env) return is_dir(env) ? xstrdup(env) : NULL;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) *slash = 0;
		buf b = {0};
		const char *rel[] = { "/lexicons", "/../share/gripe/lexicons", "/../lexicons", NULL };
		for (const char **r = rel; *r; r++) {
			buf_reset(&b);
			buf_printf(&b, "%s%s", exe, *r);
			if (is_dir(b.data)) return buf_steal(&b);
		}
		buf_free(&b);
	}
	const char *inst = GRIPE_DATADIR "/lexicons";
	return is_dir(inst) ? xstrdup(inst) : NULL;
}

int engine_init(engine *e, const char *lexdir, int with_lexicon, char *err, size_t errlen)
{
	memset(e, 0, sizeof *e);
	e->lexdir = xstrdup(lexdir);
	e->lm = lang_load(lexdir, getenv("GRIPE_LANG_MODELS"), err, errlen);
	if (e->lm && with_lexicon)
		e->lex = lexicon_load(lexdir, with_lexicon & (LEX_NO_LEARNED | LEX_LINT), err, errlen);
	if (!e->lm || (with_lexicon && !e->lex)) { engine_free(e); return -1; }
	return 0;
}

void engine_free(engine *e)
{
	lang_free(e->lm);
	if (e->lex) lexicon_free(e->lex);
	free(e->lexdir);
	memset(e, 0, sizeof *e);
}

void worker_init(worker *w, const engine *e)
{
	memset(w, 0, sizeof *w);
	w->eng = e;
	w->cache = wcache_new(1 << 20);
}

void worker_free(worker *w)
{
	wcache_free(w->cache);
	for (int l = 0; l < NLANG; l++) free(w->seen[l]);
	free(w->toks.v);
	buf_free(&w->padded);
}

void worker_prepare(worker *w, const char *text, size_t len, const char *given, int force)
{
	wcache_trim(w->cache);
	w->regex_gaveup = -1;
	/* one copy of the text with zero bytes after it lets the tokeniser
	 * read whole 16-byte words at the end of the text too */
	buf_reset(&w->padded);
	buf_add(&w->padded, text, len);
	buf_grow(&w->padded, TOKEN_PAD);
	memset(w->padded.data + len, 0, TOKEN_PAD);
	w->text = w->padded.data;
	w->len = len;
	lang_sum ls = { lang_word_evidence, w->eng->lm, {0}, 0 };
	token_scan_lang(w->cache, w->text, len, &w->toks, &ls);
	int l = lang_from_code(given);
	if (l != LANG_UND && !force) {
		w->lang = l;
		w->lang_given = 1;
		return;
	}
	w->lang = lang_pick(ls.total, ls.words);
	memcpy(w->lang_total, ls.total, sizeof w->lang_total);
	w->lang_given = 0;
}

double worker_lang_score(const worker *w)
{
	return w->lang_given ? 1 : lang_confidence(w->lang_total, w->lang);
}

_Static_assert((int)ENGINE_NO_LEARNED == (int)LEX_NO_LEARNED && (int)ENGINE_LINT == (int)LEX_LINT,
	       "engine_init passes the flags to lexicon_load");
