# analyze is byte-identical for 1, 2 and 4 threads, and identical to the
# piped filters, for the report and for the tagged records.
tmp=$(mktemp -d)
cat ../../corpus/gold/*.jsonl > "$tmp/in.jsonl"
printf '{broken\n[1,2]\n' >> "$tmp/in.jsonl"       # error records take the same path
exec 2>/dev/null
A="--text customer_text --id ticket_id --date created"
"$GRIPE" analyze -j 1 --tagged "$tmp/t1" "$tmp/in.jsonl" > "$tmp/r1"
for j in 2 4; do
	"$GRIPE" analyze -j $j --tagged "$tmp/t$j" "$tmp/in.jsonl" > "$tmp/r$j"
	cmp -s "$tmp/r1" "$tmp/r$j" && echo "report -j $j: same"
	cmp -s "$tmp/t1" "$tmp/t$j" && echo "tagged -j $j: same"
done
"$GRIPE" read "$tmp/in.jsonl" | "$GRIPE" lang | "$GRIPE" tag > "$tmp/piped.jsonl"
"$GRIPE" report "$tmp/piped.jsonl" | cmp -s - "$tmp/r1" && echo "piped report: same"
"$GRIPE" analyze -j 2 $A ../../corpus/sample.csv > "$tmp/s2"
"$GRIPE" read $A ../../corpus/sample.csv | "$GRIPE" tag | "$GRIPE" report | cmp -s - "$tmp/s2" && echo "sample csv piped: same"
wc -l < "$tmp/t1"
rm -rf "$tmp"
