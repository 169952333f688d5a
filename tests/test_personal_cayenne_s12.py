"""scaling.personal-data reads Apache Cayenne's DataMaps (issue 12, s11 read: a city's social-aid application kept its people
in a Cayenne model — <obj-entity name="Personne"> with dateNaissance, email, nom, prenom, numeroCouvSoc… in
model/gen-src/*.map.xml — and was said to hold no personal field). An entity of things in the same map stays out."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.personal-data"
README = "# Aides\n\nGestion des aides sociales.\n"
MAP = ('<?xml version="1.0" encoding="utf-8"?>\n<data-map project-version="2.0">\n'
       '\t<property name="defaultPackage" value="fr.exemple.aides.model"/>\n'
       '\t<db-entity name="beneficiaire">\n\t\t<db-attribute name="id" type="INTEGER" isPrimaryKey="true"/>\n'
       '\t\t<db-attribute name="date_naissance" type="DATE"/>\n\t\t<db-attribute name="nom" type="VARCHAR" length="80"/>\n'
       '\t</db-entity>\n'
       '\t<obj-entity name="Beneficiaire" className="fr.exemple.aides.model.Beneficiaire" dbEntityName="beneficiaire">\n'
       '\t\t<obj-attribute name="dateNaissance" type="java.util.Date" db-attribute-path="date_naissance"/>\n'
       '\t\t<obj-attribute name="email" type="java.lang.String" db-attribute-path="email"/>\n'
       '\t\t<obj-attribute name="nom" type="java.lang.String" db-attribute-path="nom"/>\n'
       '\t\t<obj-attribute name="prenom" type="java.lang.String" db-attribute-path="prenom"/>\n\t</obj-entity>\n'
       '\t<obj-entity name="Ressource" className="fr.exemple.aides.model.Ressource" dbEntityName="ressource">\n'
       '\t\t<obj-attribute name="montant" type="java.lang.Integer" db-attribute-path="montant"/>\n'
       '\t\t<obj-attribute name="nom" type="java.lang.String" db-attribute-path="nom"/>\n\t</obj-entity>\n</data-map>\n')


def test_a_cayenne_datamaps_people_are_personal_data(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"model/gen-src/fr.exemple.aides.map.xml": MAP, "README.md": README}), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "warn", r["message"]
    tables = {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if e.get("path") == "model/gen-src/fr.exemple.aides.map.xml"}
    assert set(tables) == {"Beneficiaire", "beneficiaire"} and "prenom (identity)" in tables["Beneficiaire"], tables
