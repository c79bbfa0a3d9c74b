# several inputs: row-number ids name the file; an unreadable one is warned
# about, the others are read, and the exit status is 2 at the end
printf 'text\none\ntwo\n' > /tmp/gripe-m1.csv
printf 'text\nthree\n' > /tmp/gripe-m2.csv
"$GRIPE" read /tmp/gripe-m1.csv /tmp/gripe-missing.csv /tmp/gripe-m2.csv
echo "status: $?"
rm -f /tmp/gripe-m1.csv /tmp/gripe-m2.csv
