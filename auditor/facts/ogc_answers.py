"""An OGC service answered by its own code from a committed capabilities document: a server script comparing the request to
``GetCapabilities`` (``if (strtolower($request) == 'getcapabilities')``, ``case 'GetCapabilities':``) and answering it with an XML
file of the repository it reads by name (``header('Content-Type: text/xml'); echo file_get_contents('capabilities.xml');``), that file
being an OGC capabilities document (``<WMS_Capabilities …>``, ``<wfs:WFS_Capabilities …>``, ``<csw:Capabilities …>``). The
script serves the OGC service the document describes, as one writing the document itself does (``api.ogc-response``).

A client asking another server for its capabilities (``?REQUEST=GetCapabilities`` in a URL, a ``'request' => 'GetCapabilities'``
parameter) compares nothing to the literal and is no answer; nor is a capabilities document under tests/ or examples/ (a test
fixture: its class is no code's), nor one written to (``open('caps.xml', 'w')``). Registered by
:data:`auditor.facts.signal_registry.SIGNAL_MODULES`; :func:`capabilities_answers` joins the two signals (the checks'
``ogc_served``), :func:`served_capabilities` reads them from a snapshot (the kind of a plain PHP script)."""

from __future__ import annotations

import posixpath
import re

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

# (the comment helpers of territory_values and scaling.signals import the project fact, which imports this module: kept here)
_COMMENT_START = ("//", "/*", "*", "#", "<!--", "--")
_BLOCK_OPEN = lazy_compile(r"(^|\s)(/\*|<!--)")


def _commented(m) -> bool:
    """On a commented-out line, or inside a /* … */ or <!-- … --> block opened before it (4,000 characters back at most)."""
    s = m.string
    if s[s.rfind("\n", 0, m.start()) + 1: m.start()].lstrip().startswith(_COMMENT_START):
        return True
    window = s[max(0, m.start() - 4000): m.start()]
    opened = [x.end() for x in _BLOCK_OPEN.finditer(window)]
    return bool(opened) and max(window.rfind("*/"), window.rfind("-->")) < opened[-1]

# the request compared to the literal GetCapabilities (==, ===, !=, case, equals(IgnoreCase), strcmp/strcasecmp), then, in the
# same branch (no other case, elif or else crossed, 400 characters at most), a committed XML file read or sent by its name
# (PHP's file_get_contents, readfile, fopen, simplexml_load_file, DOMDocument's load; Python's open, Flask's send_file; Node's
# readFileSync, res.sendFile), relative to the script (__DIR__ . '/…', dirname(__FILE__) . '/…' or bare), not opened to write
CAPS_BRANCH_READ = (
    r"""(?:(?:[=!]==?|\bcase|\bequals(?:IgnoreCase)?\s*\(|\bstr(?:case)?cmp\s*\([^;'"\n]{1,80},)\s*['"]getcapabilities['"]"""
    r"""|['"]getcapabilities['"]\s*[=!]==?)"""
    r"""(?:(?!\b(?:case|elif|elseif|else)\b)[\s\S]){0,400}?"""
    r"""\b(?:file_get_contents|readfile|fopen|simplexml_load_file|load|open|readFileSync|readFile|sendFile|send_file|fpassthru)\s*\(\s*"""
    r"""(?:(?:__DIR__|dirname\s*\(\s*__FILE__\s*\))\s*\.\s*)?['"](?:\./|/)?([\w./-]{1,120}\.xml)['"]"""
    r"""(?!\s*,\s*(?:mode\s*=\s*)?['"][wax])"""
)
# what is sent back once read: an XML Content-Type, or the file echoed, printed, returned or sent (looked for in the branch and the
# 300 characters after the read)
_SENT = lazy_compile(r"""(?:text|application)/[\w.+-]{0,40}xml|\b(?:readfile|fpassthru|send_?file|sendFile|echo|print|return|send|write)\b""", re.I)
# the root element of an OGC capabilities document, named with its service (a bare <Capabilities>, WMTS's, names none: left out)
CAPS_ROOT = (r"""<((?:(?:wms|wfs)\d*:)?(?:WMS_Capabilities|WMT_MS_Capabilities|WFS_Capabilities)"""
             r"""|(?:wfs|wcs|wps|sos|csw|wmts)\d*:Capabilities)(?=[\s>])""")

SERVER_EXTS = {"php", "py", "js", "ts", "java", "rb", "pl", "cgi"}


def _answers(m) -> bool:
    """Not on a commented-out line nor in a block comment, and the file read is sent back."""
    if _commented(m):
        return False
    return _SENT.search(m.string, m.start(), min(len(m.string), m.end() + 300)) is not None


signal("api.ogc-capabilities-read", CAPS_BRANCH_READ, ("getcapabilities",), flags=re.I, exts=SERVER_EXTS, classes=("code",), group=1,
       accept=_answers)
_DOC_CLASSES = ("data", "config", "other", "template")
signal("api.ogc-capabilities-doc", CAPS_ROOT, ("capabilities",), flags=0, exts={"xml"}, classes=_DOC_CLASSES,
       group=1, accept=lambda m: m.start() < 8192)  # (the root element, near the top)


def target_path(code_path: str, name: str) -> str | None:
    """The repository path of the file ``name`` read by ``code_path`` (relative to its folder); None when it climbs out."""
    folder = code_path.rpartition("/")[0]
    path = posixpath.normpath(posixpath.join(folder, name.lstrip("/")))
    return None if path.startswith("..") or path == "." else path


def capabilities_answers(signals: dict) -> list[list]:
    """[code path, line, "<root> (<document>)", class] for each code hit of ``api.ogc-capabilities-read`` whose file is a
    capabilities document the scan found (``api.ogc-capabilities-doc``, outside tests and examples), in path order."""
    docs = {h[0]: h[2] for h in signals.get("api.ogc-capabilities-doc", [])}
    out = []
    for h in signals.get("api.ogc-capabilities-read", []):
        path = target_path(h[0], h[2])
        if h[3] == "code" and path in docs:
            out.append([h[0], h[1], f"{docs[path]} ({path})", h[3]])
    return sorted(out)


_READ = lazy_compile(CAPS_BRANCH_READ, re.I)
_ROOT = lazy_compile(CAPS_ROOT)


def served_capabilities(snapshot, code_path: str, text: str) -> str | None:
    """The capabilities document (its path) that the code ``text`` of ``code_path`` answers GetCapabilities with, read from the
    snapshot (its first 8 KB); None when it answers none."""
    for m in _READ.finditer(text):
        path = target_path(code_path, m.group(1))
        if not path or not _answers(m) or path not in snapshot.files:
            continue
        from auditor.facts.textscan import file_class  # (the scanner loads this module: imported when called)

        if file_class(path) not in _DOC_CLASSES:
            continue
        head = snapshot.read_head(path, 8192) or ""
        if _ROOT.search(head):
            return path
    return None
