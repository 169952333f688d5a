"""scaling.vendor-lock-in and reusability.portability (issue 12, s42 fp42 = reader rh42, ThomasLafargue/mediatheque-arcachon).

A library's scripts looking a book up by ISBN at https://www.googleapis.com/books/v1/volumes?q=isbn:… were said to depend on
"Google Workspace APIs (Agenda, Drive, Gmail…)", with CalDAV/WebDAV advice. www.googleapis.com serves many Google APIs: the one
called is read from the address's path, /books/v1 being the Google Books API, a public catalogue, advised for with open
bibliographic sources. Near miss: the same host with a Drive path (/drive/v3/) stays a Workspace API.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

LOOKUP = '''"""Enrichissement des notices par ISBN."""
import os
import requests

CLE = os.environ.get("CLE_API", "")


def chercher(isbn):
    url = f"https://www.googleapis.com/{path}?q=isbn:{isbn}&key={CLE}"
    r = requests.get(url, timeout=10)
    if r.status_code != 200:
        return None
    return r.json()


if __name__ == "__main__":
    print(chercher("9782070612758"))
'''

FILES = {
    "requirements.txt": "requests==2.32.3\n",
    "inventaire.py": "import sqlite3\n\nfrom enrichir import chercher\n\n\ndef main():\n    con = sqlite3.connect('fonds.db')\n"
                     "    for (isbn,) in con.execute('select isbn from notices'):\n        chercher(isbn)\n",
}


def _run(tmp_path, path: str, cid: str) -> dict:
    return check_result(tmp_path, {**FILES, "enrichir.py": LOOKUP.replace("{path}", path)}, cid)


def test_a_books_call_is_google_books_not_workspace(tmp_path):
    r = _run(tmp_path / "a", "books/v1/volumes", "scaling.vendor-lock-in")
    assert "Google Books" in r["message"]["en"], r["message"]
    assert "Workspace" not in r["message"]["en"], r["message"]
    notes = " ".join((e.get("note") or {}).get("en", "") for e in r["evidence"])
    assert "CalDAV" not in notes and "Open Library" in notes, notes
    p = _run(tmp_path / "b", "books/v1/volumes", "reusability.portability")
    assert "Google Books" in p["message"]["en"] and "Workspace" not in p["message"]["en"], p["message"]
    assert "CalDAV" not in str(p["evidence"]), p["evidence"]


def test_a_drive_path_on_the_same_host_stays_workspace(tmp_path):
    r = _run(tmp_path, "drive/v3/files", "scaling.vendor-lock-in")
    assert "Workspace" in r["message"]["en"], r["message"]
    assert "Google Books" not in r["message"]["en"], r["message"]
