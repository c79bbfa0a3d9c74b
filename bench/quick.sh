#!/bin/bash
# quick.sh LANG: how fast `gripe tag` runs on ~2 MB of one language's
# texts (the language set, the dev half of the gold corpus and the tuning
# set; never the test half), for lexicon authors: a slow regex or a
# sequence rule indexed by a very common word shows up here.  Prints MB/s.
cd "$(dirname "$0")/.."
l=${1:?usage: bench/quick.sh LANG}
f=/tmp/gripe-quick-$l.v2.txt
if [ ! -s "$f" ]; then
	python3 - "$l" "$f" <<'PY'
import json, sys, glob
lang, out = sys.argv[1], sys.argv[2]
texts = []
for path in ["corpus/lang/lang.jsonl", f"corpus/gold/{lang}.jsonl"] + glob.glob(f"corpus/tune/{lang}*.jsonl"):
    try:
        for line in open(path, encoding="utf-8"):
            o = json.loads(line)
            if o.get("lang") == lang and o.get("split", "dev") != "test":
                texts.append(o["text"].replace("\n", " "))
    except FileNotFoundError:
        pass
with open(out, "w", encoding="utf-8") as f:
    n = 0
    while n < 2_000_000:
        for t in texts:
            f.write(t + "\n"); n += len(t.encode()) + 1
PY
fi
s=$(date +%s.%N)
./gripe tag --format lines "$f" > /dev/null
e=$(date +%s.%N)
echo "$l: $(echo "scale=1; $(stat -c %s "$f") / 1000000 / ($e - $s)" | bc) MB/s of gripe tag"
