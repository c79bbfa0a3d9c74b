# Scale-out with GNU parallel: split the input into blocks, a state per
# block, one merge; the report equals the single run byte for byte.
tmp=$(mktemp -d)
cat ../../corpus/gold/*.jsonl > "$tmp/in.jsonl"
parallel --will-cite --pipe --block 40k -k "$GRIPE" analyze --quiet --state --input-format jsonl < "$tmp/in.jsonl" > "$tmp/states"
echo "states: $(wc -l < "$tmp/states" | awk '{ print ($1 > 1) ? "several" : "one" }')"
"$GRIPE" merge "$tmp/states" > "$tmp/merged"
"$GRIPE" analyze --quiet "$tmp/in.jsonl" > "$tmp/single"
cmp -s "$tmp/merged" "$tmp/single" && echo "parallel: same report"
rm -rf "$tmp"
