# `gripe lexicon check` flags a rule element the tokeniser never reads as
# one word: a leading quote (kept on clitics only), a number glued to a
# word, punctuation, a glob inside a word.  Such an element can never
# match; --strict fails on it.  "twenty-*" is a prefix of one word
# ("twenty-five") and is fine, and so is the suffix "*werker"; a finding
# about a suffix ("*£x", "*x.y") names its own tokens only.
. ../lexfixture.sh; lexfixture lint en
cat > $d/en/rudeness.lex <<'L'
(snapped|'snapped|3rd|£) ~2 (at|'at) me
twenty-* minutes
72-hour wait
f*ck
'n shop | weight=0.5
(*£x|*x.y|*werker) rude
+ he snapped at me
+ she snapped right at me
+ twenty-five minutes and he snapped at me
- he was polite
- a 72 hour wait
L
"$GRIPE" lexicon check $d | grep -v 'no rules for tag'; echo "status: ${PIPESTATUS[0]}"
"$GRIPE" lexicon check --strict --quiet $d > /dev/null; echo "strict status: $?"
