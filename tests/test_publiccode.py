"""publiccode.yml validator (versions 0.2–0.7), suggestion and CLI."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from auditor.cli import _register, cli
from auditor.publiccode import validate

LONG_FR = ("Jardins Partagés recense les parcelles de jardins partagés d'une intercommunalité, gère les listes d'attente "
           "des habitants, publie les disponibilités et produit les indicateurs de végétalisation demandés par les financeurs.")


def base(version: str = "0.4", extra: str = "") -> str:
    cats = "categories:\n  - data-collection\n" if version.startswith(("0.2", "0.3", "0.4")) else ""
    return f"""publiccodeYmlVersion: "{version}"
name: Jardins Partagés
url: "https://forge.example.org/agglo-exemple/jardins-partages"
softwareVersion: "1.4.0"
releaseDate: "2025-03-14"
platforms:
  - web
{cats}developmentStatus: stable
softwareType: standalone/web
description:
  fr:
    shortDescription: Gestion des jardins partagés d'une intercommunalité
    longDescription: >
      {LONG_FR}
    features:
      - Liste d'attente des habitants
      - Carte des parcelles
legal:
  license: AGPL-3.0-or-later
maintenance:
  type: internal
  contacts:
    - name: Service espaces verts
      email: jardins@agglo-exemple.fr
localisation:
  localisationReady: true
  availableLanguages:
    - fr
{extra}"""


@pytest.mark.parametrize("version", ["0.2", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0", "0.7", "0.7.0", "0"])
def test_valid_file_of_each_version(version):
    result = validate(base(version))
    assert result.errors == [], [i.format() for i in result.errors]
    assert result.valid and result.version == version
    old = [w for w in result.warnings if w.key == "publiccodeYmlVersion"]
    assert bool(old) == (version not in ("0", "0.7", "0.7.0"))


def test_version_07_supports_and_organisation():
    text = base("0.7", 'organisation:\n  uri: "https://lannuaire.service-public.fr/xyz"\n  name: Agglo Exemple\nsupports:\n  - id: gdpr\n  - id: "https://example.org/norme"\n')
    assert validate(text).errors == []


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


INVALID = [
    # (description, mutation of the 0.4 base, expected key path)
    ("missing name", lambda t: _replace(t, "name: Jardins Partagés\n", ""), "name"),
    ("unknown version", lambda t: _replace(t, '"0.4"', '"0.6"'), "publiccodeYmlVersion"),
    ("bad url", lambda t: _replace(t, '"https://forge.example.org/agglo-exemple/jardins-partages"', "not a url"), "url"),
    ("bad date", lambda t: _replace(t, '"2025-03-14"', '"14/03/2025"'), "releaseDate"),
    ("impossible date", lambda t: _replace(t, '"2025-03-14"', '"2025-02-30"'), "releaseDate"),
    ("empty platforms", lambda t: _replace(t, "platforms:\n  - web\n", "platforms: []\n"), "platforms"),
    ("bad status", lambda t: _replace(t, "developmentStatus: stable", "developmentStatus: production"), "developmentStatus"),
    ("bad type", lambda t: _replace(t, "softwareType: standalone/web", "softwareType: webapp"), "softwareType"),
    ("unknown category", lambda t: _replace(t, "  - data-collection\n", "  - ecology\n"), "categories.0"),
    ("categories required before 0.5", lambda t: _replace(t, "categories:\n  - data-collection\n", ""), "categories"),
    ("short description too long", lambda t: _replace(t, "shortDescription: Gestion", "shortDescription: " + "x" * 150 + " Gestion"),
     "description.fr.shortDescription"),
    ("long description too short", lambda t: _replace(t, LONG_FR, "Trop court."), "description.fr.longDescription"),
    ("no features", lambda t: _replace(t, "    features:\n      - Liste d'attente des habitants\n      - Carte des parcelles\n", ""),
     "description.fr.features"),
    ("bad description language", lambda t: _replace(t, "description:\n  fr:", "description:\n  french:"), "description.french"),
    ("bad SPDX", lambda t: _replace(t, "AGPL-3.0-or-later", "AGPL 3 or later"), "legal.license"),
    ("unknown SPDX id", lambda t: _replace(t, "AGPL-3.0-or-later", "Licence-Maison-1.0"), "legal.license"),
    ("bad maintenance type", lambda t: _replace(t, "type: internal", "type: mairie"), "maintenance.type"),
    ("contract without contractors", lambda t: _replace(t, "type: internal", "type: contract"), "maintenance.contractors"),
    ("internal without contacts", lambda t: _replace(t, "  contacts:\n    - name: Service espaces verts\n      email: jardins@agglo-exemple.fr\n", ""),
     "maintenance.contacts"),
    ("contact without name", lambda t: _replace(t, "    - name: Service espaces verts\n      email:", "    - email:"), "maintenance.contacts.0.name"),
    ("bad email", lambda t: _replace(t, "jardins@agglo-exemple.fr", "jardins-at-agglo"), "maintenance.contacts.0.email"),
    ("localisationReady not a boolean", lambda t: _replace(t, "localisationReady: true", "localisationReady: oui"), "localisation.localisationReady"),
    ("bad available language", lambda t: _replace(t, "  availableLanguages:\n    - fr\n", "  availableLanguages:\n    - francais\n"),
     "localisation.availableLanguages.0"),
    ("unknown key", lambda t: t + "awesomeShield: true\n", "awesomeShield"),
    ("supports before 0.7", lambda t: t + "supports:\n  - id: gdpr\n", "supports"),
    ("duplicate key", lambda t: t + "name: Autre nom\n", "name"),
    ("bad scope", lambda t: t + "intendedAudience:\n  scope:\n    - ecology\n", "intendedAudience.scope.0"),
    ("bad country", lambda t: t + "intendedAudience:\n  countries:\n    - xx\n", "intendedAudience.countries.0"),
    ("landingURL not http", lambda t: t + "landingURL: ftp://example.org\n", "landingURL"),
    ("contractor without until", lambda t: _replace(t, "  type: internal\n  contacts:\n    - name: Service espaces verts\n      email: jardins@agglo-exemple.fr\n",
                                                    "  type: contract\n  contractors:\n    - name: Prestataire SAS\n"), "maintenance.contractors.0.until"),
]


@pytest.mark.parametrize("desc,mutate,key", INVALID, ids=[x[0] for x in INVALID])
def test_invalid_file_reports_error_at_key(desc, mutate, key):
    text = mutate(base("0.4"))
    result = validate(text)
    assert not result.valid, desc
    keys = [i.key for i in result.errors]
    assert key in keys, (desc, [i.format() for i in result.errors])
    issue = next(i for i in result.errors if i.key == key)
    assert issue.line is not None and issue.message["fr"] and issue.message["en"]


def test_error_line_points_at_the_key():
    text = _replace(base("0.4"), "developmentStatus: stable", "developmentStatus: production")
    issue = next(i for i in validate(text).errors if i.key == "developmentStatus")
    assert text.splitlines()[issue.line - 1].startswith("developmentStatus:")


def test_deprecations_are_warnings():
    v05 = _replace(base("0.5"), "legal:\n", "legal:\n  repoOwner: Agglo Exemple\n")
    r = validate(v05)
    assert r.valid and any(w.key == "legal.repoOwner" for w in r.warnings)
    v07 = base("0.7", "IT:\n  riuso:\n    codiceIPA: c_h501\n")
    r = validate(v07)
    assert r.valid and {"IT", "IT.riuso.codiceIPA"} <= {w.key for w in r.warnings}
    v04 = base("0.4", "IT:\n  riuso:\n    codiceIPA: c_h501\n")
    assert not any(w.key.startswith("IT") for w in validate(v04).warnings)


def test_yaml_problems():
    assert validate("name: [unclosed\n").errors[0].message["en"].startswith("invalid YAML")
    assert not validate("").valid
    assert not validate("- a\n- b\n").valid
    two = validate(base("0.4") + "---\nname: x\n")
    assert any("single YAML document" in i.message["en"] for i in two.errors)
    assert not validate(b"\xff\xfe name").valid
    # unquoted 0.2 is read as the string "0.2", as the reference validator does
    assert validate(_replace(base("0.2"), '"0.2"', "0.2")).valid


def test_alias_bomb_is_bounded():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    result = validate(bomb)
    assert not result.valid


def test_cli_validate(tmp_path):
    _register()
    good = tmp_path / "publiccode.yml"
    good.write_text(base("0.7"), encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad_text = _replace(base("0.4"), "AGPL-3.0-or-later", "GPL")
    bad.write_text(bad_text, encoding="utf-8")
    license_line = bad_text.splitlines().index("  license: GPL") + 1
    runner = CliRunner()
    ok = runner.invoke(cli, ["publiccode", "validate", str(good), "--lang", "en"])
    assert ok.exit_code == 0 and "valid (version 0.7)" in ok.output
    ko = runner.invoke(cli, ["publiccode", "validate", str(bad), "--json"])
    assert ko.exit_code == 1
    data = json.loads(ko.output)
    assert data["valid"] is False and data["errors"][0]["key"] == "legal.license" and data["errors"][0]["line"] == license_line


def test_cli_suggest_is_valid_and_prefilled(repo, tmp_path):
    _register()
    path = repo([{"files": {
        "README.md": "# Jardins\n\nJardins aide les habitants d'une intercommunalité à réserver une parcelle de jardin partagé près de chez eux.\n",
        "package.json": json.dumps({"name": "jardins", "license": "MIT"}), "src/app.js": "export const a = 1;\n"},
        "tag": "v1.2.0"}])
    out = tmp_path / "suggested.yml"
    res = CliRunner().invoke(cli, ["publiccode", "suggest", str(path), "-o", str(out), "--cache-dir", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    result = validate(text)
    assert result.valid, [i.format() for i in result.errors]
    data = yaml.safe_load(text)
    assert data["legal"]["license"] == "MIT"
    assert data["platforms"] == ["web"]
    assert data["softwareVersion"] == "v1.2.0"
    assert data["description"]["fr"]["shortDescription"].startswith("Jardins aide les habitants")
    assert data["localisation"]["availableLanguages"] == ["fr"]


def test_suggest_keys_the_description_by_its_own_language(repo, tmp_path):
    """A README that opens in French and goes on in English: the French description sits under `fr`."""
    _register()
    english = " ".join(["The tool reads the repository and writes a report for the jury with every finding explained."] * 8)
    path = repo([{"files": {
        "README.md": "# Outil\n\nCet outil aide les communes et les intercommunalités à suivre leur plan climat et leurs actions de transition écologique.\n\n"
                     f"## Usage\n\n{english}\n\n## Install\n\n{english}\n",
        "src/app.py": "print(1)\n"}}])
    out = tmp_path / "suggested.yml"
    res = CliRunner().invoke(cli, ["publiccode", "suggest", str(path), "-o", str(out), "--cache-dir", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert list(data["description"]) == ["fr"]
    assert data["description"]["fr"]["shortDescription"].startswith("Cet outil aide les communes")


def test_a_key_that_is_a_list_is_one_issue_not_a_repr_of_nodes():
    """s19 x1 (hostile sweep): '? [a, b]' made the key of an 'unknown key' issue the repr of PyYAML's nodes
    ("[ScalarNode(tag='tag:yaml.org,2002:str', value='a'), …]"), as long as the list, into every rendering."""
    from auditor.publiccode.validator import validate

    result = validate("? [" + ", ".join(f"k{i}" for i in range(2000)) + "]\n: c\n? {x: 1}\n: 2\nname: x\n")
    assert not any("Node" in i.key or "Node" in i.message["en"] for i in result.issues)
    assert [i.line for i in result.issues if "not text" in i.message["en"]] == [1, 3]
    assert max(len(i.key) for i in result.issues) < 100
