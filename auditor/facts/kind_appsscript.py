"""A Google Apps Script project: code that runs on Google's servers (script.google.com), not in a browser nor on the
reusing body's machine. Its manifest is ``appsscript.json`` (``timeZone``, ``runtimeVersion``, ``oauthScopes``, ``webapp``…,
developers.google.com/apps-script/concepts/manifest, consulted 2026-12-05), which Google's command-line tool clasp pushes
with the code (``.clasp.json``: the ``scriptId`` of the project, developers.google.com/apps-script/guides/clasp); its files are
``.gs`` (or ``.js``, as clasp writes them) and ``.html`` pages that ``HtmlService`` serves.

A project that answers HTTP requests (``function doGet(e)`` / ``doPost(e)``, or a manifest's ``"webapp"`` block) is a web
application Google hosts: its pages call its server functions through ``google.script.run``, its data sits in Google's
services (``SpreadsheetApp``, ``DriveApp``). It is no static site, whatever HTML page it holds.

Read: the manifests at the root or one folder down, and at most :data:`MAX_READ` code files of :data:`READ_BYTES`, in path
order, only in a project that has a manifest or ``.gs`` files."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

MAX_READ, READ_BYTES = 50, 256 * 1024
MANIFEST_NAMES = ("appsscript.json", ".clasp.json")
REASON = "Google Apps Script web application (doGet/doPost served by script.google.com)"
# the entry points Apps Script calls for an HTTP request to the deployed web app (developers.google.com/apps-script/guides/web)
_WEB_ENTRY = lazy_compile(r"^[^\S\n]*(?:async[^\S\n]+)?function[^\S\n]+do(?:Get|Post)[^\S\n]*\(", re.M)
# Apps Script's own services, called on the platform only (a .gs file without them is another language's: GrADS scripts)
_SERVICES = lazy_compile(r"\b(?:HtmlService|SpreadsheetApp|DriveApp|DocumentApp|ContentService|ScriptApp|PropertiesService|UrlFetchApp)\.[a-z]\w*")
_MANIFEST_KEYS = ("timeZone", "runtimeVersion", "oauthScopes", "webapp", "exceptionLogging", "dependencies", "executionApi", "addOns")


def _manifest(snap, path: str) -> dict | None:
    """The manifest's keys when it is Apps Script's (appsscript.json with one of its keys, .clasp.json with a scriptId)."""
    data = safejson.loads(snap.read_text(path, limit=64 * 1024) or "")
    if not isinstance(data, dict):
        return None
    if path.rsplit("/", 1)[-1] == ".clasp.json":
        return data if isinstance(data.get("scriptId"), str) else None
    return data if any(k in data for k in _MANIFEST_KEYS) else None


def apps_script(snap, files: list) -> tuple[list[str], bool]:
    """``(evidence paths, web)``: the Apps Script manifests and the file that answers HTTP requests (``web`` when one does,
    or the manifest declares a ``webapp``); ``([], False)`` when the project is no Apps Script project."""
    manifests = sorted(e.path for e in files if e.name in MANIFEST_NAMES and e.path.count("/") <= 1)
    found = {p: m for p in manifests if (m := _manifest(snap, p)) is not None}
    gs = sorted(e.path for e in files if e.ext.lower() == "gs")
    if not found and not gs:
        return [], False
    code = sorted(e.path for e in files if e.ext.lower() in ("gs", "js"))[:MAX_READ]
    texts = {p: snap.read_text(p, limit=READ_BYTES) or "" for p in code}
    if not found and not any(_SERVICES.search(texts[p]) for p in gs):
        return [], False  # (.gs files calling none of Apps Script's services: another language's scripts)
    # (a doGet beside a manifest, or in a file calling Apps Script's services: no Express handler named doGet elsewhere)
    entries = [p for p in code if _WEB_ENTRY.search(texts[p]) and (found or _SERVICES.search(texts[p]))]
    web = bool(entries) or any("webapp" in m for p, m in found.items() if p.endswith("appsscript.json"))
    return entries[:1] + sorted(found)[:2] + ([] if found or entries else gs[:1]), web


def apps_script_manifest(project: dict) -> str | None:
    """The Apps Script manifest (appsscript.json or .clasp.json) that decided the project fact's kind, or None: the checks
    that judge how a project is packaged, set or installed name Google's platform rather than a Dockerfile or an .env."""
    found = [e["path"] for e in project.get("kind_evidence") or [] if e.get("reason") == REASON
             and str(e.get("path", "")).rsplit("/", 1)[-1] in MANIFEST_NAMES]
    return min(found, key=lambda p: (p.endswith(".clasp.json"), p)) if found else None  # (appsscript.json first)


# (every file of an Apps Script project shares one global scope, nothing is imported: a settings module's global, `var Config =`,
# named by another file, `Config.SHEETS.ISP`, is the module loaded)
_GLOBAL = lazy_compile(r"^(?:var|const|let)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=", re.M)


def apps_script_files(entries) -> bool:
    """The files are a Google Apps Script project's: its manifest (appsscript.json, .clasp.json) at the root or one folder down."""
    return any(e.name in MANIFEST_NAMES and e.path.count("/") <= 1 for e in entries)


def global_used(snap, path: str, text: str, others: list[str]) -> bool:
    """The module's first global (``var Config = …``) is named by another of the files (``Config.SHEETS``)."""
    g = _GLOBAL.search(text)
    if not g:
        return False
    rx = re.compile(rf"(?<![\w$.]){re.escape(g.group(1))}\.[A-Za-z_$]")
    return any(p != path and rx.search(snap.read_text(p, limit=256 * 1024) or "") for p in others)
