# Suffix elements ("*medewerker") match a word ending in them, the word
# itself included: a compound's head ("baliemedewerker", "klachtenafdeling");
# in a sequence and among alternatives like any element; a word's fold form
# ("*medewerkster" finds "Baliemedewérkster"), or with exact its lowercase
# ("*é | exact" finds "café", not "cafe" or "De": a suffix cuts no character
# in two); "*word*" is an error (file and line).
. ../lexfixture.sh; lexfixture suffix nl
printf '(onbeleefd|bot) ~3 (*medewerker|*medewerkster)\n' > $d/nl/rudeness.lex
printf '(naar|bij) de *afdeling\n' > $d/nl/transfer_runaround.lex
printf '*é | exact\n' > $d/nl/website_issue.lex
cat > $d/in.jsonl <<'I'
{"id": "head-alone", "lang": "nl", "text": "Zo bot, die medewerker."}
{"id": "compound", "lang": "nl", "text": "Een onbeleefde... nee: bot was die baliemedewerker."}
{"id": "compound-fold", "lang": "nl", "text": "Zo bot, die Baliemedewérkster!"}
{"id": "compound-seq", "lang": "nl", "text": "Ik werd naar de klachtenafdeling gestuurd."}
{"id": "not-a-suffix", "lang": "nl", "text": "De medewerkers waren bot."}
{"id": "exact-suffix", "lang": "nl", "text": "Het café."}
{"id": "exact-not-folded", "lang": "nl", "text": "Het cafe."}
I
"$GRIPE" tag -L $d $d/in.jsonl | python3 -c 'import json,sys
for l in sys.stdin:
    o=json.loads(l)
    print(o["id"], [(t["tag"], [(e["start"], e["text"], e["rule"]) for e in t["evidence"]]) for t in o["tags"]])'
printf '*medewerker*\n' > $d/nl/rudeness.lex
"$GRIPE" tag -L $d $d/in.jsonl > /dev/null; echo "rc $?"
