#!/usr/bin/env python3
"""Generate a mixed-language benchmark file (plain lines) from the texts in
corpus/: the language set, the gold corpora and the sample, shuffled with a
fixed seed and repeated until the file reaches the requested size."""
import json, random, sys, glob
out, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
texts = []
for path in ["corpus/lang/lang.jsonl", "corpus/sample.jsonl"] + sorted(glob.glob("corpus/gold/*.jsonl")):
    try:
        for line in open(path, encoding="utf-8"):
            o = json.loads(line)
            t = o.get("text") or o.get("customer_text")
            if t: texts.append(t.replace("\n", " "))
    except FileNotFoundError:
        pass
rnd = random.Random(42)
written = 0
with open(out, "w", encoding="utf-8") as f:
    while written < size:
        rnd.shuffle(texts)
        for t in texts:
            line = t + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            if written >= size: break
