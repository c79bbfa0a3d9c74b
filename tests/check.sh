#!/bin/bash
# check.sh — run every test and end with one line "N passed, N failed".
#   unit tests        build/test_*                (each prints "name: N passed, N failed")
#   golden CLI tests  tests/cli/NAME.{args,in,sh} against NAME.out, with ./gripe
#                     and again with the AddressSanitizer build
#   data tests        tests/data.sh (lexicon check, eval floors, ...)
# Usage: tests/check.sh [--update]   (--update rewrites the .out files)
set -u
export LC_ALL=C.UTF-8 NO_COLOR=1
cd "$(dirname "$0")/.."
root=$PWD
update=0; [ "${1:-}" = --update ] && update=1
pass=0; fail=0
ok()  { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# GRIPE_SANITIZE=1: the unit tests from build/san/, the CLI tests only with
# the sanitizer build (make check-sanitize)
units=build/test_*
bins="$root/gripe $root/build/gripe-asan"
if [ "${GRIPE_SANITIZE:-}" = 1 ]; then units=build/san/test_*; bins="$root/build/gripe-asan"; fi

# --- unit tests ---------------------------------------------------------
for t in $units; do
	[ -x "$t" ] || continue
	line=$("$t" 2>/tmp/gripe-unit.$$ | tail -1)
	rc=$?
	p=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p')
	f=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p')
	echo "$line"
	if [ -z "$p" ]; then bad "$t printed no summary"; cat /tmp/gripe-unit.$$; continue; fi
	pass=$((pass + p)); fail=$((fail + f))
	[ "$f" = 0 ] || cat /tmp/gripe-unit.$$
done
rm -f /tmp/gripe-unit.$$

# --- golden CLI tests -----------------------------------------------------
run_case() {  # $1 = case path without extension, $2 = gripe binary
	local c=$1 bin=$2 out err rc
	out=$(mktemp); err=$(mktemp)
	(
		cd tests/cli
		export GRIPE=$bin GRIPE_LEXICONS=$root/lexicons
		if [ -f "$c.sh" ]; then
			bash "$c.sh" >"$out" 2>"$err" </dev/null
		else
			in=/dev/null; [ -f "$c.in" ] && in=$c.in
			eval "set -- $(cat "$c.args")"
			"$bin" "$@" <"$in" >"$out" 2>"$err"
		fi
		echo $? >"$out.rc"
	)
	rc=$(cat "$out.rc")
	{ cat "$out"; if [ -s "$err" ]; then echo "[stderr]"; cat "$err"; fi; echo "[rc $rc]"; } >"$out.all"
	rm -f "$out" "$err" "$out.rc"
	echo "$out.all"
}

cli_pass=0; cli_fail=0
for bin in $bins; do
	[ -x "$bin" ] || { bad "missing $bin"; continue; }
	tag=cli; [ "$bin" = "$root/build/gripe-asan" ] && tag=cli-asan
	for f in tests/cli/*.args tests/cli/*.sh; do
		[ -f "$f" ] || continue
		name=${f%.*}; base=$(basename "$name")
		got=$(run_case "$root/$name" "$bin")
		if [ $update = 1 ] && [ "$tag" = cli ]; then cp "$got" "$name.out"; fi
		if [ -f "$name.out" ] && diff -u "$name.out" "$got" >/tmp/gripe-diff.$$; then
			cli_pass=$((cli_pass + 1))
		else
			cli_fail=$((cli_fail + 1)); echo "FAIL: $tag $base"; head -40 /tmp/gripe-diff.$$
		fi
		rm -f "$got" /tmp/gripe-diff.$$
	done
done
echo "cli: $cli_pass passed, $cli_fail failed"
pass=$((pass + cli_pass)); fail=$((fail + cli_fail))

# --- data-driven checks -------------------------------------------------------
if [ -f tests/data.sh ] && [ "${GRIPE_SANITIZE:-}" != 1 ]; then
	while read -r line; do
		echo "$line"
		case $line in
		*" passed, "*" failed")
			p=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p')
			f=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p')
			pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0})) ;;
		esac
	done < <(bash tests/data.sh 2>&1)
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
