"""reusability.territory-neutral (issue 12, s48 fa48), four cases of session 47's readers:
- lutece-secteur-public/gru-plugin-identitystore SwaggerConfig.java: `externalDocs = @ExternalDocs(value = "… WIKI", url = "https://
  <the software's wiki on the city's domain>/…")` flagged as the city's domain: a link for the API's readers, nothing called.
- GIP-RECIA/recia_odoo_video_widget: __manifest__.py 'website' (Odoo add-on metadata, like setup()'s url=) flagged, while media.js's
  URL regex `(pod\\.<body>\\.fr\\/video|…)`, the body's video server the add-on exists for, was missed (escaped dots after a group).
- OPEN-ENT-NG/gar-connector: constants/*Examples.java `…_EXAMPLE` JSON records (served only in a development mode) flagged as "a text
  of the application": sample records, now counted as examples.
- GoziPizi/chatbot_essonne_numerique: the département's digital syndicat's server (<département>numerique.com) missed: a generic TLD.
Near misses: a server constant beside the API docs link, a regex of a national host, a constant of an ordinary class, a
"<word>numerique.com" naming no département, and a plain dict's 'website' outside a manifest."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host
from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
SWAGGER = ("package fr.exemple.carnet.rs;\n\nimport io.swagger.annotations.*;\n\n"
           "@SwaggerDefinition( info = @Info( title = \"Carnet API\", version = \"V1\" ),\n"
           "        externalDocs = @ExternalDocs( value = \"Wiki\", url = \"https://wiki.mairie-valdoree.fr/page?name=carnet_api\" ) )\n"
           "public class SwaggerConfig\n{\n}\n")
CLIENT = ("package fr.exemple.carnet.rs;\n\npublic class GeoClient\n{\n"
          "    private static final String SERVER = \"https://sig.mairie-valdoree.fr/wfs\";\n\n"
          "    public String server( )\n    {\n        return SERVER;\n    }\n}\n")
MANIFEST = ("# -*- coding: utf-8 -*-\n{\n    'name': \"video_widget\",\n    'author': \"Someone\",\n"
            "    'website': \"https://www.mairie-valdoree.fr\",\n    'version': '0.1',\n    'depends': ['web_editor'],\n}\n")
MEDIA = ("odoo.define('video.widget', function (require) {\n    const regexes = {\n"
         "        youtube: /^(?:(?:https?:)?\\/\\/)?(?:www\\.)?(youtube\\.com\\/watch)\\/(.*)$/,\n"
         "        video: /^(?:(?:https?:)?\\/\\/)?(video\\.mairie-valdoree\\.fr\\/v|.*\\.fr\\/VIDEO\\/v)\\/(.*)$/,\n"
         "    };\n    return regexes;\n});\n")
RECORDS = ("package fr.ent.connecteur.constants;\n\npublic class ResourceExamples {\n"
           "    public static final String RESOURCE_EXAMPLE = \"[\\n\" +\n            \"{\\n\" +\n"
           "                \"\\\"nomRessource\\\": \\\"Manuel de test\\\",\\n\" +\n"
           "                \"\\\"structure_name\\\": \\\"Région Bretagne\\\",\\n\" +\n"
           "                \"\\\"structure_uai\\\": \\\"9999991F\\\"\\n\" +\n            \"}\\n\" +\n        \"]\";\n}\n")
SERVICE = "export class FormService {\n  send() {\n    const url = \"https://chatbot.{host}/api/form-endpoint\";\n    return fetch(url);\n  }\n}\n"
README = {"README.md": "# Outil\n\nUn outil.\n"}


def _tn(tmp_path, name, files):
    return judge(tmp_path, {**README, **files}, [CID], name=name)[1][CID]


def _paths(r):
    return {e["path"] for e in r["evidence"] if e.get("path") and e.get("kind") == "finding"}


def test_an_api_descriptions_docs_link_is_no_territory_value_and_a_server_stays(tmp_path):
    assert _tn(tmp_path, "a", {"src/java/SwaggerConfig.java": SWAGGER})["status"] == "pass"
    r = _tn(tmp_path, "b", {"src/java/SwaggerConfig.java": SWAGGER, "src/java/GeoClient.java": CLIENT})
    assert r["status"] != "pass" and _paths(r) == {"src/java/GeoClient.java"}, r["evidence"]


def test_an_addons_manifest_website_is_metadata_and_a_host_in_a_url_regex_is_found(tmp_path):
    r = _tn(tmp_path, "c", {"video_widget/__manifest__.py": MANIFEST, "video_widget/static/src/js/media.js": MEDIA})
    assert _paths(r) == {"video_widget/static/src/js/media.js"}, r["evidence"]
    assert [e["line"] for e in r["evidence"] if e.get("kind") == "finding"] == [4], r["evidence"]
    # near misses: a regex of a national host only; a plain module's dict naming the site is no manifest
    assert _tn(tmp_path, "d", {"video_widget/static/src/js/media.js": MEDIA.replace("video\\.mairie-valdoree\\.fr", "www\\.dailymotion\\.com")})["status"] == "pass"
    plain = "LINKS = {\n    'website': \"https://www.mairie-valdoree.fr\",\n}\n"
    assert _tn(tmp_path, "e", {"app/links.py": plain})["status"] != "pass"


def test_a_class_of_sample_records_holds_examples_and_an_ordinary_class_does_not(tmp_path):
    r = _tn(tmp_path, "f", {"src/main/java/fr/ent/connecteur/constants/ResourceExamples.java": RECORDS})
    assert r["status"] == "pass" and "example" in r["message"]["en"], (r["message"], r["evidence"])
    ordinary = RECORDS.replace("ResourceExamples", "ResourceTexts").replace("RESOURCE_EXAMPLE", "RESOURCE_TEXT")
    r = _tn(tmp_path, "g", {"src/main/java/fr/ent/connecteur/constants/ResourceTexts.java": ordinary})
    assert r["status"] != "pass", r["message"]


def test_a_departements_digital_syndicat_under_a_generic_tld(tmp_path):
    assert authority_host("chatbot.lozerenumerique.com") and authority_host("lozere-numerique.org")
    assert not authority_host("agencenumerique.com") and not authority_host("monnumerique.net")
    r = _tn(tmp_path, "h", {"src/app/form.service.ts": SERVICE.replace("{host}", "lozerenumerique.com")})
    assert r["status"] != "pass" and _paths(r) == {"src/app/form.service.ts"}, r["evidence"]
    assert _tn(tmp_path, "i", {"src/app/form.service.ts": SERVICE.replace("{host}", "agencenumerique.com")})["status"] == "pass"
