/*
 * jsonscan.h — a validating scanner for one JSON object per line, built for
 * pass-through: it reports each top-level member's key and the exact bytes
 * of its value, and decodes only the string values a caller asks for.
 * Values it does not decode are copied to the output byte for byte, so a
 * number keeps its spelling and nothing a user exported is re-encoded.
 */
#ifndef GRIPE_JSONSCAN_H
#define GRIPE_JSONSCAN_H

#include "util.h"

#define JSONSCAN_MAX_DEPTH 512

typedef struct json_member {
	const char *key;       /* decoded key (owned by the caller's buffer) */
	size_t klen;
	const char *val;       /* raw value bytes in the input line */
	size_t vlen;
	char type;             /* 's' string, 'n' number, 'o' object, 'a' array, 't', 'f', 'z' null */
} json_member;

typedef VEC(json_member) json_members;

/* Scan s[0..n) as one JSON object.  Keys are decoded into keys (which must
 * not be reset until the members are used).  Returns 0, or -1 with a
 * message in err: "not a JSON object", "invalid JSON at column N: ...". */
int jsonscan_object(const char *s, size_t n, json_members *out, buf *keys, char *err, size_t errlen);

/* Decode a raw JSON string value (with its quotes) into out; invalid
 * escapes cannot occur (the scanner validated them); \u0000 and lone
 * surrogates become U+FFFD. */
void jsonscan_string(const char *val, size_t vlen, buf *out);

#endif
