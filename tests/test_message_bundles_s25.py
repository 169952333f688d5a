"""reusability.configuration (issue 12, session 24 readers o1 and o3; s25 k25): a Java message bundle is no settings template.

GrandNancy/OpenTripPlanner's src/main/resources/WayProperties.properties (``note.caution=Caution!``…) sits beside its
translations WayProperties_de/_fi/_fr/_nl/_sv.properties and is read by ResourceBundle.getBundle("WayProperties", locale):
the texts the planner shows in each language. Named like the class WayProperties.java, it was taken for the program's own
settings file ("template: src/main/resources/WayProperties.properties"). A ``<Name>.properties`` one of whose siblings is its
translation ``<Name>_<language>.properties`` is now a message bundle, neither it nor its translations a settings template.

Neighbours unchanged: a batch's ``<Class>.properties`` without translations stays its settings, and so does a profile's sibling
(``<Class>_dev.properties`` names an environment, not a language); Spring Boot's application.properties with its
spring.datasource.* stays a settings file."""

from __future__ import annotations

from auditor.facts.message_bundles import bundles, is_bundle_file
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.territoire</groupId><artifactId>itineraires</artifactId>"
       "<version>1.0</version></project>\n")
CLASS = ("package fr.territoire.graphe;\n\nimport java.util.Locale;\nimport java.util.ResourceBundle;\n\npublic class NotesChemin {\n"
         "    public String texte(String cle, Locale langue) {\n"
         "        return ResourceBundle.getBundle(\"NotesChemin\", langue).getString(cle);\n    }\n}\n")
BATCH = ("package fr.territoire.graphe;\n\nimport java.io.FileInputStream;\nimport java.util.Properties;\n\npublic class Import {\n"
         "    public static void main(String[] args) throws Exception {\n        Properties p = new Properties();\n"
         "        p.load(new FileInputStream(\"Import.properties\"));\n        System.out.println(p.getProperty(\"serveur\"));\n    }\n}\n")


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def templates(r: dict) -> list[str]:
    return r.get("details", {}).get("templates") or []


def test_a_message_bundle_and_its_translations_are_no_settings_template(tmp_path):
    files = {"pom.xml": POM, "README.md": "# Itinéraires\n\nCalcul d'itinéraires.\n",
             "src/main/java/fr/territoire/graphe/NotesChemin.java": CLASS,
             "src/main/resources/NotesChemin.properties": "note.attention=Attention !\nnote.peage=Route à péage\n",
             "src/main/resources/NotesChemin_de.properties": "note.attention=Achtung!\nnote.peage=Mautstraße\n",
             "src/main/resources/NotesChemin_en_GB.properties": "note.attention=Caution!\nnote.peage=Toll road\n"}
    r = conf(tmp_path, files)
    assert not any("NotesChemin" in p for p in templates(r)), (r["message"], templates(r))  # was the template
    assert "NotesChemin" not in r["message"]["fr"]


def test_a_batchs_properties_and_its_profile_stay_its_settings(tmp_path):
    files = {"pom.xml": POM, "README.md": "# Import\n\nImport des données.\n",
             "src/main/java/fr/territoire/graphe/Import.java": BATCH,
             "src/main/resources/Import.properties": "serveur=sig.territoire.fr\nbase=referentiel\n",
             "src/main/resources/Import_dev.properties": "serveur=localhost\nbase=referentiel\n"}
    r = conf(tmp_path, files)
    assert "src/main/resources/Import.properties" in templates(r), (r["message"], templates(r))


def test_spring_boots_application_properties_beside_a_bundle_stays_a_settings_file(tmp_path):
    pom = ("<project><modelVersion>4.0.0</modelVersion><parent><groupId>org.springframework.boot</groupId>"
           "<artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent><groupId>fr.territoire</groupId>"
           "<artifactId>itineraires</artifactId><version>1.0</version><dependencies><dependency><groupId>org.springframework.boot</groupId>"
           "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n")
    app = ("package fr.territoire;\n\nimport org.springframework.boot.SpringApplication;\n"
           "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n@SpringBootApplication\npublic class Itineraires {\n"
           "    public static void main(String[] args) {\n        SpringApplication.run(Itineraires.class, args);\n    }\n}\n")
    files = {"pom.xml": pom, "src/main/java/fr/territoire/Itineraires.java": app,
             "README.md": "# Itinéraires\n\nCalcul d'itinéraires.\n", "src/main/java/fr/territoire/graphe/NotesChemin.java": CLASS,
             "src/main/resources/NotesChemin.properties": "note.attention=Attention !\n",
             "src/main/resources/NotesChemin_de.properties": "note.attention=Achtung!\n",
             "src/main/resources/application.properties": "spring.datasource.url=jdbc:postgresql://sig.territoire.fr/itineraires\n"
                                                          "spring.datasource.username=itineraires\nserver.port=8080\n"}
    r = conf(tmp_path, files)
    assert "application.properties" in str(r["evidence"]) and "NotesChemin" not in str(r["evidence"]), (r["message"], r["evidence"])


def test_the_bundle_rule_reads_languages_not_environments():
    class E:
        def __init__(self, path):
            self.dir, _, self.name = path.rpartition("/")
    entries = [E(p) for p in ("res/NotesChemin.properties", "res/NotesChemin_fr.properties", "res/Import.properties",
                              "res/Import_dev.properties", "res/application.properties", "res/application-prod.properties")]
    found = bundles(entries)
    assert is_bundle_file("NotesChemin.properties", "res", found) and is_bundle_file("NotesChemin_fr.properties", "res", found)
    assert not is_bundle_file("Import.properties", "res", found) and not is_bundle_file("Import_dev.properties", "res", found)
    assert not is_bundle_file("application.properties", "res", found)
