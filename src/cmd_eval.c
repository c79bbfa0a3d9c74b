/*
 * cmd_eval.c — `gripe eval GOLD.jsonl...`: run the pipeline on labelled
 * records and print precision, recall and F1 per tag and language, micro
 * and macro F1, the exact-match rate of minutes and contacts, and the mean
 * absolute error of intensity.  Records typed without diacritics (sl, cs)
 * are also scored on their own.  With --labels FILE the predictions are
 * read from FILE instead (a second annotator's labels, or an earlier
 * `gripe tag` output), matched to the gold records by id.
 */
#include "cmd.h"
#include "tag.h"
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const cli_opt opts[] = {
	LEXICON_OPT,
	LEARNED_OPT,
	{ "split", 's', "NAME", "only records whose \"split\" is NAME (dev, test)" },
	{ "min-f1", 0, "X", "exit 1 when any language's micro F1 is below X" },
	{ "max-nodia-gap", 0, "X", "exit 1 when sl or cs without diacritics scores more than X below" },
	{ "trust-lang", 0, NULL, "use the gold language instead of identifying it" },
	{ "json", 0, NULL, "print the scores as JSON" },
	{ "errors", 'e', NULL, "list every false positive, false negative and wrong stated wait" },
	{ "labels", 0, "FILE", "score the labels in FILE (JSON Lines with id and tags) instead of the tagger" },
	{ 0 }
};

int cmd_eval(int argc, char **argv);
const cli_cmd cmd_eval_def = { "eval", cmd_eval, "GOLD.jsonl...",
	"Score the tagger against labelled records (precision, recall, F1).", opts };

#define NGROUP (NLANG * 2 + 1)    /* per language, per language w/o diacritics, all */
typedef struct counts { size_t tp, fp, fn; } counts;

struct ctx {
	const engine *e;
	worker w;
	tag_result r;
	const char *split;
	int trust, errors;
	size_t ntags;
	counts *c;                 /* [group][tag] */
	size_t records[NGROUP];
	size_t min_total[NGROUP], min_ok[NGROUP], con_total[NGROUP], con_ok[NGROUP];
	double int_err[NGROUP];
	json_t *labels;            /* --labels: id -> that line's object */
	size_t missing;            /* gold records without a line in it */
	unsigned char *pred;       /* per tag: predicted */
};

/* The labels file: every line an object with a string "id" and "tags", an
 * array of tag names or of gripe tag's objects; "minutes", "contacts" and
 * "intensity" at the top or, as gripe tag writes them, in the tag
 * objects.  Errors name file and line and exit 2. */
static json_t *load_labels(const char *path, const lexicon *x)
{
	FILE *f = fopen(path, "r");
	if (!f) die("%s:", path);
	json_t *all = json_object();
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (line[strspn(line, " \t\r\n")] == 0) continue;
		json_error_t err;
		json_t *o = json_loadb(line, (size_t)n, 0, &err);
		if (!o) die("%s:%ld: not JSON: %s", path, lineno, err.text);
		if (!json_is_object(o)) die("%s:%ld: not a JSON object", path, lineno);
		json_t *id = json_object_get(o, "id"), *tags = json_object_get(o, "tags");
		if (!json_is_string(id)) die("%s:%ld: no string \"id\"", path, lineno);
		if (!json_is_array(tags)) die("%s:%ld: no \"tags\" array", path, lineno);
		size_t i;
		json_t *v;
		json_array_foreach(tags, i, v) {
			json_t *name = json_is_object(v) ? json_object_get(v, "tag") : v;
			if (!json_is_string(name)) die("%s:%ld: a tag is neither a name nor an object with \"tag\"", path, lineno);
			if (lexicon_tag_index(x, json_string_value(name)) < 0)
				die("%s:%ld: unknown tag '%s'", path, lineno, json_string_value(name));
		}
		if (json_object_get(all, json_string_value(id)))
			die("%s:%ld: id '%s' appears twice", path, lineno, json_string_value(id));
		json_object_set_new(all, json_string_value(id), o);
	}
	if (ferror(f)) die("%s:", path);
	free(line);
	fclose(f);
	return all;
}

/* minutes or contacts of a labels line: in the tag objects when the line
 * is gripe tag's output (it has "negated"; a field of the same name at the
 * top is then the input's own, passed through), else at the top. */
static double label_number(json_t *o, const char *key)
{
	size_t i;
	json_t *t, *tags = json_object_get(o, "tags");
	int tagged = json_object_get(o, "negated") != NULL;   /* gripe tag output */
	json_array_foreach(tags, i, t) {
		if (!json_is_object(t)) continue;
		json_t *v = json_object_get(t, key);
		if (json_is_number(v)) return json_number_value(v);
	}
	json_t *v = tagged ? NULL : json_object_get(o, key);
	return json_is_number(v) ? json_number_value(v) : -1;
}

static int has_diacritics(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		/* Latin-1 supplement and Latin Extended-A letters */
		if ((a == 0xC3 && b >= 0x80) || a == 0xC4 || a == 0xC5) return 1;
	}
	return 0;
}

/* A gold field's value as a jansson value (NULL when absent). */
static json_t *gold(const record *rec, const char *key)
{
	const rfield *f = record_get(rec, key);
	if (!f) return NULL;
	if (!f->raw) return json_stringn(f->val, f->vlen);
	return json_loadb(f->val, f->vlen, JSON_DECODE_ANY, NULL);
}

static void each(record *rec, void *p)
{
	struct ctx *c = p;
	if (rec->error) return;
	json_t *sp = gold(rec, "split");
	int skip = c->split && (!json_is_string(sp) || strcmp(json_string_value(sp), c->split));
	json_decref(sp);
	if (skip) return;
	size_t n = rec->text_len;
	const char *text = rec->text;
	const char *gl = rec->lang;
	int glang = lang_from_code(gl);
	if (glang == LANG_UND) return;
	const lexicon *x = c->e->lex;
	double pmin, pcon;
	int pint;
	if (c->labels) {
		json_t *o = rec->id ? json_object_get(c->labels, rec->id) : NULL;
		memset(c->pred, 0, c->ntags);
		if (!o) c->missing++;
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(o, "tags"), i, v) {
			json_t *name = json_is_object(v) ? json_object_get(v, "tag") : v;
			c->pred[lexicon_tag_index(x, json_string_value(name))] = 1;   /* checked at load */
		}
		pmin = label_number(o, "minutes");
		pcon = label_number(o, "contacts");
		json_t *iv = json_object_get(o, "intensity");
		pint = json_is_number(iv) ? (int)json_number_value(iv) : 0;
	} else {
		worker_prepare(&c->w, text, n, c->trust ? gl : NULL, 1);
		if (c->trust) { c->w.lang = glang; }
		tag_record(x, &c->w, &c->r);
		for (size_t t = 0; t < c->ntags; t++) c->pred[t] = (unsigned char)tag_result_has(&c->r, (uint32_t)t);
		pmin = c->r.minutes; pcon = c->r.contacts; pint = c->r.intensity;
	}
	int groups[3] = { glang, -1, NLANG * 2 };
	if ((glang == LANG_SL || glang == LANG_CS) && !has_diacritics(text, n)) groups[1] = NLANG + glang;
	json_t *gt = gold(rec, "tags");
	for (size_t t = 0; t < c->ntags; t++) {
		int isgold = 0;
		size_t i;
		json_t *v;
		json_array_foreach(gt, i, v)
			if (json_is_string(v) && !strcmp(json_string_value(v), x->tags.v[t].name)) isgold = 1;
		int pred = c->pred[t];
		for (int g = 0; g < 3; g++) {
			if (groups[g] < 0) continue;
			counts *k = &c->c[(size_t)groups[g] * c->ntags + t];
			if (isgold && pred) k->tp++;
			else if (pred) k->fp++;
			else if (isgold) k->fn++;
		}
		if (c->errors && isgold != pred)
			printf("%s %-18s %s: %.*s\n", pred ? "FP" : "FN", x->tags.v[t].name,
			       rec->id ? rec->id : "?", (int)(n > 160 ? 160 : n), text);
	}
	json_t *gm = gold(rec, "minutes"), *gc = gold(rec, "contacts"), *gi = gold(rec, "intensity");
	for (int g = 0; g < 3; g++) {
		if (groups[g] < 0) continue;
		c->records[groups[g]]++;
		if (json_is_number(gm)) {
			c->min_total[groups[g]]++;
			if (fabs(pmin - json_number_value(gm)) < 0.5) c->min_ok[groups[g]]++;
		}
		if (json_is_number(gc)) {
			c->con_total[groups[g]]++;
			if (fabs(pcon - json_number_value(gc)) < 0.5) c->con_ok[groups[g]]++;
		}
		if (json_is_number(gi)) c->int_err[groups[g]] += fabs(pint - json_number_value(gi));
	}
	if (c->errors && json_is_number(gm) && fabs(pmin - json_number_value(gm)) >= 0.5)
		printf("MIN %g != %g %s\n", pmin, json_number_value(gm), rec->id ? rec->id : "?");
	json_decref(gt); json_decref(gm); json_decref(gc); json_decref(gi);
}

static double f1(size_t tp, size_t fp, size_t fn)
{
	return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : (fp || fn ? 0 : 1);
}

static const char *group_name(int g, char *tmp)
{
	if (g == NLANG * 2) return "all";
	if (g < NLANG) return LANG_CODES[g];
	snprintf(tmp, 16, "%s-nodia", LANG_CODES[g - NLANG]);
	return tmp;
}

int cmd_eval(int argc, char **argv)
{
	cli_args a;
	cli_parse(&cmd_eval_def, argc, argv, &a);
	if (!a.npos) cli_usage_error(&cmd_eval_def, "%s", "name at least one gold file");
	engine e;
	engine_from_cli(&a, &e, 1);
	struct ctx c = { .e = &e, .split = cli_get(&a, "split"), .trust = cli_has(&a, "trust-lang"),
		.errors = cli_has(&a, "errors"), .ntags = e.lex->tags.n };
	c.c = xcalloc(NGROUP * c.ntags, sizeof *c.c);
	c.pred = xcalloc(c.ntags + 1, 1);
	if (cli_get(&a, "labels")) c.labels = load_labels(cli_get(&a, "labels"), e.lex);
	worker_init(&c.w, &e);
	reader_opts ro = { .format = FMT_JSONL, .max_bytes = 1 << 20, .multi = a.npos > 1 };
	int rc = run_records(&a, &ro, each, &c);
	if (c.missing) warn("%zu gold records have no line in %s: scored as no tags", c.missing, cli_get(&a, "labels"));
	const lexicon *x = e.lex;
	double minf1 = cli_double(&a, "min-f1", -1);
	double maxgap = cli_double(&a, "max-nodia-gap", -1);
	double micro_of[NGROUP];
	for (int g = 0; g < NGROUP; g++) micro_of[g] = -1;
	int json = cli_has(&a, "json");
	json_t *jo = json ? json_object() : NULL;
	char tmp[16];
	if (!json) {
		printf("%-20s", "tag");
		for (int g = 0; g < NGROUP; g++) if (c.records[g]) printf(" %9s", group_name(g, tmp));
		printf("\n");
		for (size_t t = 0; t < c.ntags; t++) {
			printf("%-20s", x->tags.v[t].name);
			for (int g = 0; g < NGROUP; g++) {
				if (!c.records[g]) continue;
				counts *k = &c.c[(size_t)g * c.ntags + t];
				if (!k->tp && !k->fp && !k->fn) printf(" %9s", "-");
				else printf(" %9.3f", f1(k->tp, k->fp, k->fn));
			}
			printf("\n");
		}
	}
	for (int g = 0; g < NGROUP; g++) {
		if (!c.records[g]) continue;
		size_t tp = 0, fp = 0, fn = 0, nt = 0;
		double macro = 0;
		for (size_t t = 0; t < c.ntags; t++) {
			counts *k = &c.c[(size_t)g * c.ntags + t];
			tp += k->tp; fp += k->fp; fn += k->fn;
			if (k->tp || k->fp || k->fn) { macro += f1(k->tp, k->fp, k->fn); nt++; }
		}
		double micro = f1(tp, fp, fn), p = tp + fp ? (double)tp / (tp + fp) : 1, r = tp + fn ? (double)tp / (tp + fn) : 1;
		micro_of[g] = micro;
		macro = nt ? macro / nt : 1;
		double mins = c.min_total[g] ? (double)c.min_ok[g] / c.min_total[g] : 1;
		double cons = c.con_total[g] ? (double)c.con_ok[g] / c.con_total[g] : 1;
		double mae = c.int_err[g] / c.records[g];
		if (json) {
			json_t *o = json_pack("{s:I,s:f,s:f,s:f,s:f,s:f,s:I,s:f,s:I,s:f}", "records", (json_int_t)c.records[g],
				"precision", p, "recall", r, "micro_f1", micro, "macro_f1", macro, "minutes_exact", mins,
				"minutes_stated", (json_int_t)c.min_total[g], "contacts_exact", cons,
				"contacts_stated", (json_int_t)c.con_total[g], "intensity_mae", mae);
			json_t *tags = json_object();
			for (size_t t = 0; t < c.ntags; t++) {
				counts *k = &c.c[(size_t)g * c.ntags + t];
				if (!k->tp && !k->fp && !k->fn) continue;
				json_object_set_new(tags, x->tags.v[t].name, json_pack("{s:I,s:I,s:I,s:f}", "tp", (json_int_t)k->tp,
					"fp", (json_int_t)k->fp, "fn", (json_int_t)k->fn, "f1", f1(k->tp, k->fp, k->fn)));
			}
			json_object_set_new(o, "tags", tags);
			json_object_set_new(jo, group_name(g, tmp), o);
		} else {
			printf("%-9s records %4zu  P %.3f  R %.3f  micro-F1 %.3f  macro-F1 %.3f  minutes %zu/%zu  contacts %zu/%zu  intensity MAE %.2f\n",
			       group_name(g, tmp), c.records[g], p, r, micro, macro, c.min_ok[g], c.min_total[g],
			       c.con_ok[g], c.con_total[g], mae);
		}
		if (minf1 >= 0 && g < NLANG && micro < minf1) {
			fprintf(stderr, "gripe: %s micro F1 %.3f is below --min-f1 %.3f\n", LANG_CODES[g], micro, minf1);
			if (rc == EXIT_OK) rc = EXIT_THRESHOLD;
		}
	}
	for (int l = 0; maxgap >= 0 && l < NLANG; l++)
		if (micro_of[l] >= 0 && micro_of[NLANG + l] >= 0 && micro_of[l] - micro_of[NLANG + l] > maxgap) {
			fprintf(stderr, "gripe: %s without diacritics scores %.3f, more than %.3f below %.3f\n",
				LANG_CODES[l], micro_of[NLANG + l], maxgap, micro_of[l]);
			if (rc == EXIT_OK) rc = EXIT_THRESHOLD;
		}
	if (json) { json_dumpf(jo, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4)); putchar('\n'); json_decref(jo); }
	free(c.c);
	free(c.pred);
	json_decref(c.labels);
	tag_result_free(&c.r);
	worker_free(&c.w);
	engine_free(&e);
	cli_free(&a);
	return rc;
}
