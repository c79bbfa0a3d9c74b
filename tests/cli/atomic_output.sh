# Output files are written to a temporary file and renamed: a run killed
# mid-write leaves the old file whole.
tmp=$(mktemp -d)
for i in $(seq 1 300); do cat ../../corpus/gold/*.jsonl; done > "$tmp/big.jsonl"
echo "old report" > "$tmp/tagged.jsonl"
"$GRIPE" analyze --quiet --tagged "$tmp/tagged.jsonl" "$tmp/big.jsonl" > /dev/null &
pid=$!
sleep 1
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
cat "$tmp/tagged.jsonl"
# and a run that finishes replaces it whole
"$GRIPE" analyze --quiet --tagged "$tmp/tagged.jsonl" ../../corpus/gold/en.jsonl > /dev/null
wc -l < "$tmp/tagged.jsonl"
rm -rf "$tmp"
