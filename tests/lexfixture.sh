# lexfixture.sh: sourced by the tests/cli/*.sh tests that build a small
# lexicon of their own.  `lexfixture NAME LANG` makes a directory with the
# real taxonomy, causes and language profiles and an empty LANG/ for the
# test's rule files, sets $d to it, and removes it when the test exits.
lexfixture() {
	d=/tmp/gripe-$1.$$
	mkdir -p "$d/$2"
	cp "$GRIPE_LEXICONS/taxonomy.tsv" "$GRIPE_LEXICONS/causes.tsv" "$d/"
	cp -rL "$GRIPE_LEXICONS/lang" "$d/"
	trap 'rm -rf "$d"' EXIT
}
