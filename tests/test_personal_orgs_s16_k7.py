"""Session 16 (k7, reader r5): a transport syndicate's `agency` table (the operator's phone, Tisseo/TID) and a directory of public
offices (SIRET, sigle, opening hours, their e-mail and phone: geo2france/annuaire_administration) were counted as personal data,
while the office holders' names (affectation_personne) were not."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

TRANSPORT = """CREATE TABLE agency (
    id serial PRIMARY KEY,
    name character varying(30) NOT NULL,
    url character varying(100),
    timezone character varying(30) NOT NULL,
    phone character varying(20)
);
COMMENT ON TABLE agency IS 'Reseau de transport en commun.';
CREATE TABLE usager (
    id serial PRIMARY KEY,
    nom character varying(60),
    prenom character varying(60),
    email character varying(120)
);
COMMENT ON TABLE usager IS 'Usagers abonnes aux alertes.';
"""
OFFICES = """CREATE FOREIGN TABLE annuaire_table (
    siret character varying,
    sigle character varying,
    nom character varying,
    adresse_courriel character varying,
    telephone character varying,
    plage_ouverture jsonb,
    affectation_personne jsonb
) SERVER annuaire OPTIONS (filename '/data/annuaire.csv', format 'csv');
"""


def test_an_organisations_contact_is_no_personal_data(tmp_path):
    files = {"README.md": "# Schéma du réseau\n", "schema.sql": TRANSPORT, "annuaire.sql": OFFICES}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"])
    tables = {t["table"]: t["categories"] for t in report["facts"]["personal_data"]["tables"]}
    # (the office's holders, affectation_personne, are people: the office's own e-mail and phone are not)
    assert tables == {"usager": ["email", "identity"], "annuaire_table": ["identity"]}, report["facts"]["personal_data"]["tables"]
