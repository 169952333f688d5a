"""Static pages that are an application: their own scripts write to a database service or send e-mail.

HTML pages served as they are may still be a program people work in: a commune's commission pages whose inline module writes
projects, tasks and minutes to a Firebase Realtime Database (``set(ref(db, path), value)``, ``push(…)``) and mails its members
through EmailJS (``emailjs.send``). That is a client-side web application whose back end is a third party's service, not a content
site. Each sign is a write, never a read: a map page fetching a public JSON file, or reading a database (``onValue``, ``getDocs``),
stays a static site; so does a page comparing a password in the browser and nothing more (tests/test_kind_incidental_s11.py). The
password such an application's pages read from a field guards the writes people make: a sign-in (:func:`writes_to_service`).

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
DB_WRITE = "pages whose own scripts write to a database service ({service})"
EMAIL = "pages whose own scripts send e-mail (EmailJS)"


def page_applications(ctx, pages: list[str], scripts: list[str]) -> tuple[list[str], str]:
    """(paths, reason) of the pages (and the project's scripts) whose code makes them an application (see the module's text), the
    strongest sign first: a database write, then e-mail sent; ([], "") when none."""
    texts = {p: ctx.snapshot.read_text(p, limit=READ_BYTES) or "" for p in sorted(pages)[:MAX_FILES] + sorted(scripts)[:MAX_FILES]}
    for client, write, service in ((_FIREBASE_DB, _FIREBASE_WRITE, "Firebase"), (_SUPABASE, _SUPABASE_WRITE, "Supabase")):
        loaded = any(client.search(t) for t in texts.values())
        writing = [p for p, t in texts.items() if write.search(t)]
        if loaded and writing:
            return writing[:3], DB_WRITE.format(service=service)
    mailing = [p for p, t in texts.items() if _EMAIL_SEND.search(t)]
    return (mailing[:3], EMAIL) if mailing else ([], "")


def served_as_files(project: dict) -> bool:
    """The ``project`` fact decided a web application on these signs alone: its pages and scripts are served as they are (no
    server of the project's, no build), installed as a static site is."""
    why = project.get("kind_evidence") or []
    signs = (DB_WRITE.split(" (")[0], EMAIL)
    return project.get("kind") == "web-application" and bool(why) and all(str(e.get("reason", "")).startswith(signs) for e in why)


def writes_to_service(project: dict) -> bool:
    """The ``project`` fact decided a web application because its pages write to a database service (see the module's text)."""
    return project.get("kind") == "web-application" and any(str(e.get("reason", "")).startswith(DB_WRITE.split(" (")[0])
                                                            for e in project.get("kind_evidence") or [])
