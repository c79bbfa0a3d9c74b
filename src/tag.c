/*
 * tag.c — see tag.h.
 */
#include "tag.h"
#include "text.h"
#include "jsonw.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint32_t wflags(const lexicon *x, worker *w, size_t i)
{
	const token *t = &w->toks.v[i];
	if (!t->w) return 0;
	const uint32_t *h = match_word(x, w->lang, w->cache, t->w);
	return h ? h[1] : 0;
}

/* Is token t's fold one of the words in list (NULL-terminated)? */
static int fold_in(const token *t, const char *const *list)
{
	if (!t->w) return 0;
	for (; *list; list++) if (!strcmp(t->w->fold, *list)) return 1;
	return 0;
}

static int is_conj(const token *t) { return t->w && (t->w->conj & CONJ_ANY); }

/* Is t "and" in language lang (not Czech "a" in an English text)? */
static int is_and(const token *t, int lang) { return t->w && lang >= 0 && lang < NLANG && (t->w->conj >> lang & 1); }

/* tflag bits besides WF_NEG, WF_NEG_AFTER, WF_SPEECH and WF_SELF: the token
 * is in someone else's reported words (mark_speech); a self word that may
 * also follow its cue, a passive auxiliary (WF_SELF_AFTER, WF_PASSIVE,
 * which are above eight bits) */
enum { T_SAID = 2, T_SELF_AFTER = 4, T_PASSIVE = 8, T_WHOLE = 16 };
_Static_assert(!((WF_NEG | WF_NEG_AFTER | WF_SPEECH | WF_SELF) & (T_SAID | T_SELF_AFTER | T_PASSIVE | T_WHOLE)) &&
	       (WF_NEG | WF_NEG_AFTER | WF_SPEECH | WF_SELF) < 256, "tflag's bits");

/* Per token of the record: its negation flags, and the cue that negates a
 * hit beginning there (before) or ending there (after), found once per
 * token however many rules hit it: -2 not yet looked for, -1 none. */
static void neg_prepare(const lexicon *x, worker *w, tag_result *r)
{
	size_t n = w->toks.n;
	if (r->ntok < n) {
		free(r->tflag); free(r->cue_before); free(r->cue_after);
		r->ntok = n > 2 * r->ntok ? n : 2 * r->ntok;
		r->tflag = xmalloc(r->ntok * sizeof *r->tflag);
		r->cue_before = xmalloc(r->ntok * sizeof *r->cue_before);
		r->cue_after = xmalloc(r->ntok * sizeof *r->cue_after);
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t f = wflags(x, w, i);
		r->tflag[i] = (uint8_t)((f & (WF_NEG | WF_NEG_AFTER | WF_SPEECH | WF_SELF)) | (f & WF_SELF_AFTER ? T_SELF_AFTER : 0) |
				       (f & WF_PASSIVE ? T_PASSIVE : 0) | (f & WF_WHOLE ? T_WHOLE : 0));
		r->cue_before[i] = r->cue_after[i] = -2;
	}
}

/* Is t a quotation mark? */
static int is_quote(const worker *w, const token *t)
{
	if (t->kind != TK_PUNCT) return 0;
	const unsigned char *s = (const unsigned char *)w->text + t->start;
	size_t n = t->end - t->start;
	if (n == 1) return s[0] == '"' || s[0] == '\'';
	/* ‘ ’ “ ” „ (E2 80 98..9E) and « » (C2 AB, C2 BB) */
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x98 && s[2] <= 0x9E) return 1;
	return n == 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB);
}

static int is_comma(const worker *w, const token *t)
{
	return t->kind == TK_PUNCT && t->end - t->start == 1 && w->text[t->start] == ',';
}

/* Is the cue at i a reporting clause after the words it reports, at the
 * end of their sentence: "..., the engineer said." (up to
 * SPEECH_AFTER_WORDS words between the comma and the cue, which ends the
 * clause) or "..., zei de monteur." (the cue right after the comma, up to
 * SPEECH_AFTER_WORDS + 1 words after it)?  The comma's index if so, else
 * 0 (no words before it). */
static size_t reports_before(const worker *w, size_t i)
{
	const token *t = w->toks.v;
	size_t n = w->toks.n, k = i, e = i + 1;
	unsigned before = 0, after = 0;
	while (k > 0 && t[k - 1].kind != TK_PUNCT && before <= SPEECH_AFTER_WORDS) { k--; before++; }
	if (!k || !is_comma(w, &t[k - 1])) return 0;
	while (e < n && t[e].kind != TK_PUNCT) { e++; after++; }
	if (e < n && !(t[e].flags & TF_BOUNDARY) && !is_comma(w, &t[e])) return 0;
	if (!(after == 0 ? before <= SPEECH_AFTER_WORDS : before == 0 && after <= SPEECH_AFTER_WORDS + 1)) return 0;
	return k - 1;
}

/* Mark the tokens in someone else's reported speech (T_SAID): after a cue
 * of speech.lex ("said", "zei", "řekli", "rekli", "according to") to the
 * end of its sentence, the whole sentence of a cue marked whole ("prý",
 * "apparently"), before a cue that closes its sentence after a comma
 * back to the sentence's start (reports_before: "Het ligt aan uw router,
 * zei de monteur."), and inside quotation marks.  A cue whose speaker is
 * the writer (a self word of speech.lex among the SPEECH_SELF_BEFORE words
 * before it with no punctuation between, or one marked after right after
 * it: "I said", "zei ik", "řekl jsem", "sem rekel") starts the writer's own
 * words instead, and so does a quotation opened in them; a passive word
 * of speech.lex between them keeps the words someone else's ("I was told",
 * "I've been told"). */
static void mark_speech(const worker *w, tag_result *r)
{
	const token *t = w->toks.v;
	size_t n = w->toks.n;
	int speaker = 0;               /* in this sentence: 0 none, 1 someone else, 2 the writer */
	int quote = 0, quote_self = 0; /* inside quotation marks; opened in the writer's words */
	size_t quote_len = 0, sentence = 0;   /* where this sentence begins */
	for (size_t i = 0; i < n; i++) {
		if (is_quote(w, &t[i])) {
			quote = !quote;
			if (quote) { quote_self = speaker == 2; quote_len = 0; }
			continue;
		}
		if (quote && ++quote_len > SPEECH_QUOTE_MAX) quote = 0;   /* an unclosed mark */
		if (t[i].flags & TF_BOUNDARY) { speaker = 0; sentence = i + 1; }
		if (r->tflag[i] & WF_SPEECH) {
			int whole = r->tflag[i] & T_WHOLE, self = 0;
			unsigned words = 0;
			/* a whole cue ("Chyba je prý u jiné firmy") is never the writer's */
			for (size_t k = i; !whole && k-- > 0 && words < SPEECH_SELF_BEFORE && t[k].kind != TK_PUNCT;) {
				words++;
				if (r->tflag[k] & T_PASSIVE) break;       /* "I was told": told, not telling */
				if (r->tflag[k] & WF_SELF) { self = 1; break; }
			}
			if (!whole && i + 1 < n && (r->tflag[i + 1] & T_SELF_AFTER)) self = 1;
			/* the words before it that it reports too: the sentence's
			 * start up to the cue (whole) or up to the comma */
			size_t back = sentence;
			if (!quote && whole) back = i;
			else if (!self && !speaker && !quote) back = reports_before(w, i);
			for (size_t k = sentence; k < back; k++) r->tflag[k] |= T_SAID;
			speaker = self ? 2 : 1;
			/* the cue belongs to what it reports: "zei ~6 uw fout | said" */
			if (!self) r->tflag[i] |= T_SAID;
			continue;
		}
		if (quote ? !quote_self : speaker == 1) r->tflag[i] |= T_SAID;
	}
}

/* A cue among the NEG_WINDOW words before token first, in its clause,
 * with no comma between. */
static int32_t cue_before(const worker *w, tag_result *r, uint32_t first)
{
	if (r->cue_before[first] != -2) return r->cue_before[first];
	const token *t = w->toks.v;
	int32_t cue = -1;
	unsigned words = 0;
	for (size_t i = first; i-- > 0;) {
		if (t[i].clause != t[first].clause) break;
		if (t[i].kind == TK_PUNCT) {
			/* a comma ends the reach of a negation ("nothing, still
			 * waiting"; Czech and Slovenian put one before every clause) */
			if (w->text[t[i].start] == ',') break;
			continue;
		}
		if (r->tflag[i] & WF_NEG) { cue = (int32_t)i; break; }
		/* nor does it reach past "and": "ik werd niet geholpen en
		 * de man was onbeleefd" */
		if (is_and(&t[i], w->lang)) break;
		if (++words >= NEG_WINDOW) break;
	}
	return r->cue_before[first] = cue;
}

/* A cue marked after, among the NEG_AFTER_WINDOW words after token last
 * in its clause, with no punctuation and no "and" between ("ke konkurenci
 * odcházet nechceme"; not "čekal jsem hodinu a nechci…"). */
static int32_t cue_after(const worker *w, tag_result *r, uint32_t last)
{
	if (r->cue_after[last] != -2) return r->cue_after[last];
	const token *t = w->toks.v;
	int32_t cue = -1;
	for (size_t nx = (size_t)last + 1; nx < w->toks.n && nx <= (size_t)last + NEG_AFTER_WINDOW; nx++) {
		if (t[nx].clause != t[last].clause || t[nx].kind == TK_PUNCT || is_conj(&t[nx])) break;
		if (r->tflag[nx] & WF_NEG_AFTER) { cue = (int32_t)nx; break; }
	}
	return r->cue_after[last] = cue;
}

static void decide_negation(const worker *w, tag_result *r, hit *h)
{
	int32_t cue = -1;
	for (uint32_t i = h->first + 1; i < h->last && cue < 0; i++)
		if (r->tflag[i] & WF_NEG) cue = (int32_t)i;
	if (cue < 0) cue = cue_before(w, r, h->first);
	if (cue < 0) cue = cue_after(w, r, h->last);
	if (cue >= 0) { h->negated = 1; h->cue = cue; }
}

/* Sort a record's tags by name (a handful: insertion sort). */
static void sort_tagsets(const lexicon *x, tag_hitset *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		tag_hitset t = v[i];
		size_t j = i;
		while (j > 0 && x->tag_rank[v[j - 1].tag] > x->tag_rank[t.tag]) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = t;
	}
}

/* ---- quantities ----------------------------------------------------------- */

/* Value of token i as a number (digits or a number word), or -1. */
static double num_value(const lexicon *x, worker *w, size_t i, int *kind)
{
	const token *t = &w->toks.v[i];
	*kind = NUM_CARD;
	if (!t->w) return -1;
	if (t->kind == TK_NUM) {
		char tmp[64];
		size_t n = t->w->fold_len < 63 ? t->w->fold_len : 63;
		memcpy(tmp, t->w->fold, n);
		tmp[n] = 0;
		if (strchr(tmp, ':')) return -1;         /* a time of day */
		for (char *p = tmp; *p; p++) if (*p == ',') *p = '.';
		return strtod(tmp, NULL);
	}
	const uint32_t *h = match_word(x, w->lang, w->cache, t->w);
	if (!h || !(h[1] & WF_NUM)) return -1;
	const langlex *L = &x->lang[w->lang];
	for (uint32_t k = 0; k < h[0]; k++) {
		const elem *e = &L->elems.v[h[WL_IDS + k]];
		if (e->num >= 0) { *kind = L->nums.v[e->num].kind; return L->nums.v[e->num].value; }
	}
	return -1;
}

static const unit *unit_of(const lexicon *x, worker *w, size_t i)
{
	const token *t = &w->toks.v[i];
	if (!t->w || t->kind != TK_WORD) return NULL;
	const uint32_t *h = match_word(x, w->lang, w->cache, t->w);
	if (!h || !(h[1] & WF_UNIT)) return NULL;
	const langlex *L = &x->lang[w->lang];
	const unit *best = NULL;
	size_t bestlen = 0;
	for (uint32_t k = 0; k < h[0]; k++) {
		const elem *e = &L->elems.v[h[WL_IDS + k]];
		if (e->unit >= 0 && e->len >= bestlen) { best = &L->units.v[e->unit]; bestlen = e->len; }
	}
	return best;
}

/* A word between a number and its unit: "an hour", "about 20", "3 separate" */
static int is_filler(const token *t)
{
	static const char *const fill[] = { "a", "an", "een", "ene", "eno", "jednu", "about", "around",
		"ongeveer", "cca", "priblizno", "skoraj", "skoro", "ruim", "bijna", "almost", "over",
		"nearly", "vec", "kakih", "kaksnih", "asi", "zhruba", "dobrih", "dobre", "dobrou", "good", "full",
		"of", "odd", "ish", "separate", "different", "whole", "solid", "long", "lange", "hele", "cele", "celih", "celou", NULL };
	return fold_in(t, fill);
}

/* The word before a number whose unit was left out: "for 35", "werden er
 * 55", "po 40", "už 50" (and not "order number is 123"). */
static int elided_before(const token *t)
{
	static const char *const pre[] = { "for", "after", "than", "about", "nearly", "over", "like", "er", "na",
		"ruim", "bijna", "dan", "po", "ze", "skoraj", "okoli", "kar", "uz", "skoro", "asi", "pres",
		"za", NULL };
	return fold_in(t, pre);
}

/* Minutes since midnight of a time of day token ("10:14", "9:02"), or -1. */
static int clock_minutes(const worker *w, const token *t)
{
	if (t->kind != TK_NUM) return -1;
	const char *s = w->text + t->start;
	size_t n = t->end - t->start;
	int h = 0, m = 0;
	size_t i = 0, d = 0;
	while (i < n && s[i] >= '0' && s[i] <= '9' && d < 2) { h = h * 10 + (s[i++] - '0'); d++; }
	if (!d || i >= n || s[i] != ':' || n - i != 3) return -1;
	for (i++; i < n; i++) { if (s[i] < '0' || s[i] > '9') return -1; m = m * 10 + (s[i] - '0'); }
	return h < 24 && m < 60 ? h * 60 + m : -1;
}

static int is_article(const token *t)
{
	static const char *const art[] = { "a", "an", "een", NULL };
	return fold_in(t, art);
}

/* "and a half", "in pol", "a pul", "en een half", "in tri četrt" after
 * token i: the fraction (times a number before it) */
static double half_after(const lexicon *x, worker *w, size_t i)
{
	size_t n = w->toks.n;
	if (i + 1 >= n || !is_conj(&w->toks.v[i + 1])) return 0;
	for (size_t j = i + 2; j < n && j <= i + 4; j++) {
		int kind;
		double v = num_value(x, w, j, &kind);
		if (v > 0 && v < 1) {
			int k2;
			double nn = j > i + 2 ? num_value(x, w, j - 1, &k2) : -1;
			return nn >= 1 && nn < 10 ? v * nn : v;
		}
	}
	return 0;
}

void tag_quantities(const lexicon *x, worker *w, const uint8_t *near, double *minutes, double *contacts)
{
	*minutes = -1;
	*contacts = -1;
	double near_min = -1;          /* the longest duration near the wait's evidence */
	double in_min = -1;            /* the longest inside it: "waiting on the line for 90 minutes" */
	const token *t = w->toks.v;
	size_t n = w->toks.n;
	double last_min = -1;          /* the previous duration, and its unit token */
	size_t last_unit = (size_t)-1;
	double last_q = -1, last_uval = 0;   /* its number and its unit's minutes */
	double elided = -1;            /* a wait with its unit left out: it answers the one before */
	for (size_t i = 0; i < n; i++) {
		int kind;
		double v = num_value(x, w, i, &kind);
		if (kind == NUM_TIMES && v > 0) {              /* "tretjič", "petkrat" */
			if (v > *contacts) *contacts = v;
			continue;
		}
		/* the unit left out: "the site said 5 minutes, I sat there for
		 * 35.", "wachttijd 5 minuten. Het werden er 55." -- a bare whole
		 * number after "for", "er", "po"..., ending a clause, larger than
		 * the wait stated before it (at most twenty times), in that
		 * wait's unit */
		if (t[i].kind == TK_NUM && last_q > 0 && v > last_q && v <= 20 * last_q && v == floor(v) &&
		    i > 0 && elided_before(&t[i - 1]) &&
		    (i + 1 == n || t[i + 1].clause != t[i].clause || (t[i + 1].flags & TF_BOUNDARY))) {
			double m = v * last_uval;
			if (m > elided) elided = m;
			continue;
		}
		const unit *u = unit_of(x, w, i);
		if (!u && t[i].kind == TK_WORD && t[i].w && i > 0 && t[i - 1].kind == TK_NUM &&
		    t[i - 1].end == t[i].start && (t[i].w->fold[0] == 'h' || t[i].w->fold[0] == 'u') &&
		    t[i].w->fold_len >= 2 && t[i].w->fold_len <= 3) {
			/* "1u10", "2h30": hours then minutes, written as one */
			const char *d = t[i].w->fold + 1;
			int ok = 1;
			for (const char *p = d; *p; p++) if (*p < '0' || *p > '9') ok = 0;
			int k4;
			double hrs = num_value(x, w, i - 1, &k4);
			if (ok && hrs >= 0) {
				double m = hrs * 60 + atoi(d);
				if (m > *minutes) *minutes = m;
				if (near && near[i] && m > near_min) near_min = m;
			}
			continue;
		}
		if (!u) continue;
		/* the number before the unit: right before, or before a filler,
		 * or before an ordinal suffix ("3rd time") */
		double q = -1;
		int qkind = NUM_CARD;
		size_t j = i;
		for (int hops = 0; j > 0 && hops < 3; hops++) {
			j--;
			if (t[j].clause != t[i].clause) break;
			double vv = num_value(x, w, j, &qkind);
			if (vv >= 0) {
				q = vv;
				int k3;
				/* two-word numbers: "forty five", "čtyřicet pět" */
				if (j > 0 && q >= 1 && q < 10 && t[j - 1].clause == t[i].clause) {
					double tens = num_value(x, w, j - 1, &k3);
					if (tens >= 20 && tens <= 90 && (long)tens % 10 == 0) { q += tens; j--; }
				}
				/* "tri četrt ure", "three quarters of an hour": N x fraction */
				if (q > 0 && q < 1 && j > 0 && t[j - 1].end <= t[j].start) {
					double nn = num_value(x, w, j - 1, &k3);
					if (nn >= 1 && nn < 10 && k3 == NUM_CARD && t[j - 1].clause == t[i].clause) { q *= nn; j--; }
				}
				/* "two and a half hours", "dvě a půl hodiny": the whole
				 * number before "and" (Czech "a" is "and", English "a" an
				 * article, so try both readings) */
				if (q > 0 && q < 1) {
					int found = 0;
					for (int skip = 0; skip <= 1 && !found; skip++) {
						size_t c2 = j;
						if (skip) { if (c2 > 0 && is_article(&t[c2 - 1])) c2--; else continue; }
						if (c2 > 1 && is_conj(&t[c2 - 1])) {
							double whole = num_value(x, w, c2 - 2, &k3);
							if (whole >= 1 && k3 == NUM_CARD) { q += whole; j = c2 - 2; found = 1; }
						}
					}
					if (found) break;
				}
				/* "half an hour", "a quarter of an hour", "three quarters
				 * of an hour" */
				for (size_t b = j; b > 0 && b + 2 > j; b--) {
					int k2, k6;
					double fr = num_value(x, w, b - 1, &k2);
					if (fr > 0 && fr < 1 && q == 1) {
						q = fr;
						double nn = b > 1 && t[b - 2].clause == t[i].clause ? num_value(x, w, b - 2, &k6) : -1;
						if (nn >= 1 && nn < 10 && k6 == NUM_CARD && nn * fr < 1) q = nn * fr;
						break;
					}
				}
				break;
			}
			if (t[j].kind == TK_WORD && (is_filler(&t[j]) || (j > 0 && t[j - 1].kind == TK_NUM &&
			    t[j - 1].end == t[j].start))) continue;       /* "3rd", "5e" */
			if (t[j].kind == TK_PUNCT && (t[j].end - t[j].start) == 1 &&
			    (w->text[t[j].start] == '.' || (w->text[t[j].start] == '-' && j > 0 &&
			     t[j - 1].end == t[j].start && t[j].end == t[j + 1].start))) continue;   /* "3.", "5-krat" */
			break;
		}
		if (u->kind == UNIT_MIN) {
			if (q < 0 && u->bare) { q = 1; j = i; }
			if (q < 0) continue;
			q += half_after(x, w, i);
			double m = q * u->value;
			/* "an hour and twenty minutes", "1 hour 20 minutes": add up */
			if (last_unit != (size_t)-1 && j > 0 && u->value < 60.0 + 1e-9) {
				size_t p = j - 1;
				if (p > last_unit && is_conj(&t[p])) p--;
				if (p == last_unit) {
					m += last_min;
					if (near && near[last_unit] == 2 && m > in_min) in_min = m;   /* "held for an hour | and forty minutes" */
				}
			}
			/* "1hr 15", "2 hours 30": bare minutes after the hours */
			if (u->value >= 60 - 1e-9 && i + 1 < n && t[i + 1].kind == TK_NUM && t[i + 1].clause == t[i].clause &&
			    (i + 2 >= n || !unit_of(x, w, i + 2))) {
				int k5;
				double mm = num_value(x, w, i + 1, &k5);
				if (mm >= 1 && mm < 60 && mm == floor(mm)) m += mm;
			}
			if (m > *minutes) *minutes = m;
			if (near && near[i] && m > near_min) near_min = m;
			if (near && near[i] == 2 && m > in_min) in_min = m;
			last_min = m;
			last_unit = i;
			last_q = q;
			last_uval = u->value;
		} else {
			if (q <= 0) continue;
			if (q > *contacts) *contacts = q;
		}
	}
	/* no duration stated, but the times of day are: "called at 09:02,
	 * spoke to someone at 10:14" waited 72 */
	if (*minutes < 0) {
		int first = -1, last = -1;
		for (size_t i = 0; i < n; i++) {
			int cm = clock_minutes(w, &t[i]);
			if (cm < 0) continue;
			if (first < 0) first = cm;
			last = cm;
		}
		int d = (last - first + 24 * 60) % (24 * 60);       /* past midnight too */
		if (first >= 0 && d > 0 && d <= 12 * 60) *minutes = d;
	}
	if (near_min >= 0) *minutes = near_min;
	/* a wait stated inside the evidence wins over one merely near it:
	 * "kept waiting on the line for 90 minutes, then told an engineer
	 * would call back within 4 hours" waited 90 */
	if (in_min >= 0) *minutes = in_min;
	if (elided > *minutes) *minutes = elided;   /* "said 5 minutes ... it became 55" */
	/* a "wait" of more than a year, or a number no double holds, is not
	 * a stated wait (nor such a count a contact count) */
	if (!(*minutes <= QUANTITY_MAX)) *minutes = -1;
	if (!(*contacts <= QUANTITY_MAX)) *contacts = -1;
	if (*minutes >= 0) *minutes = floor(*minutes + 0.5);
}

/* ---- intensity ---------------------------------------------------------- */

static int angry_emoji(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += (size_t)text_decode(s + i, n - i, &cp);
		if (cp == 0x1F621 || cp == 0x1F92C || cp == 0x1F620 || cp == 0x1F4A2 ||
		    cp == 0x1F44E || cp == 0x1F624) return 1;
	}
	return 0;
}

static unsigned intensity_points(const lexicon *x, worker *w)
{
	unsigned pts = 0;
	int caps3 = 0, caps4 = 0;
	for (size_t i = 0; i < w->toks.n; i++) {
		const token *t = &w->toks.v[i];
		const char *s = w->text + t->start;
		size_t n = t->end - t->start;
		if (t->kind == TK_WORD && (t->flags & TF_CAPS)) {
			if (n >= 3) caps3++;
			if (n >= 4) caps4++;
		}
		if (t->kind == TK_PUNCT && (s[0] == '!' || s[0] == '?')) {
			int bang = 0, q = 0;
			for (size_t k = 0; k < n; k++) { if (s[k] == '!') bang++; else q++; }
			if (bang >= 2 || (bang && q)) pts |= 2;
		}
		if (t->kind == TK_EMOJI && angry_emoji(s, n)) pts |= 16;
		if (t->kind == TK_EMOTICON && s[0] == '>') pts |= 16;
		uint32_t f = wflags(x, w, i);
		if (f & WF_INTENS) pts |= 4;
		if (f & WF_PROFANE) pts |= 8;
	}
	if (caps4 >= 2 || caps3 >= 3) pts |= 1;
	return pts;
}

/* ---- the tagger ------------------------------------------------------------ */

/* A sum of hit weights fires its tag at 1 (float sums of 0.1s aside). */
static int reaches_one(double sum) { return sum >= 1 - 1e-9; }

static int cmp_hit_pos(const void *a, const void *b, void *ctx)
{
	const hit *hs = ctx;
	const hit *p = &hs[*(const uint32_t *)a], *q = &hs[*(const uint32_t *)b];
	if (p->start != q->start) return p->start < q->start ? -1 : 1;
	if (p->end != q->end) return p->end < q->end ? -1 : 1;
	return p->rule < q->rule ? -1 : p->rule > q->rule;
}

/* Keep among idx only the hits of learned rules (learned) or of written
 * ones. */
static void keep_hits(const tag_result *r, u32vec *idx, int learned)
{
	size_t keep = 0;
	for (size_t i = 0; i < idx->n; i++)
		if (r->hits.v[idx->v[i]].learned == learned) idx->v[keep++] = idx->v[i];
	idx->n = keep;
}

/* Put idx in text order. */
static void order_hits(const tag_result *r, u32vec *idx)
{
	if (idx->n > 16) { qsort_r(idx->v, idx->n, sizeof *idx->v, cmp_hit_pos, r->hits.v); return; }
	for (size_t i = 1; i < idx->n; i++) {       /* a few hits: insertion sort */
		uint32_t v = idx->v[i];
		size_t j = i;
		while (j > 0 && cmp_hit_pos(&idx->v[j - 1], &v, r->hits.v) > 0) { idx->v[j] = idx->v[j - 1]; j--; }
		idx->v[j] = v;
	}
}

/* Which tokens are near the long_hold evidence (lh: its tag, or -1): a
 * hit's own clauses, or a few tokens off in the same sentence.  A wait
 * stated there wins: "90 minutes on the line, then a callback within 4
 * hours" is a 90-minute hold. */
static void mark_near_wait(const tag_result *r, const worker *w, int lh, uint8_t *near)
{
	const token *tv = w->toks.v;
	size_t n = w->toks.n;
	memset(near, 0, n);
	for (size_t k = 0; lh >= 0 && k < r->tags.n; k++) {
		const tag_hitset *ts = &r->tags.v[k];
		if ((int)ts->tag != lh) continue;
		for (size_t q = 0; q < ts->hits.n; q++) {
			const hit *h = &r->hits.v[ts->hits.v[q]];
			size_t a = h->first, b = h->last;          /* clauses are runs of tokens */
			while (a > 0 && tv[a - 1].clause == tv[h->first].clause) a--;
			while (b + 1 < n && tv[b + 1].clause == tv[h->last].clause) b++;
			memset(near + a, 1, b - a + 1);
			memset(near + h->first, 2, h->last - h->first + 1);   /* inside the evidence */
			for (size_t i = h->last + 1; i < n && i <= h->last + NEAR_TOKENS && !(tv[i].flags & TF_BOUNDARY); i++)
				near[i] = 1;
			for (size_t i = h->first; i-- > 0 && i + NEAR_TOKENS >= h->first && !(tv[i].flags & TF_BOUNDARY);)
				near[i] = 1;
		}
	}
}

void tag_record(const lexicon *x, worker *w, tag_result *r)
{
	r->tags.n = 0;                /* the entries' vectors are kept for reuse */
	r->minutes = r->contacts = -1;
	r->intensity = 0;
	r->points = 0;
	r->hits.n = 0;
	if (w->lang < 0 || w->lang >= NLANG) return;
	match_scan(x, w, &r->hits, &r->scratch);
	const langlex *L = &x->lang[w->lang];
	if (r->nmark < L->rules.n || !++r->gen) {      /* a new generation per record */
		free(r->mark);
		r->nmark = L->rules.n > r->nmark ? L->rules.n : r->nmark;
		r->mark = xcalloc(r->nmark + 1, sizeof *r->mark);
		r->gen = 1;
	}
	int16_t stack_slot[256], *slot = x->tags.n <= 256 ? stack_slot : xmalloc(x->tags.n * sizeof *slot);
	memset(slot, -1, x->tags.n * sizeof *slot);   /* per tag: its entry in r->tags */
	neg_prepare(x, w, r);
	int speech_marked = 0;
	for (size_t i = 0; i < r->hits.n; i++) {
		hit *h = &r->hits.v[i];
		if (h->said) {
			/* a said rule counts only in someone else's reported words */
			if (!speech_marked) { mark_speech(w, r); speech_marked = 1; }
			if (!(r->tflag[h->first] & T_SAID)) { h->said = 2; continue; }
		}
		if (!h->noneg) decide_negation(w, r, h);
		uint32_t tag = h->tag;
		tag_hitset *ts = slot[tag] >= 0 ? &r->tags.v[slot[tag]] : NULL;
		if (!ts) {
			slot[tag] = (int16_t)r->tags.n;
			if (r->tags.n == r->tags_ready) {
				tag_hitset z = { tag, 0, 0, {0}, {0}, 0 };
				VEC_PUSH(&r->tags, z);
				r->tags_ready++;
			} else {
				r->tags.n++;
			}
			ts = &r->tags.v[r->tags.n - 1];
			ts->tag = tag;
			ts->weight = ts->learned = 0;
			ts->hits.n = ts->negated.n = 0;
			ts->fired = 0;
		}
		if (h->negated) { if (!h->learned) VEC_PUSH(&ts->negated, (uint32_t)i); continue; }
		/* a rule's weight counts once, however often it hits */
		VEC_PUSH(&ts->hits, (uint32_t)i);
		if (r->mark[h->rule] == r->gen) continue;
		r->mark[h->rule] = r->gen;
		if (h->learned) ts->learned += h->weight;
		else ts->weight += h->weight;
	}
	/* the written rules and the learned ones each decide alone: a learned
	 * model is trained to reach 1 by itself (scripts/learn.py) */
	if (slot != stack_slot) free(slot);
	for (size_t k = 0; k < r->tags.n; k++)
		r->tags.v[k].fired = reaches_one(r->tags.v[k].weight) || reaches_one(r->tags.v[k].learned);
	sort_tagsets(x, r->tags.v, r->tags.n);
	int lh = x->tag_long_hold, un = x->tag_unresolved;
	if ((lh >= 0 && tag_result_has(r, (uint32_t)lh)) || (un >= 0 && tag_result_has(r, (uint32_t)un))) {
		uint8_t stack[512], *near = w->toks.n <= sizeof stack ? stack : xmalloc(w->toks.n);
		mark_near_wait(r, w, lh, near);
		double m, c;
		tag_quantities(x, w, near, &m, &c);
		if (near != stack) free(near);
		if (lh >= 0 && tag_result_has(r, (uint32_t)lh)) r->minutes = m;
		if (un >= 0 && tag_result_has(r, (uint32_t)un)) r->contacts = c;
	}
	/* a fired tag's evidence: the hits of the sum that fired it, the
	 * written one when both did; negated holds written hits only */
	for (size_t k = 0; k < r->tags.n; k++) {
		tag_hitset *ts = &r->tags.v[k];
		if (ts->fired) {
			keep_hits(r, &ts->hits, !reaches_one(ts->weight));
			order_hits(r, &ts->hits);
		}
		order_hits(r, &ts->negated);
	}
	r->points = intensity_points(x, w);
	for (unsigned p = r->points; p; p &= p - 1) r->intensity++;
	if (r->intensity > 3) r->intensity = 3;
}

int tag_result_has(const tag_result *r, uint32_t tag)
{
	for (size_t k = 0; k < r->tags.n; k++) if (r->tags.v[k].tag == tag && r->tags.v[k].fired) return 1;
	return 0;
}

void tag_result_free(tag_result *r)
{
	for (size_t i = 0; i < r->tags_ready; i++) { free(r->tags.v[i].hits.v); free(r->tags.v[i].negated.v); }
	free(r->tags.v);
	free(r->hits.v);
	free(r->mark);
	free(r->tflag); free(r->cue_before); free(r->cue_after);
	buf_free(&r->scratch);
}

int tag_evidence(const tag_result *r, const tag_hitset *ts, uint32_t *start, uint32_t *end)
{
	int n = 0;
	*start = *end = 0;
	for (size_t i = 0; i < ts->hits.n; i++) {        /* in order (order_hits) */
		const hit *h = &r->hits.v[ts->hits.v[i]];
		if (i) {
			const hit *p = &r->hits.v[ts->hits.v[i - 1]];
			if (p->start == h->start && p->end == h->end) continue;   /* same span */
		}
		if (!n) { *start = h->start; *end = h->end; }
		n++;
	}
	return n;
}

/* The evidence spans of idx (in order), each span once. */
static void evidence_json(const lexicon *x, const worker *w, const tag_result *r, const u32vec *idx, buf *b)
{
	buf_adds(b, "\"evidence\":[");
	int first = 1;
	for (size_t i = 0; i < idx->n; i++) {
		const hit *h = &r->hits.v[idx->v[i]];
		if (i) {
			const hit *p = &r->hits.v[idx->v[i - 1]];
			if (p->start == h->start && p->end == h->end) continue;   /* same span */
		}
		const rule *ru = &x->lang[w->lang].rules.v[h->rule];
		buf_adds(b, first ? "{\"start\":" : ",{\"start\":");
		buf_addu(b, h->start);
		buf_adds(b, ",\"end\":");
		buf_addu(b, h->end);
		buf_adds(b, ",\"text\":");
		json_add_string(b, w->text + h->start, h->end - h->start);
		buf_adds(b, ",\"rule\":\"");
		buf_add(b, ru->ref, ru->ref_len);
		buf_adds(b, "\"}");
		first = 0;
	}
	buf_addc(b, ']');
}

static void tag_head(buf *b, const tagdef *td, int n)
{
	buf_adds(b, n ? ",{\"tag\":\"" : "{\"tag\":\"");
	buf_adds(b, td->name);
	buf_adds(b, "\",\"cause\":\"");
	buf_adds(b, td->cause);
	buf_adds(b, "\",");
}

void tag_to_json(const lexicon *x, const worker *w, const tag_result *r, buf *b, int first)
{
	buf_adds(b, first ? "\"tags\":[" : ",\"tags\":[");
	int n = 0;
	for (size_t k = 0; k < r->tags.n; k++) {
		tag_hitset *ts = &r->tags.v[k];
		if (!ts->fired) continue;
		const tagdef *td = &x->tags.v[ts->tag];
		tag_head(b, td, n++);
		evidence_json(x, w, r, &ts->hits, b);
		if ((int)ts->tag == x->tag_long_hold && r->minutes >= 0) { buf_adds(b, ",\"minutes\":"); buf_addu(b, (unsigned long long)r->minutes); }
		if ((int)ts->tag == x->tag_unresolved && r->contacts >= 0) { buf_adds(b, ",\"contacts\":"); buf_addu(b, (unsigned long long)r->contacts); }
		buf_addc(b, '}');
	}
	buf_adds(b, "],\"negated\":[");
	n = 0;
	for (size_t k = 0; k < r->tags.n; k++) {
		tag_hitset *ts = &r->tags.v[k];
		if (!ts->negated.n) continue;
		const tagdef *td = &x->tags.v[ts->tag];
		tag_head(b, td, n++);
		evidence_json(x, w, r, &ts->negated, b);
		buf_addc(b, '}');
	}
	buf_adds(b, "],\"intensity\":");
	buf_addu(b, (unsigned)r->intensity);
}
