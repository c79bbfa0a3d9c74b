/*
 * reader.c — CSV (libcsv), TSV, JSON Lines (jsonscan) and plain lines in,
 * one record of fields out.  Input is read a physical line at a time
 * and sanitised (invalid UTF-8 and NUL -> U+FFFD) before parsing, so memory
 * is bounded by the longest record, and every warning can name file:line.
 */
#include "reader.h"
#include "text.h"
#include "jsonscan.h"
#include "jsonw.h"
#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sys/stat.h>

typedef struct field { char *s; size_t n; } field;
typedef struct row { VEC(field) f; long line; } row;

static const char *TEXT_NAMES[] = { "text", "body", "comment", "message",
	"description", "feedback", "review", NULL };

struct reader {
	FILE *f;
	int close_f;
	char *name;
	reader_opts o;
	read_format fmt;
	char *line;                /* the current physical line (raw), in rb */
	char *rb;                  /* input read with read(2): lines are found */
	size_t rb_cap, rb_pos, rb_len, rb_scan; /* in place, no copy each */
	int rb_eof;
	long lineno;
	int have_line;             /* a sniffed line waits to be processed */
	ssize_t linelen;
	int eof;
	buf san;                   /* sanitised copy of the current line */
	size_t bytes;

	/* CSV state */
	struct csv_parser csv;
	int csv_ready;
	row cur;                   /* the row libcsv is filling */
	VEC(row) done;             /* rows completed, waiting to be returned */
	size_t done_pos;
	buf raw;                   /* the text of the record being read */
	long rec_line;             /* first line of the record being read */

	/* columns */
	VEC(char *) header;
	int header_done;
	int i_text, i_id, i_date, i_channel, i_lang;
	size_t rownum;

	/* the record being built */
	record rec;
	arena mem;
	int truncated;
	json_members members;
	buf keys, dec;

	reader_stats st;
	char warn[1024];
	int has_warn;
};


static void set_warn(reader *r, long line, const char *fmt, const char *a)
{
	int n = snprintf(r->warn, sizeof r->warn, "%s:%ld: ", r->name, line);
	if (n < 0) n = 0;
	snprintf(r->warn + n, sizeof r->warn - (size_t)n, fmt, a);
	r->has_warn = 1;
}

const char *reader_warning(reader *r)
{
	if (!r->has_warn) return NULL;
	r->has_warn = 0;
	return r->warn;
}

const reader_stats *reader_get_stats(const reader *r) { return &r->st; }
const char *reader_name(const reader *r) { return r->name; }
size_t reader_bytes(const reader *r) { return r->bytes; }

static read_format format_by_name(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;
	if (!dot) return FMT_AUTO;
	if (!strcasecmp(dot, ".csv")) return FMT_CSV;
	if (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".tab")) return FMT_TSV;
	if (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".ndjson") ||
	    !strcasecmp(dot, ".json")) return FMT_JSONL;
	if (!strcasecmp(dot, ".txt")) return FMT_LINES;
	return FMT_AUTO;
}

static read_format format_by_content(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && isspace((unsigned char)s[i])) i++;
	if (i < n && s[i] == '{') return FMT_JSONL;
	int tabs = 0, commas = 0, semis = 0;
	for (; i < n; i++) {
		if (s[i] == '\t') tabs++;
		else if (s[i] == ',') commas++;
		else if (s[i] == ';') semis++;
	}
	if (tabs && !commas) return FMT_TSV;
	if (commas || semis) return FMT_CSV;
	/* one column: a header naming a text column makes it CSV */
	size_t e = n;
	while (e && (s[e - 1] == '\n' || s[e - 1] == '\r')) e--;
	for (const char **t = TEXT_NAMES; *t; t++)
		if (strlen(*t) == e && !strncasecmp(s, *t, e)) return FMT_CSV;
	return FMT_LINES;
}

/* Read the next physical line into r->line; strip a BOM on line 1.
 * Returns 0 at end of input, -1 on a read error.  The input is read in
 * large blocks with read(2), which returns what a pipe has (a slow
 * producer's lines are not held back), and each line is found in place:
 * no copy per line, as getline makes. */
static int next_line(reader *r)
{
	if (r->have_line) { r->have_line = 0; return 1; }
	if (r->eof) return 0;
	for (;;) {
		/* rb_scan: how far the current line is known to have no newline
		 * (a long line arriving in pieces is searched once, not again
		 * after every read) */
		char *nl = r->rb_scan < r->rb_len ? memchr(r->rb + r->rb_scan, '\n', r->rb_len - r->rb_scan) : NULL;
		if (nl || r->rb_eof) {
			if (!nl && r->rb_pos == r->rb_len) { r->eof = 1; return 0; }
			size_t end = nl ? (size_t)(nl - r->rb) + 1 : r->rb_len;
			r->line = r->rb + r->rb_pos;
			r->linelen = (ssize_t)(end - r->rb_pos);
			r->rb_pos = r->rb_scan = end;
			break;
		}
		r->rb_scan = r->rb_len;
		if (r->rb_pos) {           /* keep the partial line, at the front */
			memmove(r->rb, r->rb + r->rb_pos, r->rb_len - r->rb_pos);
			r->rb_len -= r->rb_pos;
			r->rb_scan -= r->rb_pos;
			r->rb_pos = 0;
		}
		if (r->rb_len == r->rb_cap) {
			r->rb_cap = r->rb_cap ? 2 * r->rb_cap : 1 << 18;
			r->rb = xrealloc(r->rb, r->rb_cap);
		}
		errno = 0;
		/* a stream without a descriptor (fmemopen: the fuzzer) is read
		 * through stdio */
		int fd = fileno(r->f);
		ssize_t k = fd >= 0 ? read(fd, r->rb + r->rb_len, r->rb_cap - r->rb_len)
			: (ssize_t)fread(r->rb + r->rb_len, 1, r->rb_cap - r->rb_len, r->f);
		if (fd < 0 && k == 0 && ferror(r->f)) k = -1;
		if (k < 0) {
			if (errno == EINTR) continue;
			r->eof = 1;
			return -1;
		}
		if (k == 0) r->rb_eof = 1;
		else r->rb_len += (size_t)k;
	}
	r->lineno++;
	r->bytes += (size_t)r->linelen;
	if (r->lineno == 1 && r->linelen >= 3 && !memcmp(r->line, "\xEF\xBB\xBF", 3)) {
		r->line += 3;
		r->linelen -= 3;
	}
	buf_reset(&r->san);
	r->st.bad_utf8 += text_sanitize(r->line, (size_t)r->linelen, &r->san);
	return 1;
}

static reader *reader_start(reader *r, const char *path, char *err, size_t errlen);

reader *reader_open(const char *path, const reader_opts *o, char *err, size_t errlen)
{
	reader *r = xcalloc(1, sizeof *r);
	r->o = *o;
	if (!path || !strcmp(path, "-")) {
		r->f = stdin;
		r->name = xstrdup("<stdin>");
	} else {
		r->f = fopen(path, "rb");
		if (!r->f) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			free(r);
			return NULL;
		}
		r->close_f = 1;
		r->name = xstrdup(path);
		struct stat st;
		if (fstat(fileno(r->f), &st) == 0 && S_ISDIR(st.st_mode)) {
			snprintf(err, errlen, "%s: Is a directory", path);
			fclose(r->f);
			free(r->name);
			free(r);
			return NULL;
		}
	}
	return reader_start(r, path, err, errlen);
}

reader *reader_open_stream(FILE *f, const char *name, const reader_opts *o, char *err, size_t errlen)
{
	reader *r = xcalloc(1, sizeof *r);
	r->o = *o;
	r->f = f;
	r->name = xstrdup(name);
	return reader_start(r, NULL, err, errlen);
}

static reader *reader_start(reader *r, const char *path, char *err, size_t errlen)
{
	r->fmt = r->o.format;
	if (r->fmt == FMT_AUTO) r->fmt = format_by_name(path);
	if (r->fmt == FMT_AUTO) {
		int k = next_line(r);
		if (k > 0) {
			r->have_line = 1;
			r->fmt = format_by_content(r->san.data, r->san.len);
		} else if (k < 0) {
			snprintf(err, errlen, "%s: read error: %s", r->name, strerror(errno));
			reader_close(r);
			return NULL;
		} else {
			r->fmt = FMT_LINES;
		}
	}
	r->i_text = r->i_id = r->i_date = r->i_channel = r->i_lang = -1;
	return r;
}

void reader_close(reader *r)
{
	if (!r) return;
	if (r->close_f) fclose(r->f);
	if (r->csv_ready) csv_free(&r->csv);
	for (size_t i = 0; i < r->header.n; i++) free(r->header.v[i]);
	free(r->header.v);
	for (size_t i = 0; i < r->cur.f.n; i++) free(r->cur.f.v[i].s);
	free(r->cur.f.v);
	for (size_t j = r->done_pos; j < r->done.n; j++) {
		for (size_t i = 0; i < r->done.v[j].f.n; i++) free(r->done.v[j].f.v[i].s);
		free(r->done.v[j].f.v);
	}
	free(r->done.v);
	free(r->rb);
	free(r->name);
	buf_free(&r->san);
	buf_free(&r->raw);
	buf_free(&r->keys);
	buf_free(&r->dec);
	free(r->members.v);
	free(r->rec.f.v);
	arena_free(&r->mem);
	free(r);
}

/* ---- column mapping ---------------------------------------------------- */

static int find_col(reader *r, const char *spec)
{
	if (!spec) return -1;
	for (size_t i = 0; i < r->header.n; i++)
		if (!strcmp(r->header.v[i], spec)) return (int)i;
	for (size_t i = 0; i < r->header.n; i++)
		if (!strcasecmp(r->header.v[i], spec)) return (int)i;
	char *end;
	long k = strtol(spec, &end, 10);
	if (*spec && !*end && k >= 1 && (size_t)k <= r->header.n) return (int)k - 1;
	return -2;
}

static int map_columns(reader *r, char *err, size_t errlen)
{
	struct { const char *spec, *opt, *auto_name; int *idx; } m[] = {
		{ r->o.col_text, "--text", NULL, &r->i_text },
		{ r->o.col_id, "--id", "id", &r->i_id },
		{ r->o.col_date, "--date", "date", &r->i_date },
		{ r->o.col_channel, "--channel", "channel", &r->i_channel },
		{ r->o.col_lang, "--lang", "lang", &r->i_lang },
	};
	for (size_t k = 0; k < sizeof m / sizeof m[0]; k++) {
		int i = find_col(r, m[k].spec ? m[k].spec : m[k].auto_name);
		if (i == -2 && m[k].spec) {
			buf cols = {0};
			for (size_t j = 0; j < r->header.n; j++)
				buf_printf(&cols, "%s%s", j ? ", " : "", r->header.v[j]);
			snprintf(err, errlen, "%s:%ld: %s %s: no such column; columns are: %s",
				 r->name, r->rec_line, m[k].opt, m[k].spec, cols.data ? cols.data : "");
			buf_free(&cols);
			return -1;
		}
		*m[k].idx = i < 0 ? -1 : i;
	}
	if (r->i_text < 0) {
		for (const char **t = TEXT_NAMES; *t && r->i_text < 0; t++)
			for (size_t j = 0; j < r->header.n; j++)
				if (!strcasecmp(r->header.v[j], *t)) { r->i_text = (int)j; break; }
	}
	if (r->i_text < 0) {
		buf cols = {0};
		for (size_t j = 0; j < r->header.n; j++)
			buf_printf(&cols, "%s%s", j ? ", " : "", r->header.v[j]);
		snprintf(err, errlen, "%s:%ld: no text column (text, body, comment, message, "
			 "description, feedback, review); columns are: %s; name one with --text",
			 r->name, r->rec_line, cols.data ? cols.data : "");
		buf_free(&cols);
		return -1;
	}
	return 0;
}

/* Truncate a text value at max_bytes on a UTF-8 boundary. */
static size_t clip(reader *r, const char *s, size_t n, int *trunc)
{
	*trunc = 0;
	if (!r->o.max_bytes || n <= r->o.max_bytes) return n;
	size_t k = r->o.max_bytes;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
	*trunc = 1;
	r->st.truncated++;
	return k;
}

/* ---- records --------------------------------------------------------------- */

static char *keep(reader *r, const char *s, size_t n) { return arena_strndup(&r->mem, s, n); }

static void rec_add(reader *r, const char *key, const char *val, size_t vlen, int raw)
{
	/* a second field of the same name (a column named like a mapped one)
	 * keeps its value under NAME_orig */
	size_t kl = strlen(key);
	for (size_t i = 0; i < r->rec.f.n; i++)
		if (r->rec.f.v[i].klen == kl && !memcmp(r->rec.f.v[i].key, key, kl)) {
			buf k = {0};
			buf_printf(&k, "%s_orig", key);
			key = keep(r, k.data, k.len);
			kl = k.len;
			buf_free(&k);
			break;
		}
	rfield f = { key, val, kl, vlen, raw };
	VEC_PUSH(&r->rec.f, f);
}

static void rec_begin(reader *r)
{
	arena_reset(&r->mem);
	r->rec.f.n = 0;
	r->rec.text = "";
	r->rec.text_len = 0;
	r->rec.id = r->rec.lang = r->rec.date = r->rec.channel = NULL;
	r->rec.error = 0;
}

static const char *row_id(reader *r)
{
	if (!r->o.multi) {                  /* the common case: no allocation */
		char d[24];
		return keep(r, d, (size_t)(put_dec(d, r->rownum) - d));
	}
	buf b = {0};
	buf_adds(&b, r->name); buf_addc(&b, ':');
	buf_addu(&b, r->rownum);
	const char *id = keep(r, b.data, b.len);
	buf_free(&b);
	return id;
}

static void set_text(reader *r, const char *s, size_t n)
{
	int trunc;
	n = clip(r, s, n, &trunc);
	r->rec.text = keep(r, s, n);
	r->rec.text_len = n;
	rec_add(r, "text", r->rec.text, n, 0);
	r->truncated = trunc;
}

static void error_record(reader *r, const char *msg, const char *raw, size_t rawlen)
{
	rec_begin(r);
	r->rec.id = row_id(r);
	rec_add(r, "id", r->rec.id, strlen(r->rec.id), 0);
	rec_add(r, "error", keep(r, msg, strlen(msg)), strlen(msg), 0);
	rec_add(r, "raw", keep(r, raw, rawlen), rawlen, 0);
	r->rec.error = 1;
	r->st.errors++;
}

/* Build the record of a CSV/TSV row. */
static void row_record(reader *r, row *w)
{
	rec_begin(r);
	r->rec.line = w->line;
	if (r->i_id >= 0 && (size_t)r->i_id < w->f.n) r->rec.id = keep(r, w->f.v[r->i_id].s, w->f.v[r->i_id].n);
	else r->rec.id = row_id(r);
	rec_add(r, "id", r->rec.id, strlen(r->rec.id), 0);
	if ((size_t)r->i_text < w->f.n) set_text(r, w->f.v[r->i_text].s, w->f.v[r->i_text].n);
	else set_text(r, "", 0);
	int idx[] = { r->i_date, r->i_channel, r->i_lang };
	const char *names[] = { "date", "channel", "lang" };
	const char **dest[] = { &r->rec.date, &r->rec.channel, &r->rec.lang };
	for (int k = 0; k < 3; k++)
		if (idx[k] >= 0 && (size_t)idx[k] < w->f.n) {
			*dest[k] = keep(r, w->f.v[idx[k]].s, w->f.v[idx[k]].n);
			rec_add(r, names[k], *dest[k], w->f.v[idx[k]].n, 0);
		}
	for (size_t i = 0; i < w->f.n; i++) {
		int ii = (int)i;
		if (ii == r->i_text || ii == r->i_id || ii == r->i_date ||
		    ii == r->i_channel || ii == r->i_lang) continue;
		char tmp[32];
		const char *key = i < r->header.n ? r->header.v[i] : (snprintf(tmp, sizeof tmp, "%zu", i + 1), keep(r, tmp, strlen(tmp)));
		rec_add(r, key, keep(r, w->f.v[i].s, w->f.v[i].n), w->f.v[i].n, 0);
	}
	if (r->truncated) rec_add(r, "truncated", "true", 4, 1);
	if (r->header.n && w->f.n != r->header.n && !r->has_warn) {
		char msg[96];
		snprintf(msg, sizeof msg, "%zu fields where the header has %zu", w->f.n, r->header.n);
		set_warn(r, w->line, "%s", msg);
	}
}

static void row_free(row *w)
{
	for (size_t i = 0; i < w->f.n; i++) free(w->f.v[i].s);
	free(w->f.v);
	memset(w, 0, sizeof *w);
}

static void csv_cb_field(void *s, size_t n, void *data)
{
	reader *r = data;
	field f = { xstrndup(s ? s : "", s ? n : 0), s ? n : 0 };
	if (!r->cur.f.n) r->cur.line = r->rec_line;
	VEC_PUSH(&r->cur.f, f);
}

static void csv_cb_row(int c, void *data)
{
	(void)c;
	reader *r = data;
	r->cur.line = r->rec_line;
	VEC_PUSH(&r->done, r->cur);
	memset(&r->cur, 0, sizeof r->cur);
	r->rec_line = r->lineno + 1;
	buf_reset(&r->raw);
}

static int no_space(unsigned char c) { (void)c; return 0; }

/* Turn one completed row into a record, or consume it as the header. */
static int take_row(reader *r, char *err, size_t errlen)
{
	while (r->done_pos < r->done.n) {
		row w = r->done.v[r->done_pos++];
		if (r->done_pos == r->done.n) { r->done.n = 0; r->done_pos = 0; }
		if (!r->header_done) {
			r->header_done = 1;
			if (r->o.no_header) {
				for (size_t i = 0; i < w.f.n; i++) {
					char tmp[32];
					snprintf(tmp, sizeof tmp, "%zu", i + 1);
					VEC_PUSH(&r->header, xstrdup(tmp));
				}
			} else {
				for (size_t i = 0; i < w.f.n; i++)
					VEC_PUSH(&r->header, xstrndup(w.f.v[i].s, w.f.v[i].n));
			}
			long save = r->rec_line;
			r->rec_line = w.line;
			if (map_columns(r, err, errlen) < 0) { row_free(&w); return -1; }
			r->rec_line = save;
			if (!r->o.no_header) { row_free(&w); continue; }
		}
		r->rownum++;
		r->st.records++;
		row_record(r, &w);
		row_free(&w);
		return 1;
	}
	return 0;
}

static int next_csv(reader *r, char *err, size_t errlen)
{
	if (!r->csv_ready) {
		csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
		csv_set_delim(&r->csv, (unsigned char)(r->o.delimiter ? r->o.delimiter : ','));
		csv_set_space_func(&r->csv, no_space);
		r->csv_ready = 1;
		r->rec_line = 1;
	}
	for (;;) {
		int k = take_row(r, err, errlen);
		if (k) return k;
		int got = next_line(r);
		if (got < 0) {
			snprintf(err, errlen, "%s:%ld: read error: %s", r->name, r->lineno + 1, strerror(errno));
			return -1;
		}
		if (got == 0) {
			if (r->csv_ready == 2) return 0;
			r->csv_ready = 2;
			if (csv_fini(&r->csv, csv_cb_field, csv_cb_row, r) != 0) {
				/* a quote left open at end of file: keep what we have as an
				 * error record, nothing lost */
				row_free(&r->cur);
				if (!r->header_done) {
					snprintf(err, errlen, "%s:%ld: quote left open in the header", r->name, r->rec_line);
					return -1;
				}
				r->rownum++;
				r->st.records++;
				set_warn(r, r->rec_line, "%s", "quote left open at end of file");
				error_record(r, "quote left open at end of file", r->raw.data ? r->raw.data : "", r->raw.len);
				return 1;
			}
			continue;
		}
		buf_add(&r->raw, r->san.data, r->san.len);
		if (csv_parse(&r->csv, r->san.data, r->san.len, csv_cb_field, csv_cb_row, r) != r->san.len) {
			/* A stray quote (RFC 4180 strict): this record becomes an
			 * error record with its raw text; parsing resumes on the
			 * next line. */
			long at = r->rec_line;
			row_free(&r->cur);
			csv_free(&r->csv);
			csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
			csv_set_delim(&r->csv, (unsigned char)(r->o.delimiter ? r->o.delimiter : ','));
			csv_set_space_func(&r->csv, no_space);
			if (!r->header_done) {
				snprintf(err, errlen, "%s:%ld: malformed quoted field in the header", r->name, at);
				return -1;
			}
			r->rownum++;
			r->st.records++;
			set_warn(r, at, "%s", "malformed quoted field (a stray or unescaped \")");
			while (r->raw.len && (r->raw.data[r->raw.len - 1] == '\n' || r->raw.data[r->raw.len - 1] == '\r'))
				r->raw.data[--r->raw.len] = 0;
			error_record(r, "malformed quoted field", r->raw.data, r->raw.len);
			buf_reset(&r->raw);
			r->rec_line = r->lineno + 1;
			return 1;
		}
	}
}

/* Strip the line terminator of the sanitised line. */
static size_t chomp(reader *r)
{
	size_t n = r->san.len;
	if (n && r->san.data[n - 1] == '\n') n--;
	if (n && r->san.data[n - 1] == '\r') n--;
	r->san.data[n] = 0;
	return n;
}

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) if (!isspace((unsigned char)s[i])) return 0;
	return 1;
}

static int next_tsv(reader *r, char *err, size_t errlen)
{
	for (;;) {
		int got = next_line(r);
		if (got < 0) { snprintf(err, errlen, "%s: read error: %s", r->name, strerror(errno)); return -1; }
		if (got == 0) return 0;
		size_t n = chomp(r);
		if (!n) continue;
		row w = {0};
		w.line = r->lineno;
		const char *s = r->san.data, *end = s + n;
		for (;;) {
			const char *t = memchr(s, '\t', (size_t)(end - s));
			const char *e = t ? t : end;
			field f = { xstrndup(s, (size_t)(e - s)), (size_t)(e - s) };
			VEC_PUSH(&w.f, f);
			if (!t) break;
			s = t + 1;
		}
		VEC_PUSH(&r->done, w);
		int k = take_row(r, err, errlen);
		if (k) return k;
	}
}

static int is_text_name(reader *r, const char *key)
{
	if (r->o.col_text) return !strcmp(key, r->o.col_text);
	for (const char **t = TEXT_NAMES; *t; t++) if (!strcasecmp(key, *t)) return 1;
	return 0;
}

static const char *decode(reader *r, const json_member *m, size_t *len)
{
	buf_reset(&r->dec);
	jsonscan_string(m->val, m->vlen, &r->dec);
	*len = r->dec.len;
	return keep(r, r->dec.data, r->dec.len);
}

static int next_jsonl(reader *r, char *err, size_t errlen)
{
	for (;;) {
		int got = next_line(r);
		if (got < 0) { snprintf(err, errlen, "%s: read error: %s", r->name, strerror(errno)); return -1; }
		if (got == 0) return 0;
		size_t n = chomp(r);
		if (blank(r->san.data, n)) continue;
		r->rownum++;
		r->st.records++;
		char msg[256];
		buf_reset(&r->keys);
		if (jsonscan_object(r->san.data, n, &r->members, &r->keys, msg, sizeof msg) < 0) {
			set_warn(r, r->lineno, "%s", msg);
			error_record(r, msg, r->san.data, n);
			r->rec.line = r->lineno;
			return 1;
		}
		rec_begin(r);
		r->rec.line = r->lineno;
		json_members *ms = &r->members;
		/* a bad record from an earlier stage passes through untouched */
		for (size_t i = 0; i < ms->n; i++)
			if (!strcmp(ms->v[i].key, "error")) {
				for (size_t k = 0; k < ms->n; k++) {
					const json_member *m = &ms->v[k];
					rec_add(r, keep(r, m->key, m->klen), keep(r, m->val, m->vlen), m->vlen, 1);
					size_t dl;
					if (!strcmp(m->key, "id") && m->type == 's') r->rec.id = decode(r, m, &dl);
				}
				r->rec.error = 1;
				r->st.errors++;
				return 1;
			}
		int ti = -1, ii = -1, mi[3] = { -1, -1, -1 };
		const char *idk = r->o.col_id ? r->o.col_id : "id";
		const char *mk[3] = { r->o.col_date ? r->o.col_date : "date",
			r->o.col_channel ? r->o.col_channel : "channel", r->o.col_lang ? r->o.col_lang : "lang" };
		for (size_t i = 0; i < ms->n; i++) {
			const char *key = ms->v[i].key;
			if (ti < 0 && is_text_name(r, key)) ti = (int)i;
			else if (ii < 0 && !strcmp(key, idk)) ii = (int)i;
			else for (int k = 0; k < 3; k++) if (mi[k] < 0 && !strcmp(key, mk[k])) mi[k] = (int)i;
		}
		if (ti < 0 || ms->v[ti].type != 's') {
			snprintf(msg, sizeof msg, "no text field%s%s", ti >= 0 ? " " : "", ti >= 0 ? ms->v[ti].key : "");
			set_warn(r, r->lineno, "%s", msg);
			error_record(r, msg, r->san.data, n);
			r->rec.line = r->lineno;
			return 1;
		}
		size_t dl;
		if (ii >= 0 && ms->v[ii].type == 's') {
			r->rec.id = decode(r, &ms->v[ii], &dl);
			rec_add(r, "id", r->rec.id, dl, 0);
		} else if (ii >= 0 && ms->v[ii].type != 'z') {
			r->rec.id = keep(r, ms->v[ii].val, ms->v[ii].vlen);     /* a number id */
			rec_add(r, "id", r->rec.id, ms->v[ii].vlen, 1);
		} else {
			r->rec.id = row_id(r);
			rec_add(r, "id", r->rec.id, strlen(r->rec.id), 0);
		}
		const char *t = decode(r, &ms->v[ti], &dl);
		set_text(r, t, dl);
		const char *names[] = { "date", "channel", "lang" };
		const char **dest[] = { &r->rec.date, &r->rec.channel, &r->rec.lang };
		for (int k = 0; k < 3; k++) {
			if (mi[k] < 0) continue;
			const json_member *m = &ms->v[mi[k]];
			if (m->type == 's') { *dest[k] = decode(r, m, &dl); rec_add(r, names[k], *dest[k], dl, 0); }
			else rec_add(r, names[k], keep(r, m->val, m->vlen), m->vlen, 1);
		}
		for (size_t i = 0; i < ms->n; i++) {
			int x = (int)i;
			if (x == ti || x == ii || x == mi[0] || x == mi[1] || x == mi[2]) continue;
			if (!strcmp(ms->v[i].key, "truncated") && r->truncated) continue;
			rec_add(r, keep(r, ms->v[i].key, ms->v[i].klen), keep(r, ms->v[i].val, ms->v[i].vlen), ms->v[i].vlen, 1);
		}
		if (r->truncated) rec_add(r, "truncated", "true", 4, 1);
		return 1;
	}
}

static int next_lines(reader *r, char *err, size_t errlen)
{
	for (;;) {
		int got = next_line(r);
		if (got < 0) { snprintf(err, errlen, "%s: read error: %s", r->name, strerror(errno)); return -1; }
		if (got == 0) return 0;
		size_t n = chomp(r);
		if (blank(r->san.data, n)) continue;
		r->rownum++;
		r->st.records++;
		rec_begin(r);
		r->rec.line = r->lineno;
		r->rec.id = row_id(r);
		rec_add(r, "id", r->rec.id, strlen(r->rec.id), 0);
		set_text(r, r->san.data, n);
		if (r->truncated) rec_add(r, "truncated", "true", 4, 1);
		return 1;
	}
}

int reader_next(reader *r, record **rec, char *err, size_t errlen)
{
	int k;
	r->truncated = 0;
	switch (r->fmt) {
	case FMT_CSV: k = next_csv(r, err, errlen); break;
	case FMT_TSV: k = next_tsv(r, err, errlen); break;
	case FMT_JSONL: k = next_jsonl(r, err, errlen); break;
	default: k = next_lines(r, err, errlen); break;
	}
	*rec = k > 0 ? &r->rec : NULL;
	return k;
}

size_t record_open(const record *r, buf *b, const char *const *drop)
{
	size_t n = 0;
	buf_addc(b, '{');
	for (size_t i = 0; i < r->f.n; i++) {
		const rfield *f = &r->f.v[i];
		int skip = 0;
		for (const char *const *d = drop; d && *d && !skip; d++)
			skip = (*d)[0] == f->key[0] && (*d)[1] == f->key[1] && !strcmp(*d, f->key);
		if (skip) continue;
		if (n++) buf_addc(b, ',');
		json_add_string(b, f->key, f->klen);
		buf_addc(b, ':');
		if (f->raw) buf_add(b, f->val, f->vlen);
		else json_add_string(b, f->val, f->vlen);
	}
	return n;
}

const rfield *record_get(const record *r, const char *key)
{
	for (size_t i = 0; i < r->f.n; i++) if (!strcmp(r->f.v[i].key, key)) return &r->f.v[i];
	return NULL;
}
