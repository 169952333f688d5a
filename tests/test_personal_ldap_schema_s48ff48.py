"""An LDAP schema (OpenLDAP *.schema: attribute types gathered by object classes) is a data model of the people the directory keeps.

Real case (issue 12, s48 ff48 = GIP-RECIA/docker-openldap-test): .docker/bootstrap/schema/13-esco-personne.schema defines
ENTPerson/ENTEleve with ENTPersonDateNaissance (DESC 'Date de naissance'), addresses, other mails and mobiles, parents;
scaling.personal-data said "No database schema or model read" (not_applicable): only SQL and ORM models were read.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CHECK = "scaling.personal-data"

SCHEMA = """# test directory schema
attributetype ( 1.3.6.1.4.1.99999.1.1 NAME 'acmeAgentBirthDate'
\tDESC 'Date de naissance de l agent'
\tEQUALITY caseIgnoreMatch
\tSYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )

attributetype ( 1.3.6.1.4.1.99999.1.2 NAME 'acmeAgentMobile'
\tDESC 'Telephone portable personnel'
\tSYNTAX 1.3.6.1.4.1.1466.115.121.1.50 )

attributetype ( 1.3.6.1.4.1.99999.1.3 NAME 'acmeAgentService'
\tDESC 'Service de rattachement'
\tSYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )

objectclass ( 1.3.6.1.4.1.99999.2.1 NAME 'acmeAgent'
\tDESC 'Agent de la collectivite'
\tSUP inetOrgPerson STRUCTURAL
\tMUST ( acmeAgentService )
\tMAY ( acmeAgentBirthDate $
\t      acmeAgentMobile ) )
"""


def _result(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=[CHECK]))
    return report["results"][0]


def _files(**extra):
    return {"docker-compose.yml": "services:\n  ldap:\n    image: osixia/openldap:1.5.0\n    volumes:\n      - ./schema:/schema\n",
            "README.md": "# Annuaire de test\n\nUn OpenLDAP de test avec les schémas de l'annuaire.\n", **extra}


def test_an_ldap_schema_of_people_is_read_as_a_model(repo, tmp_path):
    r = _result(repo, tmp_path, _files(**{"schema/20-agents.schema": SCHEMA}))
    assert r["status"] in ("warn", "fail"), r["message"]
    found = [e for e in r["evidence"] if e.get("path") == "schema/20-agents.schema"]
    assert found and found[0]["value"]["table"] == "acmeAgent"
    assert any("acmeAgentBirthDate" in f for f in found[0]["value"]["fields"])


def test_near_miss_another_schema_file_is_no_model(repo, tmp_path):
    # a *.schema file of another language (a GraphQL schema of map layers): no LDAP definition, still no model read
    other = "type Layer {\n  id: ID!\n  title: String\n}\n"
    r = _result(repo, tmp_path, _files(**{"api/layers.schema": other}))
    assert r["status"] == "not_applicable"
