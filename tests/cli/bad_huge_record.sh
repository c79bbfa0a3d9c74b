# A 50 MB single record is truncated at --max-bytes (1 MiB), flagged, not
# dropped: one record in, one out.
head -c 50000000 /dev/zero | tr '\0' 'x' > /tmp/gripe-huge-record.txt
echo >> /tmp/gripe-huge-record.txt
"$GRIPE" read --format lines /tmp/gripe-huge-record.txt > /tmp/gripe-huge-record.out
echo "status: $?"
wc -l < /tmp/gripe-huge-record.out
grep -c '"truncated":true' /tmp/gripe-huge-record.out
head -c 20 /tmp/gripe-huge-record.out; echo
"$GRIPE" tag --lexicons lex --format lines /tmp/gripe-huge-record.txt | wc -l
rm -f /tmp/gripe-huge-record.txt /tmp/gripe-huge-record.out
