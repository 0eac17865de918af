#!/usr/bin/env python3
"""Derive statistical tables for the Chinese person-name model.

Development-time script (Python 3, standard library only). Run from the
repository root:

    python3 scripts/derive_name_model.py

Inputs (read-only, paths overridable with flags):
  * jieba's word list (Debian python3-jieba), lines "word freq tag".
    Entries tagged exactly "nr" are taken as person names; every other
    entry feeds the general ("not a name") character background model.
    Entries tagged "nrt" (transliterated names) are used only as a
    reference distribution to tell transliterated names (克林顿, 阿斯特)
    apart from Han names among the nr entries; they are not counted.
  * People's Daily NER dev split ("char TAG" per line, blank line between
    sentences, BIO tags).  ONLY even-indexed sentences (0, 2, 4, ...) are
    read; odd-indexed ones are held out for evaluation.  The corpus itself
    is never copied into the outputs, only aggregate counts.

Outputs (in --out-dir, default seeds/lexicons):
  surnames.tsv, given-chars.tsv, char-freq.tsv, translit-chars.tsv,
  name-stats.md.  Rows are sorted deterministically and numbers are printed
  with a fixed precision, so reruns on the same inputs are byte-identical.
"""

import argparse
import math
import os
import sys
from collections import Counter

DEFAULT_JIEBA = "/usr/lib/python3/dist-packages/jieba/dict.txt"
DEFAULT_CORPUS = "/work/shared/corpora/peoples-daily-ner/example.dev"
DEFAULT_OUT = os.path.join("seeds", "lexicons")

# Classical / well-attested two-character (compound) surnames, used as a seed.
# Further compound surnames are detected from the data (see detect_compounds).
SEED_COMPOUND_SURNAMES = frozenset("""
欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯
轩辕 端木 独孤 南宫 西门 呼延 闻人 赫连 申屠 太史 钟离 宗政 濮阳 淳于
单于 拓跋 完颜 司空 东郭 百里 澹台 公冶 万俟 耶律 左丘 公羊 第五 乐正
""".split())

MIN_COUNT = 2           # keep table rows with count >= this
COMMON_SURNAME_MIN = 20  # a surname with at least this count is "common"

# Thresholds for detecting compound surnames from 3-4 char nr entries.
COMPOUND_MIN_3 = 3       # prefix starts >= this many 3-char entries
COMPOUND_MIN_4 = 3       # ... and >= this many 4-char entries
COMPOUND_MIN_TOTAL = 8   # ... and >= this many in total
COMPOUND_RATIO_4_3 = 0.5  # 4-char entries >= ratio * 3-char entries
COMPOUND_MIN_SHARE = 0.25  # share of 3-4 char names starting with char 1
COMPOUND_MIN_LIKENESS = 1.0  # mean given-name log-odds of what follows

SANITY_CANDIDATES = ["于小明", "王子健", "欧阳修", "司马光", "巴特尔", "张建国",
                     "王子", "于小", "省长", "会议", "我们"]


def is_cjk(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF
            or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FA1F)


def all_cjk(s):
    return bool(s) and all(is_cjk(c) for c in s)


def read_jieba(path):
    """Return (nr_entries, background_counter, nrt_char_counter, n_nr_raw)."""
    nr = []
    background = Counter()
    nrt_chars = Counter()
    n_nr_raw = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word = parts[0]
            try:
                freq = int(parts[1])
            except ValueError:
                continue
            tag = parts[2] if len(parts) > 2 else ""
            if tag == "nr":
                n_nr_raw += 1
                if all_cjk(word):
                    nr.append(word)
                continue
            if tag == "nrt" and all_cjk(word):
                nrt_chars.update(word)
            for ch in word:
                if is_cjk(ch):
                    background[ch] += freq
    return nr, background, nrt_chars, n_nr_raw


def read_per_spans(path):
    """PER entity strings from even-indexed sentences only.

    Returns (spans, n_sentences_total, n_sentences_used)."""
    sentences = []
    cur = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    sentences.append(cur)
                    cur = []
                continue
            parts = line.split()
            if len(parts) == 2:
                cur.append((parts[0], parts[1]))
            elif len(parts) == 1:  # defensive: a bare tag (e.g. a space char)
                cur.append((" ", parts[0]))
    if cur:
        sentences.append(cur)

    spans = []
    used = 0
    for idx, sent in enumerate(sentences):
        if idx % 2 == 1:  # held out for evaluation
            continue
        used += 1
        ent_type, chars = None, []
        for ch, tag in sent + [("", "O")]:
            if tag.startswith("I-") and ent_type == tag[2:]:
                chars.append(ch)
                continue
            if ent_type == "PER" and chars:
                spans.append("".join(chars))
            if tag.startswith("B-") or tag.startswith("I-"):
                ent_type, chars = tag[2:], [ch]
            else:
                ent_type, chars = None, []
    return spans, len(sentences), used


def given_model(counts_first, counts_second, vocab_size):
    """Add-one smoothed log P(char | given-name char)."""
    total = sum(counts_first.values()) + sum(counts_second.values())
    denom = total + vocab_size

    def logp(ch):
        return math.log((counts_first[ch] + counts_second[ch] + 1) / denom)
    return logp, math.log(1 / denom)


def detect_compounds(names, background):
    """Detect compound surnames among 2-char prefixes of 3-4 char names.

    A prefix qualifies when it starts many 3- and 4-char names, the 4-char
    ones are not rare relative to the 3-char ones (a single surname plus a
    2-char given name, e.g. 陈国X, almost never continues to 4 chars), it
    accounts for a good share of the 3-4 char names starting with its first
    char (rejects 高大/王司/金国 under the common surnames 高/王/金), and
    the characters following it look like given-name characters (rejects
    words like 道德/幸福 that jieba tags nr in compounds).
    Seed compound surnames are always accepted and not re-tested.
    Returns (accepted, report_rows) with rows
    (prefix, n3, n4, share, likeness, accepted)."""
    n3 = Counter(w[:2] for w in names if len(w) == 3)
    n4 = Counter(w[:2] for w in names if len(w) == 4)
    by_first = Counter(w[0] for w in names if len(w) in (3, 4))
    candidates = sorted(p for p in set(n3) | set(n4)
                        if p not in SEED_COMPOUND_SURNAMES
                        and n3[p] >= COMPOUND_MIN_3 and n4[p] >= COMPOUND_MIN_4
                        and n3[p] + n4[p] >= COMPOUND_MIN_TOTAL
                        and n4[p] >= COMPOUND_RATIO_4_3 * n3[p])
    excluded = set(candidates) | SEED_COMPOUND_SURNAMES
    # Preliminary given-name model from 3-char names with a single surname.
    first, second = Counter(), Counter()
    for w in names:
        if len(w) == 3 and w[:2] not in excluded:
            first[w[1]] += 1
            second[w[2]] += 1
    vocab = len(set(first) | set(second) | set(background)) + 1
    g_logp, _ = given_model(first, second, vocab)
    bg_total = sum(background.values())
    bg_vocab = len(background) + 1

    def bg_logp(ch):
        return math.log((background[ch] + 1) / (bg_total + bg_vocab))

    accepted = set(SEED_COMPOUND_SURNAMES)
    report = []
    for p in candidates:
        tails = [c for w in names if len(w) in (3, 4) and w[:2] == p
                 for c in w[2:]]
        likeness = sum(g_logp(c) - bg_logp(c) for c in tails) / len(tails)
        share = (n3[p] + n4[p]) / by_first[p[0]]
        ok = share >= COMPOUND_MIN_SHARE and likeness >= COMPOUND_MIN_LIKENESS
        if ok:
            accepted.add(p)
        report.append((p, n3[p], n4[p], share, likeness, ok))
    return accepted, report


class HanVsTranslit:
    """Tell Han names (surname + given) from transliterated ones.

    Han model: P(surname) * prod P(given char), re-estimated by hard EM
    from the 3-char names it accepts; transliteration model: char unigram
    of jieba's nrt entries (fixed).  llr(name) >= 0 means Han-like."""

    ITERATIONS = 4

    def __init__(self, names3, nrt_chars):
        self.trans = nrt_chars
        self.trans_total = sum(nrt_chars.values())
        han = list(names3)
        for _ in range(self.ITERATIONS):
            self._fit(han)
            han = [w for w in names3 if self.llr(w) >= 0]
        self._fit(han)
        self.n_han3 = len(han)
        self.n_names3 = len(names3)

    def _fit(self, han):
        self.sur = Counter(w[0] for w in han)
        self.given = Counter(c for w in han for c in w[1:])
        self.sur_total = sum(self.sur.values())
        self.given_total = sum(self.given.values())
        self.vocab = len(set(self.sur) | set(self.given) | set(self.trans)) + 1

    def llr(self, w):
        v = self.vocab
        han = math.log((self.sur[w[0]] + 1) / (self.sur_total + v))
        han += sum(math.log((self.given[c] + 1) / (self.given_total + v))
                   for c in w[1:])
        tr = sum(math.log((self.trans[c] + 1) / (self.trans_total + v))
                 for c in w)
        return han - tr


def split_name(name, compounds):
    """Split a 2-4 char name into (surname, given) or None."""
    if len(name) >= 3 and name[:2] in compounds:
        given = name[2:]
        return (name[:2], given) if 1 <= len(given) <= 2 else None
    if len(name) in (2, 3):
        return name[0], name[1:]
    return None


def fmt(x):
    return "%.6f" % x


def write_tsv(path, header_lines, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write("# " + h + "\n" if h else "#\n")
        for row in rows:
            f.write("\t".join(str(c) for c in row) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jieba-dict", default=DEFAULT_JIEBA)
    ap.add_argument("--ner-corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    nr, background, nrt_chars, n_nr_raw = read_jieba(args.jieba_dict)
    per_spans, n_sent, n_sent_used = read_per_spans(args.ner_corpus)

    # Name strings: jieba nr entries count once each (types); PER spans
    # count once per occurrence.  Spans with '·' are foreign full names.
    per_plain = [s for s in per_spans if all_cjk(s)]
    per_dotted = [s for s in per_spans if "·" in s]
    names_all = nr + per_plain

    compounds, compound_report = detect_compounds(names_all, background)

    # Han vs transliterated split, fitted on 3-char names without a
    # compound surname.  Its surname counts (Han names only) also vet the
    # noisy 2-char nr entries (丘陵, 卫星 ... are tagged nr in jieba) and
    # decide which surnames are "common".
    splitter = HanVsTranslit(
        [w for w in names_all if len(w) == 3 and w[:2] not in compounds],
        nrt_chars)
    prelim = splitter.sur

    surnames = Counter()
    first, second = Counter(), Counter()
    translit = Counter()
    n_names_used = 0
    n_per_used = 0
    n_per_surname_only = 0
    n_translit_names = 0
    n_translit_short = 0

    def add_translit(s):
        for ch in s:
            if is_cjk(ch):
                translit[ch] += 1

    for source, items in (("nr", nr), ("per", per_plain)):
        for w in items:
            if source == "per" and len(w) == 1:
                # "老王"-style mentions: the PER span is the bare surname.
                surnames[w] += 1
                n_per_surname_only += 1
                n_per_used += 1
                continue
            compound = len(w) in (3, 4) and w[:2] in compounds
            if not compound and len(w) in (2, 3):
                if splitter.llr(w) < 0:
                    add_translit(w)
                    n_translit_names += 1
                    n_translit_short += 1
                    if source == "per":
                        n_per_used += 1
                    continue
                if (len(w) == 2 and source == "nr"
                        and prelim[w[0]] < MIN_COUNT):
                    continue
            parts = split_name(w, compounds)
            if parts is not None:
                sur, given = parts
                surnames[sur] += 1
                first[given[0]] += 1
                if len(given) > 1:
                    second[given[1]] += 1
                n_names_used += 1
                if source == "per":
                    n_per_used += 1
                continue
            # 4+ chars, no compound surname: transliterated / minority name
            # if it does not start with a common surname and either is a
            # gold PER span or looks transliterated (drops jieba's idioms).
            if (len(w) >= 4 and prelim[w[0]] < COMMON_SURNAME_MIN
                    and (source == "per" or splitter.llr(w) < 0)):
                add_translit(w)
                n_translit_names += 1
                if source == "per":
                    n_per_used += 1
    for s in per_dotted:
        add_translit(s)
        n_translit_names += 1
        n_per_used += 1

    # ---- surnames.tsv
    sur_total = sum(surnames.values())
    sur_rows = sorted(((s, c) for s, c in surnames.items() if c >= MIN_COUNT),
                      key=lambda x: (-x[1], x[0]))
    sur_unseen = math.log(1 / sur_total)
    # ---- given-chars.tsv
    given_vocab = len(set(first) | set(second) | set(background)) + 1
    g_logp, g_unseen = given_model(first, second, given_vocab)
    g_total = sum(first.values()) + sum(second.values())
    given_rows = sorted(
        ((ch, first[ch], second[ch]) for ch in set(first) | set(second)
         if first[ch] + second[ch] >= MIN_COUNT),
        key=lambda x: (-(x[1] + x[2]), x[0]))
    # ---- char-freq.tsv
    bg_total = sum(background.values())
    bg_vocab = len(background) + 1
    bg_denom = bg_total + bg_vocab

    def bg_logp(ch):
        return math.log((background[ch] + 1) / bg_denom)
    bg_unseen = math.log(1 / bg_denom)
    bg_rows = sorted(((ch, c) for ch, c in background.items()
                      if c >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    # ---- translit-chars.tsv
    tr_rows = sorted(((ch, c) for ch, c in translit.items()
                      if c >= MIN_COUNT), key=lambda x: (-x[1], x[0]))

    os.makedirs(args.out_dir, exist_ok=True)
    src = ("sources: jieba dict.txt (Debian python3-jieba) entries tagged nr; "
           "People's Daily NER example.dev PER spans, even-indexed sentences "
           "only (odd ones held out)")
    write_tsv(os.path.join(args.out_dir, "surnames.tsv"), [
        "surnames.tsv - Chinese surname prior for the person-name model.",
        "Generated by scripts/derive_name_model.py; do not edit by hand.",
        src + ".",
        "A 2-3 char name's surname is its first char, or its first two chars "
        "for a compound surname (hand seed list + prefixes detected among "
        "3-4 char names); 1-char PER spans count as bare surnames.",
        "jieba entries count once each, PER spans once per occurrence; "
        "2-char nr entries only if their first char starts >= 2 3-char names.",
        "columns: surname, count, logprob = ln(count / %d) = ln P(surname | name)"
        " (unsmoothed; total includes rows below the cutoff)" % sur_total,
        "rows: count >= %d, sorted by count desc then codepoint; an unseen "
        "surname is scored as if count 1:" % MIN_COUNT,
        "unseen_logprob=%s" % fmt(sur_unseen),
    ], [(s, c, fmt(math.log(c / sur_total))) for s, c in sur_rows])
    write_tsv(os.path.join(args.out_dir, "given-chars.tsv"), [
        "given-chars.tsv - characters used in Chinese given names.",
        "Generated by scripts/derive_name_model.py; do not edit by hand.",
        src + ".",
        "given name = name minus surname (1-2 chars); count_first = as its "
        "1st char, count_second = as its 2nd char.",
        "columns: char, count_first, count_second, logprob_in_given = "
        "ln((count_first + count_second + 1) / (%d + %d))" % (g_total,
                                                              given_vocab),
        "(add-one smoothing over %d chars = given-name chars + background "
        "chars + 1 unseen)" % given_vocab,
        "rows: count_first + count_second >= %d, sorted by total desc then "
        "codepoint" % MIN_COUNT,
        "unseen_logprob=%s" % fmt(g_unseen),
    ], [(ch, a, b, fmt(g_logp(ch))) for ch, a, b in given_rows])
    write_tsv(os.path.join(args.out_dir, "char-freq.tsv"), [
        "char-freq.tsv - general (not-a-name) CJK character background model.",
        "Generated by scripts/derive_name_model.py; do not edit by hand.",
        "source: jieba dict.txt (Debian python3-jieba), all entries NOT tagged "
        "nr; each word's freq is added to every CJK char occurrence in it.",
        "columns: char, count, logprob = ln((count + 1) / (%d + %d)) "
        "(add-one smoothed, %d = distinct chars + 1 unseen)" % (
            bg_total, bg_vocab, bg_vocab),
        "rows: count >= %d, sorted by count desc then codepoint" % MIN_COUNT,
        "unseen_logprob=%s" % fmt(bg_unseen),
    ], [(ch, c, fmt(bg_logp(ch))) for ch, c in bg_rows])
    write_tsv(os.path.join(args.out_dir, "translit-chars.tsv"), [
        "translit-chars.tsv - characters of minority / transliterated names.",
        "Generated by scripts/derive_name_model.py; do not edit by hand.",
        src + ".",
        "counted from: 2-3 char names that look transliterated (Han "
        "surname+given model vs a char model of jieba's nrt entries); 4+ "
        "char names without a compound or common surname (Han-model count "
        "< %d) that are PER spans or look transliterated; PER spans "
        "containing '·'. Every CJK char occurrence counts 1." % (
            COMMON_SURNAME_MIN),
        "columns: char, count",
        "rows: count >= %d, sorted by count desc then codepoint" % MIN_COUNT,
    ], tr_rows)

    # ---- sanity check
    sur_lp = {s: math.log(c / sur_total) for s, c in surnames.items()}

    def score(name):
        if len(name) >= 3 and name[:2] in compounds:
            sur, given = name[:2], name[2:]
        else:
            sur, given = name[0], name[1:]
        lp_s = sur_lp.get(sur, sur_unseen) if surnames[sur] >= MIN_COUNT \
            else sur_unseen
        lp_g = sum(g_logp(c) if first[c] + second[c] >= MIN_COUNT
                   else g_unseen for c in given)
        lp_b = sum(bg_logp(c) if background[c] >= MIN_COUNT else bg_unseen
                   for c in name)
        return sur, given, lp_s, lp_g, lp_b, lp_s + lp_g - lp_b

    auto = [r for r in compound_report if r[-1]]
    rejected = [r for r in compound_report if not r[-1]]
    lines = [
        "# Person-name model statistics",
        "",
        "Generated by `scripts/derive_name_model.py`; do not edit by hand.",
        "Rerun with `python3 scripts/derive_name_model.py` from the repo root.",
        "",
        "## Inputs",
        "",
        "- jieba `dict.txt`: %d entries tagged `nr`, %d of them all-CJK "
        "(used as name strings, one count each)." % (n_nr_raw, len(nr)),
        "- People's Daily NER `example.dev`: %d sentences, %d even-indexed "
        "ones used (odd ones held out); %d PER spans found, %d used "
        "(%d as bare surnames, %d with '·' for translit chars)." % (
            n_sent, n_sent_used, len(per_spans), n_per_used,
            n_per_surname_only, len(per_dotted)),
        "- Han vs transliterated: 2-3 char names are scored by a Han model "
        "(surname + given chars, hard EM over 3-char names, %d of %d kept) "
        "against a char model of jieba's %d `nrt` (transliterated name) "
        "char tokens; the `nrt` entries themselves are not counted." % (
            splitter.n_han3, splitter.n_names3, sum(nrt_chars.values())),
        "- Names split into surname + given name: %d; names counted as "
        "transliterated/minority: %d (%d of them 2-3 chars)." % (
            n_names_used, n_translit_names, n_translit_short),
        "",
        "## Tables",
        "",
        "| file | rows | total count |",
        "| --- | ---: | ---: |",
        "| `surnames.tsv` | %d | %d |" % (len(sur_rows), sur_total),
        "| `given-chars.tsv` | %d | %d |" % (len(given_rows), g_total),
        "| `char-freq.tsv` | %d | %d |" % (len(bg_rows), bg_total),
        "| `translit-chars.tsv` | %d | %d |" % (len(tr_rows),
                                                 sum(translit.values())),
        "",
        "Rows keep count >= %d; probabilities use the totals before that "
        "cutoff." % MIN_COUNT,
        "",
        "## Compound surnames",
        "",
        "- Seed list (%d): %s" % (len(SEED_COMPOUND_SURNAMES),
                                  " ".join(sorted(SEED_COMPOUND_SURNAMES))),
        "- Detection: a 2-char prefix starting >= %d 3-char and >= %d 4-char "
        "names (>= %d together, 4-char >= %.2f x 3-char) becomes a candidate; "
        "it is accepted if it covers >= %.2f of the 3-4 char names starting "
        "with its first char and the chars after it have mean given-name "
        "log-odds >= %.1f. Shown as prefix(share, log-odds)." % (
            COMPOUND_MIN_3, COMPOUND_MIN_4, COMPOUND_MIN_TOTAL,
            COMPOUND_RATIO_4_3, COMPOUND_MIN_SHARE, COMPOUND_MIN_LIKENESS),
        "- Detected from data and added (%d): %s" % (len(auto), " ".join(
            "%s(%.2f, %.2f)" % (r[0], r[3], r[4]) for r in auto) or "(none)"),
        "- Candidates rejected (%d): %s" % (len(rejected), " ".join(
            "%s(%.2f, %.2f)" % (r[0], r[3], r[4]) for r in rejected)
            or "(none)"),
        "",
        "## Sanity check",
        "",
        "score = ln P(surname) + sum ln P(given char) - sum ln P_background"
        "(char). Unseen / below-cutoff items use the tables' unseen_logprob.",
        "",
        "| candidate | surname | given | ln P(surname) | sum ln P(given) "
        "| sum ln P_bg | score |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for cand in SANITY_CANDIDATES:
        sur, given, a, b, c, s = score(cand)
        lines.append("| %s | %s | %s | %.2f | %.2f | %.2f | %.2f |" % (
            cand, sur, given, a, b, c, s))
    lines += [
        "",
        "Notes: 巴音朝鲁 (Mongolian, 4 chars) has no Han surname; it is scored "
        "here as 巴 + 3 given chars only for comparison - such names should "
        "use `translit-chars.tsv` (Han-vs-translit llr of 巴音朝鲁: %.2f, "
        "negative = transliteration-like). " % splitter.llr("巴音朝鲁")
        + "王子 and 于小 are genuinely ambiguous "
        "(surname + plausible given char). Scores are not length-normalised.",
        "",
    ]
    with open(os.path.join(args.out_dir, "name-stats.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    for cand in SANITY_CANDIDATES:
        print("%s\t%.2f" % (cand, score(cand)[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
