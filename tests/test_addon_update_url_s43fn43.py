"""reusability.configuration (issue 12, s43 fn43 = alexisboizardsdis01/nexsis-notification): a fire service's browser add-on, filed as
a plugin of Firefox/Chrome, was "not applicable: the settings are those of the application using it", while its manifest.json's
update_url holds a sample address ("https://votre-serveur.com/updates.xml") that whoever distributes the add-on must replace with
their own update server, and no document says so: warn. Near miss: the same add-on with no update_url (it goes through the
browser's store) keeps not applicable."""

from __future__ import annotations

from tests.test_browser_extension_kind_s43fa43 import EXTENSION, _files
from tests.test_local_authority_verdicts import judge

CID = "reusability.configuration"
UPDATED = EXTENSION.replace('  "permissions"', '  "update_url": "https://votre-serveur.com/updates.xml",\n  "permissions"')


def test_a_sample_update_server_in_the_add_on_s_manifest_is_a_setting_to_replace(tmp_path):
    assert UPDATED != EXTENSION
    _, res = judge(tmp_path, _files(UPDATED), [CID])
    r = res[CID]
    assert r["status"] == "warn", r  # was not_applicable "the settings are those of the application using it"
    assert "votre-serveur.com" in r["message"]["en"] and "update server" in r["message"]["en"], r["message"]
    assert r["evidence"][0]["path"] == "manifest.json" and r["evidence"][0]["line"] == 7, r["evidence"]


def test_an_add_on_with_no_update_address_has_nothing_to_set(tmp_path):
    _, res = judge(tmp_path, _files(EXTENSION), [CID], name="n")
    assert res[CID]["status"] == "not_applicable", res[CID]["message"]
    store = EXTENSION.replace('  "permissions"', '  "update_url": "https://clients2.google.com/service/update2/crx",\n  "permissions"')
    _, res = judge(tmp_path, _files(store), [CID], name="s")
    assert res[CID]["status"] == "not_applicable", res[CID]["message"]
