"""Review of s32 (issue 12, s33 j33): the shared helpers that replaced repeated tests give the answers the copies gave."""

from __future__ import annotations

import re

from auditor.facts.access_codes import PASSWORD_NAME, password_word
from auditor.facts.license import _DOCS_INDEX
from auditor.facts.scaling.personal_code import FIELD_WORDS
from auditor.facts.secret_values import is_env_file
from auditor.facts.signals import _PWD_ID


def test_is_env_file_is_the_name_test_the_copies_made():
    for path in (".env", "app/.ENV", ".env.prod", "docker/db.env", ".env.example", "x.envy", ".envrc", ".env_local", "env", "a/.Env.Local"):
        name = path.rsplit("/", 1)[-1].lower()
        assert is_env_file(path) == (name == ".env" or name.startswith(".env.") or name.endswith(".env")), path


def test_one_password_word_builds_both_patterns():
    assert PASSWORD_NAME == (r"[\w$]{0,40}?(?:(?<![A-Za-z])(?:pwd|mdp|pass(?:e|wd|word|code)?|mot_?de_?passe|motdepasse|PWD|MDP|"
                             r"PASS(?:E|WD|WORD|CODE)?|MOT_?DE_?PASSE)|(?:Pwd|Mdp|Pass(?:e|wd|word|code)?|MotDePasse))(?![A-Za-z0-9])")
    assert _PWD_ID == password_word(code=False, french=False, after="(?![a-z])") == \
        r"(?:(?<![A-Za-z])(?:pwd|mdp|pass(?:e|wd|word)?|PWD|MDP|PASS(?:E|WD|WORD)?)|(?:Pwd|Mdp|Pass(?:e|wd|word)?))(?![a-z])"
    assert re.search(_PWD_ID, "pwdInput") and not re.search(_PWD_ID, "compass")


def test_field_words_split_names_as_before():
    for name in ("prenomUsager", "date_naissance_x", "statistiques-photos obliques", "ABCdef_ghIJ", ""):
        assert FIELD_WORDS.split(name) == re.split(r"[\W_]+|(?<=[a-z])(?=[A-Z])", name)


def test_docs_index_is_a_manual_folders_only():
    assert _DOCS_INDEX.match("docs/source/index.rst") and _DOCS_INDEX.match("Documentation/index.md") and _DOCS_INDEX.match("source/index.rst")
    assert not _DOCS_INDEX.match("index.rst") and not _DOCS_INDEX.match("src/index.md")
