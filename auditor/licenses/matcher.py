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

Longer than 400 lines: the normalisation, the shingle index (built at package build time and loaded
from its compact file) and the matching share one data model; split, they would pass it around.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import marshal
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path


K = 3  # words per shingle
MIN_COVERAGE = 0.80  # share of a license's shingles that must be present
MAX_FOREIGN = 0.03  # share of foreign words tolerated inside the matched region (plus FOREIGN_SLACK)
FOREIGN_SLACK = 6
VARIANT_MIN_WORDS, VARIANT_COVERAGE, VARIANT_FOREIGN = 600, 0.85, 0.10
GAP = 25  # words without a hit that split a license text into runs
COMMON_LIMIT = 80  # shingles found in more license texts than this are not indexed (no signal)

DATA_FILE = Path(__file__).with_name("licenses.json.gz")
# The index built from DATA_FILE by this module's code, generated when the package is built and
# shipped beside it (``python -m auditor.licenses.matcher``): loading it takes milliseconds where
# building it takes seconds. It records a digest of its inputs (the data and this file): a stale
# or unreadable one is never used, the index is then built at run time. A test keeps it in sync.
INDEX_FILE = Path(__file__).with_name("licenses-index.bin")
INDEX_FORMAT = 1
log = logging.getLogger(__name__)

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
_MULTI_RX = re.compile(r"\bsub[\s-]+licen([cs])|\bnon[\s-]+commercial|\bper\s+cent\b|\bcopyright\s+(?:owners?|holders?)\b")


def _multi(m: re.Match) -> str:
    t = m.group(0)
    if t.startswith("sub"):
        return "sublicen" + m.group(1)
    if t.startswith("non"):
        return "noncommercial"
    if t.startswith("per"):
        return "percent"
    return "copyright holder"
# A template's replaceable holder in its disclaimer "AND <holder> DISCLAIMS" (SPDX's <<var>> part: ISC's "ISC" for "THE AUTHOR", s44 fo44):
# one word for any name. (Not "SHALL <holder> BE LIABLE": shared by a hundred texts, the phrase would leave the index and BSD/MIT lose it)
_HOLDER_RX = re.compile(r"\b(and)\s+((?:[^\W_][\w'-]*\s+){1,6}?)(disclaims?)\b")


def _holder(m: re.Match) -> str:
    return f"{m.group(1)} holder {m.group(3)}"


_URL = re.compile(r"(https?|ftp)://[^\s)>\]\"']+|www\.[^\s)>\]\"']+")
_HTML = re.compile(r"<(/?[a-z][a-z0-9]*)(\s[^<>\n]{0,300})?/?>|&[a-z]+;|&#[0-9]+;")
# a notice line ("Copyright (c) 2014 X", "Copyright: X"), not a line of the terms that wraps on "COPYRIGHT HOLDERS BE
# LIABLE…" or "copyright notice and this permission notice" (MIT, BSD): those words belong to the licence text
_COPYRIGHT_LINE = re.compile(r"^\W{0,6}(copyright\b(?!\s+(?:holders?|owners?|notices?|laws?|and|or|of|to|in|is|for|on|by\s+the\b|"
                             r"statements?|protection|interests?|infringement|licen[cs]es?)\b)|©|\(c\)\s*\d|spdx-filecopyrighttext|"
                             r"all rights reserved\W*$)", re.I)
# (possessive: what the repeat took is never cut again; nothing follows it, so the same prefix is removed; s47 fb47)
_LINE_PREFIX = re.compile(r"^\s*(?:[#*/;%!>|-]+\s*|//+\s*|--\s*|rem\s+|\.\.\s+)++")
_BULLET = re.compile(r"^\s*(?:[-*•·–—o]|\(?(?:[0-9]{1,3}|[a-z]|[ivx]{1,5})[.)]|[0-9]+(?:\.[0-9]+)+\.?|§\s*[0-9]+\.?)\s+")
_WORD = re.compile(r"[^\W_]+")
_GPL3_TITLE = re.compile(r"\n\s*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 3")
_END_OF_TERMS = re.compile(r"end\s+of\s+terms\s+and\s+conditions|fin\s+des\s+termes\s+et\s+conditions", re.I)


def is_notice_line(line: str) -> bool:
    """A copyright notice line ("Copyright (c) 2014 X", "© X", a lone "All rights reserved."), not a line of licence terms."""
    return bool(_COPYRIGHT_LINE.match(_LINE_PREFIX.sub("", line)))


def _clean_line(line: str) -> str | None:
    head = line.lstrip()[:10].lower()
    if head[:2].isalpha() and not head.startswith(("copyright", "all right", "spdx", "rem ")):
        return line  # the common case: plain prose, nothing to strip
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
    text = _MULTI_RX.sub(_multi, text)
    text = _HOLDER_RX.sub(_holder, text)
    words: list[str] = []
    lines: list[int] = []
    findall = _WORD.findall
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw or raw.isspace():
            continue
        line = _clean_line(raw)
        if not line:
            continue
        ws = findall(line)
        words += ws
        lines += [n] * len(ws)
    eq = EQUIVALENT
    if not eq.keys().isdisjoint(words):
        words = [eq.get(w, w) for w in words]
    return words, lines


_ID_BITS = 21  # word ids below 2**21: a shingle (three ids) is one machine-size integer


def shingles(words: list[str], vocab: dict[str, int], grow: bool = False) -> list[int]:
    """The word 3-grams of ``words`` as integers, the same in every process (unlike ``hash``, which
    is salted per process and could not be shipped). ``vocab`` numbers the words of the license
    texts; with ``grow`` new words are added to it (building), otherwise each unknown word gets
    its own number for this text only (no shingle holding it is in the index)."""
    if grow:
        ids = [vocab.setdefault(w, len(vocab)) for w in words]
    else:
        base, room = len(vocab), (1 << _ID_BITS) - len(vocab)
        extra: dict[str, int] = {}
        get = vocab.get
        ids = []
        for w in words:
            i = get(w)
            if i is None:
                i = extra.get(w)
                if i is None:
                    i = extra[w] = base + len(extra) % room
            ids.append(i)
    b1, b2 = _ID_BITS, 2 * _ID_BITS
    return [(ids[i] << b2) | (ids[i + 1] << b1) | ids[i + 2] for i in range(len(ids) - K + 1)]


@dataclass
class Entry:
    id: str
    lang: str
    source: str
    size: int  # indexed shingles
    words: int
    idx: int = 0
    raw_sh: bytes = field(repr=False, default=b"")  # indexed shingles (array 'q' bytes)
    raw_common: bytes = field(repr=False, default=b"")  # the common shingles left out of the index
    _sets: tuple | None = field(repr=False, default=None)

    def _load(self) -> tuple[frozenset, frozenset]:
        if self._sets is None:  # built on first use: only the few closest candidates of a text need them
            sh = frozenset(_ints(self.raw_sh))
            self._sets = (sh, sh | frozenset(_ints(self.raw_common)))
        return self._sets

    @property
    def sh(self) -> frozenset:
        return self._load()[0]

    @property
    def full(self) -> frozenset:  # all shingles, common ones included
        return self._load()[1]


def _ints(raw: bytes, code: str = "q") -> array:
    a = array(code)
    a.frombytes(raw)
    return a


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
    """The license texts, normalised and indexed by shingle: built from the data (seconds) when the
    package is built, loaded from :data:`INDEX_FILE` (milliseconds) at run time."""

    def __init__(self, data: dict | None = None) -> None:
        if data is None:  # filled by from_state
            return
        self.meta: dict[str, dict] = {k: {kk: vv for kk, vv in v.items() if kk != "texts"} for k, v in data["licenses"].items()}
        self.version = data.get("spdx_license_list_version")
        self.vocab: dict[str, int] = {}
        raw: list[tuple[Entry, set[int]]] = []
        df: Counter = Counter()
        for lid, lic in data["licenses"].items():
            if lic.get("deprecated"):
                continue
            for t in lic["texts"]:
                text = t["text"]
                if lid.startswith("LGPL-3.0"):  # the SPDX text appends the GPL-3.0; LGPL files usually carry only the LGPL part
                    m = _GPL3_TITLE.search(text)
                    text = text[: m.start()] if m else text
                words, _ = tokenize(text, cut_end_of_terms=True)
                s = set(shingles(words, self.vocab, grow=True))
                if len(s) < 8:
                    continue
                df.update(s)
                raw.append((Entry(lid, t["lang"], t["source"], 0, len(words)), s))
        self.common = {h for h, n in df.items() if n > COMMON_LIMIT}
        self.entries: list[Entry] = []
        postings: dict[int, list[int]] = {}
        seen_text: dict[frozenset, int] = {}
        for entry, s in raw:
            full = frozenset(s)
            s = frozenset(s - self.common)
            if s in seen_text:  # identical texts (GPL-3.0-only / -or-later): keep the first, family decides
                continue
            seen_text[s] = len(self.entries)
            entry.idx = len(self.entries)
            entry.size = len(s)
            entry.raw_sh = array("q", sorted(s)).tobytes()
            entry.raw_common = array("q", sorted(full - s)).tobytes()
            self.entries.append(entry)
            for h in s:
                postings.setdefault(h, []).append(entry.idx)
        # postings as three flat arrays: sorted shingles, and for shingle i the entries ent[off[i]:off[i + 1]]
        keys = sorted(postings)
        off, ent = array("i", [0]), array("i")
        for h in keys:
            ent.extend(postings[h])
            off.append(len(ent))
        self.keys, self.off, self.ent = array("q", keys), off, ent

    # -- shipped form -------------------------------------------------------------------------------
    def to_state(self) -> dict:
        """Everything matching needs as strings, numbers and bytes (:mod:`marshal` loads them in
        milliseconds, and unlike pickle it cannot run code)."""
        return {"format": INDEX_FORMAT, "meta": self.meta, "version": self.version, "vocab": "\n".join(self.vocab),
                "entries": [(e.id, e.lang, e.source, e.size, e.words, e.raw_sh, e.raw_common) for e in self.entries],
                "keys": self.keys.tobytes(), "off": self.off.tobytes(), "ent": self.ent.tobytes()}

    @classmethod
    def from_state(cls, state: dict) -> "Index":
        self = cls()
        self.meta, self.version = state["meta"], state["version"]
        self.vocab = {w: i for i, w in enumerate(state["vocab"].split("\n"))}
        self.entries = [Entry(lid, lang, source, size, words, idx, raw_sh, raw_common)
                        for idx, (lid, lang, source, size, words, raw_sh, raw_common) in enumerate(state["entries"])]
        self.keys, self.off, self.ent = _ints(state["keys"]), _ints(state["off"], "i"), _ints(state["ent"], "i")
        return self

    def _postings(self, live: set[int]) -> Counter:
        """Indexed shingles of ``live`` counted per entry."""
        keys, off, ent = self.keys, self.off, self.ent
        n = len(keys)
        hits: list[int] = []
        for h in live:
            i = bisect_left(keys, h)
            if i < n and keys[i] == h:
                hits.extend(ent[off[i]:off[i + 1]])
        return Counter(hits)

    # -- matching ---------------------------------------------------------------------------------
    def _locate(self, entry: Entry, sh: list[int], live: set, explained: bytearray, n: int,
                any_explained: bool = True) -> dict | None:
        shs = entry.sh
        found_h = entry.full & live
        if any_explained:
            hits = [i for i, h in enumerate(sh) if h in found_h and not explained[i]]
        else:
            hits = [i for i, h in enumerate(sh) if h in found_h]
        if not hits:
            return None
        # the densest run of hits: stray shared phrases (an appendix, a notice) form their own runs
        best_run, best_found = (0, len(hits)), -1
        run_start = 0
        for i in range(1, len(hits) + 1):
            if i == len(hits) or hits[i] - hits[i - 1] > GAP:
                f = len({sh[p] for p in hits[run_start:i]} & shs)
                if f > best_found:
                    best_run, best_found = (run_start, i), f
                run_start = i
        run = hits[best_run[0]:best_run[1]]
        run = _trim(run)
        first, last = run[0], min(run[-1] + K - 1, n - 1)
        inside = len(set(run).union(map((1).__add__, run), map((2).__add__, run)).intersection(range(first, last + 1)))
        span = last - first + 1
        return {"e": entry.idx, "cov": best_found / entry.size, "density": inside / span if span else 0.0,
                "foreign": max(0, span - inside), "span": (first, last), "run": run}

    def match(self, text: str, *, max_licenses: int = 6) -> TextResult:
        words, lines = tokenize(text)
        sh = shingles(words, self.vocab)
        if not sh:
            return TextResult([], [], words=len(words))
        n = len(words)
        explained = bytearray(len(sh))
        matches: list[LicenseMatch] = []
        candidates: list[dict] = []
        modified = False
        live = set(sh)
        for _round in range(max_licenses):
            counts = self._postings(live)
            scored = [(c / self.entries[e].size, e) for e, c in counts.items() if c / self.entries[e].size >= 0.5 * MIN_COVERAGE]
            scored.sort(reverse=True)
            # rank by set arithmetic (fast), then locate the best ones in the text
            ranked = []
            for _ratio, e in scored[:8]:
                entry = self.entries[e]
                found_total = len(entry.sh & live)
                ranked.append((found_total - 3 * (entry.size - found_total), found_total / entry.size, e))
            ranked.sort(reverse=True)
            if _round == 0:
                candidates = [{"id": self.entries[e].id, "coverage": round(t, 3)} for _s, t, e in sorted(ranked, key=lambda r: -r[1])[:5]]
            pick = None
            near_miss = False
            for _score, total, e in ranked[:3]:
                d = self._locate(self.entries[e], sh, live, explained, n, any_explained=_round > 0)
                if d is None:
                    continue
                first, last = d["span"]
                span = last - first + 1
                if d["cov"] >= MIN_COVERAGE and d["foreign"] <= FOREIGN_SLACK + MAX_FOREIGN * span:
                    pick = self._in_order(d, sh, live, explained, n, ranked, _round) if len(ranked) > 1 else d
                    break
                # a long official text with its optional parts (examples, notes) that the SPDX text leaves out:
                # recognised as a variant, with a lower confidence, when no other license comes close
                if (span >= VARIANT_MIN_WORDS and d["cov"] >= VARIANT_COVERAGE and d["foreign"] <= VARIANT_FOREIGN * span
                        and all(t2 <= d["cov"] - 0.08 for _s2, t2, e2 in ranked if e2 != e and self.entries[e2].id != self.entries[e].id)):
                    d["variant"] = True
                    pick = d
                    break
                if total >= MIN_COVERAGE:
                    near_miss = True
            if pick is None:
                if _round == 0 and near_miss:
                    modified = True  # the text is there, but with words added inside or cut by foreign text
                break
            entry = self.entries[pick["e"]]
            first, last = pick["span"]
            conf = round(min(1.0, pick["cov"]) * (0.9 if pick.get("variant") else 1.0 if pick["foreign"] <= FOREIGN_SLACK else 0.97), 3)
            matches.append(LicenseMatch(entry.id, conf, round(pick["cov"], 3), round(pick["density"], 3), entry.lang,
                                        lines[first], lines[last], first, n - last - 1, entry.source))
            for p in pick["run"]:
                explained[p] = 1
            live = set(compress(sh, (not x for x in explained)))
            if len(live) < 30:
                break
        matches.sort(key=lambda m: m.start_line)
        if modified:
            matches = []
        return TextResult(matches, candidates, modified=modified, words=n)


    def _order(self, entry: Entry, sh: list[int], run: list[int]) -> float:
        """Share of the run's hits found in the licence text's own order (longest increasing run of their places in it)."""
        places = _places(entry, self.vocab)
        seq = [places[sh[p]] for p in run if sh[p] in places]
        tails: list[int] = []
        for q in seq:
            i = bisect_left(tails, q)
            tails[i:i + 1] = [q]
        return len(tails) / len(seq) if seq else 1.0

    def _in_order(self, d: dict, sh: list[int], live: set, explained: bytearray, n: int, ranked: list, _round: int) -> dict:
        """The licence whose paragraphs the text holds in their order: a variant defined by a different order of the same
        paragraphs (X11-swapped puts its no-endorsement clause before the disclaimer) is not the text that keeps the other
        order (MIT's terms, then that clause after the disclaimer: MIT with a trailing clause), when a licence close by
        (coverage within ORDER_TIE) matches in order."""
        entry = self.entries[d["e"]]
        if self._order(entry, sh, d["run"]) >= ORDER_MIN:
            return d
        for _s, total, e in ranked[:3]:
            other = self.entries[e]
            if e == d["e"] or other.id == entry.id or total < d["cov"] - ORDER_TIE:
                continue
            d2 = self._locate(other, sh, live, explained, n, any_explained=_round > 0)
            if d2 is None or d2["cov"] < MIN_COVERAGE or d2["cov"] < d["cov"] - ORDER_TIE:
                continue
            span = d2["span"][1] - d2["span"][0] + 1
            if d2["foreign"] <= FOREIGN_SLACK + MAX_FOREIGN * span and self._order(other, sh, d2["run"]) >= ORDER_MIN:
                return d2
        return d


ORDER_MIN = 0.95  # a text in the licence's order: its hits out of order are a few stray shared phrases at most
ORDER_TIE = 0.02
_PLACES: dict[tuple[str, str, str], dict[int, int]] = {}
_PLACES_LOCK = threading.Lock()


def _places(entry: Entry, vocab: dict[str, int]) -> dict[int, int]:
    """Where each shingle said once in a licence text sits in it (read from the data on first use: only near ties need it)."""
    key = (entry.id, entry.lang, entry.source)
    with _PLACES_LOCK:
        if key not in _PLACES:
            places: dict[int, int] = {}
            for t in load_data()["licenses"].get(entry.id, {}).get("texts", []):
                if t["lang"] == entry.lang and t["source"] == entry.source:
                    text = t["text"]
                    if entry.id.startswith("LGPL-3.0"):
                        m = _GPL3_TITLE.search(text)
                        text = text[: m.start()] if m else text
                    words, _ = tokenize(text, cut_end_of_terms=True)
                    seq = shingles(words, vocab)
                    twice = {h for h, c in Counter(seq).items() if c > 1}  # a repeated phrase has no one place
                    places = {h: i for i, h in enumerate(seq) if h not in twice}
                    break
            _PLACES[key] = places
        return _PLACES[key]


def _trim(run: list[int]) -> list[int]:
    """Drop stray hits at the edges of a run: a few shared words (\"express or implied\") just before or after the text."""
    for _ in range(4):
        if len(run) < 8:
            break
        cut = next((i for i in range(1, min(len(run), 5)) if run[i] - run[i - 1] > 2 * K), None)
        if cut is None:
            break
        run = run[cut:]
    for _ in range(4):
        if len(run) < 8:
            break
        cut = next((i for i in range(1, min(len(run), 5)) if run[-i] - run[-i - 1] > 2 * K), None)
        if cut is None:
            break
        run = run[:-cut]
    return run


_INDEX: Index | None = None
_LOCK = threading.Lock()


def load_data() -> dict:
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def index_inputs_digest() -> str:
    """What the shipped index is built from: the license data and this module's code."""
    digest = hashlib.sha256(b"format %d\n" % INDEX_FORMAT)
    digest.update(DATA_FILE.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def write_index(path: Path = INDEX_FILE) -> None:
    """Build the index from the data and write it with the digest of its inputs (package build)."""
    state = Index(load_data()).to_state()
    state["digest"] = index_inputs_digest()
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps(state))
    tmp.replace(path)


def load_shipped_index(path: Path = INDEX_FILE) -> Index | None:
    """The shipped index, or None when it is missing, unreadable or built from other inputs."""
    try:
        state = marshal.loads(path.read_bytes())
        if not isinstance(state, dict) or state.get("format") != INDEX_FORMAT or state.get("digest") != index_inputs_digest():
            log.debug("license index %s is stale: building it at run time", path)
            return None
        return Index.from_state(state)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        log.debug("license index %s unreadable (%s): building it at run time", path, exc)
        return None


def get_index() -> Index:
    global _INDEX
    with _LOCK:
        if _INDEX is None:
            _INDEX = load_shipped_index() or Index(load_data())
        return _INDEX


def license_meta(lid: str) -> dict | None:
    return get_index().meta.get(lid)


if __name__ == "__main__":  # python -m auditor.licenses.matcher: regenerate the shipped index
    write_index()
    print(f"wrote {INDEX_FILE} ({INDEX_FILE.stat().st_size} bytes)")
