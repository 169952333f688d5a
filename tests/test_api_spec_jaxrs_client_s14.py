"""interoperability.api-spec on a shape read in session 14 (issue 12): a Java web application declaring the JAX-RS API
(javax.ws.rs:jsr311-api) only for the MediaType constants of its Jersey *client* classes calling other services read
"An API is served (javax.ws.rs:jsr311-api) without an OpenAPI specification", though no class declares a JAX-RS resource."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

API = ["interoperability.api-spec"]

_POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.exemple</groupId><artifactId>kiosque</artifactId>"
        "<version>1.0</version><packaging>war</packaging><dependencies>\n"
        "<dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>4.0.0.RELEASE</version></dependency>\n"
        "<dependency><groupId>com.sun.jersey</groupId><artifactId>jersey-client</artifactId><version>1.17</version></dependency>\n"
        "<dependency><groupId>javax.ws.rs</groupId><artifactId>jsr311-api</artifactId><version>1.1.1</version></dependency>\n"
        "</dependencies></project>\n")
_CLIENT = ("package nc.exemple.ws;\n\nimport javax.ws.rs.core.MediaType;\nimport com.sun.jersey.api.client.Client;\n"
           "import com.sun.jersey.api.client.ClientResponse;\n\npublic class AgentWsConsumer {\n"
           "    public ClientResponse lire(String url) {\n        return Client.create().resource(url)\n"
           "            .accept(MediaType.APPLICATION_JSON_TYPE).get(ClientResponse.class);\n    }\n}\n")
_RESOURCE = ("package nc.exemple.rs;\n\nimport javax.ws.rs.GET;\nimport javax.ws.rs.Path;\nimport javax.ws.rs.Produces;\n\n"
             "@Path(\"/agents\")\npublic class AgentResource {\n    @GET\n    @Produces(\"application/json\")\n"
             "    public String liste() { return \"[]\"; }\n}\n")


def _files(**more):
    return {"pom.xml": _POM, "src/main/java/nc/exemple/ws/AgentWsConsumer.java": _CLIENT,
            "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>kiosque</display-name></web-app>\n", **more}


def test_a_jaxrs_api_jar_used_by_a_client_only_serves_no_api(tmp_path):
    api = judge(tmp_path, _files(), API)[1]["interoperability.api-spec"]
    assert "javax.ws.rs" not in api["message"]["en"] and "jersey" not in api["message"]["en"], api["message"]["en"]
    # judged as the Spring MVC web application it is (its controllers may expose data), not as a served JAX-RS API
    assert api["status"] == "warn" and "Web application (org.springframework:spring-webmvc)" in api["message"]["en"], api["message"]["en"]


def test_the_same_jar_beside_a_jaxrs_resource_serves_an_api(tmp_path):
    api = judge(tmp_path, _files(**{"src/main/java/nc/exemple/rs/AgentResource.java": _RESOURCE}), API)[1]["interoperability.api-spec"]
    assert api["status"] == "fail" and "An API is served" in api["message"]["en"], api["message"]["en"]


_LUTECE_POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.paris.lutece.plugins</groupId><artifactId>plugin-carte</artifactId>"
               "<version>1.0</version><packaging>lutece-plugin</packaging><dependencies>\n"
               "<dependency><groupId>fr.paris.lutece.plugins</groupId><artifactId>plugin-rest</artifactId><version>3.0.0</version>"
               "<type>lutece-plugin</type></dependency>\n</dependencies></project>\n")


def test_a_host_plugin_web_application_with_a_jaxrs_resource_serves_an_api(tmp_path):
    # the host's plugin-rest brings the JAX-RS runtime: no JAX-RS jar declared, the resource class is the served API
    api = judge(tmp_path, {"pom.xml": _LUTECE_POM, "src/java/fr/exemple/carte/web/rs/ProxyRest.java": _RESOURCE,
                           "webapp/WEB-INF/plugins/carte.xml": "<plug-in><name>carte</name></plug-in>\n",
                           "webapp/jsp/admin/plugins/carte/Carte.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n<h1>Carte</h1>\n",
                           "webapp/js/carte/carte.js": "export function init(map) { return map.setView([0, 0], 2); }\n"},
                API)[1]["interoperability.api-spec"]
    assert api["status"] == "warn" and "1 JAX-RS REST resource(s) served through the host" in api["message"]["en"], api["message"]["en"]
