"""Session 30 (l30 = readers m22o1, m22o2, m22o3): local public bodies of one territory whose domain names no commune. An agence
technique départementale's install script writes its admin mailbox serveurs_admin@atd16.fr into the Apache config it generates;
an energy syndicate's Android app (the Siéml's, sieml.fr) mails its certificates to its staff; a regional geodata platform's SQL
view writes https://www.geo2france.fr/geoserver/… into every record it exports. Each is one territory's value another reuser edits,
and each body is a public one: its agents' commits are no company's. A SQL script's standards' addresses (isotc211.org), a
département's number glued to other letters, or "numerique" after a city's name or a word stay neither."""

from __future__ import annotations

from auditor.facts.scaling.common import email_type
from auditor.facts.territory_hosts import authority_host
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"


def test_a_departement_body_named_by_its_initials_and_number_is_one_territorys():
    for host in ("atd16.fr", "www.atd31.fr", "sde82.fr", "carto.sdis64.fr", "manchenumerique.fr", "sommenumerique.fr", "numerique47.fr",
                 "sieml.fr", "www.geo2france.fr"):
        assert authority_host(host), host
    for host in ("atd99.fr", "atd16.com", "sde.fr", "agence-numerique.fr", "lyonnumerique.fr", "spanc29.net", "isotc211.org"):
        assert not authority_host(host), host


def test_their_agents_commit_for_a_public_body():
    assert email_type("Agent ATD", "serveurs_admin@atd16.fr")["type"] == "public"
    assert email_type("T. Barnabe", "t.barnabe@sieml.fr")["type"] == "public"
    assert email_type("W", "w@manchenumerique.fr")["type"] == "public"


_SCRIPT = ("#!/bin/bash\n# Script permettant d'installer le service\nset -e\n"
           "cat > /etc/apache2/sites-available/autoconfig.conf <<EOF\n<VirtualHost *:80>\n"
           "        ServerName autoconfig.local\n        ServerAdmin {admin}\n</VirtualHost>\nEOF\n"
           "a2ensite autoconfig\nsystemctl reload apache2\n")


def test_an_install_script_writing_an_agencys_mailbox_is_territory_specific(tmp_path):
    r = judge(tmp_path, {"install.sh": _SCRIPT.format(admin="serveurs_admin@atd16.fr")}, [CHECK], name="a")[1][CHECK]
    assert r["status"] == "warn" and "@atd16.fr" in str(r["evidence"]), r["message"]


def test_the_same_script_with_a_placeholder_mailbox_stays_neutral(tmp_path):
    r = judge(tmp_path, {"install.sh": _SCRIPT.format(admin="admin@example.org")}, [CHECK], name="b")[1][CHECK]
    assert r["status"] == "pass", r["message"]


_VIEW = ("CREATE OR REPLACE VIEW pgmetadata.v_dataset_as_inspire AS\nSELECT d.id,\n  XMLELEMENT(NAME \"gmd:MD_Metadata\",\n"
         "    XMLATTRIBUTES('http://www.isotc211.org/2005/gmd' AS \"xmlns:gmd\"),\n"
         "    XMLELEMENT(NAME \"gmd:URL\", {url})\n  ) AS xml\nFROM pgmetadata.dataset d;\n")


def test_a_sql_view_writing_a_regional_platforms_geoserver_is_territory_specific(tmp_path):
    files = {"v_dataset_as_inspire.sql": _VIEW.format(url="'https://www.geo2france.fr/geoserver/cen_hdf/ows'")}
    r = judge(tmp_path, files, [CHECK], name="c")[1][CHECK]
    assert r["status"] == "warn" and "geo2france.fr" in str(r["evidence"]), r["message"]


def test_a_sql_view_writing_standards_addresses_only_stays_neutral(tmp_path):
    files = {"v_dataset_as_inspire.sql": _VIEW.format(url="'http://www.opengis.net/def/crs/EPSG/0/2154'")}
    r = judge(tmp_path, files, [CHECK], name="d")[1][CHECK]
    assert r["status"] == "pass", r["message"]


def test_a_dumps_rows_linking_the_platforms_catalogue_are_data(tmp_path):
    dump = ("CREATE TABLE sit.fiches (id uuid, lien text);\n\nCOPY sit.fiches (id, lien) FROM stdin;\n"
            "653fff45-ffe9-4b7c-a033-bed691afc983\thttps://www.geo2france.fr/geonetwork/srv/fre/catalog.search#/metadata/1\n\\.\n\n"
            "INSERT INTO sit.fiches VALUES ('b42adb74-d72f-45df-b393-57f83bbf3896', 'https://www.geo2france.fr/geonetwork/2');\n"
            "COMMENT ON TABLE sit.fiches IS 'Fiches moissonnées de https://www.geo2france.fr/geonetwork';\n")
    r = judge(tmp_path, {"dump.sql": dump}, [CHECK], name="e")[1][CHECK]
    assert r["status"] == "pass", r["message"]
