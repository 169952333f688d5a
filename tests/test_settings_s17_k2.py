"""Session 17 (k2, reader a2): settings misread.
- A JavaFX client reading its API key with System.getenv(apiKEYname), `apiKEYname = "X_RAPIDAPI_KEY"` a field of the class, was said
  to read "no setting from the environment": a read through a named constant whose value the same file defines is now read.
- A Spring Boot service's BUILD.md (a native-image build guide) whose "### Configuration" is about GraalVM's reflect-config.json was
  named as the service's settings file, and the README's link to it ("## Spring Native" → BUILD.md) as its configuration section."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

POM = ("<project>\n  <groupId>nc.opt</groupId>\n  <artifactId>annuaire</artifactId>\n  <version>1.0</version>\n  <dependencies>\n"
       "    <dependency><groupId>io.github.cdimascio</groupId><artifactId>dotenv-java</artifactId><version>2.3.2</version></dependency>\n"
       "  </dependencies>\n  <build><plugins><plugin><artifactId>exec-maven-plugin</artifactId>\n"
       "    <configuration><mainClass>nc.opt.Annuaire</mainClass></configuration></plugin></plugins></build>\n</project>\n")
JAVA = ("package nc.opt;\n\npublic class Annuaire {\n    private final String apiKeyName = \"ANNUAIRE_API_KEY\";\n\n"
        "    public static void main(String[] args) {\n        new Annuaire().run();\n    }\n\n    void run() {\n"
        "        String key = System.getenv(apiKeyName);\n        System.out.println(key.length());\n    }\n}\n")


def test_an_environment_read_through_a_named_constant_is_read(tmp_path):
    files = {"README.md": "# Annuaire\n\nConsulter l'annuaire en ligne de commande.\n", "pom.xml": POM,
             "src/main/java/nc/opt/Annuaire.java": JAVA, ".env.template": "ANNUAIRE_API_KEY=YOUR_KEY\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    r = res["reusability.configuration"]
    assert r["details"].get("env_vars") == 1, r["message"]
    assert r["status"] == "pass", r["message"]
    # (a parameter read by a helper, getenv(name) with no constant defined, names no setting)
    helper = dict(files, **{"src/main/java/nc/opt/Annuaire.java": JAVA.replace('    private final String apiKeyName = "ANNUAIRE_API_KEY";\n', "")
                            .replace("void run() {", "void run(String apiKeyName) {")})
    _, res = kind_and_results(tmp_path / "helper", helper, ["reusability.configuration"])
    assert not res["reusability.configuration"]["details"].get("env_vars"), res["reusability.configuration"]["message"]


BUILD_MD = ("# Développement\n\n## Spring-native\n\n### Lancement de la génération native\n\n```bash\nmvn package -Pnative\n```\n\n"
            "### Configuration\n\nEn cas de classes manquantes dans le binaire natif, générer reflect-config.json avec l'agent de traçage.\n")
SERVICE = {
    "README.md": "# Partenaires\n\nAPI REST listant les boutiques des partenaires.\n\n## Lancement en DEV\n\n`./mvnw spring-boot:run`\n\n"
                 "## Spring Native\n\n[voir la doc dédiée](BUILD.md)\n",
    "BUILD.md": BUILD_MD,
    "pom.xml": "<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>\n"
               "<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
               "</dependencies></project>\n",
    "src/main/java/nc/opt/App.java": "package nc.opt;\n\n@SpringBootApplication\npublic class App {\n    public static void main(String[] a) {}\n}\n",
    "src/main/resources/application.yml": "server:\n  port: 8080\n",
}


def test_a_build_guides_configuration_chapter_is_no_settings_of_the_service(tmp_path):
    _, res = kind_and_results(tmp_path, SERVICE, ["reusability.configuration", "documentation.readme-sections"])
    assert "BUILD.md" not in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]
    assert "configuration" in res["documentation.readme-sections"]["details"]["missing"], res["documentation.readme-sections"]["message"]
