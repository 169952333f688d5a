"""reusability.territory-neutral and interoperability.identifiers: values missed and values taken wrongly (issue 12, session 11's
reads of unseen local-authority repositories).

Missed: a commune's INSEE code after a URL-encoded "=" in a search's query string (an Opendatasoft ``where=…%3D35238``), an
intercommunality's SIREN kept in a constant named for an INSEE code (``CODE_INSEE_RM = "243500139"``), the school-holiday zone of
one academy (``…_SCOLAIRE_ZONE = 'Zone C'``). Taken wrongly: a filler SIRET (00000000000001) in a Perl script's usage text after
``__END__``, the sentinel 'all' compared to an ``epci`` column, a person's "INSEE number" (NINSEE, the social-security number)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

TN, ID = "reusability.territory-neutral", "interoperability.identifiers"
README = "# Outil\n\nOutil de la collectivité.\n"


def audit_of(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {"README.md": README, **files}), tmp_path / f"c-{name}", [TN, ID]))


def findings(r) -> list:
    return [(e["path"], e["line"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding"]


SEARCH = ("export async function etablissements(conf, activite) {\n"
          "  const url = `${conf.url}?where=codecommuneetablissement%3D35238%20AND%20activite%3D${activite}&rows=100`;\n"
          "  return (await fetch(url)).json();\n}\n")


def test_an_insee_code_after_an_url_encoded_equals_sign_is_hard_coded(tmp_path):
    r = audit_of(tmp_path, {"js/search.js": SEARCH})
    assert [(f[0], f[1], f[2].endswith("%3D35238")) for f in findings(r[TN])] == [("js/search.js", 2, True)], r[TN]["evidence"]
    assert r[ID]["details"]["hard_coded"] == 1, r[ID]["message"]


PARAMS = ("package fr.ville.demandes.common;\n\npublic final class CommuneParams {\n"
          "    public static final String CODE_INSEE_METRO = \"243500139\";\n    private CommuneParams() {}\n}\n")


def test_nine_digits_in_a_constant_named_for_an_insee_code_are_a_siren(tmp_path):
    r = audit_of(tmp_path, {"src/main/java/fr/ville/demandes/common/CommuneParams.java": PARAMS})
    assert [(f[1], f[2].endswith("243500139")) for f in findings(r[TN])] == [(4, True)], r[TN]["evidence"]
    assert r[ID]["details"]["hard_coded"] == 1, r[ID]["message"]


PERL = ("#!/usr/bin/perl\nuse strict;\nmy $base = $ARGV[0];\nprint \"$base\\n\";\n\n__END__\n\nUsage :\n"
        "  updateListConf.pl LISTE SIREN=00000000000001\n")


def test_a_filler_siret_in_a_perl_scripts_usage_text_is_no_value(tmp_path):
    r = audit_of(tmp_path, {"scripts/updateListConf.pl": PERL,
                            "lib/params.php": "<?php\n$siret = '11111111111111';\n"})
    assert findings(r[TN]) == [], r[TN]["evidence"]
    assert r[ID]["details"].get("hard_coded", 0) == 0, r[ID]["message"]


VIEW = ("CREATE VIEW x_opendata.v_aires AS\nSELECT a.id, a.nom, i.epci\nFROM m_mobilite.geo_aire a\n"
        "JOIN r_admin.epci i ON st_intersects(a.geom, i.geom)\nWHERE i.epci <> 'all'::text;\n")


def test_the_sentinel_all_compared_to_an_epci_column_names_no_intercommunality(tmp_path):
    r = audit_of(tmp_path, {"bdd/vues.sql": VIEW, "bdd/trigger.sql": VIEW.replace("i.epci <> 'all'::text", "i.epci = 'arc'")})
    assert findings(r[TN]) == [("bdd/trigger.sql", 5, "arc")], r[TN]["evidence"]


BROKER = ('package nc.ville.paie.metier;\n\npublic class AgentBroker {\n    protected java.util.Map mappage() throws Exception {\n'
          '        java.util.Map mappage = new java.util.HashMap();\n'
          '        mappage.put("NOM", new BasicRecord("NOM", "CHAR", Agent.class.getField("nom"), "STRING"));\n'
          '        mappage.put("NINSEE", new BasicRecord("NINSEE", "DECIMAL", Agent.class.getField("ninsee"), "STRING"));\n'
          '        return mappage;\n    }\n}\n')


def test_a_persons_insee_number_is_no_local_government_identifier(tmp_path):
    r = audit_of(tmp_path, {"src/main/java/nc/ville/paie/metier/AgentBroker.java": BROKER})
    assert r[ID]["status"] == "not_applicable", (r[ID]["message"], r[ID]["evidence"])


CALENDAR = ("import pandas as pd\n\n# calendrier scolaire national (data.education.gouv.fr)\n"
            "IDF_CALENDRIER_SCOLAIRE_ZONE = 'Zone C'\n\n\ndef vacances(cal: pd.DataFrame) -> pd.DataFrame:\n"
            "    return cal[cal['zones'] == IDF_CALENDRIER_SCOLAIRE_ZONE]\n")


def test_one_academys_school_holiday_zone_is_a_territory_value_and_the_three_zones_are_not(tmp_path):
    r = audit_of(tmp_path, {"indicateurs/calendrier_scolaire.py": CALENDAR})
    assert findings(r[TN]) == [("indicateurs/calendrier_scolaire.py", 4, "Zone C")], r[TN]["evidence"]
    every = CALENDAR.replace("IDF_CALENDRIER_SCOLAIRE_ZONE = 'Zone C'", "ZONES = ['Zone A', 'Zone B', 'Zone C']")
    r = audit_of(tmp_path, {"indicateurs/calendrier_scolaire.py": every}, "all")
    assert findings(r[TN]) == [], r[TN]["evidence"]


SWAGGER = ('package fr.ville.demandes.api.config.swagger;\n\nimport java.util.List;\n\nimport org.springframework.beans.factory.annotation.Value;\n\n'
           'public class OpenApiSwaggerConfig {\n\n'
           '    @Value("${swagger-server:" + "https://portail.sig.valmetropole.fr/demandes," + "}")\n'
           '    private List<String> serverUrls;\n}\n')


def test_a_spring_defaults_host_in_a_config_package_is_in_the_code(tmp_path):
    r = audit_of(tmp_path, {"api/src/main/java/fr/ville/demandes/api/config/swagger/OpenApiSwaggerConfig.java": SWAGGER})
    assert [(f[1], "valmetropole.fr" in str(f[2])) for f in findings(r[TN])] == [(9, True)], (r[TN]["message"], r[TN]["evidence"])


OWNERS = ("UPDATE resultat.parcelles SET type_prop = CASE\nWHEN obl_nom like '%COMMUNE%' OR obl_nom like '%MAIRIE%' THEN 'commune'\n"
          "WHEN obl_nom like '%DEPARTEMENT%' THEN 'departement'\nWHEN obl_nom like '%STE DES EAUX DE TOULOUSE%' THEN 'concessionnaire'\n"
          "WHEN obl_nom like '%REGION OCCITANIE%' THEN 'region'\nELSE 'prive' END;\n")


def test_a_large_communes_or_a_regions_name_inside_a_sql_like_pattern_is_a_territory_value(tmp_path):
    r = audit_of(tmp_path, {"post_traitement/1_types_proprietaires.sql": OWNERS})
    assert findings(r[TN]) == [("post_traitement/1_types_proprietaires.sql", 4, "TOULOUSE"),
                               ("post_traitement/1_types_proprietaires.sql", 5, "OCCITANIE")], r[TN]["evidence"]


FOOTER = ('<ion-footer>\n  <a *ngFor="let network of networks" [href]="network.url"\n'
          '     title="Le Département de Loire-Atlantique sur {{network.title}} - nouvelle fenêtre">{{network.title}}</a>\n</ion-footer>\n')


def test_a_departements_council_named_in_a_templates_sentence_is_a_territory_value(tmp_path):
    r = audit_of(tmp_path, {"src/app/app.component.html": FOOTER, "src/app/app.component.ts": "export class AppComponent {}\n"})
    assert findings(r[TN]) == [("src/app/app.component.html", 3, "Loire-Atlantique")], r[TN]["evidence"]
    national = FOOTER.replace("Le Département de Loire-Atlantique", "Le Département de l'Ain,\n le Département de la Somme,\n le Département du Morbihan")
    r = audit_of(tmp_path, {"src/app/app.component.html": national, "src/app/app.component.ts": "export class AppComponent {}\n"}, "n")
    assert findings(r[TN]) == [], r[TN]["evidence"]


SCREEN = ("/*\n    The content passed to the markdown parser is reviewed by the project team and likely\n"
          "    by the communication team at the Département de la Gironde.\n*/\n"
          "export const title = 'Comptes administratifs du Département de la Gironde au format TOTEM';\n")


def test_a_departement_named_in_a_block_comments_prose_is_no_value_and_in_a_label_is(tmp_path):
    r = audit_of(tmp_path, {"src/js/screens/Budget.js": SCREEN})
    assert findings(r[TN]) == [("src/js/screens/Budget.js", 5, "Gironde")], r[TN]["evidence"]
