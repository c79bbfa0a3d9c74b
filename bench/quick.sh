#!/bin/bash
# quick.sh LANG: how fast `gripe tag` runs on ~2 MB of the corpus texts of one
# language (for lexicon authors: a slow regex or a sequence rule that starts
# with a very common word shows up here).  Prints MB/s.
cd "$(dirname "$0")/.."
l=${1:?usage: bench/quick.sh LANG}
f=/tmp/gripe-quick-$l.txt
if [ ! -s "$f" ]; then
	: > "$f"
	while [ "$(stat -c %s "$f")" -lt 2000000 ]; do
		grep -h "\"lang\": *\"$l\"" corpus/lang/lang.jsonl corpus/gold/$l.jsonl | ./gripe read --format jsonl 2>/dev/null |
			sed 's/.*"text":"\(.*\)","lang".*/\1/; s/.*"text":"\(.*\)"}$/\1/' >> "$f"
	done
fi
s=$(date +%s.%N)
./gripe tag --format lines "$f" > /dev/null
e=$(date +%s.%N)
echo "$l: $(echo "scale=1; $(stat -c %s "$f") / 1000000 / ($e - $s)" | bc) MB/s of gripe tag"
