# Merging the states of any split of the gold corpus gives the single run's
# report byte for byte: 1, 2, 3 and 7 shards, in every report format.
tmp=$(mktemp -d)
cat ../../corpus/gold/*.jsonl > "$tmp/gold.jsonl"
for fmt in text json; do
	"$GRIPE" analyze --format $fmt "$tmp/gold.jsonl" > "$tmp/single.$fmt"
	for n in 1 2 3 7; do
		rm -f "$tmp"/shard.*
		split -n l/$n -d "$tmp/gold.jsonl" "$tmp/shard."
		for f in "$tmp"/shard.??; do "$GRIPE" analyze --state "$f" > "$f.state"; done
		"$GRIPE" merge --format $fmt "$tmp"/shard.*.state > "$tmp/merged.$fmt"
		if cmp -s "$tmp/single.$fmt" "$tmp/merged.$fmt"; then echo "$fmt $n shards: same"; else echo "$fmt $n shards: DIFFERENT"; fi
	done
done
# states concatenated in one file (as a reducer receives them) merge too
cat "$tmp"/shard.*.state | "$GRIPE" merge --format json - | cmp -s - "$tmp/single.json" && echo "stdin: same"
# report --state on tagged records equals analyze --state
"$GRIPE" tag "$tmp/gold.jsonl" | "$GRIPE" report --state | cmp -s - <("$GRIPE" analyze --state "$tmp/gold.jsonl") && echo "report --state: same"
rm -rf "$tmp"
