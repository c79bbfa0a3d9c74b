# -o writes atomically: the file appears whole, no temporary is left behind
printf 'text\nhello\n' | "$GRIPE" read -o /tmp/gripe-out.jsonl
cat /tmp/gripe-out.jsonl
ls /tmp/gripe-out.jsonl.tmp.* 2>/dev/null | wc -l
rm -f /tmp/gripe-out.jsonl
