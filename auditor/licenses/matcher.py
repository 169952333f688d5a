"""Full-text license matching against the SPDX License List texts (plus official French/English
versions that the list lacks), following the SPDX License Matching Guidelines.

Normalisation (guidelines §B): case, white space, punctuation, quotes and dashes, bullets and
numbering, comment markers, Markdown/HTML markup, URLs, copyright lines, equivalent words
(licence/license…), and the text after "END OF TERMS AND CONDITIONS" of the templates.

Matching: word 3-gram *containment*. For each license text we measure the share of its 3-grams
found in the file (``coverage``) and where they sit. A license is recognised when its coverage is
high and the region it spans holds almost no foreign words (``density``): an extra clause inside
the text makes it a *modified* license (no id given, closest candidates reported), while text
before (preamble) or after (appended notices, filled-in appendix) is reported but does not prevent
the match. What the first license leaves unexplained is matched again, which finds several
licenses in one file.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

K = 3  # words per shingle
MIN_COVERAGE = 0.80  # share of a license's shingles that must be present
MAX_FOREIGN = 0.03  # share of foreign words tolerated inside the matched region (plus FOREIGN_SLACK)
FOREIGN_SLACK = 6
GAP = 25  # words without a hit that split a license text into runs
COMMON_LIMIT = 80  # shingles found in more license texts than this are not indexed (no signal)

DATA_FILE = Path(__file__).with_name("licenses.json.gz")

# SPDX equivalentwords.txt (British/American spellings and variants), one direction.
EQUIVALENT = {
    "licence": "license", "licences": "licenses", "licenced": "licensed", "licencing": "licensing", "licensor": "licensor",
    "acknowledgment": "acknowledgement", "analogue": "analog", "analyse": "analyze", "artefact": "artifact",
    "authorisation": "authorization", "authorised": "authorized", "calibre": "caliber", "cancelled": "canceled",
    "capitalisations": "capitalizations", "catalogue": "catalog", "categorise": "categorize", "centre": "center",
    "emphasised": "emphasized", "favour": "favor", "favourite": "favorite", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "initialise": "initialize", "judgment": "judgement", "labelling": "labeling",
    "labour": "labor", "maximise": "maximize", "modelled": "modeled", "modelling": "modeling", "offence": "offense",
    "optimise": "optimize", "organisation": "organization", "organise": "organize", "practise": "practice",
    "programme": "program", "realise": "realize", "recognise": "recognize", "signalling": "signaling",
    "utilisation": "utilization", "whilst": "while", "wilful": "wilfull", "noncommercial": "noncommercial",
    "percent": "percent", "sublicense": "sublicense", "owner": "holder",
}
_MULTI_EQUIV = [
    (re.compile(r"\bsub[\s-]+licen([cs])"), r"sublicen\1"), (re.compile(r"\bnon[\s-]+commercial"), "noncommercial"),
    (re.compile(r"\bper\s+cent\b"), "percent"), (re.compile(r"\bcopyright\s+owner"), "copyright holder"),
    (re.compile(r"\bcopyright\s+holders?\b"), "copyright holder"),
]
_URL = re.compile(r"(https?|ftp)://[^\s)>\]\"']+|www\.[^\s)>\]\"']+")
_HTML = re.compile(r"<(/?[a-z][a-z0-9]*)(\s[^<>\n]{0,300})?/?>|&[a-z]+;|&#[0-9]+;")
_COPYRIGHT_LINE = re.compile(r"^\W{0,6}(copyright\b|©|\(c\)\s*\d|spdx-filecopyrighttext|all rights reserved\W*$)", re.I)
_LINE_PREFIX = re.compile(r"^\s*(?:[#*/;%!>|-]+\s*|//+\s*|--\s*|rem\s+|\.\.\s+)+")
_BULLET = re.compile(r"^\s*(?:[-*•·–—o]|\(?(?:[0-9]{1,3}|[a-z]|[ivx]{1,5})[.)]|[0-9]+(?:\.[0-9]+)+\.?|§\s*[0-9]+\.?)\s+")
_WORD = re.compile(r"[^\W_]+")
_END_OF_TERMS = re.compile(r"end\s+of\s+terms\s+and\s+conditions|fin\s+des\s+termes\s+et\s+conditions", re.I)


def _clean_line(line: str) -> str | None:
    line = _LINE_PREFIX.sub("", line)
    if _COPYRIGHT_LINE.match(line):
        return None
    line = _BULLET.sub("", line)
    return line


def tokenize(text: str, *, cut_end_of_terms: bool = False) -> tuple[list[str], list[int]]:
    """Normalised words of ``text`` and the 1-based line of each word."""
    if cut_end_of_terms:
        m = _END_OF_TERMS.search(text)
        if m:
            text = text[: m.end()]
    text = unicodedata.normalize("NFKC", text).lower()
    text = _URL.sub(" ", text)
    text = _HTML.sub(" ", text)
    words: list[str] = []
    lines: list[int] = []
    for n, raw in enumerate(text.split("\n"), 1):
        line = _clean_line(raw)
        if not line:
            continue
        for rx, rep in _MULTI_EQUIV:
            line = rx.sub(rep, line)
        line = line.replace("'", " ").replace("’", " ")
        for w in _WORD.findall(line):
            words.append(EQUIVALENT.get(w, w))
            lines.append(n)
    return words, lines


def shingles(words: list[str]) -> list[int]:
    return [hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - K + 1)]


@dataclass
class Entry:
    id: str
    lang: str
    source: str
    size: int  # indexed shingles
    words: int
    sh: frozenset = field(repr=False, default=frozenset())  # indexed shingles
    full: frozenset = field(repr=False, default=frozenset())  # all shingles, common ones included


@dataclass
class LicenseMatch:
    """One license recognised in a text."""

    id: str
    confidence: float
    coverage: float
    density: float
    lang: str
    start_line: int
    end_line: int
    words_before: int
    words_after: int
    source: str = "spdx"

    def to_dict(self) -> dict:
        return {"id": self.id, "confidence": self.confidence, "coverage": self.coverage, "lang": self.lang,
                "lines": [self.start_line, self.end_line], "words_before": self.words_before, "words_after": self.words_after}


@dataclass
class TextResult:
    """What a text holds: recognised licenses (in order of appearance), closest candidates when none is."""

    matches: list[LicenseMatch]
    candidates: list[dict]
    modified: bool = False  # a license text with foreign words inside it
    words: int = 0

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.matches]


class Index:
    """The license texts, normalised and indexed by shingle. Built once per process (~1 s)."""

    def __init__(self, data: dict) -> None:
        self.meta: dict[str, dict] = {k: {kk: vv for kk, vv in v.items() if kk != "texts"} for k, v in data["licenses"].items()}
        self.version = data.get("spdx_license_list_version")
        raw: list[tuple[Entry, set[int]]] = []
        df: Counter = Counter()
        for lid, lic in data["licenses"].items():
            if lic.get("deprecated"):
                continue
            for t in lic["texts"]:
                words, _ = tokenize(t["text"], cut_end_of_terms=True)
                s = set(shingles(words))
                if len(s) < 8:
                    continue
                df.update(s)
                raw.append((Entry(lid, t["lang"], t["source"], 0, len(words)), s))
        self.common = {h for h, n in df.items() if n > COMMON_LIMIT}
        self.entries: list[Entry] = []
        self.postings: dict[int, list[int]] = {}
        seen_text: dict[frozenset, int] = {}
        for entry, s in raw:
            full = frozenset(s)
            s = frozenset(s - self.common)
            if s in seen_text:  # identical texts (GPL-3.0-only / -or-later): keep the first, family decides
                continue
            seen_text[s] = len(self.entries)
            entry.sh = s
            entry.full = full
            entry.size = len(s)
            idx = len(self.entries)
            self.entries.append(entry)
            for h in s:
                self.postings.setdefault(h, []).append(idx)

    # -- matching ---------------------------------------------------------------------------------
    def match(self, text: str, *, max_licenses: int = 6) -> TextResult:
        words, lines = tokenize(text)
        sh = shingles(words)
        if not sh:
            return TextResult([], [], words=len(words))
        pos: dict[int, list[int]] = {}
        for i, h in enumerate(sh):
            pos.setdefault(h, []).append(i)
        counts: Counter = Counter()
        for h in pos:
            for e in self.postings.get(h, ()):
                counts[e] += 1
        explained = bytearray(len(words))
        matches: list[LicenseMatch] = []
        candidates: list[dict] = []
        modified = False
        active = dict(counts)
        for _round in range(max_licenses):
            scored = []
            for e, c in active.items():
                entry = self.entries[e]
                if c / entry.size >= 0.5 * MIN_COVERAGE:
                    scored.append((e, c))
            best = None
            details = []
            for e, _c in sorted(scored, key=lambda x: -x[1] / self.entries[x[0]].size)[:12]:
                entry = self.entries[e]
                hits = sorted((p, h) for h in entry.full if h in pos for p in pos[h] if not explained[p])
                if not hits:
                    continue
                sh_set = entry.sh
                total = len({h for _, h in hits if h in sh_set}) / entry.size
                # the densest run of hits: stray shared phrases (an appendix, a notice) form their own runs
                runs: list[list[tuple[int, int]]] = [[hits[0]]]
                for ph in hits[1:]:
                    if ph[0] - runs[-1][-1][0] > GAP:
                        runs.append([])
                    runs[-1].append(ph)
                run = max(runs, key=lambda r: len({h for _, h in r if h in sh_set}))
                found = len({h for _, h in run if h in sh_set})
                cov = found / entry.size
                first, last = run[0][0], min(run[-1][0] + K - 1, len(words) - 1)
                covered = bytearray(len(words))
                for p in (p for h in entry.full if h in pos for p in pos[h] if first <= p <= last):
                    for q in range(p, min(p + K, last + 1)):
                        covered[q] = 1
                span = last - first + 1
                inside = sum(covered[first:last + 1])
                foreign = span - inside
                density = inside / span if span else 0.0
                missing = entry.size - found
                details.append({"e": e, "cov": cov, "density": density, "foreign": foreign, "span": (first, last),
                                "found": found, "total": total, "score": found - 3 * missing - foreign})
            if not details:
                break
            details.sort(key=lambda d: -d["cov"])
            good = [d for d in details if d["cov"] >= MIN_COVERAGE] or details
            pick = max(good, key=lambda d: (d["score"], d["cov"]))
            entry = self.entries[pick["e"]]
            if _round == 0:
                candidates = [{"id": self.entries[d["e"]].id, "coverage": round(d["cov"], 3)} for d in details[:5]]
            if pick["cov"] < MIN_COVERAGE:
                if _round == 0 and max(d["total"] for d in details) >= MIN_COVERAGE:
                    modified = True  # the text is there, but cut by foreign text
                break
            first, last = pick["span"]
            if pick["foreign"] > FOREIGN_SLACK + MAX_FOREIGN * (last - first + 1):
                # is the foreign text another license (two texts interleaved) or an added clause?
                if _round == 0:
                    modified = True
                break
            best = pick
            conf = round(min(1.0, best["cov"]) * (1.0 if best["foreign"] <= FOREIGN_SLACK else 0.97), 3)
            matches.append(LicenseMatch(entry.id, conf, round(best["cov"], 3), round(best["density"], 3), entry.lang,
                                        lines[first], lines[last], first, len(words) - last - 1, entry.source))
            for q in range(first, last + 1):
                explained[q] = 1
            # what is left to explain: the counts of shingles outside the explained region
            active = Counter()
            for h, ps in pos.items():
                if any(not explained[p] for p in ps):
                    for e in self.postings.get(h, ()):
                        active[e] += 1
            if sum(1 for b in explained if not b) < 30:
                break
        matches.sort(key=lambda m: m.start_line)
        if modified:
            matches = []
        return TextResult(matches, candidates, modified=modified, words=len(words))


_INDEX: Index | None = None
_LOCK = threading.Lock()


def load_data() -> dict:
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def get_index() -> Index:
    global _INDEX
    with _LOCK:
        if _INDEX is None:
            _INDEX = Index(load_data())
        return _INDEX


def license_meta(lid: str) -> dict | None:
    return get_index().meta.get(lid)
