# Two-word rules with nothing between ("a b", "=a =b") are found through
# the pair table (lexicon.h), and must match exactly as any sequence rule:
# across punctuation in the clause, not across a clause boundary, not past
# a token that is not a word; each rule of the same pair counts (two tags,
# a written and a learned rule); negation and noneg as usual; a gap rule
# ("a ~1 b") is not a pair rule and still allows one word between.
. ../lexfixture.sh; lexfixture pairs en
printf 'hung up\n=shout =loud | weight=0.5\n=shout =loud | weight=0.5\n' > $d/en/rudeness.lex
printf 'hung up\n' > $d/en/unresolved.lex
printf '=hold =music | weight=1.2\n' > $d/en/long_hold.learned.lex
printf 'kept ~1 waiting\nnever ever | noneg\n' > $d/en/long_hold.lex
printf 'not\nnever\n' > $d/en/negation.lex
cat > $d/in.jsonl <<'I'
{"id": "plain", "lang": "en", "text": "She hung up on me."}
{"id": "comma-between", "lang": "en", "text": "She hung, up she went."}
{"id": "clause-between", "lang": "en", "text": "She hung. Up next was me."}
{"id": "url-between", "lang": "en", "text": "She hung http://x.example up."}
{"id": "word-between", "lang": "en", "text": "She hung it up."}
{"id": "two-rules-one-pair", "lang": "en", "text": "They shouted loudly."}
{"id": "learned-pair", "lang": "en", "text": "Hold music for ages."}
{"id": "negated-then-counted", "lang": "en", "text": "She never hung up; later she hung up."}
{"id": "negated-only", "lang": "en", "text": "She did not hung up."}
{"id": "gap-rule", "lang": "en", "text": "They kept me waiting."}
{"id": "noneg-pair", "lang": "en", "text": "Not that I never ever waited."}
I
"$GRIPE" tag -L $d $d/in.jsonl | python3 -c 'import json,sys
for l in sys.stdin:
    o=json.loads(l)
    print(o["id"], [(t["tag"], [(e["start"], e["text"], e["rule"]) for e in t["evidence"]]) for t in o["tags"]],
          [(n["tag"], [(e["start"], e["text"]) for e in n["evidence"]]) for n in o["negated"]])'
