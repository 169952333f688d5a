"""React Native's generated placeholder test, left as created (`npx react-native init`): it tests the template, not the app.

``__tests__/App-test.js|tsx`` (``App.test.tsx`` in later templates): one case "renders correctly" that only renders ``<App />``
(``renderer.create(<App />)``, or ``ReactTestRenderer.create`` inside ``act``), expecting nothing (issue 12, s43 rx43 =
SocialGouv/nata: its mobile app's only test, committed once with the template, made ``files.tests`` true; the template's Xcode
class ios/<Name>Tests/<Name>Tests.m is Objective-C, which the inventory does not count as a test). A file with another case, or
one expecting anything, is judged as a test.
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_JS_PATH = lazy_compile(r"(^|/)__tests__/App[-.]test\.(js|jsx|ts|tsx)$")
_JS_CASE = lazy_compile(r"""(?<![\w.])(?:it|test)\s*\(\s*(['"`])([^'"`\n]{0,80})\1""")
_JS_CALL = lazy_compile(r"(?<![\w.])(?:it|test)\s*\(")
_EXPECT = lazy_compile(r"(?<![\w.])expect\s*\(")
_RENDER = lazy_compile(r"\b(?:renderer|ReactTestRenderer)\.create\s*\(\s*<App\s*/>\s*\)")


def react_native_scaffold(snap, path: str) -> bool:
    """The file is one of React Native's generated tests left as created (see the module's docstring)."""
    if _JS_PATH.search(path):
        text = snap.read_text(path, 20000) or ""
        cases = [m.group(2) for m in _JS_CASE.finditer(text)]
        return cases == ["renders correctly"] and len(_JS_CALL.findall(text)) == 1 and not _EXPECT.search(text) and bool(_RENDER.search(text))
    return False
