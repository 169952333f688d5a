"""reusability.territory-neutral (issue 12, session 16): values of one territory the check did not read — a New Caledonian
province's server (www.province-sud.nc) called by a cloud function."""

from __future__ import annotations

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CID = "reusability.territory-neutral"


def territory(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial",
                                        "author": ("Jeanne Martin", "jeanne.martin@exemple.nc")}])
    cache = tmp_path / f"c-{name}"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[CID], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    r = results(report)[CID]
    return r, {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_new_caledonian_provinces_server_is_a_territory_value(tmp_path):
    main = ("import os\n\nimport requests\n\nTOKEN = os.environ['apikey-emploi']\n"
            "URL = 'https://www.province-nord.nc/emploi/api/v2/offres/'\n\n\n"
            "def offres():\n    return requests.get(URL, headers={'token': TOKEN}).json()\n")
    r, where = territory(tmp_path, {"main.py": main, "requirements.txt": "requests==2.32.3\n",
                                    "README.md": "# Offres\n\nCopie les offres d'emploi dans l'entrepôt.\n"})
    assert ("main.py", 6) in where, r["message"]
    assert r["status"] == "warn"


ENUM = """/*
 * Projet ENT - cahier de textes.
 */
package fr.exemple.ent.dto;

/**
 * Les regions qui deploient l'application.
 */
public enum Deploiement {
    /** CRB Conseil Regional de Bretagne. */
    CRB,
    /** CRN Conseil Regional de Normandie. */
    CRN,
    Picardie;
}
"""
SERVICE = """package fr.exemple.ent.metier;

import fr.exemple.ent.dto.Deploiement;

public class AnnuaireService {
    private Deploiement deploiement;

    public String profil(String nom) {
        if (Deploiement.CRB == deploiement) {
            return "ENS_" + nom;
        }
        if (deploiement.equals(Deploiement.Picardie)) {
            return nom.toUpperCase();
        }
        return nom;
    }
}
"""
LEVELS = """package fr.exemple.ent.dto;

public enum Niveau {
    SIXIEME,
    CINQUIEME,
    QUATRIEME;
}
"""


def test_an_enumeration_of_the_deploying_regions_and_the_branches_on_it_are_territory_values(tmp_path):
    files = {"src/main/java/fr/exemple/ent/dto/Deploiement.java": ENUM, "src/main/java/fr/exemple/ent/dto/Niveau.java": LEVELS,
             "src/main/java/fr/exemple/ent/metier/AnnuaireService.java": SERVICE,
             "pom.xml": "<project><artifactId>cahier</artifactId></project>\n", "README.md": "# Cahier de textes\n\nModule de l'ENT.\n"}
    r, where = territory(tmp_path, files)
    assert ("src/main/java/fr/exemple/ent/dto/Deploiement.java", 9) in where, r["evidence"]
    assert {("src/main/java/fr/exemple/ent/metier/AnnuaireService.java", 9),
            ("src/main/java/fr/exemple/ent/metier/AnnuaireService.java", 12)} <= where, r["evidence"]
    assert not any(p.endswith("Niveau.java") for p, _ in where)
    assert r["status"] == "warn"
    # the same enumeration the code never refers to: a list, no branch to edit
    files["src/main/java/fr/exemple/ent/metier/AnnuaireService.java"] = SERVICE.replace("Deploiement.CRB", "null").replace(
        "Deploiement.Picardie", "null")
    r, where = territory(tmp_path, files, "unused")
    assert r["status"] == "pass", r["evidence"]


def test_a_sql_scripts_tables_named_after_one_territory_are_territory_values(tmp_path):
    script = ("-- mise à jour du mode d'occupation des sols\n"
              "UPDATE production.mos_pays_vannes_2018\nSET section = tex\n"
              "WHERE tex IN (SELECT DISTINCT tex FROM cadastre_edigeo_56.geo_section);\n\n"
              "CREATE TABLE IF NOT EXISTS production.mos_stats (id serial, surface numeric);\n"
              "INSERT INTO production.mos_stats (surface) SELECT sum(surface) FROM production.mos_2018;\n")
    r, where = territory(tmp_path, {"sql/mise_a_jour.sql": script, "README.md": "# MOS\n\nScripts du mode d'occupation des sols.\n"})
    assert {("sql/mise_a_jour.sql", 2), ("sql/mise_a_jour.sql", 4)} <= where, r["evidence"]
    assert not {("sql/mise_a_jour.sql", 6), ("sql/mise_a_jour.sql", 7)} & where, r["evidence"]


def test_the_code_comparing_a_value_with_a_communes_name_is_a_territory_value(tmp_path):
    """appli-mobile-bacs-de-loire (s16): `if (from === 'Couëron' || …)` — a commune of INSEE's COG (auditor/data/communes.yml)."""
    service = ("export class TraverseeService {\n  sens(depart: string): string {\n    if (depart === 'Indre' || depart === 'Vertou') {\n"
               "      return 'nord';\n    }\n    return 'sud';\n  }\n}\n")
    towns = ("export const EXEMPLES = [\n  { ville: 'Vertou', lignes: 3 },\n  { ville: 'Orvault', lignes: 2 },\n];\n"
             "export const PLAISIR = 'Plaisir';\n")
    r, where = territory(tmp_path, {"src/app/traversee.service.ts": service, "src/app/exemples.ts": towns,
                                    "package.json": "{\"name\": \"bacs\"}\n", "README.md": "# Bacs\n\nHoraires des bacs.\n"})
    assert ("src/app/traversee.service.ts", 3) in where, r["evidence"]
    assert not any(p == "src/app/exemples.ts" for p, _ in where), r["evidence"]  # (a list of towns is data, not a branch)
