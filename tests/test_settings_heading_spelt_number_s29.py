"""A "// PARAMETERS" heading over a constant whose name spells its number (`PARAMETER_INT_PAGE_INDEX_ONE = 1`, a paginator's first
page in a Lutece back-office plugin of a city's street reports) is no block of settings: reusability.configuration warned "the code
writes values of a deployment (block of settings; AbstractJspBean.java:103)" (issue 12, s29 e29). A number the name does not spell
(a timeout, a port) keeps the block as settings."""

from __future__ import annotations

from tests.test_settings_heading_names_s25 import _plugin, conf

SPELT = "    // PARAMETERS\n    private static final int PARAMETER_INT_PAGE_INDEX_ONE = 1;\n"
TIMEOUT = "    // PARAMETERS\n    private static final int SMTP_TIMEOUT = 30;\n"


def _found(r):
    return [e for e in r["evidence"] if e.get("kind") == "finding" and str(e.get("value", "")).lower() == "parameters"]


def test_a_constant_spelling_its_number_is_no_settings_block(tmp_path):
    r = conf(tmp_path / "a", _plugin(SPELT))
    assert not _found(r) and r["status"] == "pass", (r["message"], r["evidence"])


def test_a_number_its_name_does_not_spell_stays_a_settings_block(tmp_path):
    r = conf(tmp_path / "b", _plugin(TIMEOUT))
    assert _found(r) and r["status"] == "warn", (r["message"], r["evidence"])
