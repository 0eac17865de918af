#!/usr/bin/env python3
"""Scores `newsgraph tag --format bio` on a People's Daily NER file (BIO, one `char TAG` a line).

Development-time only. `--half all` scores the whole of example.dev, which the entity tagger never
trained on (the README's figures); `odd` and `even` score a half. Exact-span micro P/R/F1 per type, as the corpus'
usual baselines report them.

    python3 scripts/ner_eval.py [--corpus PATH] [--half odd|even|all] [--newsgraph .build/debug/newsgraph]
"""
import argparse, subprocess, sys

def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent: yield sent
            sent = []
            continue
        ch, tag = line.split(" ")
        sent.append((ch, tag))
    if sent: yield sent

def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != kind):
            if start is not None: out.add((start, i, kind))
            start, kind = (i, t[2:]) if t.startswith(("B-", "I-")) else (None, None)
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpora/peoples-daily-ner/example.dev")
    ap.add_argument("--half", default="odd", choices=["odd", "even", "all"])
    ap.add_argument("--newsgraph", default=".build/debug/newsgraph")
    ap.add_argument("extra", nargs="*", help="further arguments for newsgraph tag (after --)")
    a = ap.parse_args()
    sents = [s for i, s in enumerate(sentences(a.corpus)) if a.half == "all" or (i % 2 == 1) == (a.half == "odd")]
    text = "\n".join("".join(c for c, _ in s) for s in sents) + "\n"
    out = subprocess.run([a.newsgraph, "tag", "--format", "bio"] + a.extra, input=text.encode(), capture_output=True, check=True).stdout.decode()
    predicted = [[l.split(" ")[-1] for l in block.split("\n") if l] for block in out.split("\n\n")]
    stats = {}
    for s, p in zip(sents, predicted):
        gold = spans([t for _, t in s])
        pred = spans(p[: len(s)] + ["O"] * (len(s) - len(p)))
        for kind in ("PER", "LOC", "ORG"):
            g = {x for x in gold if x[2] == kind}; q = {x for x in pred if x[2] == kind}
            st = stats.setdefault(kind, [0, 0, 0]); st[0] += len(g); st[1] += len(q); st[2] += len(g & q)
    print(f"{len(sents)} sentences ({a.half} half of {a.corpus})")
    for kind, (g, q, m) in stats.items():
        p = m / q if q else 0; r = m / g if g else 0; f = 2 * p * r / (p + r) if p + r else 0
        print(f"{kind}: gold {g} predicted {q} matched {m}  P {p:.3f} R {r:.3f} F1 {f:.3f}")

if __name__ == "__main__":
    main()
