/*
 * stem.c — the language dispatch: Snowball (libstemmer) for English and
 * Dutch, our light stemmers for Czech and Slovenian.
 */
#include "stem.h"
#include "token.h"
#include "util.h"
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

struct stemmer {
	struct sb_stemmer *en, *nl;
};

stemmer *stemmer_new(void)
{
	stemmer *s = xcalloc(1, sizeof *s);
	s->en = sb_stemmer_new("english", "UTF_8");
	s->nl = sb_stemmer_new("dutch", "UTF_8");
	return s;
}

void stemmer_free(stemmer *s)
{
	if (!s) return;
	if (s->en) sb_stemmer_delete(s->en);
	if (s->nl) sb_stemmer_delete(s->nl);
	free(s);
}

size_t stemmer_stem(stemmer *s, int lang, const char *fold, size_t len,
		    char *out, size_t outcap)
{
	if (!outcap) return 0;
	struct sb_stemmer *sb = lang == LANG_EN ? s->en : lang == LANG_NL ? s->nl : NULL;
	if (sb) {
		const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)fold, (int)len);
		if (r) {
			size_t n = (size_t)sb_stemmer_length(sb);
			if (n >= outcap) n = outcap - 1;
			memcpy(out, r, n);
			out[n] = 0;
			return n;
		}
	}
	size_t n = len < outcap - 1 ? len : outcap - 1;
	memcpy(out, fold, n);
	out[n] = 0;
	if (lang == LANG_CS) n = stem_cs(out, n);
	else if (lang == LANG_SL) n = stem_sl(out, n);
	out[n] = 0;
	return n;
}
