# A file that is only a byte-order mark is empty input: no record, status 0
printf '\357\273\277' > /tmp/gripe-bom.$$
"$GRIPE" read /tmp/gripe-bom.$$; echo "status: $?"
"$GRIPE" read --format csv /tmp/gripe-bom.$$; echo "csv status: $?"
rm -f /tmp/gripe-bom.$$
