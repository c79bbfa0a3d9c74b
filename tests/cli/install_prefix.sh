# make install into a temporary prefix, then run from there: the lexicons
# are found without flags; the man page renders cleanly; uninstall removes
# everything.
tmp=$(mktemp -d)
make -s -C ../.. install PREFIX="$tmp" > /dev/null
(cd /tmp && env -u GRIPE_LEXICONS "$tmp/bin/gripe" explain -l en "she was rude and hung up on me" | grep -q '^  rudeness' && echo "installed lexicons: rudeness tagged")
env -u GRIPE_LEXICONS "$tmp/bin/gripe" lexicon check --quiet | tail -1 | sed 's/[0-9]* passed/N passed/'
mandoc -T lint "$tmp/share/man/man1/gripe.1"; echo "mandoc lint: $?"
MANWIDTH=80 man -l "$tmp/share/man/man1/gripe.1" 2>&1 | grep -c 'trend' | awk '{ print ($1 > 0) ? "man renders" : "man is empty" }'
bash -c "source $tmp/share/bash-completion/completions/gripe && complete -p gripe"
make -s -C ../.. uninstall PREFIX="$tmp" > /dev/null
find "$tmp" -type f | wc -l
rm -rf "$tmp"
