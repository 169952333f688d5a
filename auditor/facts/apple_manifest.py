"""An iOS or macOS app's dependency manifests, read as text (never run).

- CocoaPods' ``Podfile``: each ``pod 'Name'`` (``pod 'Firebase/Analytics', '~> 6.0'``: a subspec, kept as named); pods of a
  test target (``target 'AppTests' do … end``) are dev dependencies.
- Carthage's ``Cartfile``: each ``github "owner/Repo"``, ``git "url"`` or ``binary "url"`` line, named by its repository.
- Swift Package Manager's ``Package.swift``: the package's ``name:`` and each ``.package(url: "…/Repo.git", …)``, named by
  its repository (``.package(name: "X", url: …)`` by X).
- An app's Xcode project (``App.xcodeproj/project.pbxproj``) declares its Swift packages itself, one ``XCRemoteSwiftPackageReference``
  object each (added in Xcode's "Package Dependencies"), with no Package.swift; Xcode locks them in the ``Package.resolved`` of the
  project's ``project.xcworkspace/xcshareddata/swiftpm/`` (or of a workspace beside it): a SwiftPM manifest and its lockfile.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_POD = lazy_compile(r"""^[^\S\n]*pod\s*\(?\s*['"]([^'"\s]+)['"]""", re.M)
# a test target's block: target 'DansTests' do … end (its pods are the tests')
_TARGET = lazy_compile(r"""^([^\S\n]*)target\s*\(?\s*['"]([^'"]+)['"]\s*\)?\s*do\b""", re.M)
_TEST_TARGET = lazy_compile(r"(?:Tests?|Specs?|UITests?)$")
_CARTHAGE = lazy_compile(r"""^[^\S\n]*(?:github|git|binary)\s+['"]([^'"]+)['"]""", re.M)
_SWIFT_PACKAGE = lazy_compile(r"""\.package\s*\(\s*(?:name\s*:\s*"([^"]+)"\s*,\s*)?url\s*:\s*"([^"]+)\"""")
_SWIFT_NAME = lazy_compile(r"""\bPackage\s*\(\s*name\s*:\s*"([^"]+)\"""")
_XCODE_PACKAGE = lazy_compile(r"""\bisa = XCRemoteSwiftPackageReference;\s*repositoryURL = "?([^";\s]+)""")
XCODE_RESOLVED = "xcshareddata/swiftpm/Package.resolved"  # (in App.xcodeproj/project.xcworkspace/, or in App.xcworkspace/)


def _repo_name(url: str) -> str:
    """The repository a URL or ``owner/Repo`` names: its last segment, without ``.git`` or a binary spec's ``.json``."""
    last = url.rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"\.(git|json)$", "", last) or url


def parse_podfile(name: str, text: str) -> tuple[None, list[str], list[str]]:
    """(no package name, pods, pods of test targets) of a Podfile."""
    deps, dev = [], []
    test_indent: str | None = None  # the indentation of the test target's block we are in
    for line in text.splitlines()[:20000]:
        t = _TARGET.match(line)
        if t and test_indent is None and _TEST_TARGET.search(t.group(2)):
            test_indent = t.group(1)
            continue
        if test_indent is not None and re.match(rf"^{re.escape(test_indent)}end\b", line):
            test_indent = None
            continue
        m = _POD.match(line)
        if m:
            (dev if test_indent is not None else deps).append(m.group(1))
    deps = list(dict.fromkeys(deps))
    return None, deps[:2000], [d for d in dict.fromkeys(dev) if d not in deps][:2000]


def parse_cartfile(name: str, text: str) -> tuple[None, list[str], list[str]]:
    return None, list(dict.fromkeys(_repo_name(u) for u in _CARTHAGE.findall(text)))[:2000], []


def parse_package_swift(name: str, text: str) -> tuple[str | None, list[str], list[str]]:
    m = _SWIFT_NAME.search(text)
    deps = [named or _repo_name(url) for named, url in _SWIFT_PACKAGE.findall(text)]
    return (m.group(1) if m else None), list(dict.fromkeys(deps))[:2000], []


def xcode_package_entries(snap, live: list, locks_by_dir: dict[str, list[str]], max_bytes: int) -> list[dict]:
    """One ``swiftpm`` manifest for each Xcode project declaring Swift packages, locked by the Package.resolved Xcode wrote for it
    (the project's own workspace's, or a workspace's in the same folder)."""
    out = []
    for e in sorted((e for e in live if e.path.endswith(".xcodeproj/project.pbxproj")), key=lambda e: e.path)[:20]:
        urls = _XCODE_PACKAGE.findall(snap.read_text(e.path, limit=max_bytes) or "")
        if not urls:
            continue  # (a project using no Swift package, or its packages only through CocoaPods or Carthage)
        home = e.dir.rpartition("/")[0]  # (the folder holding App.xcodeproj, where a shared App.xcworkspace would be)
        resolved = [f"{e.dir}/project.xcworkspace/{XCODE_RESOLVED}"] + sorted(
            p for ps in locks_by_dir.values() for p in ps if p.endswith(".xcworkspace/" + XCODE_RESOLVED)
            and p[:-len(XCODE_RESOLVED) - 1].rpartition("/")[0] == home)
        out.append({"path": e.path, "ecosystem": "swiftpm", "name": None, "dependencies": list(dict.fromkeys(_repo_name(u) for u in urls))[:2000],
                    "dev_dependencies": [], "lockfile": next((p for p in resolved if p in snap.files), None), "error": None})
    return out
