# a write error (full disk) is an error: message and exit 2
printf 'text\nhello\n' | "$GRIPE" read > /dev/full
echo "status: $?"
