# The HTML report in a real browser: headless Chromium renders it to a PNG
# that is not blank, and a record whose text holds <script> or an <img
# onerror> shows as text and injects no element.
tmp=$(mktemp -d)
printf '%s\n' '{"id":"evil-1","lang":"en","channel":"web","date":"2026-10-05","text":"<script>document.title=\"pwned\"</script><img src=x onerror=\"document.title=1\"> and she was rude","tags":[{"tag":"rudeness","cause":"conduct","evidence":[{"start":0,"end":95,"text":"x","rule":"en/rudeness.lex:1"}]}],"negated":[],"intensity":1}' \
	> "$tmp/in.jsonl"
"$GRIPE" tag ../../corpus/gold/en.jsonl >> "$tmp/in.jsonl"
"$GRIPE" tag ../../corpus/sample.jsonl --text customer_text --id ticket_id --date created >> "$tmp/in.jsonl"
"$GRIPE" report --format html --examples 50 "$tmp/in.jsonl" > "$tmp/r.html"
grep -c 'Content-Security-Policy' "$tmp/r.html"
grep -c '&lt;script&gt;' "$tmp/r.html"
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$tmp/u"
chromium $flags --window-size=1000,1600 --screenshot="$tmp/r.png" "file://$tmp/r.html" >/dev/null 2>&1
size=$(stat -c %s "$tmp/r.png" 2>/dev/null || echo 0)
[ "$size" -gt 30000 ] && echo "screenshot: not blank" || echo "screenshot: blank or missing ($size bytes)"
chromium $flags --dump-dom "file://$tmp/r.html" > "$tmp/dom.html" 2>/dev/null
echo "script elements: $(grep -c '<script' "$tmp/dom.html")"
echo "img elements: $(grep -c '<img' "$tmp/dom.html")"
grep -q '<title>gripe report</title>' "$tmp/dom.html" && echo "title untouched"
grep -q '&lt;script&gt;document.title' "$tmp/dom.html" && echo "script shown as text"
cp "$tmp/r.png" /tmp/gripe-report.png 2>/dev/null
rm -rf "$tmp"
