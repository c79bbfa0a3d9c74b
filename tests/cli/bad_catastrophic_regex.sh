# A lexicon with a catastrophic regex, (a+)+$, on a text built to explode
# it: bounded time, a clear message, and the record still comes out.
t=$(printf 'a%.0s' $(seq 1 5000))
printf '{"id":"r1","lang":"en","text":"%s!b"}\n{"id":"r2","lang":"en","text":"fine"}\n' "$t" > /tmp/gripe-cat.$$
start=$(date +%s)
"$GRIPE" tag --lexicons badlex/catastrophic /tmp/gripe-cat.$$ | wc -l
echo "status: ${PIPESTATUS[0]}"
[ $(( $(date +%s) - start )) -lt 10 ] && echo "bounded time"
rm -f /tmp/gripe-cat.$$
