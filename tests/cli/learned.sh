# TAG.learned.lex (scripts/learn.py): learned rules sum apart from the
# written ones, each sum fires alone at 1, they are negated like any rule,
# and --no-learned leaves them out.  A tag's evidence is the hits of the
# sum that fired it (the written one when both did); `negated` lists the
# written rules' negated hits only.
. ../lexfixture.sh; lexfixture learned en
printf 'grumpy | weight=0.5\nyell* | weight=0.5\n' > $d/en/rudeness.lex
printf '# learned\n=snap | weight=0.6\n=glare | weight=0.5\n' > $d/en/rudeness.learned.lex
printf 'never\n' > $d/en/negation.lex
cat > $d/in.jsonl <<'I'
{"id": "written+learned", "lang": "en", "text": "The clerk was grumpy and snapped at me."}
{"id": "learned", "lang": "en", "text": "She snapped and glared."}
{"id": "negated", "lang": "en", "text": "She never snapped, she glared."}
{"id": "written", "lang": "en", "text": "Grumpy, grumpy clerk."}
{"id": "both-fire", "lang": "en", "text": "A grumpy clerk yelled, snapped and glared."}
{"id": "written-negated", "lang": "en", "text": "He was never grumpy; he snapped and glared."}
I
show() { python3 -c 'import json,sys
for l in sys.stdin:
    o=json.loads(l); print(o["id"], [(t["tag"], [e["rule"] for e in t["evidence"]]) for t in o["tags"]], [(n["tag"], [e["rule"] for e in n["evidence"]]) for n in o["negated"]])'; }
"$GRIPE" tag -L $d $d/in.jsonl | show
echo "--no-learned:"
"$GRIPE" tag -L $d --no-learned $d/in.jsonl | show
"$GRIPE" explain -L $d -l en "She snapped and glared." | sed -n '/^tags/,/^$/p'
"$GRIPE" explain -L $d -l en "The clerk was grumpy and snapped." | sed -n '/^tags/,/^$/p'
# a learned file is named for a tag of the taxonomy
mv $d/en/rudeness.learned.lex $d/en/rudenes.learned.lex
"$GRIPE" tag -L $d $d/in.jsonl 2>&1 | sed "s|$d|DIR|"; echo "status: ${PIPESTATUS[0]}"
