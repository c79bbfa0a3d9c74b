# NUL bytes inside a CSV field become U+FFFD, are counted, and lose nothing
printf 'id,text\n1,before\000after\n2,two\000\000nuls\n3,clean\n' | "$GRIPE" read --format csv
echo "status: $?"
