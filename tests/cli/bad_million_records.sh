# One million tiny records: a million out, through read and lang
seq 1 1000000 | sed 's/$/ ok/' | "$GRIPE" read --format lines | "$GRIPE" lang --lexicons lex | wc -l
