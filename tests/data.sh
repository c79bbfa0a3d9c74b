#!/bin/bash
# data.sh — the data-driven checks: the lexicons' own examples and lint,
# and the eval floors on the test halves of the gold corpus.  Each check
# prints "name: N passed, N failed".
cd "$(dirname "$0")/.."
./gripe lexicon check --strict --quiet lexicons | grep -v '^lexicon check:'
# Floors (tests/eval-floors.txt: SET FLOOR) sit just below what the lexicons
# reach: SET is a language, meaning the test half of corpus/gold/LANG.jsonl,
# or final/LANG, the evaluation set corpus/final/LANG.jsonl written after all
# tuning, or valid/LANG, corpus/valid/LANG.jsonl, written in the fifth session
# by authors who saw neither rules nor tool output.  A regression fails here.
floor() {  # set floor
	local f args
	case "$1" in
	final/*) f="corpus/final/${1#final/}.jsonl"; args=() ;;
	valid/*) f="corpus/valid/${1#valid/}.jsonl"; args=() ;;
	*) f="corpus/gold/$1.jsonl"; args=(--split test --max-nodia-gap 0.05) ;;
	esac
	[ -f "$f" ] || { echo "eval-$1: 0 passed, 1 failed"; return; }
	if ./gripe eval "${args[@]}" --min-f1 "$2" "$f" >/tmp/gripe-eval.$$ 2>&1; then
		echo "eval-$1: 1 passed, 0 failed"
	else
		cat /tmp/gripe-eval.$$; echo "eval-$1: 0 passed, 1 failed"
	fi
	rm -f /tmp/gripe-eval.$$
}
while read -r set f; do
	case "$set" in ''|'#'*) continue ;; esac
	floor "$set" "$f"
done < tests/eval-floors.txt
