"""interoperability.public-building-blocks: address fields read from the host platform's user directory are people's records.

Real case (issue 12, s47 fi47 = OPEN-ENT-NG/vie-scolaire): an ENT module's Java services query the platform's Neo4j directory for a
pupil's relatives (`MATCH (u:User {profiles:['Student']})-[:RELATED]->(r:User {profiles:['Relative']}) RETURN r.address, r.zipCode,
r.city, r.homePhone…`) to show them in its memento, and a PDF template prints the school's `{{#etablissement}}{{zipcode}}`. Nothing is
geocoded or mapped, yet the check scored 0 and advised the API Adresse: its "relayed records" branch knew only named data platforms.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.acme</groupId><artifactId>carnet</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>io.vertx</groupId><artifactId>vertx-web</artifactId><version>4.4.0</version></dependency>"
       "</dependencies></project>\n")
SERVICE = '''package fr.acme.carnet;

public class FamilyService {
    public void contacts(String pupilId, Handler handler) {
        StringBuilder query = new StringBuilder();
        query.append("MATCH (p:User {profiles: ['Student']})-[:RELATED]->(g:User {profiles: ['Relative']}) ")
                .append("WHERE p.id = {pupilId} ")
                .append("RETURN g.id AS id, g.lastName AS lastName, g.street AS street, g.zipCode AS zipCode, g.city AS city, ")
                .append("g.mobilePhone AS mobile");
        graph.execute(query.toString(), params(pupilId), handler);
    }
}
'''
TEMPLATE = ("<html><body><table>\n<tr><td>{{#school}}{{name}}{{/school}}</td></tr>\n"
            "<tr><td>{{#school}}{{zipCode}} {{city}}{{/school}}</td></tr>\n</table></body></html>\n")
PAGE = "<html><body><div id=\"app\"></div><script src=\"app.js\"></script></body></html>\n"


def result(repo, tmp_path, files: dict) -> dict:
    base = {"pom.xml": POM, "src/main/resources/public/index.html": PAGE, "src/main/java/fr/acme/carnet/FamilyService.java": SERVICE}
    report = audit(str(repo([{"files": {**base, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["interoperability.public-building-blocks"]))
    return report["results"][0]


def test_address_fields_of_the_directory_s_people_are_not_applicable(repo, tmp_path):
    r = result(repo, tmp_path, {"src/main/resources/public/templates/report.html": TEMPLATE})
    assert r["status"] == "not_applicable" and r["details"].get("directory_records")
    assert any(e["path"].endswith("FamilyService.java") for e in r["evidence"])
    assert len({(e["path"], e.get("line")) for e in r["evidence"]}) == len(r["evidence"])


def test_near_miss_a_local_table_of_addresses_queried_by_the_code_still_counts(repo, tmp_path):
    """The same service reading its own table of facilities' addresses (no people's records) keeps the reference data verdict."""
    own = SERVICE.replace("MATCH (p:User {profiles: ['Student']})-[:RELATED]->(g:User {profiles: ['Relative']}) ",
                          "MATCH (g:Facility) ").replace("WHERE p.id = {pupilId} ", "WHERE g.open = true ")
    r = result(repo, tmp_path, {"src/main/java/fr/acme/carnet/FamilyService.java": own})
    assert r["status"] == "fail" and not r["details"].get("directory_records")
