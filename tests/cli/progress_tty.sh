# Progress is shown on a terminal (here a pseudo-terminal from script(1)),
# never on a pipe or file unless --progress, and never with --no-progress.
tmp=$(mktemp -d)
for i in $(seq 1 20); do cat ../../corpus/gold/*.jsonl; done > "$tmp/in.jsonl"
script -q -e -c "$GRIPE analyze $tmp/in.jsonl > /dev/null" /dev/null | tr '\r' '\n' | grep -c 'records/s' | awk '{ print ($1 > 0) ? "tty: progress shown" : "tty: no progress" }'
script -q -e -c "$GRIPE analyze --no-progress $tmp/in.jsonl > /dev/null" /dev/null | grep -c 'records/s'
"$GRIPE" analyze "$tmp/in.jsonl" 2>&1 > /dev/null | grep -c 'records/s'
"$GRIPE" analyze --progress "$tmp/in.jsonl" 2>&1 > /dev/null | tr '\r' '\n' | grep -c '100%, 0:00 left'
rm -rf "$tmp"
