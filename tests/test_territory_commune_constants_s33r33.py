"""reusability.territory-neutral and interoperability.identifiers (issue 12, s33 r33, reader m27o1): the commune or département a
constant names was missed.

- DSI-Maurepas/elections-2026: src/utils/constants.js's ELECTION_CONFIG = { COMMUNE_NAME: 'Maurepas', COMMUNE_CODE: '78403' } is a
  settings module (no finding there), but the pages write the commune again ("Élections Municipales 2026 — Maurepas", "Résultats
  Maurepas (PDF)"): those lines are findings. A commune's name in a constant of the code itself is one.
- simonvart/Epci-and-french-communes-importer-in-drupal: `const DEPARTEMENT_LIMITER = '01';` keeps every import to the Ain: a
  département's code (and a hard-coded identifier), was a pass and "hard-coded values: 0".
- juniorsky-git/Projet-Tarification-Mairie: ">Mairie Tarification<" (a title) names no authority; "VILLE DE CROSNE" on the PDF's
  banner does.
- lucaslapl/Observatoire-des-ABC (near-miss): a table correcting source registers' wrong INSEE codes across three départements
  holds "Morbihan" as a row of it, not the one territory the code was written for."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
IDS = "interoperability.identifiers"
README = {"README.md": "# Outil\n\nUn outil pour les services municipaux.\n"}
CONSTANTS = ("export const ELECTION_CONFIG = {\n  COMMUNE_NAME: 'Maurepas',\n  COMMUNE_CODE: '78403',\n  COMMUNE_POP: 20000,\n};\n")
PAGE = ("import { ELECTION_CONFIG } from '../utils/constants';\n\nexport default function Informations() {\n  return (\n"
        "    <div>\n      <div className=\"info-kicker\">Élections Municipales 2026 — Maurepas</div>\n"
        "      <p>{ELECTION_CONFIG.COMMUNE_NAME}</p>\n    </div>\n  );\n}\n")
NEUTRAL_PAGE = PAGE.replace("— Maurepas", "— {ELECTION_CONFIG.COMMUNE_NAME}")


def _findings(r) -> list:
    return [(e["path"], e.get("line"), e["value"]) for e in r["evidence"] if e.get("kind") == "finding"]


def test_the_commune_a_settings_constant_names_written_again_in_a_page_is_a_finding(tmp_path):
    files = {**README, "src/utils/constants.js": CONSTANTS, "src/components/Informations.jsx": PAGE}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert ("src/components/Informations.jsx", 6, "Maurepas") in _findings(r), r["evidence"]
    assert not any(p == "src/utils/constants.js" for p, _, _ in _findings(r)), r["evidence"]
    assert r["status"] == "warn", r["message"]


def test_pages_that_read_the_settings_constant_keep_the_pass(tmp_path):
    files = {**README, "src/utils/constants.js": CONSTANTS, "src/components/Informations.jsx": NEUTRAL_PAGE,
             "src/components/ExportResultatsMaurepas.jsx": "// Export des résultats de Maurepas\nexport default function ExportResultatsMaurepas() {}\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert _findings(r) == [], r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_a_commune_named_in_a_constant_of_the_code_is_a_finding(tmp_path):
    files = {**README, "src/App.jsx": "const COMMUNE_NAME = 'Maurepas';\nexport default () => <h1>{COMMUNE_NAME}</h1>;\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert ("src/App.jsx", 1, "Maurepas") in _findings(r), r["evidence"]


IMPORTER = ("<?php\n\nnamespace Drupal\\epci\\Importer;\n\nabstract class ImporterBase {\n\n  /**\n   * Hard-coded limit to one departement.\n"
            "   */\n  const DEPARTEMENT_LIMITER = '01';\n\n  const CSV_FILE = '';\n\n  protected function keep(array $line): bool {\n"
            "    return substr($line[0], 0, 2) === self::DEPARTEMENT_LIMITER;\n  }\n}\n")
ENTITY = ("<?php\n\nnamespace Drupal\\epci\\Entity;\n\nclass Commune {\n  public function getInsee() { return $this->get('insee')->value; }\n"
          "  public function getSiren() { return $this->get('siren')->value; }\n}\n")


def test_a_departement_constant_limiting_the_imports_is_a_territory_value_and_a_hard_coded_identifier(tmp_path):
    files = {**README, "src/Importer/ImporterBase.php": IMPORTER, "src/Entity/Commune.php": ENTITY}
    res = judge(tmp_path, files, [CHECK, IDS])[1]
    assert ("src/Importer/ImporterBase.php", 10, "DEPARTEMENT_LIMITER = '01'") in _findings(res[CHECK]), res[CHECK]["evidence"]
    assert res[CHECK]["status"] == "warn", res[CHECK]["message"]
    assert "hard-coded values: 1" in res[IDS]["message"]["en"], res[IDS]["message"]


def test_a_departement_constant_that_is_no_code_keeps_the_pass(tmp_path):
    files = {**README, "src/Importer/ImporterBase.php": IMPORTER.replace("'01'", "'departement'"), "src/Entity/Commune.php": ENTITY}
    res = judge(tmp_path, files, [CHECK, IDS])[1]
    assert res[CHECK]["status"] == "pass", res[CHECK]["message"]
    assert "hard-coded values: 0" in res[IDS]["message"]["en"], res[IDS]["message"]


def test_a_town_hall_word_before_no_place_is_no_name_and_a_capitals_heading_is_one(tmp_path):
    files = {**README, "api/src/main/resources/static/index.html": "<html><head><title>Tarifs</title></head>\n<body>\n"
                                                                   "<h1>Mairie Tarification</h1>\n<h2>Commune Actualités</h2>\n</body></html>\n",
             "src/fr/mairie/PdfExportService.java": "package fr.mairie;\n\nclass PdfExportService {\n  void title(Stream cs) {\n"
                                                   "    cs.showText(\"VILLE DE CROSNE\");\n  }\n}\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert _findings(r) == [("src/fr/mairie/PdfExportService.java", 5, '"VILLE DE CROSNE"')], r["evidence"]


def test_a_bare_town_hall_word_before_a_communes_name_stays_a_name(tmp_path):
    files = {**README, "templates/base.html": "<html><body>\n<h1>Mairie Maurepas</h1>\n</body></html>\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert [v for _, _, v in _findings(r)] == [">Mairie Maurepas<"], r["evidence"]


CORRECTIONS = ("// Corrections des erreurs des registres sources. Clé : code INSEE erroné.\n"
               "export const CORRECTIONS = {\n"
               "  \"17258\": {\n    code_geographique: \"56146\",\n    departement: \"56\",\n    libelle_departement: \"Morbihan\",\n  },\n"
               "  \"18041\": {\n    code_geographique: \"41031\",\n    departement: \"41\",\n    libelle_departement: \"Loir-et-Cher\",\n  },\n"
               "  \"60145\": {\n    code_geographique: \"77108\",\n    departement: \"77\",\n    libelle_departement: \"Seine-et-Marne\",\n  },\n};\n")


def test_names_in_a_correction_table_across_departements_are_rows_of_it(tmp_path):
    files = {**README, "src/corrections.ts": CORRECTIONS}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert _findings(r) == [], r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_one_departements_code_and_name_in_a_file_keep_their_findings(tmp_path):
    one = "export const TERRITOIRE = {\n  departement: \"56\",\n  libelle_departement: \"Morbihan\",\n};\n"
    r = judge(tmp_path, {**README, "src/territoire.ts": one}, [CHECK])[1][CHECK]
    assert {v for _, _, v in _findings(r)} == {'departement: "56"', "Morbihan"}, r["evidence"]
