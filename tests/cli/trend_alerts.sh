# --alert rules: one that fires (exit 1, one line per alert on stderr) and
# ones that do not (exit 0); a bad rule is a usage error (exit 2).
tmp=$(mktemp -d)
g=../../corpus/gold/en.jsonl
for d in 1 2 3 4; do
	awk -v d=$d 'NR % 4 == d - 1' $g | grep -v '"rudeness"' | head -30 > "$tmp/d$d"
done
grep '"rudeness"' $g | head -12 >> "$tmp/d4"
for d in 1 2 3 4; do "$GRIPE" analyze --quiet --db "$tmp/h.db" --period 2026-10-0$d "$tmp/d$d" > /dev/null; done
"$GRIPE" trend --db "$tmp/h.db" --alert 'rudeness>2x' --quiet 2> "$tmp/err"; echo "rudeness>2x: $?"
sed 's/[0-9][0-9.]*/N/g' "$tmp/err"
"$GRIPE" trend --db "$tmp/h.db" --alert 'rudeness>100' --alert 'long_hold>50%' --quiet; echo "rudeness>100, long_hold>50%: $?"
"$GRIPE" trend --db "$tmp/h.db" --alert 'rudeness>>2' --quiet 2> "$tmp/err"; echo "bad rule: $?"
head -1 "$tmp/err"
"$GRIPE" trend --db "$tmp/h.db" --alert 'grumpiness>2x' --quiet; echo "unknown name: $?"
"$GRIPE" trend --db "$tmp/h.db" --format json 2>/dev/null | grep -o '"name":"rudeness","counts":\[[0-9,]*\]' |
	sed 's/\[\([01]\),\([01]\),\([01]\),\(1[0-9]\)\]/[small, small, small, 10+]/'
rm -rf "$tmp"
