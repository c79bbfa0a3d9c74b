# examples/nightly.sh end to end over six generated days: five ordinary
# ones (exit 0) and one with a spike of rude staff (exit 1, an alert line);
# re-running a day replaces it instead of counting twice.
tmp=$(mktemp -d)
export GRIPE
gold=../../corpus/gold
grep -hv '"rudeness"' $gold/en.jsonl $gold/nl.jsonl $gold/sl.jsonl $gold/cs.jsonl > "$tmp/calm"
grep -h '"rudeness"' $gold/en.jsonl $gold/nl.jsonl $gold/sl.jsonl $gold/cs.jsonl > "$tmp/rude"
# ordinary days: the same eighty calm records every day (so no tag can
# spike, whatever the lexicons find in them) and one rude one
for d in 1 2 3 4 5; do
	awk 'NR % 5 == 0 && NR <= 400' "$tmp/calm" > "$tmp/day$d.jsonl"
	sed -n "${d}p" "$tmp/rude" >> "$tmp/day$d.jsonl"
done
# the spike: the same calm records, and thirty rude ones
{ awk 'NR % 5 == 0 && NR <= 400' "$tmp/calm"; sed -n '10,40p' "$tmp/rude"; } > "$tmp/day6.jsonl"
for d in 1 2 3 4 5 6; do
	sh ../../examples/nightly.sh "$tmp/day$d.jsonl" "2026-11-0$d" "$tmp/job" 2> "$tmp/err"
	echo "day $d: exit $?"
	sed 's/ [0-9]* in / N in /; s/mean [0-9.]*/mean X/; s/sd [0-9.]*/sd X/' "$tmp/err" | grep -o 'alert: [a-z]* [a-z_]*' | sort -u
done
ls "$tmp/job/reports" | sort
# idempotent: day 3 again leaves six periods and the same counts
before=$("$GRIPE" trend --db "$tmp/job/history.db" --format json 2>/dev/null)
sh ../../examples/nightly.sh "$tmp/day3.jsonl" 2026-11-03 "$tmp/job" 2>/dev/null
after=$("$GRIPE" trend --db "$tmp/job/history.db" --format json 2>/dev/null)
[ "$before" = "$after" ] && echo "re-run of a day: history unchanged"
"$GRIPE" trend --db "$tmp/job/history.db" --format json 2>/dev/null | grep -o '"periods":\[[^]]*\]'
echo
rm -rf "$tmp"
