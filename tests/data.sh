#!/bin/bash
# data.sh — the data-driven checks: the lexicons' own examples and lint,
# and the eval floors on the test halves of the gold corpus.  Each check
# prints "name: N passed, N failed".
cd "$(dirname "$0")/.."
./gripe lexicon check --strict --quiet lexicons | grep -v '^lexicon check:'
# Floors (tests/eval-floors.txt) sit just below what the lexicons reach on the
# test halves: en 0.818, nl 0.773, sl 0.856, cs 0.887; a regression fails here.
floor() {  # lang floor
	[ -f "corpus/gold/$1.jsonl" ] || { echo "eval-$1: 0 passed, 1 failed"; return; }
	if ./gripe eval --split test --min-f1 "$2" --max-nodia-gap 0.05 "corpus/gold/$1.jsonl" >/tmp/gripe-eval.$$ 2>&1; then
		echo "eval-$1: 1 passed, 0 failed"
	else
		cat /tmp/gripe-eval.$$; echo "eval-$1: 0 passed, 1 failed"
	fi
	rm -f /tmp/gripe-eval.$$
}
while read -r lang f; do floor "$lang" "$f"; done < tests/eval-floors.txt
