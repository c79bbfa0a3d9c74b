# Invalid UTF-8 of every kind: overlong, surrogate, out of range, lone
# continuation, truncated at end of file; each becomes U+FFFD, counted
printf 'text\noverlong \300\257 and \340\200\257\nsurrogate \355\240\200\nrange \364\220\200\200\nlone \200 cont\ntruncated \342\202' | "$GRIPE" read --format csv
echo "status: $?"
