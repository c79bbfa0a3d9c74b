#!/bin/bash
# make bench: gripe against wc -w, rg and Python on the same generated file,
# in the same run, as MB/s and ratios.  Best of 3 runs each: the machine
# is shared (other jobs, a virtual CPU's steal time), and noise only ever
# adds time, so the fastest run is the truest figure for every command alike.
set -u
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
MB=${BENCH_MB:-100}
data=bench/data/mixed.txt
mkdir -p bench/data
[ -s "$data" ] && [ "$(stat -c %s "$data")" -ge $((MB * 1000000)) ] || python3 bench/gen.py "$data" "$MB"
bytes=$(stat -c %s "$data")
sh bench/words.sh > bench/data/words.txt
sh bench/double.sh bench/data/lex2
cat "$data" > /dev/null
best() {  # command...: best (lowest) wall seconds of 3 runs
	local t=()
	for i in 1 2 3; do
		local s=$(date +%s.%N)
		"$@" > /dev/null 2>&1
		local e=$(date +%s.%N)
		t+=("$(echo "$e - $s" | bc -l)")
	done
	printf '%s\n' "${t[@]}" | sort -n | sed -n 1p
}
rgc() { rg -c -F -f bench/data/words.txt "$data" | cat; }
py() { python3 -c '
import re,sys
ws=set(open("bench/data/words.txt").read().split())
n=0
for line in open(sys.argv[1],encoding="utf-8"):
    for w in re.split(r"\W+", line.lower()):
        if w in ws: n+=1
print(n)' "$data"; }
echo "file: $data, $((bytes / 1000000)) MB; lexicon words: $(wc -l < bench/data/words.txt)"
printf '%-44s %9s %9s %10s %12s\n' command seconds MB/s "vs wc -w" "wc -w paired"
wc_t=$(best wc -w "$data")
row() {  # label seconds [wc seconds of the same turns]
	local w=${3:-$wc_t}
	printf '%-44s %9.2f %9.1f %9.2fx %11.2fs\n' "$1" "$2" "$(echo "$bytes / 1000000 / $2" | bc -l)" "$(echo "$w / $2" | bc -l)" "$w"
}
# paired LABEL N COMMAND...: COMMAND and `wc -w` in turn, N times each; the
# ratio is best against best of the same turns, so the machine's drift
# (its speed moves by a fifth over minutes) falls on both alike
paired() {
	local label=$1 n=$2; shift 2
	local tc=() tw=()
	for i in $(seq 1 "$n"); do
		local s=$(date +%s.%N); wc -w "$data" > /dev/null; local m=$(date +%s.%N)
		"$@" > /dev/null 2>&1
		local e=$(date +%s.%N)
		tw+=("$(echo "$m - $s" | bc -l)"); tc+=("$(echo "$e - $m" | bc -l)")
	done
	row "$label" "$(printf '%s\n' "${tc[@]}" | sort -n | sed -n 1p)" "$(printf '%s\n' "${tw[@]}" | sort -n | sed -n 1p)"
}
row "wc -w" "$wc_t"
paired "rg -c -F -f WORDS ($(wc -l < bench/data/words.txt) words)" 3 rgc
paired "python3 lower+split+set lookup" 3 py
paired "gripe tokenize (fold+stem, JSON out)" 3 ./gripe tokenize --format lines "$data"
paired "gripe tokenize -j 2" 3 ./gripe tokenize -j 2 --format lines "$data"
paired "gripe tag (JSON out)" 3 ./gripe tag --format lines "$data"
paired "gripe tag -j 2" 3 ./gripe tag -j 2 --format lines "$data"
paired "gripe tag --no-learned (written rules only)" 3 ./gripe tag --no-learned --format lines "$data"
paired "gripe tag, lexicons doubled" 3 ./gripe tag --format lines --lexicons bench/data/lex2 "$data"
if grep -q 'X(analyze)' src/main.c; then
	# one and two threads in turn, five times each: the scaling is a ratio
	# of two timings, and this machine's speed drifts between runs
	t1=() t2=() tw=()
	for i in 1 2 3 4 5; do
		s=$(date +%s.%N); wc -w "$data" > /dev/null; e=$(date +%s.%N)
		tw+=("$(echo "$e - $s" | bc -l)")
		for j in 1 2; do
			s=$(date +%s.%N)
			./gripe analyze -j $j --input-format lines "$data" > /dev/null 2>&1
			e=$(date +%s.%N)
			if [ $j = 1 ]; then t1+=("$(echo "$e - $s" | bc -l)"); else t2+=("$(echo "$e - $s" | bc -l)"); fi
		done
	done
	b1=$(printf '%s\n' "${t1[@]}" | sort -n | sed -n 1p)
	b2=$(printf '%s\n' "${t2[@]}" | sort -n | sed -n 1p)
	bw=$(printf '%s\n' "${tw[@]}" | sort -n | sed -n 1p)
	row "gripe analyze -j 1" "$b1" "$bw"
	row "gripe analyze -j 2" "$b2" "$bw"
	echo "analyze -j 2 / -j 1: $(echo "$b1 / $b2" | bc -l | cut -c1-4)x (best of five each, run in turn)"
	# the same ratio turn by turn: how much of it is the machine
	r=(); for i in 0 1 2 3 4; do r+=("$(echo "${t1[$i]} / ${t2[$i]}" | bc -l | cut -c1-4)"); done
	echo "analyze -j 2 / -j 1 per turn: ${r[*]}"
fi
if grep -q 'X(analyze)' src/main.c && [ -x /usr/bin/time ]; then
	# 1 GB: the generated file ten times over, streamed through a pipe
	reps=$(( (1000000000 + bytes - 1) / bytes ))
	for i in $(seq 1 $reps); do cat "$data"; done |
		/usr/bin/time -v ./gripe analyze -j 2 --quiet --input-format lines 2> bench/data/time.txt > /dev/null
	echo "peak RSS of gripe analyze -j 2 on $((reps * bytes / 1000000)) MB: $(sed -n 's/.*Maximum resident set size (kbytes): //p' bench/data/time.txt) KB (limit 102400 KB)"
fi
rules1=$(./gripe lexicon check lexicons | sed -n 's/.* files, \([0-9]*\) rules.*/\1/p')
rules2=$(./gripe lexicon check bench/data/lex2 | sed -n 's/.* files, \([0-9]*\) rules.*/\1/p')
echo "rules: $rules1 (doubled: $rules2)"
