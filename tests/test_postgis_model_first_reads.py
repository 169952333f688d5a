"""Verdicts found wrong at the first read of local governments' PostGIS data models (session 5, issue 12), each on a git
fixture shaped like the real case."""

from __future__ import annotations

import subprocess

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

# sitnyon/data-model-sdis: a town's GIS team publishes the fire service's PostGIS model (schema, tables, trigger functions) with
# its object catalogue; a trigger rewrites the documents' drive letter into the town's file server share.
FUNCTIONS = ("CREATE FUNCTION pompiers.set_path_absolu_document() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n"
             "    new.document_absolu = CASE\n"
             "        WHEN new.document IS NOT NULL THEN replace(new.document, 'T:', '\\\\srv-fichiers\\SDIS') -- propre à la ville\n"
             "        ELSE NULL\n    END;\n    RETURN new;\nEND;\n$$;\n")
SDIS = {
    "README.md": "# Modèle de données SDIS\n\n## Documentation\n\n* [Catalogue des objets](doc/catalog.md)\n\n## PostgreSQL/PostGIS\n\n"
                 "* [Schéma](sql/pompiers/01_schema.sql)\n* [Fonctions](sql/pompiers/02_functions.sql)\n* [Tables](sql/pompiers/03_tables.sql)\n",
    "doc/catalog.md": "# Catalogue des objets\n\n## Bornes hydrantes\n\nPoints d'eau utilisés par les pompiers.\n",
    "sql/pompiers/01_schema.sql": "CREATE SCHEMA pompiers;\n",
    "sql/pompiers/02_functions.sql": FUNCTIONS,
    "sql/pompiers/03_tables.sql": "CREATE TABLE pompiers.pom_bornes_hydrantes (\n    id integer NOT NULL,\n    document character varying,\n"
                                  "    document_absolu character varying,\n    geom public.geometry(Point,2154)\n);\n",
}


def test_a_trigger_writing_the_towns_file_server_share_is_a_territory_value(tmp_path):
    """territory-neutral passed beside a trigger function rewriting 'T:' into the town's Windows share: a second territory has
    no such server. A local path (C:\\\\Temp\\\\x) and the same share in a comment line are no finding."""
    repo = make_repo(tmp_path / "r", [{"files": SDIS, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "warn", r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e["kind"] == "finding"] == [("sql/pompiers/02_functions.sql", 6)]
    local = {**SDIS, "sql/pompiers/02_functions.sql": FUNCTIONS.replace("'\\\\srv-fichiers\\SDIS') -- propre à la ville",
                                                                        "'C:\\\\Temp\\\\SDIS')\n-- ancien partage : \\\\srv-fichiers\\SDIS")}
    repo = make_repo(tmp_path / "l", [{"files": local, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "d", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]


def test_commits_from_the_town_whose_gis_team_owns_the_forge_account_are_a_public_bodys(tmp_path):
    """contributor-organisations said "84 % from the domain nyon.ch (unlisted organisation); none from a public body": the
    forge account sitnyon is the town's GIS team, and a 4-letter domain label was too short to be read in the owner's name."""
    commits = [{"files": {**SDIS, f"sql/v{i}.sql": f"SELECT {i};\n"}, "date": f"2024-0{1 + i % 8}-0{1 + i}T10:00:00Z",
                "author": ("Rémi B", "remi.b@nyon.ch") if i < 5 else ("Simon", "simon@gmail.com")} for i in range(6)]
    repo = make_repo(tmp_path / "r", commits)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/sitnyon/data-model-sdis.git"], check=True)
    r = results(run(repo, tmp_path / "c", only=["scaling.contributor-organisations"], sponsor="local-authority"))
    msg = r["scaling.contributor-organisations"]["message"]["en"]
    assert "public bodies 83%" in msg and "none from a public body" not in msg, msg
    repo2 = make_repo(tmp_path / "o", commits)  # another owner: the domain is nobody's to read
    subprocess.run(["git", "-C", str(repo2), "remote", "add", "origin", "https://github.com/sdis-tools/data-model-sdis.git"], check=True)
    msg = results(run(repo2, tmp_path / "d", only=["scaling.contributor-organisations"], sponsor="local-authority"))[
        "scaling.contributor-organisations"]["message"]["en"]
    assert "public bodies" not in msg, msg


def test_a_see_also_link_explaining_the_subject_is_no_live_service(tmp_path):
    """sigagglocompiegne/erp: readme-sections found a "demo" in the "Voir aussi" link to service-public.gouv.fr explaining what
    a public building is; a link to the service in the README's own text still counts."""
    readme = ("# Etablissement Recevant du Public (ERP)\nEnsemble des éléments constituant la base de données de suivi des ERP de la ville.\n\n"
              "- [Création de la structure initiale](sql/erp.sql)\n\n## Voir aussi\n* [Qu'est-ce qu'un établissement recevant du public "
              "(ERP) ?](https://entreprendre.service-public.gouv.fr/vosdroits/F32351)\n\n## Jeu de données consolidé\nAucun.\n")
    files = {"README.md": readme, "sql/erp.sql": "CREATE TABLE erp (id integer, geom geometry(Point,2154));\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    report = run(repo, tmp_path / "c", only=["documentation.readme-sections"])
    assert report["facts"]["readme"]["demo"] is None, report["facts"]["readme"]["demo"]
    files["README.md"] = readme.replace("## Jeu de données consolidé\nAucun.\n",
                                        "## Application\nL'application en ligne : [erp.ville.fr](https://erp.ville.fr/).\n")
    repo = make_repo(tmp_path / "s", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    assert run(repo, tmp_path / "d", only=["documentation.readme-sections"])["facts"]["readme"]["demo"]["url"] == "https://erp.ville.fr/"


def test_sql_code_branching_on_one_named_intercommunality_is_a_territory_value(tmp_path):
    """sigagglocompiegne/spanc: territory-neutral passed beside a trigger numbering the checks differently for one EPCI by its
    short name (`if v_epci = 'arc' THEN`); a yes/no flag on an EPCI column is no territory."""
    trigger = ("CREATE FUNCTION m_spanc.ft_idcontr() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE v_epci text;\nBEGIN\n"
               "  v_epci := (select values from custom_attributes where name = 'epci');\n  if v_epci = 'arc' THEN\n"
               "    new.idcontr := v_epci || '_1';\n  end if;\n  return new;\nEND;\n$$;\n")
    files = {"README.md": "# SPANC\n\nBase de données du suivi des contrôles d'assainissement non collectif.\n",
             "bdd/spanc_10_squelette.sql": "CREATE TABLE m_spanc.an_spanc_controle (idcontr text, epci text);\n" + trigger}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "warn" and [e["line"] for e in r["evidence"] if e["kind"] == "finding"] == [6], r
    files["bdd/spanc_10_squelette.sql"] = files["bdd/spanc_10_squelette.sql"].replace("v_epci = 'arc'", "is_epci = 'oui'")
    repo = make_repo(tmp_path / "s", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    assert results(run(repo, tmp_path / "d", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]["status"] == "pass"


def test_a_link_labelled_as_the_users_documentation_is_no_live_service(tmp_path):
    """sigagglocompiegne/spanc: the README's "Documentation des utilisateurs de l'application" link was the 'demo'."""
    readme = ("# SPANC\n\nBase de données du suivi des contrôles d'assainissement non collectif.\n\n"
              "- [Documentation des utilisateurs de l'application (authentification nécessaire)]"
              "(https://geo.agglo.fr/portail/index.php/2019/04/30/le-spanc/)\n")
    files = {"README.md": readme, "bdd/spanc.sql": "CREATE TABLE spanc (id integer, geom geometry(Point,2154));\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    assert run(repo, tmp_path / "c", only=["documentation.readme-sections"])["facts"]["readme"]["demo"] is None
    files["README.md"] = readme.replace("Documentation des utilisateurs de l'application", "Accéder à l'application")
    repo = make_repo(tmp_path / "s", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    assert run(repo, tmp_path / "d", only=["documentation.readme-sections"])["facts"]["readme"]["demo"] is not None


def test_a_models_trigger_functions_are_code_not_measured_a_schema_of_tables_is_no_code(tmp_path):
    """tests-and-ci said "No source code to test" and maintainability "No measurable source code" beside the model's PL/pgSQL
    trigger functions: code in a language no analyser here reads is *not measured* (inconclusive), as for Talend jobs or R
    Markdown. The same model without its functions (tables only) has no code: not applicable stays."""
    only = ["reusability.tests-and-ci", "reusability.maintainability"]
    repo = make_repo(tmp_path / "r", [{"files": SDIS, "date": "2026-03-02T10:00:00Z"}])
    res = results(run(repo, tmp_path / "c", only=only))
    for cid in only:
        assert res[cid]["status"] == "inconclusive", (cid, res[cid]["message"])
        assert "PL/pgSQL" in res[cid]["message"]["en"], res[cid]["message"]
    assert "1 PL/pgSQL function(s) (in 1 SQL file(s))" in res["reusability.tests-and-ci"]["message"]["en"]
    tables = {k: v for k, v in SDIS.items() if k != "sql/pompiers/02_functions.sql"}
    repo = make_repo(tmp_path / "t", [{"files": tables, "date": "2026-03-02T10:00:00Z"}])
    res = results(run(repo, tmp_path / "d", only=only))
    assert [res[cid]["status"] for cid in only] == ["not_applicable", "not_applicable"], [res[cid]["message"] for cid in only]


def test_a_swiss_models_national_reference_system_is_its_legal_one(tmp_path):
    """geo said "legal reference system: no" beside geometry(Point,2056): Switzerland's CH1903+/LV95 is the legal system of a
    Swiss town's model (France's décret does not apply there); the message says which one was found. WGS 84 is no legal system."""
    swiss = {**SDIS, "sql/pompiers/03_tables.sql": SDIS["sql/pompiers/03_tables.sql"].replace("2154", "2056")}
    repo = make_repo(tmp_path / "r", [{"files": swiss, "date": "2026-03-02T10:00:00Z"}])
    msg = results(run(repo, tmp_path / "c", only=["interoperability.geo"]))["interoperability.geo"]["message"]
    assert "legal reference system: yes (EPSG:2056, Switzerland's legal system)" in msg["en"] and "Suisse" in msg["fr"], msg
    wgs = {**SDIS, "sql/pompiers/03_tables.sql": SDIS["sql/pompiers/03_tables.sql"].replace("2154", "4326")}
    repo = make_repo(tmp_path / "w", [{"files": wgs, "date": "2026-03-02T10:00:00Z"}])
    msg = results(run(repo, tmp_path / "d", only=["interoperability.geo"]))["interoperability.geo"]["message"]
    assert "legal reference system: no" in msg["en"], msg
