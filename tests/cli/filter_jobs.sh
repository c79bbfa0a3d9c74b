# tokenize, tag and lang give the same bytes, the same messages and the
# same exit status for 1, 2 and 3 threads (-j), error records among them,
# over enough records for many batches to be in flight at once.
tmp=$(mktemp -d)
{ printf '{broken\n'; cat ../../corpus/gold/*.jsonl; printf '[1,2]\n{"id":"n","text":7}\n'
  head -n 40 ../../corpus/tune/*.jsonl | grep '^{'; printf '{"id":"last","text":"no newline at the end"}'; } > "$tmp/in.jsonl"
echo "records: $(wc -l < "$tmp/in.jsonl")"
for cmd in "tokenize" "tokenize --vertical" "tag" "tag --brief" "lang" "lang --force" "tag --strict"; do
	"$GRIPE" $cmd -j 1 "$tmp/in.jsonl" > "$tmp/o1" 2> "$tmp/e1"; rc1=$?
	for j in 2 3; do
		"$GRIPE" $cmd -j $j "$tmp/in.jsonl" > "$tmp/o$j" 2> "$tmp/e$j"; rc=$?
		if cmp -s "$tmp/o1" "$tmp/o$j" && cmp -s "$tmp/e1" "$tmp/e$j" && [ $rc = $rc1 ]; then
			echo "$cmd -j $j: same (exit $rc)"
		else
			echo "$cmd -j $j: DIFFERS"
		fi
	done
done
# -o FILE and standard input take the same path
"$GRIPE" tag -j 2 -o "$tmp/of" < "$tmp/in.jsonl" 2>/dev/null
"$GRIPE" tag "$tmp/in.jsonl" 2>/dev/null | cmp -s - "$tmp/of" && echo "tag -j 2 -o FILE from stdin: same"
"$GRIPE" tokenize -j 0 "$tmp/in.jsonl" 2>&1 >/dev/null | sed 's/^\(.\{60\}\).*/\1/'
rm -rf "$tmp"
