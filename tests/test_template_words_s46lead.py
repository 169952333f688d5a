"""One vocabulary for a settings file's template (issue 12, s46 lead, review of session 45): the rules that tell a template from
the file copied from it each kept their own word list (the settings facts knew ``.tmpl`` and ``.default``, the secrets' filled-in
pairs knew ``.default`` but not ``.tmpl``, the README's "file to copy" and a deployment's copy knew neither, a shipped state default
knew ``.defaults`` but not ``.exemple``). They now read one list, auditor.pathparts.TEMPLATE_WORDS: a ``config.ini`` committed
beside its ``config.ini.tmpl`` is judged as one beside its ``config.ini.sample``. A backup (``.bak``, ``.old``) is no template."""

from __future__ import annotations

import pytest

from auditor.pathparts import TEMPLATE_WORDS
from tests.test_reusability_fixtures import sec

README = "# Collecte\n\nCollecte des relevés des stations.\n"
TEMPLATE = "db_host=localhost\nuser_pg=\nuser_pg_pass=\n"
FILLED = "db_host=localhost\nuser_pg=releves\nuser_pg_pass=stationnord\n"


@pytest.mark.parametrize("word", ["tmpl", "sample", "default"])
def test_a_settings_file_filling_in_its_templates_password_is_a_secret_whatever_the_templates_word(tmp_path, word):
    r = sec(tmp_path, {"conf/config.ini": FILLED, f"conf/config.ini.{word}": TEMPLATE, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert {(e["path"], e["line"]) for e in r["evidence"]} == {("conf/config.ini", 3)}


def test_a_backup_beside_a_settings_file_is_no_template(tmp_path):
    # near miss: config.ini.bak is an old copy, not a template the real file was filled from
    r = sec(tmp_path, {"conf/config.ini": FILLED, "conf/config.ini.bak": TEMPLATE, "README.md": README})
    assert r["status"] == "pass", r["message"]


def test_every_rule_reads_the_same_words():
    from auditor.checks.licensing.common import STATE_DEFAULT
    from auditor.checks.reusability.territory_own import _TEMPLATE_SUFFIX as deployment_copy
    from auditor.facts.env_templates import settings_rank
    from auditor.facts.readme_sentences import _TEMPLATE_NAME as readme_copy
    from auditor.facts.secret_calls import template_pairs
    from auditor.facts.web_templates import _WEB_TEMPLATE_NAME

    for word in TEMPLATE_WORDS:
        assert template_pairs(["app/settings.ini", f"app/settings.ini.{word}"]) == [("app/settings.ini", f"app/settings.ini.{word}")], word
        assert STATE_DEFAULT.search(f"data/page.{word}.json"), word
        assert deployment_copy.match(f"config.{word}.js"), word
        assert readme_copy.search(f"copiez config.php.{word} en config.php"), word
        assert _WEB_TEMPLATE_NAME.search(f"site.conf.{word}"), word
        assert settings_rank(f"conf/app.properties.{word}") == settings_rank("conf/app.properties"), word
    for other in ("bak", "old", "orig"):
        assert template_pairs(["app/settings.ini", f"app/settings.ini.{other}"]) == [], other
        assert not STATE_DEFAULT.search(f"data/page.{other}.json"), other
