#!/usr/bin/env python3
"""make bench-lang: python3-langdetect limited to sl, cs, nl, en on the same
texts as gripe lang; prints accuracy and texts per second for both."""
import json, subprocess, sys, time
path = sys.argv[1]
gold = [json.loads(l) for l in open(path, encoding="utf-8")]
def score(pred):
    ok = sum(p == g["lang"] for p, g in zip(pred, gold))
    long = [(p, g) for p, g in zip(pred, gold) if len(g["text"].split()) >= 12]
    okl = sum(p == g["lang"] for p, g in long)
    return ok, okl, len(long)
t0 = time.perf_counter()
out = subprocess.run(["./gripe", "lang", "--force", path], capture_output=True, text=True, check=True).stdout
t1 = time.perf_counter()
ours = [json.loads(l)["lang"] for l in out.splitlines()]
from langdetect import DetectorFactory, detect_langs
DetectorFactory.seed = 0
peer = []
t2 = time.perf_counter()
for g in gold:
    try:
        probs = {p.lang: p.prob for p in detect_langs(g["text"])}
    except Exception:
        probs = {}
    best = max(["sl", "cs", "nl", "en"], key=lambda l: probs.get(l, 0.0))
    peer.append(best if probs.get(best, 0) > 0 else "und")
t3 = time.perf_counter()
n = len(gold)
for name, pred, secs in (("gripe lang", ours, t1 - t0), ("python3-langdetect (4 langs)", peer, t3 - t2)):
    ok, okl, nl = score(pred)
    print(f"{name:30s} accuracy {ok}/{n} = {100*ok/n:5.1f}%   12+ words {okl}/{nl} = {100*okl/nl:5.1f}%   {n/secs:8.0f} texts/s")
