# The history refuses what it must not touch and says why (exit 2):
# a database locked by another writer, a newer schema, a file that is not a
# gripe history; trend on a missing history.
tmp=$(mktemp -d)
in=../../corpus/gold/en.jsonl
"$GRIPE" analyze --db "$tmp/h.db" --period 2026-11-01 "$in" > /dev/null; echo "first run: $?"
# locked: another process holds a write transaction
(echo "BEGIN EXCLUSIVE; SELECT 1;"; sleep 30) | sqlite3 "$tmp/h.db" > /dev/null &
holder=$!
for i in $(seq 1 100); do   # until the lock is really held
	sqlite3 "$tmp/h.db" "SELECT 1" > /dev/null 2>&1 || break
	sleep 0.1
done
"$GRIPE" analyze --db "$tmp/h.db" --period 2026-11-02 "$in" > /dev/null 2> "$tmp/err"; echo "locked: $?"
sed "s|$tmp|TMP|g" "$tmp/err"
pkill -P $holder sleep 2>/dev/null; kill $holder 2>/dev/null; wait 2>/dev/null
# a newer schema is refused, and left untouched
sqlite3 "$tmp/h.db" "UPDATE meta SET value='9' WHERE key='schema_version'"
"$GRIPE" analyze --db "$tmp/h.db" --period 2026-11-03 "$in" > /dev/null 2> "$tmp/err"; echo "newer schema: $?"
sed "s|$tmp|TMP|g" "$tmp/err"
sqlite3 "$tmp/h.db" "SELECT count(*) FROM periods"
# not a gripe history
sqlite3 "$tmp/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES(1);"
"$GRIPE" analyze --db "$tmp/other.db" "$in" > /dev/null 2> "$tmp/err"; echo "not gripe: $?"
sed "s|$tmp|TMP|g" "$tmp/err"
"$GRIPE" trend --db "$tmp/missing.db" 2> "$tmp/err"; echo "trend, missing: $?"
sed "s|$tmp|TMP|g" "$tmp/err"
rm -rf "$tmp"
