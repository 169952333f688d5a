"""Static pages that are an application: their own scripts write to a database service, gate access with a password or send
e-mail.

HTML pages served as they are may still be a program people work in: a commune's commission pages whose inline module writes
projects, tasks and minutes to a Firebase Realtime Database (``set(ref(db, path), value)``, ``push(…)``), admits its members through
a password field its script checks, and mails them through EmailJS (``emailjs.send``). That is a client-side web application
whose back end is a third party's service, not a content site. Each sign is a write or a gate, never a read: a map page fetching a
public JSON file, or reading a database (``onValue``, ``getDocs``), stays a static site.

Signs read in the pages and in the project's own scripts (at most :data:`MAX_FILES` of each, :data:`READ_BYTES` each, in path
order); nothing is executed."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES = 60
READ_BYTES = 300 * 1024  # (a page carrying its program inline weighs a few hundred KB: the page_scripts fact's PAGE_BYTES)

# a database service's client loaded by the code (Firebase's Realtime Database or Firestore, Supabase)
_FIREBASE_DB = lazy_compile(r"""firebase(?:js/[\d.]+/firebase)?[-/](?:database|firestore)\b|\bfirebase\.(?:database|firestore)\s*\(""", re.I)
_SUPABASE = lazy_compile(r"""@supabase/supabase-js|\bsupabase\.createClient\s*\(""")
# a write through it: the modular API's set/push/update/remove of a ref(), Firestore's setDoc/addDoc/updateDoc/deleteDoc, the
# namespaced API's .ref(…).set/push/update, .collection(…).add, .doc(…).set; Supabase's .from(…).insert/upsert/update/delete
_FIREBASE_WRITE = lazy_compile(r"""\b(?:set|push|update|remove)\s*\(\s*(?:ref|child)\s*\(|\b(?:setDoc|addDoc|updateDoc|deleteDoc)\s*\("""
                               r"""|\.ref\s*\([^()\n]{0,120}\)\s*\.(?:set|push|update)\s*\(|\.collection\s*\([^()\n]{0,120}\)\s*\.add\s*\("""
                               r"""|\.doc\s*\([^()\n]{0,120}\)\s*\.(?:set|update)\s*\(""")
_SUPABASE_WRITE = lazy_compile(r"""\.from\s*\(\s*["'`][\w.-]+["'`]\s*\)\s*\.(?:insert|upsert|update|delete)\s*\(""")
# e-mail sent from the browser (EmailJS's client)
_EMAIL_SEND = lazy_compile(r"""\bemailjs\.(?:send|sendForm)\s*\(""")
# a password field, and a script reading what was typed in it (getElementById('gate-pwd').value, $('#pwd').val())
_INPUT = lazy_compile(r"<input\b[^<>]{0,400}>", re.I)
_PASSWORD_TYPE = lazy_compile(r"""\btype\s*=\s*["']?password\b""", re.I)
_ID = lazy_compile(r"""\bid\s*=\s*["']([\w-]+)["']""", re.I)

DB_WRITE = "pages whose own scripts write to a database service ({service})"
GATE = "pages gating access with a password their own script checks"
EMAIL = "pages whose own scripts send e-mail (EmailJS)"


def _gate(text: str) -> bool:
    """A password field whose value the page's or its scripts' code reads (``getElementById('gate-pwd').value``)."""
    ids = sorted({m.group(1) for tag in _INPUT.findall(text) if _PASSWORD_TYPE.search(tag) and (m := _ID.search(tag))})
    return any(re.search(r"""["'`]#?""" + re.escape(i) + r"""["'`]\s*\)\s*\.(?:value\b|val\s*\()""", text) for i in ids)


def page_applications(ctx, pages: list[str], scripts: list[str]) -> tuple[list[str], str]:
    """(paths, reason) of the pages (and the project's scripts) whose code makes them an application (see the module's text), the
    strongest sign first: a database write, then e-mail sent, then a password gate; ([], "") when none."""
    texts = {p: ctx.snapshot.read_text(p, limit=READ_BYTES) or "" for p in sorted(pages)[:MAX_FILES] + sorted(scripts)[:MAX_FILES]}
    page_texts = {p: texts[p] for p in sorted(pages)[:MAX_FILES]}
    for client, write, service in ((_FIREBASE_DB, _FIREBASE_WRITE, "Firebase"), (_SUPABASE, _SUPABASE_WRITE, "Supabase")):
        loaded = any(client.search(t) for t in texts.values())
        writing = [p for p, t in texts.items() if write.search(t)]
        if loaded and writing:
            return writing[:3], DB_WRITE.format(service=service)
    mailing = [p for p, t in texts.items() if _EMAIL_SEND.search(t)]
    if mailing:
        return mailing[:3], EMAIL
    scripts_text = "\n".join(texts[p] for p in sorted(scripts)[:MAX_FILES])
    gated = [p for p, t in page_texts.items() if _PASSWORD_TYPE.search(t) and _gate(t + "\n" + scripts_text)]
    return (gated[:3], GATE) if gated else ([], "")


def served_as_files(project: dict) -> bool:
    """The ``project`` fact decided a web application on these signs alone: its pages and scripts are served as they are (no
    server of the project's, no build), installed as a static site is."""
    why = project.get("kind_evidence") or []
    signs = (DB_WRITE.split(" (")[0], GATE, EMAIL)
    return project.get("kind") == "web-application" and bool(why) and all(str(e.get("reason", "")).startswith(signs) for e in why)
