"""Session 36, c36: the contract fact facts.readme.sections carries the sections found in documents the README points to (issue 12).

The report contract defines facts.readme.sections as what the README gives "in the README or a document the README points to"; the
sections found by following its links (auditor/facts/readme_links.py) reached only the check documentation.readme-sections. Now the
readme fact holds the README's own sections and the linked ones, with ``section_sources`` ({section: the document it was found in}),
and the check reads that one value. Real cases (State repositories, s35 verifier v19f):

- DISIC/Ara: the README's "Il faut aussi suivre [les étapes d'installation du backend](./confiture-rest-api/README.md#…)"; that README
  tells which .env variables to fill in: the configuration.
- gip-inclusion/inclusion-connect: README → docs/index.md (a page of link lists) → docs/development.md ("## Installer les
  dépendances"): the installation.
- IGNF/circe: the README links its CONTRIBUTING.md by its absolute address https://github.com/IGNF/circe/blob/main/CONTRIBUTING.md,
  whose e-mail addresses are the contact; audited from a local clone whose origin is no forge address, the forge identity is unknown:
  a blob address of the repository bearing the audited folder's name, to a file the commit holds, is followed as a relative link.

Near misses: a link to another site, to a file that is not there, or a blob address of a repository of another name gives nothing.
The files are written for these tests, in the shape of the real repositories.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.facts.own_links import own_blob_path
from auditor.target import parse_target
from tests.test_reusability_fixtures import build, results, run_audit
from tests.test_state_contract_facts_s35y35 import ARA, CIRCE
from tests.test_state_facts_s35o35 import SSO

SECTIONS = "documentation.readme-sections"


def _audit(tmp_path, files: dict, folder: str = "r") -> tuple[dict, dict]:
    report = run_audit(build(tmp_path / folder, files), tmp_path / "c", [SECTIONS])
    return report["facts"]["readme"], results(report)[SECTIONS]


def _linked_evidence(res: dict) -> dict:
    return {e["value"]["section"]: e["path"] for e in res["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("via") == "link"}


# --- DISIC/Ara: a component's README the README sends to for the backend's installation
ARA_LINKED = {**{k: v for k, v in ARA.items() if not k.startswith("api/")},
              **{k.replace("api/", "confiture-rest-api/", 1): v for k, v in ARA.items() if k.startswith("api/")}}
ARA_LINKED["README.md"] = ARA["README.md"].replace("./api/README.md", "./confiture-rest-api/README.md")
ARA_LINKED["package.json"] = ARA["package.json"].replace("\"api\"", "\"confiture-rest-api\"")


def test_the_settings_a_linked_readme_explains_are_in_the_fact(tmp_path):
    info, res = _audit(tmp_path, ARA_LINKED)
    assert "configuration" in info["sections"], info["sections"]
    assert info["section_sources"]["configuration"] == "confiture-rest-api/README.md", info["section_sources"]
    assert info["section_sources"]["install"] == "README.md", info["section_sources"]  # (the README's own)
    assert "configuration" in res["details"]["found"], res["details"]
    assert _linked_evidence(res).get("configuration") == "confiture-rest-api/README.md", res["evidence"]


# --- gip-inclusion/inclusion-connect: a documentation index between the README and the install guide
def test_the_install_guide_behind_a_documentation_index_is_in_the_fact(tmp_path):
    info, res = _audit(tmp_path, SSO)
    assert "install" in info["sections"], info["sections"]
    assert info["section_sources"]["install"] == "docs/development.md", info["section_sources"]
    assert info["section_sources"]["purpose"] == "README.md"
    assert info["sections"] == sorted(info["sections"], key=["purpose", "install", "usage", "configuration", "deployment", "contributing",
                                                             "license", "contact"].index)
    # the check reads the same value: found once, one evidence naming the guide
    assert "install" in res["details"]["found"] and "install" not in res["details"]["missing"], res["details"]
    assert sum(1 for e in res["evidence"] if (e.get("value") or {}).get("section") == "install" and (e.get("value") or {}).get("via") == "link") == 1


def test_a_readme_linking_nothing_keeps_its_own_sections(tmp_path):
    # near miss: the same README whose link leads to another site, and one to a page that is not there: the README's sections only
    for link in ("https://doc.example.org/connect/index.md", "docs/absent.md"):
        files = {**SSO, "README.md": SSO["README.md"].replace("docs/index.md", link)}
        info, _ = _audit(tmp_path / link.replace("/", "_").replace(":", ""), files)
        assert "install" not in info["sections"], (link, info["sections"])
        assert set(info["section_sources"].values()) <= {"README.md"}, (link, info["section_sources"])
        assert list(info["section_sources"]) == info["sections"]


# --- IGNF/circe: the contributing guide linked by the repository's own absolute blob address, audited from a local clone
CIRCE_BLOB = {**CIRCE, "README.md": CIRCE["README.md"].replace("](CONTRIBUTING.md)", "](https://github.com/IGNF/circe/blob/main/CONTRIBUTING.md)")}


def test_a_local_clones_own_blob_address_is_followed(tmp_path):
    info, res = _audit(tmp_path, CIRCE_BLOB, folder="circe")
    assert "contact" in info["sections"], info["sections"]
    assert info["section_sources"]["contact"] == "CONTRIBUTING.md", info["section_sources"]
    assert "contact" in res["details"]["found"], res["details"]


def test_another_repositorys_blob_address_is_not_followed(tmp_path):
    # near miss: the folder bears another name than the repository the address names (a project that links another project's guide)
    info, res = _audit(tmp_path, CIRCE_BLOB, folder="geodesie-outils")
    assert "contact" not in info["sections"] and "contact" not in res["details"]["found"], info["sections"]


def test_own_blob_address_without_a_forge_identity():
    local = replace(parse_target("/tmp"), name="circe")  # (a local folder: forge "local", its name only)
    files = {"CONTRIBUTING.md": 1, "docs/install.md": 1, "README.md": 1}
    assert own_blob_path("https://github.com/IGNF/circe/blob/main/CONTRIBUTING.md", local, files) == "CONTRIBUTING.md"
    assert own_blob_path("https://github.com/ignf/Circe/blob/feature/x/docs/install.md", local, files) == "docs/install.md"
    assert own_blob_path("https://gitlab.example.fr/sig/circe/-/blob/main/docs/install.md", local, files) == "docs/install.md"
    assert own_blob_path("https://github.com/IGNF/circe/blob/main/docs/absent.md", local, files) is None  # not in the commit
    assert own_blob_path("https://github.com/IGNF/circe-data/blob/main/CONTRIBUTING.md", local, files) is None  # another repository
    assert own_blob_path("https://github.com/IGNF/circe/tree/main/docs", local, files) is None  # a folder
    assert own_blob_path("https://example.org/IGNF/circe/blob/main/CONTRIBUTING.md", local, files) is None  # no forge's address
    assert own_blob_path("https://github.com/IGNF/circe/blob/main/../../etc/passwd", local, files) is None
