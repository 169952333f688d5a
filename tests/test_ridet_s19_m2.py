"""Session 19 (m2, reader d2's opt-nc/api-transitaires): a New Caledonian service whose records carry each company's RIDET number
(the ISEE's register, the territory's SIRET: a Java record's `String ridet`, data.json's "ridet": "0036590") and search on it was
"handles no detectable local-government or company identifier"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.douane</groupId><artifactId>api-entreprises</artifactId><version>1.0.0</version>\n"
       "<dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-resteasy-reactive-jsonb</artifactId></dependency></dependencies></project>\n")
FILES = {"pom.xml": POM, "README.md": "# API des agents en douane\n",
         "src/main/java/nc/douane/Agent.java": "package nc.douane;\n\npublic record Agent(String id, String nom, String telephone, String ridet) {\n}\n",
         "src/main/java/nc/douane/AgentResource.java": (
             "package nc.douane;\n\n@Path(\"/agents\")\npublic class AgentResource {\n    @GET\n    @Produces(MediaType.APPLICATION_JSON)\n"
             "    public List<Agent> chercher(@QueryParam(\"q\") String q) {\n"
             "        return agents.stream().filter(a -> Stream.of(a.nom(), a.ridet()).anyMatch(v -> v != null && v.contains(q))).toList();\n    }\n}\n")}


def test_a_ridet_number_is_a_company_identifier(tmp_path):
    ident = judge(tmp_path, FILES, ["interoperability.identifiers"])[1]["interoperability.identifiers"]
    assert ident["status"] != "not_applicable" and "ridet" in ident["message"]["en"], ident
    assert "RIDET register" in str(ident.get("remediation") or ident.get("advice") or ident), ident


def test_a_service_without_identifiers_is_still_not_applicable(tmp_path):
    files = {**FILES, "src/main/java/nc/douane/Agent.java": "package nc.douane;\n\npublic record Agent(String id, String nom) {\n}\n"}
    files.pop("src/main/java/nc/douane/AgentResource.java")
    ident = judge(tmp_path, files, ["interoperability.identifiers"], name="n")[1]["interoperability.identifiers"]
    assert ident["status"] == "not_applicable", ident


def test_a_ridet_field_asks_for_no_public_building_block(tmp_path):
    # (API Entreprise and Sirene know no New Caledonian company: the RIDET is the ISEE's register, no French public API gives it)
    pbb = judge(tmp_path, FILES, ["interoperability.public-building-blocks"], name="p")[1]["interoperability.public-building-blocks"]
    assert pbb["status"] == "not_applicable", pbb
