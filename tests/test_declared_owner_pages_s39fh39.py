"""The Pages site of the account the project's metadata names as its repository's owner is the project's own site (issue 12, s39
fh39 = reader rd39's 3liz/qgis-lizsync-plugin, audited from a local clone).

LizSync's dock widget opens its documentation, https://3liz.github.io/qgis-%s-plugin/; its metadata.txt says
repository=https://github.com/3liz/qgis-lizsync-plugin. From a clone (no forge owner) scaling.hosting warned "loads files or code
from a person's or third party's account (3liz.github.io)". Rule: with no owner known, the one account the project's metadata
(a QGIS plugin's metadata.txt, mkdocs.yml's repo_url, package.json's repository) names as its repository's owner is the project's
own. Near miss: another account's Pages site stays a third party's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"
METADATA = ("[general]\nname=Synchro\nqgisMinimumVersion=3.10\ndescription=Synchronise\nversion=1.0\nauthor=Bureau SIG\n"
            "email=a@example.org\nrepository=https://github.com/bureau-sig/qgis-synchro-plugin\n"
            "homepage=https://github.com/bureau-sig/qgis-synchro-plugin\n")


def _plugin(site: str) -> dict:
    return {"README.md": "# Synchro\n\nUn plugin QGIS de synchronisation.\n", "synchro/metadata.txt": METADATA,
            "synchro/__init__.py": "def classFactory(iface):\n    from .dock import Dock\n    return Dock(iface)\n",
            "synchro/dock.py": "from webbrowser import open_new\n\n\nclass Dock:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
                               f"    def help(self):\n        open_new('{site}')\n"}


def test_the_declared_owners_pages_site_is_the_projects_own(tmp_path):
    _report, res = judge(tmp_path, _plugin("https://bureau-sig.github.io/qgis-%s-plugin/"), [HOSTING], name="synchro")
    assert "third-party" not in res[HOSTING]["message"]["en"], res[HOSTING]["message"]


def test_near_miss_another_accounts_pages_site_stays_a_third_partys(tmp_path):
    _report, res = judge(tmp_path, _plugin("https://jdupont.github.io/outils/"), [HOSTING], name="synchro")
    assert "third-party" in res[HOSTING]["message"]["en"], res[HOSTING]["message"]
