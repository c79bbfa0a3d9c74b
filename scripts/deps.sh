#!/bin/sh
# deps.sh — make sure the build and test dependencies are installed.
# As root, installs what is missing with apt-get; otherwise prints the
# exact apt-get line to run and fails.  Usage: deps.sh [build|test|bench]
set -u
need="libpcre2-dev libstemmer-dev libutf8proc-dev libjansson-dev libcsv-dev libsqlite3-dev libexttextcat-data pkg-config gcc make"
case "${1:-build}" in
test)  need="$need chromium sqlite3 parallel mandoc bsdutils python3" ;;
bench) need="$need ripgrep python3 python3-langdetect time bc" ;;
fuzz)  need="$need clang libclang-rt-14-dev" ;;
esac
missing=""
for p in $need; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "gripe: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	{ apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null 2>&1 ||
	{ apt-get update && apt-get install -y --no-install-recommends $missing; } >&2 || exit 1
	exit 0
fi
echo "gripe: missing packages:$missing" >&2
echo "run: sudo apt-get install -y$missing" >&2
exit 1
