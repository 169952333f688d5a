"""No pattern repeats a group whose one pass can split a run of characters (issue 12, s47 fb47 = OPEN-ENT-NG/exercizer).

The ENT module's Java classes SubjectScheduledOwnerForSubjectCopy… made territory.mail-brand's "(?:_?[A-Za-z]+)*" try every way of
cutting a long name into words (2^n for n letters) before failing: minutes a file, the whole 900 s budget of a 484-file repository,
22 checks "stopped by the time budget". Four more patterns had the shape: the placeholder values' "xx+(?:[-_.]?x+)*" (a mask of x
then any other character), the Java archives' "(?:[.-]?[A-Za-z]+\\d*)*" (a jar named "lib-1.0finalreleasecandidate (1).jar", a
browser's second download) and the release pages' title prefix "(?:(?:\\d+[.)]?|[^\\w\\s]{1,3})[ \\t]*)*" (a heading of 40 dashes).
Each now reads its run a character at a time (or with a mandatory separator): the same strings, each tried once; two prefixes that
nothing follows (licence lines, README marks) are possessive. The guard below parses every pattern the auditor holds.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import subprocess
import sys
from re import _constants as C
from re import _parser as P

_RUN_ITEMS = (C.IN, C.LITERAL, C.NOT_LITERAL, C.ANY, C.CATEGORY)


def _min_len(item) -> int:
    op, av = item
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return av[0] * sum(_min_len(x) for x in av[2])
    if op == C.SUBPATTERN:
        return sum(_min_len(x) for x in av[-1])
    if op == C.ATOMIC_GROUP:
        return sum(_min_len(x) for x in av)
    if op == C.BRANCH:
        return min(sum(_min_len(x) for x in alt) for alt in av[1])
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS):
        return 0
    return 1


def _splittable(items) -> bool:
    """One pass of ``items`` can cut a run in two: everything but one item may match nothing, and that item is a run of a
    varying length (``x+``, ``[a-z]{2,}``, ``[^\\w\\s]{1,3}``) or a group of such a pass."""
    items = list(items)
    for k, (op, av) in enumerate(items):
        if not all(_min_len(x) == 0 for x in items[:k] + items[k + 1:]):
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] >= 2 and av[1] > av[0]:  # (x+, x{2,}, and x{1,3}: 6 = 3+3 = 2+2+2)
            body = list(av[2])
            if (len(body) == 1 and body[0][0] in _RUN_ITEMS) or _splittable(body):
                return True
        if op == C.SUBPATTERN and _splittable(av[-1]):
            return True
        if op == C.BRANCH and any(_splittable(alt) for alt in av[1]):
            return True
    return False


def splittable_repeats(pattern: str, flags: int = 0) -> list[str]:
    """The unbounded repeats (``*``, ``+``, ``{n,}``, possessive ones excepted) of ``pattern`` whose one pass can split a run:
    a failing match tries every cut, exponential in the run's length."""
    found: list[str] = []

    def walk(items) -> None:
        for op, av in items:
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                if av[1] == C.MAXREPEAT and _splittable(av[2]):
                    found.append(str(list(av[2]))[:160])
                walk(av[2])
            elif op == C.POSSESSIVE_REPEAT:
                walk(av[2])
            elif op == C.SUBPATTERN:
                walk(av[-1])
            elif op == C.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
            elif op == C.GROUPREF_EXISTS:
                walk(av[1])
                if av[2]:
                    walk(av[2])

    walk(P.parse(pattern, flags))
    return found


def test_the_detector_sees_the_shapes():
    bad = [r"(?:_?[A-Za-z]+)*", r"(a+)+", r"(?:[.-]?[A-Za-z]+\d*)*", r"xx+(?:[-_.]?x+)*", r"(?:\w+\s?)+x", r"(?:(?:ab)?c{2,})*",
           r"^(?:-?(?:\d+|z))+$", r"(?=(?:\w+)+x)", r"^(?:[^\w\s]{1,3}[ \t]*)*x"]
    good = [r"(?:_?[A-Za-z])*", r"(?:\.\d+)*", r"_{2,}(?:[-.:]_+)*", r"(?:[.-]?[A-Za-z](?:[A-Za-z\d]|[.-][A-Za-z])*)?", r"(?:\w+\s)+",
            r"(?:_?[A-Za-z]+)*+", r"(?:a+){2}", r"[a-z]+(?:-[a-z]+)*", r"(?:x{2})*", r"(?:ab?)*"]
    assert [p for p in bad if not splittable_repeats(p)] == []
    assert [p for p in good if splittable_repeats(p)] == []


def _all_patterns() -> dict[tuple[str, int], str]:
    """Every pattern the auditor holds: each module's (imported), the lazily compiled ones, the registered text signals."""
    import auditor
    from auditor import lazyre
    from auditor.checks import load_checks
    from auditor.facts.signal_registry import SIGNALS, load_signals

    for name in sorted(m.name for m in pkgutil.walk_packages(auditor.__path__, "auditor.")):
        try:
            importlib.import_module(name)
        except Exception:  # (a module needing an optional extra: its patterns are not this guard's)
            continue
    load_checks()  # (the checks and renderers install as auditor.checks, auditor.reports)
    load_signals()
    found: dict[tuple[str, int], str] = {}
    for name in sorted(n for n in sys.modules if n == "auditor" or n.startswith("auditor.")):
        module = sys.modules.get(name)
        for attr, value in sorted(vars(module).items()) if module else []:
            if isinstance(value, re.Pattern):
                found.setdefault((value.pattern, value.flags), f"{name}.{attr}")
            elif isinstance(value, lazyre.LazyPattern):
                found.setdefault((value.pattern, value.flags), f"{name}.{attr}")
    for p in list(lazyre._ALL):
        found.setdefault((p.pattern, p.flags), "lazy_compile")
    for s in SIGNALS.values():
        found.setdefault((s.pattern, s.flags), f"signal {s.id}")
    return found


def test_no_pattern_repeats_a_splittable_run():
    patterns = _all_patterns()
    assert len(patterns) > 1000  # (the walk saw the auditor's patterns, not an empty set)
    offenders = []
    for (pattern, flags), where in sorted(patterns.items(), key=lambda kv: kv[1]):
        if isinstance(pattern, str):
            offenders += [f"{where}: {shape}" for shape in splittable_repeats(pattern, flags & ~re.DEBUG)]
    assert offenders == []


_PROBE = r'''
from auditor.facts.inventory import _JAR_NAME
from auditor.facts.secret_values import PLACEHOLDER, placeholder_value
assert PLACEHOLDER.match("x" * 60 + "1") is None and PLACEHOLDER.match("X" * 30 + "-" + "x" * 30 + "!") is None
assert not placeholder_value("'" + "x" * 60 + '"')
assert _JAR_NAME.match("mylib-1.0" + "finalreleasecandidate" * 3 + " (1).jar") is None
assert _JAR_NAME.match("lib-2" + ".rc" * 30 + "~.aar") is None
from auditor.facts.release_pages import _CHAPTER_TITLE, _NOTES_VERSION_TITLE
for title in ("# " + "-" * 60 + " fin", "1" * 60 + "x", "*" * 60 + " ***"):
    assert _CHAPTER_TITLE.match(title) is None and _NOTES_VERSION_TITLE.match(title) is None
print("ok")
'''


def test_placeholders_jar_names_and_titles_are_linear_on_a_long_run():
    """Before, each of these cost 2^40 tries and more (hours); the subprocess's timeout is a guard, not a measure."""
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def _same_matches(old: re.Pattern, new: re.Pattern, pieces: list[str], runs: int = 20_000, seed: int = 47) -> None:
    rnd = random.Random(seed)
    for _ in range(runs):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        a, b = old.match(text), new.match(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_the_placeholder_pattern_matches_what_it_matched():
    from auditor.facts.secret_values import PLACEHOLDER
    rewritten = r"xx+(?:[-_.]x+)*"
    assert rewritten in PLACEHOLDER.pattern
    old = re.compile(PLACEHOLDER.pattern.replace(rewritten, r"xx+(?:[-_.]?x+)*"), PLACEHOLDER.flags)
    _same_matches(old, PLACEHOLDER.compiled(), ["x", "X", "xx", "-", "_", ".", "'", '"', "1", "a", "*", "<", ">", "me", "change"])
    for value in ("xxxx", "XXX-XXXX", "xx_xx.xx", "'xxxxxxxx'"):
        assert PLACEHOLDER.match(value), value


def test_the_jar_name_pattern_reads_the_same_names_and_versions():
    from auditor.facts.inventory import _JAR_NAME
    rewritten = r"(?:[.-]?[A-Za-z](?:[A-Za-z\d]|[.-][A-Za-z])*)?"
    assert rewritten in _JAR_NAME.pattern
    old = re.compile(_JAR_NAME.pattern.replace(rewritten, r"(?:[.-]?[A-Za-z]+\d*)*"), _JAR_NAME.flags)
    _same_matches(old, _JAR_NAME.compiled(), ["lib", "a", "Z", "-", "_", ".", "v", "1", "42", "rc", "RELEASE", "-20120116.135839-1",
                                              ".jar", ".aar", " ", "+", "(1)"])
    for name, version in (("spring-core-4.3.0.RELEASE.jar", "4.3.0.RELEASE"), ("artifact-1.0.0.BUILD-20120116.135839-1.jar",
                                                                                  "1.0.0.BUILD-20120116.135839-1"),
                          ("lib-2.1b3.jar", "2.1b3"), ("guava-31.1-jre.jar", "31.1-jre"), ("ojdbc8.jar", None)):
        m = _JAR_NAME.match(name)
        assert m and m.group("version") == version, name


def test_the_release_titles_read_the_same_prefixes():
    from auditor.facts.release_pages import _CHAPTER_TITLE, _NOTES_VERSION_TITLE
    prefix = r"^(?:(?:\d|[^\w\s])(?:[^\w\s]|[\d \t])*)?"
    for rx in (_CHAPTER_TITLE, _NOTES_VERSION_TITLE):
        assert rx.pattern.startswith(prefix)
        old = re.compile(r"^(?:(?:\d+[.)]?|[^\w\s]{1,3})[ \t]*)*" + rx.pattern[len(prefix):], rx.flags)
        _same_matches(old, rx.compiled(), ["1", "2.", "3)", "#", "-", "*", " ", "\t", "!", "_", "a", "changelog", "Changes", "release notes",
                                           "Nouveautés", ":", "v1.2", "🎉", "x"], runs=10_000)
    assert _CHAPTER_TITLE.match("## 2. Changelog") and _NOTES_VERSION_TITLE.match("🎉 Nouveautés version 1.2.0")
