"""Secrets kept by committed compiled Python files (issue 12, session 36 fixer a36).

- cromex-DORA/DORA_app_aws: app/DORApy/classes/modules/__pycache__/connect_psql.cpython-312.pyc, committed, holds the constants of
  ``psycopg.connect(dbname=…, user=…, password="…", host="<public address>", port=…)``; the committed connect_psql.py gives the
  password by a variable since. reusability.secrets said "pass 10: No secret detected in 88 files": detect-secrets skips the
  binary file. Now the file's string constants are read (never unmarshalled) and the call's keyword names paired with the
  values its bytecode loads in a row: a strong finding, evidence the .pyc. Near misses: the same secret also written in the
  committed source is reported once, there; a call whose password is a variable pairs no constant with it.

The .pyc bytes are written here by hand, in CPython 3.12's layout (magic 3531): no compiler runs.
"""

from __future__ import annotations

from auditor.facts.secret_pyc import compiled_text, keyword_calls, source_path
from tests.test_local_authority_verdicts import judge

MAGIC_312 = (3531).to_bytes(2, "little") + b"\r\n" + bytes(12)
PASSWORD = "Vf7kQ2zLmx9"
HOST = "pg.hebergeur-exemple.fr"


def _str(text: str) -> bytes:
    raw = text.encode("ascii")
    return b"\xda" + bytes([len(raw)]) + raw  # short ASCII interned, with the reference flag


def _tuple(items: list[bytes]) -> bytes:
    return b")" + bytes([len(items)]) + b"".join(items)


def _bytes(raw: bytes) -> bytes:
    return b"\xf3" + len(raw).to_bytes(4, "little") + raw


def _int(n: int) -> bytes:
    return n.to_bytes(4, "little")


def pyc(code: bytes, consts: list[bytes], names: list[str]) -> bytes:
    """A module's compiled file: one code object (3.12 layout) of this bytecode, these constants and these names."""
    body = (b"\xe3" + _int(0) * 3 + _int(8) + _int(0)  # argcount, posonlyargcount, kwonlyargcount, stacksize, flags
            + _bytes(code) + _tuple(consts) + _tuple([_str(n) for n in names]) + _tuple([]) + _bytes(b"")
            + _str("connect_psql.py") + _str("<module>") + _str("<module>") + _int(1) + _bytes(b"\x00\x01") + _bytes(b""))
    return MAGIC_312 + body


NAMES = ["dbname", "user", "password", "host", "port"]
# import psycopg; conn = psycopg.connect(dbname="dora_db", user="app", password="…", host="…", port="5432")
CONNECT = pyc(bytes([0x97, 0, 0x64, 0, 0x64, 1, 0x6C, 0, 0x5A, 0, 0x65, 0, 0x6A, 1, 0, 0,
                     0x64, 2, 0x64, 3, 0x64, 4, 0x64, 5, 0x64, 6, 0xAC, 7, 0xAB, 5, 0, 0, 0x5A, 2, 0x79, 1]),
              [b"\xe9" + _int(0), b"N", _str("dora_db"), _str("gestionnaire"), _str(PASSWORD), _str(HOST), _str("5432"),
               _tuple([_str(n) for n in NAMES])],
              ["psycopg", "connect", "conn"])
# the same call with password=password_psql (a variable): LOAD_NAME between the constants breaks the row
VARIABLE = pyc(bytes([0x97, 0, 0x64, 0, 0x64, 1, 0x6C, 0, 0x5A, 0, 0x65, 0, 0x6A, 1, 0, 0,
                      0x64, 2, 0x64, 3, 0x65, 3, 0x64, 4, 0x64, 5, 0xAC, 6, 0xAB, 5, 0, 0, 0x5A, 2, 0x79, 1]),
               [b"\xe9" + _int(0), b"N", _str("dora_db"), _str("gestionnaire"), _str(HOST), _str("5432"),
                _tuple([_str(n) for n in NAMES])],
               ["psycopg", "connect", "conn", "password_psql"])

SOURCE = ("import os\nimport psycopg\n\npassword_psql = os.getenv('password_db')\n"
          "conn = psycopg.connect(\n    dbname=\"dora_db\",\n    user=\"gestionnaire\",\n    password=password_psql,\n"
          f"    host=\"{HOST}\",\n    port=\"5432\"\n)\n")
BASE = {
    "README.md": "# DORA\n\nApplication de suivi des ouvrages et des maîtres d'ouvrage GEMAPI.\n",
    "app/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    "app/DORApy/classes/modules/connect_psql.py": SOURCE,
}
PYC = "app/DORApy/classes/modules/__pycache__/connect_psql.cpython-312.pyc"


def _secrets(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.secrets"], name=name)[1]["reusability.secrets"]


def test_the_fixture_is_read_as_its_call():
    assert keyword_calls(CONNECT) == [f'call(dbname="dora_db", user="gestionnaire", password="{PASSWORD}", host="{HOST}", port="5432")']
    assert keyword_calls(VARIABLE) == []  # (no constant paired with a variable's name)
    assert f'"{PASSWORD}"' in compiled_text(CONNECT).splitlines()
    assert source_path(PYC) == "app/DORApy/classes/modules/connect_psql.py"
    assert source_path("lib/outil.pyc") == "lib/outil.py"


def test_a_password_compiled_into_a_committed_pyc_is_a_secret(tmp_path):
    r = _secrets(tmp_path, {**BASE, PYC: CONNECT})
    assert r["status"] == "fail", r["message"]
    assert [e["path"] for e in r["evidence"]] == [PYC], r["evidence"]
    assert r["evidence"][0].get("line") is None
    assert ".pyc" in r["evidence"][0]["note"]["en"] and ".pyc" in r["evidence"][0]["note"]["fr"]


def test_the_same_secret_in_the_committed_source_is_reported_once_there(tmp_path):
    literal = SOURCE.replace("password=password_psql", f'password="{PASSWORD}"')
    r = _secrets(tmp_path, {**BASE, "app/DORApy/classes/modules/connect_psql.py": literal, PYC: CONNECT}, name="s")
    assert r["status"] == "fail", r["message"]
    assert [e["path"] for e in r["evidence"]] == ["app/DORApy/classes/modules/connect_psql.py"], r["evidence"]


def test_a_password_given_by_a_variable_pairs_no_constant(tmp_path):
    r = _secrets(tmp_path, {**BASE, PYC: VARIABLE}, name="v")
    assert r["status"] == "pass", r["message"]
    assert "1 compiled Python file(s)" in r["message"]["en"] and "1 fichier(s) Python compilé(s)" in r["message"]["fr"]


def test_a_names_tuple_longer_than_any_call_rebuilds_nothing():
    """(s36 lead review) A tuple of more names than a program's call gives (a hostile file's 65 names loaded in a row) is no
    call: not rebuilt, and the row test is never run over it for every instruction of a long bytecode."""
    many = [f"k{i}" for i in range(65)]
    consts = [_str(f"v{i}") for i in range(65)] + [_tuple([_str(n) for n in many])]
    code = b"".join(bytes([0x64, i]) for i in range(65)) + bytes([0xAC, 65])
    assert keyword_calls(pyc(code, consts, ["f"])) == []
    few = many[:64]
    consts = [_str(f"v{i}") for i in range(64)] + [_tuple([_str(n) for n in few])]
    code = b"".join(bytes([0x64, i]) for i in range(64)) + bytes([0xAC, 64])
    assert keyword_calls(pyc(code, consts, ["f"]))[0].startswith('call(k0="v0", k1="v1"')
