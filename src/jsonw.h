/*
 * jsonw.h — the JSON writing the core needs: a string, quoted and escaped
 * as RFC 8259 requires (UTF-8 passes through unchanged).
 */
#ifndef GRIPE_JSONW_H
#define GRIPE_JSONW_H
#include "util.h"
void json_add_string(buf *b, const char *s, size_t n);
#endif
