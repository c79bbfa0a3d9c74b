#!/bin/sh
# The literal words of the lexicons' rules (what rg -f gets as its peer task).
cat lexicons/*/*.lex | grep -v '^[#+-]' | grep -v '^/' | sed 's/ | .*//' |
	tr ' \t' '\n\n' | grep -v '^~' | sed 's/^=//; s/\*$//' | grep -v '^$' |
	tr 'A-Z' 'a-z' | sort -u
