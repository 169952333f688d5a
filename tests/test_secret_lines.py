"""detect-secrets' file lines without the INI parse that cannot succeed (auditor.facts.secret_lines): the
same lines as detect-secrets' own ``_get_lines_from_file``, and the same findings, on texts of every shape
(code, INI with and without sections, comments first, blank files, YAML scanned as configuration,
Windows and old Mac line ends, a section header followed by code, bytes that are not UTF-8)."""

from __future__ import annotations

import pytest

from auditor.facts import secret_lines, secrets

TEXTS = {
    "app.py": b'import os\nPASSWORD = "hunter2-is-not-a-real-one"\nAPI_KEY = "AKIAABCDEFGHIJKLMNOP"\n',
    "settings.ini": b"[database]\nhost = db.ville.fr\npassword = Zq8#kL2!vP9m\n",
    "commented.cfg": b"# a comment\n; another\n\n[auth]\ntoken = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'\n",
    "comment-then-code.js": b"// header\nconst secret = 'c2VjcmV0LXZhbHVlLXRoYXQtaXMtbG9uZw==';\n",
    "hash-comment-then-key.env": b"# settings\nDB_PASSWORD=Xr7$mQ2!zP\n",
    "empty.txt": b"",
    "only-comments.conf": b"# nothing\n; here\n",
    "application.yml.conf": b"spring:\n  datasource:\n    password: v8s822or18hH\n",
    "crlf.ini": b"[s]\r\npassword = Tq9!rW2#xZ\r\n",
    "cr-only.ini": b"[s]\rpassword = Tq9!rW2#xZ\r",
    "section-then-code.php": b"[x] = 1;\n$password = 'Yb3$kP9!qL';\n",
    "bracket-array.js": b"[1, 2].map(x => x);\nconst token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';\n",
    "indented-section.ini": b"   [srv]\n  secret = 'Wq2!eR5#tY'\n",
    "latin1.py": "mot_de_passe = 'Éléphant-Rose-42!'\n".encode("latin-1"),
    "nbsp-first.ini": "\u00a0\n[s]\npassword = Kk8!pL3#mN\n".encode(),
    "no-newline.ini": b"[only]",
    "duplicate.ini": b"[a]\nx = 1\n[a]\npassword = Zz9!aa#Q2w\n",
    "key-without-section": b"password = Mm4!nB7#vC\ntoken: 'ghp_ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210'\n",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_same_lines_as_detect_secrets(tmp_path, name):
    from detect_secrets.core import scan as ds

    secrets._state()
    path = tmp_path / name
    path.write_bytes(TEXTS[name])
    assert list(secret_lines.lines_from_file(str(path))) == list(ds._get_lines_from_file(str(path)))


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_same_findings_as_with_detect_secrets_own_lines(tmp_path, name, monkeypatch):
    from detect_secrets.core import scan as ds

    settings, prefilters = secrets._state()
    path = tmp_path / name
    path.write_bytes(TEXTS[name])
    ours = [(s.type, s.line_number, s.secret_hash, line) for s, line in secrets._scan_local_file(str(path), prefilters)]
    monkeypatch.setattr(secrets, "lines_from_file", ds._get_lines_from_file)
    theirs = [(s.type, s.line_number, s.secret_hash, line) for s, line in secrets._scan_local_file(str(path), prefilters)]
    assert ours == theirs


def test_the_parse_is_skipped_only_where_configparser_fails():
    assert secret_lines.config_parse_fails("import os\n[a]\n")
    assert secret_lines.config_parse_fails("# c\n\n")
    assert not secret_lines.config_parse_fails("# c\n; d\n\n  [a] tail\nx=1\n")
    assert not secret_lines.config_parse_fails("[DEFAULT]\n")
    assert any(secret_lines.config_parse_fails(t.decode("utf-8", "replace")) for t in TEXTS.values())
    assert any(not secret_lines.config_parse_fails(t.decode("utf-8", "replace")) for t in TEXTS.values())
