"""interoperability.identifiers, public-building-blocks (issue 12, s38 fg38 = reader rc38, Batyeste/Outil-De-Supervision-SDIS91): a
PHP application's database script creates `localisation (loc_id, loc_nom, loc_codepostal, loc_groid)` and types in the communes of
its département by name and postal code, no INSEE code; both checks said it handles no commune. A table of the project's own listing
places by a name and a postal code, whatever it is called, holds communes without their official code. Near miss: a customers'
table with a name, a street address and a postal code is no list of places."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGES = {
    "README.md": "# Supervision\n\nOutil de supervision des équipements réseau, par commune.\n",
    "villes.php": "<?php\ninclude 'connexion.php';\n$rows = $conn->query('SELECT loc_nom FROM localisation')->fetchAll();\n"
                  "foreach ($rows as $r) { echo '<option>' . htmlspecialchars($r['loc_nom']) . '</option>'; }\n?>\n",
    "connexion.php": "<?php\n$conn = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));\n?>\n",
    "index.php": "<?php session_start(); include 'connexion.php'; ?>\n<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Supervision</title></head>\n"
                 "<body><h1>Équipements</h1><form method=\"post\" action=\"equipements.php\"><select name=\"ville\"></select>"
                 "<button type=\"submit\">Voir</button></form></body></html>\n",
    "equipements.php": "<?php\nsession_start();\ninclude 'connexion.php';\n$stmt = $conn->prepare('SELECT * FROM equipement WHERE loc_id = ?');\n"
                       "$stmt->execute([$_POST['ville']]);\n?>\n<!DOCTYPE html>\n<html lang=\"fr\"><body><table><?php foreach ($stmt as $e) { ?>"
                       "<tr><td><?= htmlspecialchars($e['nom']) ?></td></tr><?php } ?></table></body></html>\n",
}
PLACES = """CREATE TABLE IF NOT EXISTS `secteur` (
  `sec_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `sec_nom` varchar(30) NOT NULL
);

CREATE TABLE IF NOT EXISTS `localisation` (
  `loc_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `loc_nom` varchar(60) NOT NULL,
  `loc_codepostal` int(11) DEFAULT NULL,
  `loc_secid` smallint(5) unsigned NOT NULL,
  FOREIGN KEY (`loc_secid`) REFERENCES `secteur` (`sec_id`)
);

INSERT INTO `localisation` (`loc_id`, `loc_nom`, `loc_codepostal`, `loc_secid`) VALUES
  (1, 'Bourg-Neuf', 99100, 1),
  (2, 'Val-Fleuri', 99160, 1),
  (3, 'Les Prés', 99160, 2);
"""
CUSTOMERS = """CREATE TABLE IF NOT EXISTS `client` (
  `cli_id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `cli_nom` varchar(60) NOT NULL,
  `cli_adresse` varchar(120),
  `cli_codepostal` int(11) DEFAULT NULL
);
"""


def results(tmp_path, sql):
    repo = make_repo(tmp_path / "r", [{"files": {**PAGES, "sql/base.sql": sql}, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["interoperability.identifiers", "interoperability.public-building-blocks"]))
    return {r["id"]: r for r in report["results"]}


def test_a_table_of_places_by_name_and_postal_code_holds_communes_without_their_code(tmp_path):
    r = results(tmp_path, PLACES)
    ident = r["interoperability.identifiers"]
    assert ident["status"] == "warn", ident
    assert ident["evidence"][0]["path"] == "sql/base.sql" and ident["evidence"][0]["line"] == 6, ident["evidence"]
    assert "postal code" in ident["message"]["en"]
    assert r["interoperability.public-building-blocks"]["status"] != "not_applicable", r["interoperability.public-building-blocks"]


def test_a_customers_table_with_an_address_and_a_postal_code_is_no_list_of_places(tmp_path):
    r = results(tmp_path, CUSTOMERS)
    assert r["interoperability.identifiers"]["status"] == "not_applicable", r["interoperability.identifiers"]
