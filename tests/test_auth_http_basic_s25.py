"""interoperability.auth (issue 12, session 24 reader o1; s25 k25): HTTP Basic authentication a JAX-RS service asks for itself.

GrandNancy/OpenTripPlanner (a Java trip planner served by Grizzly/Jersey) guards its admin resources with a
ContainerRequestFilter that answers ``WWW-Authenticate: Basic realm="…"``, reads the "Basic " credentials and checks them
against its own passwords, with ``@RolesAllowed`` on the resources and Jersey's RolesAllowedDynamicFeature: the check said
"no sign-in of people found" (not applicable). HTTP Basic asked by the service itself (the realm it answers, the "Basic "
credentials it reads, @RolesAllowed, RolesAllowedDynamicFeature) is now a sign-in with the service's own accounts.

Neighbours unchanged: a Jersey/JAX-RS API with no such filter nor role stays not applicable, and a client sending Basic
credentials to another service (Jersey's HttpAuthenticationFeature) signs nobody in here."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.territoire</groupId><artifactId>itineraires</artifactId><version>1.0</version>\n"
       "<packaging>war</packaging>\n<dependencies>\n"
       "<dependency><groupId>org.glassfish.jersey.containers</groupId><artifactId>jersey-container-grizzly2-http</artifactId></dependency>\n"
       "<dependency><groupId>org.glassfish.jersey.containers</groupId><artifactId>jersey-container-servlet</artifactId></dependency>\n"
       "</dependencies></project>\n")
RESOURCE = ("package fr.territoire.api;\n\nimport javax.ws.rs.GET;\nimport javax.ws.rs.Path;\n{imports}\n"
            "@Path(\"/lignes\")\npublic class Lignes {{\n{annotation}    @GET\n    public String liste() {{\n        return \"[]\";\n    }}\n}}\n")
FILTER = ("package fr.territoire.serveur;\n\nimport javax.ws.rs.container.ContainerRequestContext;\n"
          "import javax.ws.rs.container.ContainerRequestFilter;\n\npublic class FiltreAcces implements ContainerRequestFilter {\n"
          "    @Override\n    public void filter(ContainerRequestContext requete) {\n"
          "        String entete = requete.getHeaderString(\"Authorization\");\n"
          "        if (entete == null || !entete.startsWith(\"Basic \")) {\n"
          "            requete.abortWith(Response.status(401).header(\"WWW-Authenticate\", \"Basic realm=\\\"Itineraires\\\"\").build());\n"
          "        }\n    }\n}\n")
CLIENT = ("package fr.territoire.client;\n\nimport org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;\n\n"
          "public class Envoi {\n    public void envoyer(Client client) {\n"
          "        client.register(HttpAuthenticationFeature.basic(System.getenv(\"COMPTE\"), System.getenv(\"MOT_DE_PASSE\")));\n    }\n}\n")


WEB_XML = ("<web-app><servlet><servlet-name>api</servlet-name><servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>"
           "</servlet><servlet-mapping><servlet-name>api</servlet-name><url-pattern>/api/*</url-pattern></servlet-mapping></web-app>\n")


def _auth(tmp_path, files, name="r"):
    report, results = judge(tmp_path, {**files, "src/main/webapp/WEB-INF/web.xml": WEB_XML}, AUTH, name=name)
    assert report["facts"]["project"]["kind"] in ("web-application", "api-service"), report["facts"]["project"]
    return results["interoperability.auth"]


def test_a_jaxrs_basic_filter_and_roles_allowed_are_a_sign_in(tmp_path):
    files = {"pom.xml": POM,
             "src/main/java/fr/territoire/api/Lignes.java": RESOURCE.format(imports="import javax.annotation.security.RolesAllowed;\n",
                                                                            annotation="    @RolesAllowed(\"gestion\")\n"),
             "src/main/java/fr/territoire/serveur/FiltreAcces.java": FILTER}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth  # was not_applicable
    paths = {e.get("path") for e in auth["evidence"]}
    assert {"src/main/java/fr/territoire/api/Lignes.java", "src/main/java/fr/territoire/serveur/FiltreAcces.java"} <= paths, auth["evidence"]


def test_roles_allowed_alone_counts_too(tmp_path):
    files = {"pom.xml": POM, "src/main/java/fr/territoire/api/Lignes.java": RESOURCE.format(
        imports="import javax.annotation.security.RolesAllowed;\n", annotation="    @RolesAllowed(\"gestion\")\n")}
    assert _auth(tmp_path, files)["status"] == "fail"


RAW_ANSWER = ("static int TestRecherche(void)\n{{\n    const char *texte = \"Server: Apache\\r\\n\"\n"
              "        \"Www-authenticate: Basic realm=\\\"Zone\\\"\\r\\n\";\n    return 1;\n}}\n")


def test_an_open_jaxrs_api_a_basic_client_and_a_raw_answer_stay_not_applicable(tmp_path):
    # (a network tool's test buffer holding a raw HTTP answer, in C or in Java, is data: issue 12, s25 k25, OISF/suricata's util-spm.c)
    files = {"pom.xml": POM, "src/main/java/fr/territoire/api/Lignes.java": RESOURCE.format(imports="", annotation=""),
             "src/main/java/fr/territoire/client/Envoi.java": CLIENT, "native/recherche.c": RAW_ANSWER.format(),
             "src/main/java/fr/territoire/api/Reponses.java": ("package fr.territoire.api;\n\npublic class Reponses {\n"
                                                              "    static final String BRUTE = \"HTTP/1.1 401\\r\\nWWW-Authenticate: Basic realm=\\\"Zone\\\"\\r\\n\";\n}\n")}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "not_applicable", auth
