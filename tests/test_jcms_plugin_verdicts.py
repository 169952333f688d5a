"""Verdicts read against a département's JCMS plugin the tool had not seen (session 4, departement-loire-atlantique/
jPlatformSocle), each fixed at its cause and shown on a git fixture shaped like the real case: the plugin's settings in
JCMS ``.prop`` files, its language files, its content types (Hibernate-backed XML), client jars copied into WEB-INF/lib
and a CI job running SonarCloud."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PROP = ("# Settings of the plugin\n"
        "jcmsplugin.socle.mailjet.apiKey:\n"
        "jcmsplugin.socle.recherche.geojson.communes.url: https://cartes.loire-atlantique.fr/geojson/communes2019.geojson\n"
        "jcmsplugin.socle.autocompletion.adresse.url: https://api-adresse.data.gouv.fr/search/?limit=5&citycode=$parentValue\n"
        "jcmsplugin.socle.api.places.google.url: https://maps.googleapis.com/maps/api/place/details/json\n"
        "jcmsplugin.socle.api.places.google.key:\n"
        "jcmsplugin.socle.api.places.tripadvisor.url: http://api.tripadvisor.com/api/partner/2.0/location/\n")
CANDIDATURE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<type name="CandidatureForm" superclass="com.jalios.jcms.Form" hbm="true" database="true">\n  <fields>\n'
               '    <field name="nom" editor="textfield" type="String">\n      <label xml:lang="fr">Nom</label>\n    </field>\n'
               '    <field name="prenom" editor="textfield" type="String" />\n'
               '    <field name="mail" editor="email" type="String" />\n'
               '    <field name="telephone" editor="textfield" type="String" />\n  </fields>\n</type>\n')
JAVA = ("package fr.cg44.plugin.socle.mailjet;\n\nimport com.mailjet.client.MailjetClient;\n\n"
        "/** Sends the newsletter. */\npublic class MailjetManager {\n  /** The client. */\n  public MailjetClient client() {\n    return null;\n  }\n}\n")
INFOLOCALE = ("package fr.cg44.plugin.socle.infolocale;\n\n/** Requests to the events API. */\npublic class RequestManager {\n"
              "  /** Signs in. */\n  public String signin() {\n    return \"https://api.infolocale.fr/auth/signin\";\n  }\n}\n")
SOCLE = {
    "README.md": "# jPlatformSocle\n\nCe module regroupe les types de contenu du socle éditorial des sites JCMS du Département.\n",
    "WEB-INF/plugins/SoclePlugin/plugin.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
                                              '"http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="SoclePlugin" version="0.1" author="DEP44">\n'
                                              '  <types><type name="CandidatureForm"></type></types>\n</plugin>\n',
    "WEB-INF/plugins/SoclePlugin/properties/plugin.prop": PROP,
    "WEB-INF/plugins/SoclePlugin/properties/languages/fr.prop": "jcmsplugin.socle.titre: Titre\n",
    "WEB-INF/plugins/SoclePlugin/properties/languages/en.prop": "jcmsplugin.socle.titre: Title\n",
    "WEB-INF/data/types/CandidatureForm/CandidatureForm.xml": CANDIDATURE,
    "WEB-INF/classes/fr/cg44/plugin/socle/mailjet/MailjetManager.java": JAVA,
    "WEB-INF/classes/fr/cg44/plugin/socle/infolocale/RequestManager.java": INFOLOCALE,
    "WEB-INF/lib/mailjet-client-5.1.1.jar": "PK\x03\x04 jar",
    "WEB-INF/lib/twitter4j-core-4.0.6.jar": "PK\x03\x04 jar",
    "unitests/fr/cg44/plugin/junit/SocleUtilsTest.java": "public class SocleUtilsTest {}\n",
    ".travis.yml": "services:\n- docker\nscript:\n- docker run -v ${TRAVIS_BUILD_DIR}:/root/source -t sguellec/jplatformbuild\n"
                   "- sonar-scanner -Dsonar.projectVersion=$CODE_VERSION\n",
    "sonar-project.properties": "sonar.projectKey=departement-loire-atlantique_jPlatformSocle\n",
}
CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "interoperability.public-building-blocks", "scaling.personal-data",
          "interoperability.geo", "reusability.tests-and-ci"]


def test_a_jcms_plugins_settings_types_jars_and_ci_are_read(tmp_path):
    res = results(run(build(tmp_path / "r", SOCLE), tmp_path / "c", only=CHECKS))
    lock = res["scaling.vendor-lock-in"]["message"]["en"]
    # hosts in the plugin's .prop settings and Java code; a client jar copied into WEB-INF/lib; its Java imports
    named = {e["value"]["service"] for e in res["scaling.vendor-lock-in"]["evidence"]}
    for name in ("Google Maps Platform", "TripAdvisor", "Infolocale", "Mailjet", "Twitter", "Jalios JCMS"):  # (its content types: session 8)
        assert any(name in n for n in named), (name, named)
    assert lock.startswith("6 proprietary") and lock.endswith("(+1)."), lock  # five named, the sixth counted
    assert "SendGrid" not in lock and "Instagram" not in lock  # the member of the family that is used
    how = {(e["value"]["match"], e["value"]["how"]) for e in res["scaling.vendor-lock-in"]["evidence"]}
    assert ("mailjet-client", "package") in how and ("import com.mailjet.", "code") in how, how
    port = res["reusability.portability"]
    assert "Mailjet" in port["message"]["en"] and "i18n: yes" in port["message"]["en"], port["message"]
    blocks = res["interoperability.public-building-blocks"]
    assert blocks["status"] == "pass" and "API Adresse" in blocks["message"]["en"], blocks["message"]
    pd = res["scaling.personal-data"]
    assert pd["status"] != "pass" and any(e["path"].endswith("CandidatureForm.xml") for e in pd["evidence"]), pd["message"]
    assert res["interoperability.geo"]["status"] != "not_applicable", res["interoperability.geo"]["message"]
    assert "linter: yes" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]


def test_a_hibernate_mapping_is_a_model_and_an_other_xml_file_is_not(tmp_path):
    hbm = ('<?xml version="1.0"?>\n<hibernate-mapping>\n  <class name="fr.cg44.assmat.Demandeur" table="DEMANDEUR">\n'
           '    <id name="id" column="ID"/>\n    <property name="dateNaissance" column="DATE_NAISSANCE" type="date"/>\n'
           '    <property name="courriel" column="COURRIEL"/>\n  </class>\n</hibernate-mapping>\n')
    files = {"README.md": "# Assmat\n", "src/fr/cg44/assmat/Demandeur.hbm.xml": hbm,
             "src/main/resources/types/colors.xml": '<colors><field name="email">#fff</field></colors>\n'}
    pd = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.personal-data"]))["scaling.personal-data"]
    paths = {e["path"] for e in pd["evidence"]}
    assert "src/fr/cg44/assmat/Demandeur.hbm.xml" in paths and "src/main/resources/types/colors.xml" not in paths, pd["evidence"]


# Shaped like departement-loire-atlantique/appli-mobile-pont-saint-nazaire: an Ionic app placing the bridge's traffic events
# (latitude/longitude from the Département's API) on a drawing of the bridge, its README naming its stack.
BRIDGE_APP = {
    "README.md": "# Pont de Saint-Nazaire - Application Hybride Ionic/Capacitor\n\n## Technical Environment\n\nThe app is made using :\n"
                 "- [Ionic](https://ionicframework.com/)\n- [Angular](https://angular.io/)\n\nData comes from https://api.loire-atlantique.fr\n",
    "package.json": '{"name": "pont-saint-nazaire", "dependencies": {"@angular/core": "^10.1.1", "@ionic/angular": "^5.3.2"}}\n',
    "src/app/models/event.ts": "export interface ApiEvent {\n  identifiant?: string;\n  nature?: string;\n  longitude?: string;\n"
                               "  latitude?: string;\n}\n",
    "src/app/components/svg-map/svg-map.component.ts": "export class SvgMapComponent {\n  zone = 'a';\n}\n",
}


def test_a_stack_heading_is_no_configuration_and_coordinates_alone_are_no_map_to_judge(tmp_path):
    res = results(run(build(tmp_path / "r", BRIDGE_APP), tmp_path / "c", only=["documentation.readme-sections", "interoperability.geo"]))
    sections = res["documentation.readme-sections"]
    assert "configuration" not in sections["details"]["found"], sections["evidence"]
    geo = res["interoperability.geo"]
    assert geo["status"] == "not_applicable" and "latitude" in geo["message"]["en"] and "no detectable map or geographic data" not in geo["message"]["en"], geo
    assert geo["evidence"][0]["path"] == "src/app/models/event.ts"


# Shaped like departement-loire-atlantique/JIntranetEditorial: analytics loaded by a JSP header, static maps from MapTiler's
# cloud, a link to the Département's former domain (cg44.fr, its Java packages' name).
INTRANET = {
    "README.md": "# JIntranetEditorial\n",
    "WEB-INF/plugins/IntranetEditorialPlugin/plugin.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD '
                                                          'JCMS-PLUGIN 1.7//EN" "http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n'
                                                          '<plugin name="IntranetEditorialPlugin" version="0.1"></plugin>\n',
    "plugins/IntranetEditorialPlugin/jsp/google/analyseHeader.jsp":
        "<%@ include file='/jcore/doInitPage.jspf' %>\n<script>(function(w,d,s,l,i){var f=d.getElementsByTagName(s)[0],j=d.createElement(s);\n"
        "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-5SGH5H');</script>\n",
    "plugins/IntranetEditorialPlugin/jsp/kiosque/redirectionKiosque.jsp": "<% response.sendRedirect(\"http://kiosque.cg44.fr/revue_presse/index.jsp\"); %>\n",
    "WEB-INF/classes/fr/cg44/plugin/googlemapsplus/StaticMap.java":
        "package fr.cg44.plugin.googlemapsplus;\n\n/** A static map. */\npublic class StaticMap {\n  /** Its source. */\n"
        "  public static String getSrc(float latitude, float longitude) {\n    String staticAPI = \"https://api.maptiler.com/maps/streets/static/\"\n"
        "        + Float.toString(longitude) + \",\" + Float.toString(latitude);\n    return staticAPI;\n  }\n}\n",
}


def test_jsp_pages_are_scanned_maptiler_is_a_proprietary_map_service_and_java_packages_name_the_own_domain(tmp_path):
    res = results(run(build(tmp_path / "r", INTRANET), tmp_path / "c", only=["scaling.vendor-lock-in", "interoperability.geo",
                                                                              "scaling.hosting"]))
    lock = res["scaling.vendor-lock-in"]["message"]["en"]
    assert "Google Analytics / Tag Manager" in lock and "MapTiler Cloud" in lock, lock
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "MapTiler" in geo["message"]["en"], geo["message"]
    hosts = {e["value"]["host"]: e["value"]["class"] for e in res["scaling.hosting"]["evidence"] if isinstance(e.get("value"), dict) and "host" in e["value"]}
    assert hosts.get("cg44.fr") == "own", res["scaling.hosting"]["evidence"]


def test_a_compiled_class_committed_beside_its_source_is_build_output(tmp_path):
    """Shaped like departement-loire-atlantique/jEspaceEnseignant: ExportZip.class committed beside ExportZip.java."""
    files = {"README.md": "# jEspaceEnseignant\n",
             "WEB-INF/classes/fr/digiwin/module/exportZip/ExportZip.java": "package fr.digiwin.module.exportZip;\n\npublic class ExportZip {}\n",
             "WEB-INF/classes/fr/digiwin/module/exportZip/ExportZip.class": b"\xca\xfe\xba\xbe\x00\x00\x00\x34"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.build-output"]))["reusability.build-output"]
    assert r["status"] == "warn" and r["evidence"][0]["path"].endswith("ExportZip.class"), r
