# read's own output read again gives the same records (stages chain)
printf 'id,text,extra\n1,"multi\nline, ""quoted""",x\n' | "$GRIPE" read --format csv > /tmp/gripe-rt.jsonl
"$GRIPE" read /tmp/gripe-rt.jsonl | cmp - /tmp/gripe-rt.jsonl && echo same
rm -f /tmp/gripe-rt.jsonl
