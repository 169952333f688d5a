"""Wrong verdicts reader m35o2 found on kadataApps/urbaflow and Maxime63/sictom_project (issue 12, session 36 fixer u36).

- kadataApps/urbaflow: LICENCE.md is titled "Contrat de Licence de Logiciel Libre CeCILL v2.1" and holds a home-made summary of
  its articles (466 words), not the licence's text. licensing.license-file's evidence said "texte modifié : non" (the matcher's
  default when nothing matched), and licensing.consistent "a single source states the licence (README.md)": the licence file's
  title names CeCILL v2.1 too.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ARTICLES = [
    ("DÉFINITIONS", "Dans ce résumé, le Logiciel désigne le programme et ses composants, l'Auteur celui qui l'a écrit."),
    ("OBJET", "Le présent résumé explique les droits accordés à chacun sur le Logiciel, dans les limites fixées par la loi."),
    ("ACCEPTATION", "Utiliser le Logiciel vaut acceptation des règles décrites ici, sans autre formalité de la part du Licencié."),
    ("ENTRÉE EN VIGUEUR", "Les règles s'appliquent dès le premier usage du Logiciel et pour toute la durée des droits d'auteur."),
    ("CODE SOURCE", "Le code source du Logiciel doit toujours accompagner ses copies, sous une forme que chacun peut lire."),
    ("MODIFICATIONS", "Chacun peut adapter le Logiciel ; les versions adaptées restent soumises aux mêmes règles de partage."),
    ("GARANTIE", "Le Logiciel est fourni tel quel ; l'Auteur ne garantit ni son bon fonctionnement ni son adéquation à un besoin."),
    ("RESPONSABILITÉ", "L'Auteur ne répond pas des dommages causés par l'usage du Logiciel, sauf faute lourde prouvée."),
    ("LOI APPLICABLE", "Ce résumé relève du droit français ; les litiges vont devant les tribunaux compétents de Paris."),
]
SUMMARY = ("# LICENCE\n\n## Contrat de Licence de Logiciel Libre CeCILL v2.1\n\n### Préambule\n\n"
           + "Ce document présente dans nos propres mots les grandes règles qui gouvernent la diffusion de cet outil de traitement "
             "des fichiers fonciers, afin que chaque collectivité sache ce qu'elle peut faire du code qu'elle récupère.\n\n"
           + "".join(f"### Article {i} - {title}\n\n{body} " + " ".join(
               f"Le point {i}.{j} précise encore que la règle vaut pour toute copie, toute version et tout usage du programme "
               f"par une administration ou une entreprise." for j in range(1, 3)) + "\n\n"
                     for i, (title, body) in enumerate(ARTICLES, 1))
           + "Texte complet : https://cecill.info/licences/Licence_CeCILL_V2.1-fr.html\n")
README = ("# urbaflow\n\nUn ETL qui charge les fichiers fonciers dans PostGIS pour l'analyse foncière des collectivités.\n\n"
          "## Installation\n\n```\nmake install\n```\n\n## Licence\n\nCe logiciel est distribué sous la licence CeCILL v2.1, "
          "compatible avec le droit français.\n")
ETL = {
    "README.md": README,
    "LICENCE.md": SUMMARY,
    "urbaflow/main.py": "\"\"\"Point d'entrée.\"\"\"\n\n\ndef main():\n    \"\"\"Lance les flux.\"\"\"\n    return 0\n",
}
LICENCE_CHECKS = ["licensing.license-file", "licensing.consistent"]


def test_a_licence_file_titled_with_a_licence_over_another_text_is_no_unmodified_text_and_declares_it(tmp_path):
    assert len(SUMMARY.split()) > 400
    report, res = judge(tmp_path, ETL, LICENCE_CHECKS)
    lf = res["licensing.license-file"]
    assert lf["status"] == "warn", lf["message"]
    assert "CECILL-2.1" in lf["message"]["fr"] and "CECILL-2.1" in lf["message"]["en"], lf["message"]
    ev = next(e for e in lf["evidence"] if e["path"] == "LICENCE.md")
    assert "modified" not in ev["value"], ev  # no text matched: neither modified nor unmodified
    assert "texte" in ev["note"]["fr"] and "text" in ev["note"]["en"], ev
    co = res["licensing.consistent"]
    assert co["status"] == "pass", co["message"]
    assert "Une seule source" not in co["message"]["fr"], co["message"]
    assert "LICENCE.md" in {e["path"] for e in co["evidence"]}, co["evidence"]


def test_a_licence_file_whose_title_names_another_licence_than_the_readme_contradicts_it(tmp_path):
    files = dict(ETL, **{"LICENCE.md": SUMMARY.replace("CeCILL v2.1", "MIT")})
    report, res = judge(tmp_path, files, ["licensing.consistent"])
    co = res["licensing.consistent"]
    assert co["status"] == "fail", co["message"]
    assert "LICENCE.md" in co["message"]["en"], co["message"]


def test_a_licence_file_naming_no_licence_in_its_title_stays_a_single_source(tmp_path):
    untitled = SUMMARY.replace("## Contrat de Licence de Logiciel Libre CeCILL v2.1", "## Conditions d'utilisation")
    untitled = untitled.replace("Texte complet : https://cecill.info/licences/Licence_CeCILL_V2.1-fr.html\n", "")
    report, res = judge(tmp_path, dict(ETL, **{"LICENCE.md": untitled}), LICENCE_CHECKS)
    lf = res["licensing.license-file"]
    assert lf["status"] == "warn" and "CECILL" not in lf["message"]["en"], lf["message"]
    co = res["licensing.consistent"]
    assert co["status"] == "pass" and "A single source states the license (README.md)" in co["message"]["en"], co["message"]


# kadataApps/urbaflow's MAJIC schema: lots.idpdl is the "propriété divisée en lots" (a co-ownership) the lot belongs to, no meter
MAJIC_SQL = ("CREATE TABLE IF NOT EXISTS proprietaire (\n    idprocpte text,\n    dnuper text,\n    ddenom text,\n    jdatnss date,\n"
             "    dldnss text\n);\n\nCREATE TABLE IF NOT EXISTS pdl (\n    pdl text,\n    dnupdl text,\n    ctpdl text\n);\n\n"
             "CREATE TABLE IF NOT EXISTS lots (\n    lots text,\n    annee text,\n    idlot char(25),   -- 1  *\n    idpdl char(18),   -- 2  *\n"
             "    idpar char(14),   -- 3  *\n    dnupdl text,\n    pdl text,\n    dnulot text\n);\n\n"
             "COMMENT ON TABLE pdl IS 'Propriétés divisées en lots';\n"
             "COMMENT ON COLUMN proprietaire.jdatnss IS 'Date de naissance';\n"
             "COMMENT ON COLUMN proprietaire.dldnss IS 'Lieu de naissance';\n")


def test_a_cadastral_lots_tables_pdl_id_is_no_energy_meter(tmp_path):
    files = dict(ETL, **{"urbaflow/queries/majic/commun_create_metier.sql": MAJIC_SQL})
    report, res = judge(tmp_path, files, ["scaling.personal-data"])
    r = res["scaling.personal-data"]
    assert r["status"] == "warn" and "birth" in r["message"]["en"], r["message"]
    assert "energy" not in r["message"]["en"] and "énergie" not in r["message"]["fr"], r["message"]
    assert "lots" not in {(e.get("value") or {}).get("table") for e in r["evidence"]}, r["evidence"]


def test_a_delivery_point_id_in_a_meters_table_stays_an_energy_meter(tmp_path):
    meters = MAJIC_SQL + ("\nCREATE TABLE IF NOT EXISTS compteurs_abonnes (\n    idpdl char(14),   -- PDL Enedis du logement\n"
                          "    conso_kwh integer,\n    nom text\n);\n")
    report, res = judge(tmp_path, dict(ETL, **{"urbaflow/queries/majic/commun_create_metier.sql": meters}), ["scaling.personal-data"])
    r = res["scaling.personal-data"]
    assert "energy meter" in r["message"]["en"], r["message"]
    assert "compteurs_abonnes" in {(e.get("value") or {}).get("table") for e in r["evidence"]}, r["evidence"]


SOURCES = ("\n## Documentation\n\n### LOCOMVAC\n\n[documentation LOCOMVAC sur le site collectivites-locales.gouv.fr]"
           "(https://www.collectivites-locales.gouv.fr/sites/default/files/migration/fiche_technique_locaux_vacants_commerciaux_2020.pdf)\n")


def test_a_link_to_an_administrations_pdf_naming_its_site_is_no_demo(tmp_path):
    report, res = judge(tmp_path, dict(ETL, **{"README.md": README + SOURCES}), ["documentation.readme-sections"])
    r = res["documentation.readme-sections"]
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]


def test_a_sentence_naming_the_services_site_stays_its_demo(tmp_path):
    online = README + "\n## Accès\n\nLe service est en ligne sur le site urbaflow-demo.fr pour essayer le traitement.\n"
    report, res = judge(tmp_path, dict(ETL, **{"README.md": online + SOURCES}), ["documentation.readme-sections"])
    demo = res["documentation.readme-sections"]["details"]["signals"]["demo"]
    assert demo and demo["url"] == "https://urbaflow-demo.fr", demo
