/*
 * jsonscan.c — see jsonscan.h.  RFC 8259 grammar; the input is valid UTF-8
 * (the reader sanitises every line first).
 */
#include "jsonscan.h"
#include <stdlib.h>
#include <string.h>

typedef struct scan { const char *s, *p, *end; char *err; size_t errlen; } scan;

static int bad(scan *c, const char *what)
{
	snprintf(c->err, c->errlen, "invalid JSON at column %zu: %s", (size_t)(c->p - c->s) + 1, what);
	return -1;
}

static void ws(scan *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\r' || *c->p == '\n')) c->p++;
}

static int hex4(const char *p)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		char h = p[i];
		v <<= 4;
		if (h >= '0' && h <= '9') v |= h - '0';
		else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
		else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
		else return -1;
	}
	return v;
}

static int string(scan *c)
{
	c->p++;                                  /* opening quote */
	while (c->p < c->end) {
		unsigned char ch = (unsigned char)*c->p;
		if (ch == '"') { c->p++; return 0; }
		if (ch < 0x20) return bad(c, "control character in string");
		if (ch == '\\') {
			if (c->p + 1 >= c->end) break;
			char e = c->p[1];
			if (e == 'u') {
				if (c->end - c->p < 6 || hex4(c->p + 2) < 0) return bad(c, "bad \\u escape");
				c->p += 6;
				continue;
			}
			if (!strchr("\"\\/bfnrt", e) || !e) return bad(c, "bad escape");
			c->p += 2;
			continue;
		}
		c->p++;
	}
	return bad(c, "string not closed");
}

static int number(scan *c)
{
	const char *p = c->p;
	if (p < c->end && *p == '-') p++;
	if (p >= c->end) return bad(c, "bad number");
	if (*p == '0') p++;
	else if (*p >= '1' && *p <= '9') while (p < c->end && *p >= '0' && *p <= '9') p++;
	else return bad(c, "bad number");
	if (p < c->end && *p == '.') {
		p++;
		if (p >= c->end || *p < '0' || *p > '9') { c->p = p; return bad(c, "bad number"); }
		while (p < c->end && *p >= '0' && *p <= '9') p++;
	}
	if (p < c->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < c->end && (*p == '+' || *p == '-')) p++;
		if (p >= c->end || *p < '0' || *p > '9') { c->p = p; return bad(c, "bad number"); }
		while (p < c->end && *p >= '0' && *p <= '9') p++;
	}
	c->p = p;
	return 0;
}

static int value(scan *c, int depth, char *type)
{
	ws(c);
	if (c->p >= c->end) return bad(c, "value expected");
	char ch = *c->p;
	if (depth > JSONSCAN_MAX_DEPTH) return bad(c, "nested too deep");
	switch (ch) {
	case '"': *type = 's'; return string(c);
	case '{': case '[': {
		char close = ch == '{' ? '}' : ']';
		*type = ch == '{' ? 'o' : 'a';
		c->p++;
		ws(c);
		if (c->p < c->end && *c->p == close) { c->p++; return 0; }
		for (;;) {
			char t;
			if (ch == '{') {
				ws(c);
				if (c->p >= c->end || *c->p != '"') return bad(c, "string or '}' expected");
				if (string(c) < 0) return -1;
				ws(c);
				if (c->p >= c->end || *c->p != ':') return bad(c, "':' expected");
				c->p++;
			}
			if (value(c, depth + 1, &t) < 0) return -1;
			ws(c);
			if (c->p < c->end && *c->p == ',') { c->p++; continue; }
			if (c->p < c->end && *c->p == close) { c->p++; return 0; }
			return bad(c, ch == '{' ? "',' or '}' expected" : "',' or ']' expected");
		}
	}
	case 't': *type = 't'; if (c->end - c->p >= 4 && !memcmp(c->p, "true", 4)) { c->p += 4; return 0; } break;
	case 'f': *type = 'f'; if (c->end - c->p >= 5 && !memcmp(c->p, "false", 5)) { c->p += 5; return 0; } break;
	case 'n': *type = 'z'; if (c->end - c->p >= 4 && !memcmp(c->p, "null", 4)) { c->p += 4; return 0; } break;
	default:
		if (ch == '-' || (ch >= '0' && ch <= '9')) { *type = 'n'; return number(c); }
	}
	return bad(c, "unexpected character");
}

void jsonscan_string(const char *val, size_t vlen, buf *out)
{
	static const char REPL[] = "\xEF\xBF\xBD";
	const char *p = val + 1, *end = val + vlen - 1;     /* inside the quotes */
	buf_grow(out, vlen);
	while (p < end) {
		const char *run = p;
		while (p < end && *p != '\\') p++;
		buf_add(out, run, (size_t)(p - run));
		if (p >= end) break;
		char e = p[1];
		p += 2;
		switch (e) {
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u': {
			long cp = hex4(p);
			p += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
				int lo = hex4(p + 2);
				if (lo >= 0xDC00 && lo <= 0xDFFF) { cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00); p += 6; }
			}
			if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) { buf_add(out, REPL, 3); break; }
			char u[4];
			int k;
			if (cp < 0x80) { u[0] = (char)cp; k = 1; }
			else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 63)); k = 2; }
			else if (cp < 0x10000) { u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | ((cp >> 6) & 63)); u[2] = (char)(0x80 | (cp & 63)); k = 3; }
			else { u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | ((cp >> 12) & 63)); u[2] = (char)(0x80 | ((cp >> 6) & 63)); u[3] = (char)(0x80 | (cp & 63)); k = 4; }
			buf_add(out, u, (size_t)k);
			break;
		}
		default: buf_addc(out, e); break;     /* " \ / */
		}
	}
}

int jsonscan_object(const char *s, size_t n, json_members *out, buf *keys, char *err, size_t errlen)
{
	scan c = { s, s, s + n, err, errlen };
	out->n = 0;
	ws(&c);
	if (c.p >= c.end || *c.p != '{') {
		/* a valid non-object value is "not a JSON object"; anything else is invalid */
		char t;
		scan d = c;
		if (c.p < c.end && value(&d, 0, &t) == 0) { ws(&d); if (d.p == d.end) { snprintf(err, errlen, "not a JSON object"); return -1; } }
		return c.p < c.end ? value(&c, 0, &t) < 0 ? -1 : bad(&c, "trailing characters") : bad(&c, "empty line");
	}
	c.p++;
	ws(&c);
	/* keys are decoded into one buffer; record offsets first, pointers after */
	VEC(size_t) koff = {0};
	if (c.p < c.end && *c.p == '}') c.p++;
	else for (;;) {
		ws(&c);
		if (c.p >= c.end || *c.p != '"') { free(koff.v); return bad(&c, "string or '}' expected"); }
		const char *k0 = c.p;
		if (string(&c) < 0) { free(koff.v); return -1; }
		VEC_PUSH(&koff, keys->len);
		jsonscan_string(k0, (size_t)(c.p - k0), keys);
		buf_addc(keys, 0);
		ws(&c);
		if (c.p >= c.end || *c.p != ':') { free(koff.v); return bad(&c, "':' expected"); }
		c.p++;
		ws(&c);
		json_member m = { NULL, 0, c.p, 0, 0 };
		if (value(&c, 1, &m.type) < 0) { free(koff.v); return -1; }
		m.vlen = (size_t)(c.p - m.val);
		VEC_PUSH(out, m);
		ws(&c);
		if (c.p < c.end && *c.p == ',') { c.p++; continue; }
		if (c.p < c.end && *c.p == '}') { c.p++; break; }
		free(koff.v);
		return bad(&c, "',' or '}' expected");
	}
	ws(&c);
	if (c.p != c.end) { free(koff.v); return bad(&c, "trailing characters after the object"); }
	for (size_t i = 0; i < out->n; i++) {
		out->v[i].key = keys->data + koff.v[i];
		out->v[i].klen = strlen(out->v[i].key);
	}
	free(koff.v);
	return 0;
}
