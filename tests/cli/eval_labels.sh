# gripe eval --labels FILE scores labels from a file (a second annotator,
# an earlier gripe tag run) instead of the tagger, matched by id.
d=/tmp/gripe-evl.$$; mkdir -p $d
cat > $d/gold.jsonl <<'G'
{"id": "a", "lang": "en", "text": "On hold for 40 minutes and then the agent hung up on me.", "tags": ["long_hold", "rudeness"], "minutes": 40, "contacts": null, "intensity": 1}
{"id": "b", "lang": "en", "text": "Third time I call about the same broken router.", "tags": ["unresolved"], "minutes": null, "contacts": 3, "intensity": 0}
{"id": "c", "lang": "en", "text": "Friendly staff, quick answer, thanks.", "tags": [], "minutes": null, "contacts": null, "intensity": 0}
G
# annotator labels: a agrees on long_hold (minutes 30: wrong), misses
# rudeness; b agrees with contacts; c adds a false positive
cat > $d/ann.jsonl <<'A'
{"id": "b", "tags": ["unresolved"], "minutes": null, "contacts": 3}
{"id": "a", "tags": ["long_hold"], "minutes": 30}

{"id": "c", "tags": ["scripted_reply"], "intensity": 2}
A
"$GRIPE" eval --labels $d/ann.jsonl $d/gold.jsonl | tail -1; echo "status: ${PIPESTATUS[0]}"
"$GRIPE" eval --labels $d/ann.jsonl --json $d/gold.jsonl | python3 -c 'import json,sys; a=json.load(sys.stdin)["en"]; print(a["tags"]["rudeness"], a["tags"]["scripted_reply"], a["minutes_exact"], a["intensity_mae"])'
"$GRIPE" eval --labels $d/ann.jsonl --min-f1 0.9 $d/gold.jsonl 2>&1 > /dev/null; echo "min-f1 status: $?"
# gripe tag's own output scores exactly as the tagger does
"$GRIPE" tag $d/gold.jsonl > $d/tagged.jsonl
"$GRIPE" eval $d/gold.jsonl > $d/direct.txt
"$GRIPE" eval --labels $d/tagged.jsonl $d/gold.jsonl > $d/via.txt
cmp -s $d/direct.txt $d/via.txt && echo "tag output scores as the tagger"
# a gold record without a labels line counts as no tags, with a warning
head -1 $d/ann.jsonl > $d/part.jsonl
"$GRIPE" eval --labels $d/part.jsonl $d/gold.jsonl 2>/dev/null | tail -1; echo "status: ${PIPESTATUS[0]}"
"$GRIPE" eval --labels $d/part.jsonl $d/gold.jsonl 2>&1 >/dev/null | sed "s|$d|DIR|"
# errors name file and line
printf '{"id": "a", "tags": ["rude"]}\n' > $d/bad1.jsonl
"$GRIPE" eval --labels $d/bad1.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"; echo "status: ${PIPESTATUS[0]}"
printf '{"id": "a", "tags": []}\n{"tags": []}\n' > $d/bad2.jsonl
"$GRIPE" eval --labels $d/bad2.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"; echo "status: ${PIPESTATUS[0]}"
printf '{"id": "a", "tags": []}\n{"id": "a", "tags": []}\n' > $d/bad3.jsonl
"$GRIPE" eval --labels $d/bad3.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"
printf '{"id": "a", "tags": [}\n' > $d/bad4.jsonl
printf '[1]\n' > $d/bad5.jsonl
"$GRIPE" eval --labels $d/bad5.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"
"$GRIPE" eval --labels $d/bad4.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"
"$GRIPE" eval --labels $d/none.jsonl $d/gold.jsonl 2>&1 | sed "s|$d|DIR|"
rm -rf $d
