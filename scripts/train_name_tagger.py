#!/usr/bin/env python3
"""Trains the person-name sequence tagger (PersonSequenceTagger) and writes its weights.

Development-time only (Python 3, standard library, deterministic). Run from the repository root:

    python3 scripts/train_name_tagger.py [--corpus PATH] [--epochs N] [--holdout] [--features SENTENCE]

Training data: the EVEN-numbered sentences (0, 2, 4, ...) of the People's Daily NER dev split; the
odd-numbered ones are held out for `scripts/ner_eval.py --half odd`. Each even sentence with entities
is also copied `--copies` times with its PER spans replaced by other names (jieba nr entries that the
name model scores as Han names, or transliterated nrt entries and PER spans) and its LOC/ORG spans by
jieba ns/nt words, so the weights learn the lexicon features rather than the 448 names seen. Only PER tags are read. The model
also reads the committed lexicon tables (surnames.tsv, given-chars.tsv, char-freq.tsv,
translit-chars.tsv, common-words.tsv, post-heads.txt, word-classes.tsv). Output: Lexicons/name-tagger.tsv, derived
weights only (no corpus text beyond the single characters and character pairs that are features).

Model: a structured averaged perceptron over the tags B M E S O (begin, middle, end, single, outside
a person name), first-order transitions, Viterbi decoding restricted to valid BMES sequences; names
on both sides of a middle dot (·) are joined into one (罗伯特|·|马尔登), in scoring as in the Swift tagger.
`--holdout` trains on 4/5 of the even sentences and scores the other fifth (for choosing settings).
`--features SENTENCE` prints the features of a sentence (the Swift parity test pastes this output).

Feature spec (shared with Sources/NewsGraphPipeline/PersonSequenceTagger.swift; keep them identical).
A sentence is a list of Unicode scalars c[0..n); c(j) is c[j] for 0 <= j < n, "<s>" before, "</s>"
after; a space, tab, CR, LF, U+3000 or U+00A0 is written "<sp>". Han = U+4E00-9FFF, 3400-4DBF, 20000-2A6DF, F900-FAFF.
Buckets are floor(x) as integers. For position i, in this order (a feature is emitted only when its
value exists):
   b                       bias
   c-2= c-1= c0= c1= c2=   c(i-2) .. c(i+2)
   b-2= b-1= b0= b1=       c(i-2)c(i-1), c(i-1)c(i), c(i)c(i+1), c(i+1)c(i+2)  (joined by "|")
   k-1= k0= k1=            class of c(i-1), c(i), c(i+1): H han, D digit (0-9, U+FF10-FF19),
                           L latin (a-z A-Z, U+FF21-FF3A, U+FF41-FF5A), P punctuation (CharacterClass
                           list), W whitespace, X beyond the sentence, O other
   s-2= s-1= s0= s1=       surname bucket floor(-logprob) of c(i+k) as a one-char surname
   ss=                     "1" when c(i)c(i+1) is a (compound) surname in surnames.tsv
   g-1= g0= g1= g2=        given-name bucket floor(-logprob) of c(i+k) (given-chars.tsv)
   f0=                     background bucket floor(-logprob) of c(i) (char-freq.tsv), Han only
   t-1= t0= t1=            transliteration bucket floor(-ln((count+1)/(total+1))) of c(i+k)
   n2= n3=                 name score (NameModel.score) of c[i..i+2), c[i..i+3): floor(score/2)
                           clipped to [-6, 6]; only when all Han and a surname starts it
   e2= e3=                 the same for names ending at i: c[i-1..i+1), c[i-2..i+1)
   m3=                     the same for c[i-1..i+2)
   ws= we=                 longest common word (common-words.tsv) starting at i / ending at i
                           (inclusive): "<length>:<floor(log10 freq)>"
   pe=1 pb=1 pa=1          a post head (post-heads.txt) ends exactly before i / starts at i /
                           starts at i+1
   ls= le=                 length of the longest N word (word-classes.tsv, 2-6 chars) starting / ending at i
   li=1                    i lies strictly inside the longest N word starting at some earlier position
   vs= ve=                 longest W word (2-4 chars) starting / ending at i: "<length>:<floor(log10 freq)>"
   va= vb=                 length of the longest W word starting at i+1 / ending at i-1
   c-1s0= s0va=            when c(i) is a surname: "<c(i-1)>|<s0>", "<s0>|<va or 0>"
   g0va=                   when c(i) is a given-name character: "<g0>|<va or 0>"
   s0g1= s-1g0= s-2g-1g0=  conjunctions "<bucket>|<bucket>" of the values above ("x" when absent)
   t-1t0t1=                conjunction of the three transliteration buckets ("x" when absent)
"""
import argparse, math, os, random, sys, time

LEX = "Sources/NewsGraphPipeline/Lexicons"
TAGS = ["B", "M", "E", "S", "O"]
# Allowed transitions (prev -> cur); "^" is the sentence start.
ALLOWED = {
    "^": {"B", "S", "O"}, "O": {"B", "S", "O"}, "E": {"B", "S", "O"}, "S": {"B", "S", "O"},
    "B": {"M", "E"}, "M": {"M", "E"},
}
FINAL = {"E", "S", "O"}

NEWFEATS = os.environ.get("NT_NEW", "1") == "1"
MERGE = os.environ.get("NT_MERGE", "1") == "1"
SPACES = set(" \t\r\n\u3000\u00a0")
PUNCT = set("，。、；：？！“”‘’（）《》—…「」『』·,.;:?!()\"'【】〈〉")


def lex_lines(name):
    out = []
    for raw in open(os.path.join(LEX, name), encoding="utf-8").read().split("\n"):
        line = raw.strip(" \t")
        if not line or line.startswith("#"):
            continue
        out.append([c.strip(" \t") for c in line.split("\t") if c != ""])
    return out


def unseen(name):
    for line in open(os.path.join(LEX, name), encoding="utf-8").read().split("\n"):
        if line.startswith("# unseen_logprob="):
            return float(line[len("# unseen_logprob="):])
    return -12.0


def is_han(ch):
    v = ord(ch)
    return 0x4E00 <= v <= 0x9FFF or 0x3400 <= v <= 0x4DBF or 0x20000 <= v <= 0x2A6DF or 0xF900 <= v <= 0xFAFF


def char_class(ch):
    if ch is None:
        return "X"
    v = ord(ch)
    if is_han(ch):
        return "H"
    if 0x30 <= v <= 0x39 or 0xFF10 <= v <= 0xFF19:
        return "D"
    if 0x41 <= v <= 0x5A or 0x61 <= v <= 0x7A or 0xFF21 <= v <= 0xFF3A or 0xFF41 <= v <= 0xFF5A:
        return "L"
    if ch in PUNCT:
        return "P"
    if ch in SPACES:
        return "W"
    return "O"


class Lexicon:
    def __init__(self):
        self.surnames = {}
        for r in lex_lines("surnames.tsv"):
            if len(r) >= 3:
                self.surnames[r[0]] = float(r[2])
        self.given = {}
        for r in lex_lines("given-chars.tsv"):
            if len(r) >= 4:
                self.given[r[0][0]] = float(r[3])
        self.bg = {}
        for r in lex_lines("char-freq.tsv"):
            if len(r) >= 3:
                self.bg[r[0][0]] = float(r[2])
        self.unseen_s, self.unseen_g, self.unseen_b = unseen("surnames.tsv"), unseen("given-chars.tsv"), unseen("char-freq.tsv")
        self.common = {}
        for r in lex_lines("common-words.tsv"):
            if len(r) >= 3:
                self.common[r[0]] = float(r[2])
        rows = [r for r in lex_lines("translit-chars.tsv") if len(r) >= 2]
        total = float(sum(int(r[1]) for r in rows))
        self.translit = {}
        for r in rows:
            self.translit[r[0][0]] = math.log((float(r[1]) + 1) / (total + 1))
        self.named, self.words = {}, {}
        for r in lex_lines("word-classes.tsv"):
            if len(r) >= 3:
                (self.named if r[1] == "N" else self.words)[r[0]] = math.floor(math.log10(float(r[2])))
        self.posts = set(r[0] for r in lex_lines("post-heads.txt"))
        self.post_max = max(len(p) for p in self.posts)

    def surname_length(self, name):
        if len(name) >= 3 and "".join(name[:2]) in self.surnames:
            return 2
        if name and name[0] in self.surnames:
            return 1
        return None

    def score(self, name):
        """NameModel.score, term for term (same order of additions)."""
        if not (2 <= len(name) <= 4) or not all(is_han(u) for u in name):
            return -50.0
        sl = self.surname_length(name)
        if sl is None:
            return -30.0
        total = self.surnames.get("".join(name[:sl]), self.unseen_s)
        for u in name[:sl]:
            total -= self.bg.get(u, self.unseen_b)
        for u in name[sl:]:
            total += self.given.get(u, self.unseen_g)
            total -= self.bg.get(u, self.unseen_b)
        gl = len(name) - sl
        if gl < 1 or gl > 2:
            total -= 8
        return total


def features(lex, chars):
    """The features of every position of `chars` (a list of one-character strings)."""
    n = len(chars)

    def c(j):
        if j < 0:
            return "<s>"
        if j >= n:
            return "</s>"
        return "<sp>" if chars[j] in SPACES else chars[j]

    def raw(j):
        return chars[j] if 0 <= j < n else None

    def sur(j):
        u = raw(j)
        if u is None or u not in lex.surnames:
            return None
        return str(math.floor(-lex.surnames[u]))

    def giv(j):
        u = raw(j)
        if u is None or u not in lex.given:
            return None
        return str(math.floor(-lex.given[u]))

    def tr(j):
        u = raw(j)
        if u is None or u not in lex.translit:
            return None
        return str(math.floor(-lex.translit[u]))

    def name_bucket(a, b):
        if a < 0 or b > n:
            return None
        name = chars[a:b]
        if not all(is_han(u) for u in name) or lex.surname_length(name) is None:
            return None
        s = lex.score(name)
        return str(max(-6, min(6, math.floor(s / 2))))

    def common_at(a, b):
        if a < 0 or b > n:
            return None
        w = "".join(chars[a:b])
        return lex.common.get(w)

    # Longest N word (word-classes.tsv) starting / ending at each position; positions strictly inside one.
    # Longest W word starting / ending at each position, as (length, floor(log10 freq)).
    named_start, named_end, named_in = [0] * n, [0] * n, [False] * n
    word_start, word_end = [None] * n, [None] * n
    for a in range(n):
        for L in range(min(6, n - a), 1, -1):
            if "".join(chars[a:a + L]) in lex.named:
                named_start[a] = L
                break
        for L in range(min(6, a + 1), 1, -1):
            if "".join(chars[a + 1 - L:a + 1]) in lex.named:
                named_end[a] = L
                break
        if named_start[a]:
            for j in range(a + 1, a + named_start[a] - 1):
                named_in[j] = True
        for L in range(min(4, n - a), 1, -1):
            v = lex.words.get("".join(chars[a:a + L]))
            if v is not None:
                word_start[a] = (L, v)
                break
        for L in range(min(4, a + 1), 1, -1):
            v = lex.words.get("".join(chars[a + 1 - L:a + 1]))
            if v is not None:
                word_end[a] = (L, v)
                break
    out = []
    for i in range(n):
        f = ["b"]
        for k in (-2, -1, 0, 1, 2):
            f.append("c%d=%s" % (k, c(i + k)))
        for k in (-2, -1, 0, 1):
            f.append("b%d=%s|%s" % (k, c(i + k), c(i + k + 1)))
        for k in (-1, 0, 1):
            f.append("k%d=%s" % (k, char_class(raw(i + k))))
        s = {k: sur(i + k) for k in (-2, -1, 0, 1)}
        for k in (-2, -1, 0, 1):
            if s[k] is not None:
                f.append("s%d=%s" % (k, s[k]))
        if i + 2 <= n and "".join(chars[i:i + 2]) in lex.surnames:
            f.append("ss=1")
        g = {k: giv(i + k) for k in (-1, 0, 1, 2)}
        for k in (-1, 0, 1, 2):
            if g[k] is not None:
                f.append("g%d=%s" % (k, g[k]))
        if is_han(chars[i]):
            f.append("f0=%d" % math.floor(-lex.bg.get(chars[i], lex.unseen_b)))
        t = {k: tr(i + k) for k in (-1, 0, 1)}
        for k in (-1, 0, 1):
            if t[k] is not None:
                f.append("t%d=%s" % (k, t[k]))
        for key, a, b in (("n2", i, i + 2), ("n3", i, i + 3), ("e2", i - 1, i + 1), ("e3", i - 2, i + 1), ("m3", i - 1, i + 2)):
            v = name_bucket(a, b)
            if v is not None:
                f.append("%s=%s" % (key, v))
        for key, spans in (("ws", ((i, i + 3), (i, i + 2))), ("we", ((i - 2, i + 1), (i - 1, i + 1)))):
            for a, b in spans:
                v = common_at(a, b)
                if v is not None:
                    f.append("%s=%d:%d" % (key, b - a, math.floor(v)))
                    break
        for key, test in (("pe", lambda L: i - L >= 0 and "".join(chars[i - L:i]) in lex.posts),
                          ("pb", lambda L: i + L <= n and "".join(chars[i:i + L]) in lex.posts),
                          ("pa", lambda L: i + 1 + L <= n and "".join(chars[i + 1:i + 1 + L]) in lex.posts)):
            if any(test(L) for L in range(1, lex.post_max + 1)):
                f.append(key + "=1")
        if NEWFEATS:
            if named_start[i]:
                f.append("ls=%d" % named_start[i])
            if named_end[i]:
                f.append("le=%d" % named_end[i])
            if named_in[i]:
                f.append("li=1")
            for key, v in (("vs", word_start[i]), ("ve", word_end[i])):
                if v:
                    f.append("%s=%d:%d" % (key, v[0], v[1]))
            va = word_start[i + 1][0] if i + 1 < n and word_start[i + 1] else 0
            vb = word_end[i - 1][0] if i >= 1 and word_end[i - 1] else 0
            if va:
                f.append("va=%d" % va)
            if vb:
                f.append("vb=%d" % vb)
            if s[0] is not None:
                f.append("c-1s0=%s|%s" % (c(i - 1), s[0]))
                f.append("s0va=%s|%d" % (s[0], va))
            if g[0] is not None:
                f.append("g0va=%s|%d" % (g[0], va))
        x = lambda v: "x" if v is None else v
        f.append("s0g1=%s|%s" % (x(s[0]), x(g[1])))
        f.append("s-1g0=%s|%s" % (x(s[-1]), x(g[0])))
        f.append("s-2g-1g0=%s|%s|%s" % (x(s[-2]), x(g[-1]), x(g[0])))
        f.append("t-1t0t1=%s|%s|%s" % (x(t[-1]), x(t[0]), x(t[1])))
        out.append(f)
    return out


def read_corpus(path):
    sents, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                sents.append(sent)
            sent = []
            continue
        ch, tag = line.split(" ")
        sent.append((ch, tag))
    if sent:
        sents.append(sent)
    return sents


def bmes(tags):
    """PER spans of BIO tags as BMES-O."""
    out = ["O"] * len(tags)
    spans = per_spans_bio(tags)
    for a, b in spans:
        if b - a == 1:
            out[a] = "S"
        else:
            out[a] = "B"
            for j in range(a + 1, b - 1):
                out[j] = "M"
            out[b - 1] = "E"
    return out


def per_spans_bio(tags):
    spans, start = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "B-PER" or t != "I-PER":
            if start is not None:
                spans.append((start, i))
                start = None
            if t == "B-PER":
                start = i
        elif start is None:  # I-PER without B-PER
            start = i
    return spans


def spans_bmes(tags):
    spans, start = [], None
    for i, t in enumerate(tags):
        if t == "S":
            spans.append((i, i + 1))
        elif t == "B":
            start = i
        elif t == "E" and start is not None:
            spans.append((start, i + 1))
            start = None
    return spans


class Model:
    def __init__(self):
        self.w = {}      # feature -> [5 weights]
        self.tot = {}    # feature -> [5 accumulated]
        self.ts = {}     # feature -> [5 last-update step]
        self.step = 0

    def update(self, feat, t, delta):
        w = self.w.get(feat)
        if w is None:
            w = self.w[feat] = [0.0] * 5
            self.tot[feat] = [0.0] * 5
            self.ts[feat] = [0] * 5
        tot, ts = self.tot[feat], self.ts[feat]
        tot[t] += (self.step - ts[t]) * w[t]
        ts[t] = self.step
        w[t] += delta

    def averaged(self):
        out = {}
        for feat, w in self.w.items():
            tot, ts = self.tot[feat], self.ts[feat]
            out[feat] = [(tot[t] + (self.step - ts[t]) * w[t]) / max(1, self.step) for t in range(5)]
        return out


TI = {t: k for k, t in enumerate(TAGS)}


def viterbi(weights, feats):
    """Best valid BMES tag sequence. weights: feature -> list of 5; transitions are 'T:prev>cur'."""
    n = len(feats)
    if n == 0:
        return []
    emit = []
    for f in feats:
        e = [0.0] * 5
        for x in f:
            w = weights.get(x)
            if w is not None:
                for t in range(5):
                    e[t] += w[t]
        emit.append(e)
    trans = {}
    for p in ALLOWED:
        for cur in ALLOWED[p]:
            w = weights.get("T:" + p)
            trans[(p, cur)] = w[TI[cur]] if w is not None else 0.0
    NEG = -1e18
    score = [[NEG] * 5 for _ in range(n)]
    back = [[0] * 5 for _ in range(n)]
    for t, tag in enumerate(TAGS):
        if tag in ALLOWED["^"]:
            score[0][t] = emit[0][t] + trans[("^", tag)]
    for i in range(1, n):
        for t, tag in enumerate(TAGS):
            best, arg = NEG, 0
            for p, ptag in enumerate(TAGS):
                if tag in ALLOWED[ptag] and score[i - 1][p] > NEG:
                    v = score[i - 1][p] + trans[(ptag, tag)]
                    if v > best:
                        best, arg = v, p
            if best > NEG:
                score[i][t] = best + emit[i][t]
                back[i][t] = arg
    best, arg = NEG, 0
    for t, tag in enumerate(TAGS):
        if tag in FINAL and score[n - 1][t] > best:
            best, arg = score[n - 1][t], t
    out = [arg]
    for i in range(n - 1, 0, -1):
        out.append(back[i][out[-1]])
    return [TAGS[t] for t in reversed(out)]


def train(data, epochs, seed):
    """data: list of (feats, gold BMES tags)."""
    m = Model()
    rng = random.Random(seed)
    order = list(range(len(data)))
    for ep in range(epochs):
        rng.shuffle(order)
        errors = 0
        for k in order:
            feats, gold = data[k]
            m.step += 1
            pred = viterbi(m.w, feats)
            if pred == gold:
                continue
            errors += 1
            for i in range(len(gold)):
                gp = gold[i - 1] if i > 0 else "^"
                pp = pred[i - 1] if i > 0 else "^"
                if gold[i] != pred[i] or gp != pp:
                    m.update("T:" + gp, TI[gold[i]], 1.0)
                    m.update("T:" + pp, TI[pred[i]], -1.0)
                if gold[i] != pred[i]:
                    for x in feats[i]:
                        m.update(x, TI[gold[i]], 1.0)
                        m.update(x, TI[pred[i]], -1.0)
            # The end of the sentence: no transition to a final state is scored.
        print("  epoch %d: %d of %d sentences wrong" % (ep + 1, errors, len(data)), file=sys.stderr)
    return m.averaged()


def join_dots(spans, chars):
    """Joins names on both sides of a middle dot (罗伯特|·|马尔登 → 罗伯特·马尔登)."""
    out = []
    for a, b in spans:
        if out and out[-1][1] + 1 == a and chars[a - 1] in "·•・":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def evaluate(weights, data):
    g = p = ok = 0
    for feats, gold in data:
        pred = viterbi(weights, feats)
        chars = [f[3][3:] for f in feats]
        gs, ps = set(spans_bmes(gold)), set(join_dots(spans_bmes(pred), chars) if MERGE else spans_bmes(pred))
        g += len(gs); p += len(ps); ok += len(gs & ps)
    P = ok / p if p else 0; R = ok / g if g else 0
    return P, R, (2 * P * R / (P + R) if P + R else 0)


JIEBA = "/usr/lib/python3/dist-packages/jieba/dict.txt"


def name_pools(lex, sents, jieba):
    """Names to substitute into training sentences: Han names and transliterated names.

    Han: jieba entries tagged nr of 2-3 Han characters that start with a known surname and score
    above zero in the name model, plus such PER spans of the training sentences. Transliterated:
    the other PER spans of 2+ characters, plus jieba nrt entries of 3+ characters all typical of
    transliteration. Sorted, so sampling with a fixed seed is deterministic."""
    han, trans = set(), set()
    for s in sents:
        chars = [ch for ch, _ in s]
        for a, b in per_spans_bio([t for _, t in s]):
            name = chars[a:b]
            if len(name) < 2:
                continue
            (han if is_hanname(lex, name) else trans).add("".join(name))
    for line in open(jieba, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 3:
            continue
        w, tag = parts[0], parts[2]
        if tag == "nr" and 2 <= len(w) <= 3 and is_hanname(lex, list(w)):
            han.add(w)
        elif tag == "nrt" and len(w) >= 3 and all(u in lex.translit for u in w):
            trans.add(w)
    return sorted(han), sorted(trans)


def is_hanname(lex, name):
    return 2 <= len(name) <= 4 and all(is_han(u) for u in name) and lex.surname_length(name) is not None and lex.score(name) > 0


def entity_spans(tags):
    """(start, end, type) of every BIO span."""
    out, start, kind = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
            start, kind = (i, t[2:]) if t.startswith(("B-", "I-")) else (None, None)
    return out


def augment(lex, sents, copies, seed, pools):
    """`copies` variants of every sentence with entities, each PER span replaced by a pool name of
    its kind, and each LOC/ORG span by a jieba place (ns) or organisation (nt) word."""
    han, trans, places, orgs = pools
    rng = random.Random(seed)
    out = []
    for s in sents:
        tags = [t for _, t in s]
        spans = entity_spans(tags)
        if not spans:
            continue
        chars = [ch for ch, _ in s]
        for _ in range(copies):
            nc, nt, last = [], [], 0
            for a, b, kind in spans:
                nc += chars[last:a]; nt += tags[last:a]
                name = chars[a:b]
                if kind == "PER" and len(name) >= 2:
                    pool = han if is_hanname(lex, name) else trans
                    name = list(pool[rng.randrange(len(pool))])
                elif kind == "LOC" and places:
                    name = list(places[rng.randrange(len(places))])
                elif kind == "ORG" and orgs:
                    name = list(orgs[rng.randrange(len(orgs))])
                nc += name; nt += ["B-" + kind] + ["I-" + kind] * (len(name) - 1)
                last = b
            nc += chars[last:]; nt += tags[last:]
            out.append(list(zip(nc, nt)))
    return out


def other_pools(jieba, use):
    places, orgs = set(), set()
    if use:
        for line in open(jieba, encoding="utf-8"):
            parts = line.split()
            if len(parts) < 3:
                continue
            w, tag = parts[0], parts[2]
            if 2 <= len(w) <= 8 and all(is_han(u) for u in w):
                if tag == "ns":
                    places.add(w)
                elif tag == "nt":
                    orgs.add(w)
    return sorted(places), sorted(orgs)


def fmt(x):
    s = "%.3f" % x
    return "0" if s in ("0.000", "-0.000") else s.rstrip("0").rstrip(".")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpora/peoples-daily-ner/example.dev")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1998)
    ap.add_argument("--prune", type=float, default=0.05, help="drop features whose weights are all below this")
    ap.add_argument("--all", action="store_true", help="train on every sentence of --corpus, not the even half")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--fold", type=int, default=4, help="with --holdout: the fifth held out (k %% 5 == fold)")
    ap.add_argument("--holdout-corpus", help="with --holdout: write the held-out fifth here (BIO) for ner_eval.py")
    ap.add_argument("--write", action="store_true", help="with --holdout: write the weights too")
    ap.add_argument("--places", type=int, default=1, help="1: also replace LOC/ORG spans by jieba ns/nt words")
    ap.add_argument("--copies", type=int, default=3, help="augmented copies of each sentence with names")
    ap.add_argument("--jieba-dict", default=JIEBA)
    ap.add_argument("--features", help="print the features of this sentence and exit")
    ap.add_argument("--out", default=os.path.join(LEX, "name-tagger.tsv"))
    a = ap.parse_args()
    lex = Lexicon()
    if a.features is not None:
        for i, f in enumerate(features(lex, list(a.features))):
            print(i, " ".join(f))
        return
    t0 = time.time()
    # The even half of example.dev by default; with --all every sentence of --corpus (a training split
    # such as example.train, after which scripts/ner_eval.py --half all measures the whole dev set).
    sents = [s for k, s in enumerate(read_corpus(a.corpus)) if a.all or k % 2 == 0]
    encode = lambda ss: [(features(lex, [ch for ch, _ in s]), bmes([t for _, t in s])) for s in ss]
    if a.holdout:
        tr_s = [s for k, s in enumerate(sents) if k % 5 != a.fold]
        dev = encode([s for k, s in enumerate(sents) if k % 5 == a.fold])
        trn = encode(tr_s)
        aug = encode(augment(lex, tr_s, a.copies, a.seed, name_pools(lex, tr_s, a.jieba_dict) + other_pools(a.jieba_dict, a.places)))
        w = train(trn + aug, a.epochs, a.seed)
        print("holdout PER P %.3f R %.3f F1 %.3f" % evaluate(w, dev))
        if a.holdout_corpus:
            with open(a.holdout_corpus, "w", encoding="utf-8") as f:
                for k, s in enumerate(sents):
                    if k % 5 == a.fold:
                        f.write("".join("%s %s\n" % (ch, t) for ch, t in s) + "\n")
        if not a.write:
            return
    else:
        data = encode(sents) + encode(augment(lex, sents, a.copies, a.seed, name_pools(lex, sents, a.jieba_dict) + other_pools(a.jieba_dict, a.places)))
        w = train(data, a.epochs, a.seed)
    kept = {f: v for f, v in w.items() if max(abs(x) for x in v) >= a.prune}
    with open(a.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# name-tagger.tsv - weights of the person-name sequence tagger (PersonSequenceTagger).\n")
        out.write("# Generated by scripts/train_name_tagger.py; do not edit by hand. Features: see the script's docstring.\n")
        out.write("# trained on: %s, PER tags;\n" % ("every sentence of " + os.path.basename(a.corpus) if a.all else
                  "People's Daily NER example.dev, even-numbered sentences only (odd ones held out)"))
        out.write("# plus %d copies of each sentence with entities, its PER/LOC/ORG spans replaced by jieba nr/nrt/ns/nt words (dict.txt).\n" % a.copies)
        out.write("# averaged perceptron, %d epochs, seed %d; features with all |weight| < %s dropped.\n" % (a.epochs, a.seed, a.prune))
        out.write("# columns: feature, weight for B, M, E, S, O (T:<prev> rows are transitions from tag <prev>, ^ = start)\n")
        for f in sorted(kept):
            out.write(f.replace("\t", " ") + "\t" + "\t".join(fmt(x) for x in kept[f]) + "\n")
    print("%d features kept of %d; %.1f s; %d bytes" % (len(kept), len(w), time.time() - t0, os.path.getsize(a.out)))


if __name__ == "__main__":
    main()
