# An unreadable input among several (a directory, a missing file): a
# warning naming it, the others are read, and exit 2 at the end
printf 'text\nfirst\n' > /tmp/gripe-u1.$$.csv
printf 'text\nlast\n' > /tmp/gripe-u2.$$.csv
mkdir -p /tmp/gripe-dir.$$
"$GRIPE" read /tmp/gripe-u1.$$.csv /tmp/gripe-dir.$$ /tmp/gripe-nope.$$ /tmp/gripe-u2.$$.csv 2>&1 | sed "s/\.$$//g"
echo "status: ${PIPESTATUS[0]}"
rm -rf /tmp/gripe-u1.$$.csv /tmp/gripe-u2.$$.csv /tmp/gripe-dir.$$
