"""reusability.territory-neutral: values tying the code to one territory that were not reached (issue 12, session 9's reads): SQL views
keeping given communes by their name (`WHERE commune = 'Compiègne'`, `nom_com IN ('Amiens', …)`), and a city's server named alone in a
string of the code, an overseas collectivity's domain included (a mail class's SMTP host under .nc)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"


def terr(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def notes(r: dict, path: str) -> list[str]:
    return [e["note"]["en"] for e in r["evidence"] if e.get("path") == path and isinstance(e.get("note"), dict)]


README = "# Foncier\n\nDes vues sur les parcelles.\n"


def test_sql_views_keeping_communes_by_name_are_territory_specific(tmp_path):
    sql = ("CREATE VIEW foncier.parcelles_centre AS\n  SELECT p.id, p.geom FROM foncier.parcelle p\n  WHERE p.commune = 'Compiègne';\n\n"
           "CREATE VIEW foncier.parcelles_nord AS\n  SELECT p.id, p.geom FROM foncier.parcelle p\n"
           "  WHERE p.surface > 100 AND p.nom_com IN ('Margny-lès-Compiègne', 'Venette');\n")
    r = terr(tmp_path, {"sql/vues.sql": sql, "README.md": README})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert "SQL filter on given municipalities' names" in notes(r, "sql/vues.sql")


def test_a_reference_tables_rows_and_a_yes_no_filter_are_no_commune_filter(tmp_path):
    sql = ("CREATE TABLE ref.commune (insee char(5), nom text);\nINSERT INTO ref.commune (insee, nom) VALUES ('60159', 'Compiègne');\n"
           "CREATE VIEW ref.v AS SELECT * FROM ref.commune c WHERE c.commune = 'Non renseigné' OR c.nom = $1;\n")
    r = terr(tmp_path, {"sql/ref.sql": sql, "README.md": README})
    assert "SQL filter on given municipalities' names" not in notes(r, "sql/ref.sql")


def test_a_citys_server_named_alone_in_a_string_is_territory_specific(tmp_path):
    java = ("package nc.ville.outils;\n\npublic class Courrier {\n    public static String SERVEUR = \"smtp.intranet.noumea.nc\";\n\n"
            "    public String serveur() { return SERVEUR; }\n}\n")
    r = terr(tmp_path, {"src/main/java/nc/ville/outils/Courrier.java": java, "README.md": "# Outils\n\nDes outils.\n"})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "src/main/java/nc/ville/outils/Courrier.java" and "smtp.intranet.noumea.nc" in str(e.get("value"))
               for e in r["evidence"])


def test_a_company_host_alone_in_a_string_is_no_territory(tmp_path):
    java = "public class Liens {\n    public static String MOTEUR = \"www.moteur-exemple.fr\";\n    static String API = \"api.prestataire.fr\";\n}\n"
    r = terr(tmp_path, {"src/Liens.java": java, "README.md": "# Liens\n\nDes liens.\n"})
    assert r["status"] == "pass", r["message"]


def test_the_platforms_own_urls_in_code_are_territory_specific(tmp_path):
    # a GeoServer manager of one platform (forge owner geoexemplia) building links to its own catalogue in the code
    import subprocess

    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit

    code = ("import requests\n\n\ndef fiche(md_id):\n    url = 'https://www.geoexemplia.fr/geonetwork/srv/fre/xml_iso19139?uuid=' + md_id\n"
            "    return requests.get(url).text\n")
    repo = build(tmp_path / "outils", {"process/liens.py": code, "README.md": "# Outils\n\nGestion du serveur cartographique.\n"})
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/geoexemplia/outils"], check=True)
    cache = tmp_path / "c"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[CID], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    r = results(report)[CID]
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "process/liens.py" and "geoexemplia.fr" in str(e.get("value")) for e in r["evidence"])


def test_a_former_regions_portal_is_one_territorys(tmp_path):
    # the GIS portals kept the names of the regions merged in 2016 (a Limousin, a Picardie platform)
    js = "export const WMS = 'https://sig.limousin.fr/geoserver/wms';\nexport function couche(nom) { return WMS + '?layers=' + nom; }\n"
    r = terr(tmp_path, {"src/couches.js": js, "README.md": "# Couches\n\nDes couches.\n"})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "src/couches.js" for e in r["evidence"])


def test_a_class_named_for_a_declaration_it_sends_is_code_not_a_legal_page(tmp_path):
    # (a batch job DeclarationSalairesJob.java sending one city's pay declaration: its hosts are code, not a "déclaration
    # d'accessibilité" page's links)
    java = ("public class DeclarationSalairesJob {\n    private static final String SERVEUR = \"https://geo.vendee.fr/wms\";\n"
            "    public String serveur() { return SERVEUR; }\n}\n")
    r = terr(tmp_path, {"src/main/java/job/DeclarationSalairesJob.java": java, "README.md": "# Jobs\n\nDes traitements.\n"})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "src/main/java/job/DeclarationSalairesJob.java" for e in r["evidence"])


def test_values_in_a_settings_script_the_readme_says_to_copy_and_adapt_are_configuration(tmp_path):
    # a CSW server whose README says to create one node file per harvesting point from csw/node.php and adapt its configuration:
    # the node's provider name and e-mail are that template's settings, not values written in the code
    files = {"server.php": "<?php\nif ($_GET['request'] == 'getcapabilities') { echo '<Capabilities>' . $ows_ProviderName . '</Capabilities>'; }\n",
             "csw/node.php": "<?php\n$ows_Title = 'Flux';\n$ows_ProviderName = 'Région Bretagne';\n$ows_Mail = 'sig@bretagne.bzh';\n"
                             "include_once('../server.php');\n",
             "README.md": "# csw\n\nUn serveur CSW.\n\n## Installation\n\nDans le dossier csw, créer un fichier par noeud à partir de "
                          "\"node.php\" et adapter la configuration.\n"}
    r = terr(tmp_path, files)
    assert r["status"] == "pass", r["message"]
    assert "configuration" in r["message"]["en"]
