#!/bin/bash
# run.sh SECONDS TARGET...: seed each fuzz target's corpus and run it for
# SECONDS; print the executions per target and fail on any crash.
set -u
cd "$(dirname "$0")/.."
secs=$1; shift
export GRIPE_LEXICONS=$PWD/lexicons
fail=0
for t in "$@"; do
	c=build/fuzz/corpus-$t
	mkdir -p "$c"
	case $t in
	reader)  cp corpus/sample.csv corpus/sample.jsonl tests/cli/*.in "$c/" 2>/dev/null ;;
	token|tag) head -c 2000 corpus/lang/lang.jsonl > "$c/lang"; cp tests/data/tokens.tsv "$c/" ;;
	merge)   ./gripe analyze --state --text customer_text --date created corpus/sample.csv > "$c/sample.state" 2>/dev/null ;;
	lexicon) cp lexicons/en/*.lex "$c/" ;;
	esac
	log=build/fuzz/$t.log
	(cd build/fuzz && ./fuzz_$t -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		"corpus-$t" > "$t.log" 2>&1)
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	if [ $rc -ne 0 ]; then
		fail=$((fail + 1))
		echo "fuzz $t: FAILED after ${runs:-?} runs (see $log)"
		grep -m3 -E 'ERROR|SUMMARY' "$log"
	else
		echo "fuzz $t: ${runs:-?} runs in ${secs}s, no crash"
	fi
done
echo "fuzz: $(( $# - fail )) passed, $fail failed"
[ $fail = 0 ]
