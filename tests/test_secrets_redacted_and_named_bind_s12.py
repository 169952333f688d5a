"""reusability.secrets (issue 12, s11 reads): a value blanked out before publishing (a Tomcat DataSource's
``username="REMOVED" password="REMOVED"``) is no secret to revoke; a literal password given by name to a sign-in method
(Perl's Net::LDAP ``$ldap->bind($dn, password => '…')``, an OPSN's list-admin script) or by position to ``DBI->connect`` is a
committed credential, not a string to review. Variables and placeholders stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CID = "reusability.secrets"
README = "# Listes\n\nScripts d'administration des listes.\n"
CONTEXT = ('<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n  <Resource name="jdbc/paie" auth="Container" type="javax.sql.DataSource"\n'
           '    maxActive="300" maxIdle="30" removeAbandoned="true"\n'
           '    username="{v}" password="{v}"\n'
           '    driverClassName="com.ibm.as400.access.AS400JDBCDriver" url="jdbc:as400://serveur-paie;naming=system" />\n</Context>\n')


def test_a_redacted_datasource_password_is_no_secret(tmp_path):
    r = sec(tmp_path, {"src/main/webapp/META-INF/context.xml": CONTEXT.format(v="REMOVED"), "README.md": README})
    assert r["status"] == "pass" and not [e for e in r["evidence"] if e.get("path")], r


def test_a_real_datasource_password_still_fails(tmp_path):
    r = sec(tmp_path, {"src/main/webapp/META-INF/context.xml": CONTEXT.format(v="paieQ7w2"), "README.md": README})
    assert r["status"] == "fail", r["message"]


def test_a_literal_given_by_name_to_an_ldap_bind_is_a_secret(tmp_path):
    perl = ("#!/usr/bin/perl\nuse Net::LDAP;\nuse DBI;\n\n$ldap = Net::LDAP->new( 'annuaire.exemple.net' ) or die \"$@\";\n"
            "$mesg = $ldap->bind(\"cn=listes,ou=administrateurs,dc=exemple,dc=fr\", password => 'q7Hd2kLp9xWe') ;\n"
            "$mesg2 = $ldap->bind($dn, password => $ENV{LDAP_PASSWORD});\n"
            "$mesg3 = $ldap->bind($dn, password => 'changeme');\n"
            "my $dbh = DBI->connect(\"dbi:mysql:database=listes;host=bdd.exemple.net\", \"listes\", \"Zt6pqL2m\");\n"
            "my $dbh2 = DBI->connect($dsn, $user, $pass);\n")
    r = sec(tmp_path, {"scripts/createList.pl": perl, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert {(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding" and "Probable" in e["note"]["en"]} \
        == {("scripts/createList.pl", 6), ("scripts/createList.pl", 9)}, r["evidence"]
