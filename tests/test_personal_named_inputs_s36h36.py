"""scaling.personal-data (issue 12, s36 h36 = reader m33o1, PnEcrins/GeoConstats): the wolf-attack reports' main table, t_constats
(SQL and a Flask-SQLAlchemy model Constats, __tablename__ "t_constats"), holds nom_agent1 and nom_agent2, the two agents' names, and
proprietaire, the livestock owner's name (its forms' inputs ask for "Prénom Nom"); its declarative twin Declaratif
(t_constats_declaratifs) holds proprietaire_d, asked the same way. The check said "Personal data in 1 table(s)" (t_roles only):
a person's name numbered after the role (nom_agent1) was no field, and a column named by the person's role alone (proprietaire)
is no name the vocabulary knows, whatever the form asking "Prénom Nom" for it. Now: a name numbered after a role is that person's,
a column whose form input asks for a first and last name holds a person's name, and a model and the SQL table it maps
(__tablename__) are counted once. Near misses: a table of non-personal columns stays clean, and a column whose input asks
for something else (a place's name) is no person's."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

SQL = '''CREATE TABLE attaques.t_constats
(
  id_constat serial NOT NULL,
  date_attaque date NOT NULL,
  nom_agent1 character varying,
  nom_agent2 character varying,
  proprietaire character varying,
  nb_victimes integer,
  the_geom_point geometry(Point,2154),
  CONSTRAINT t_constats_pkey PRIMARY KEY (id_constat)
);
'''

MODELS = '''from geoalchemy2 import Geometry

from .env import DB


class Constats(DB.Model):
    __tablename__ = "t_constats"
    __table_args__ = {"schema": "attaques"}
    id_constat = DB.Column(DB.Integer, primary_key=True)
    date_attaque = DB.Column(DB.Date)
    nom_agent1 = DB.Column(DB.String)
    nom_agent2 = DB.Column(DB.String)
    proprietaire = DB.Column(DB.String)
    nb_victimes = DB.Column(DB.Integer)
    the_geom_point = DB.Column(Geometry("GEOMETRY", 2154))


class Declaratif(DB.Model):
    __tablename__ = "t_constats_declaratifs"
    __table_args__ = {"schema": "attaques"}
    id_constat_d = DB.Column(DB.Integer, primary_key=True)
    date_attaque_d = DB.Column(DB.Date)
    lieu_dit = DB.Column(DB.String)
    proprietaire_d = DB.Column(DB.String)
    nb_victimes_d = DB.Column(DB.Integer)
    geom = DB.Column(Geometry("GEOMETRY", 2154))
'''

UPDATE = '''{% extends "base.html" %}
{% block content %}
<form method="POST">
  <label>Agent 1</label> {{ form.nom_agent1(size=18, value=constat.nom_agent1, placeholder="Prénom Nom") }}
  <label>Propriétaire</label> {{ form.proprietaire(size=18, value=constat.proprietaire, placeholder="Prénom Nom") }}
</form>
{% endblock %}
'''
UPDATE_DECLA = '''<form method="POST">
  <label>Propriétaire</label> {{ form.proprietaire_d(size=18, value=decla.proprietaire_d, placeholder="Prénom Nom") }}
  <label>Lieu-dit</label> {{ form.lieu_dit(size=18, value=decla.lieu_dit, placeholder="Nom du lieu-dit") }}
</form>
'''

APP = {
    "README.md": "# Constats\n\nSaisie des constats d'attaques sur les troupeaux.\n",
    "requirements.txt": "flask==1.1.4\nflask-sqlalchemy\ngeoalchemy2\n",
    "app/__init__.py": "",
    "app/env.py": "from flask_sqlalchemy import SQLAlchemy\n\nDB = SQLAlchemy()\n",
    "app/models.py": MODELS,
    "data/script_constats.sql": SQL,
    "templates/update.html": UPDATE,
    "templates/updateDecla.html": UPDATE_DECLA,
}


def _tables(r) -> dict:
    return {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_agents_and_owners_names_count_in_both_tables(tmp_path):
    r = pd(tmp_path, APP)
    tables = _tables(r)
    assert r["status"] == "warn", r["message"]
    assert "2 table(s)" in r["message"]["en"], r["message"]  # (t_constats in SQL and its model Constats: one table)
    assert any("nom_agent1" in f for f in tables.get("t_constats", []) + tables.get("Constats", [])), tables
    assert any("proprietaire (identity)" in f for f in tables.get("t_constats", []) + tables.get("Constats", [])), tables
    assert any("proprietaire_d" in f for f in tables.get("Declaratif", [])), tables


def test_a_numbered_agents_name_counts_alone(tmp_path):
    files = {k: v for k, v in APP.items() if not k.startswith("templates/")}
    r = pd(tmp_path, files)
    assert r["status"] == "warn", r["message"]
    assert "1 table(s)" in r["message"]["en"], r["message"]


def test_a_table_of_non_personal_columns_stays_clean(tmp_path):
    sql = SQL.replace("  nom_agent1 character varying,\n  nom_agent2 character varying,\n  proprietaire character varying,\n",
                      "  nom_couche1 character varying,\n  type_animaux integer,\n")
    models = MODELS.replace("    nom_agent1 = DB.Column(DB.String)\n    nom_agent2 = DB.Column(DB.String)\n    proprietaire = DB.Column(DB.String)\n",
                            "    nom_couche1 = DB.Column(DB.String)\n    type_animaux = DB.Column(DB.Integer)\n")
    files = {k: v for k, v in APP.items() if not k.startswith("templates/")}
    r = pd(tmp_path, {**files, "data/script_constats.sql": sql, "app/models.py": models, "templates/updateDecla.html": UPDATE_DECLA.replace(
        '{{ form.proprietaire_d(size=18, value=decla.proprietaire_d, placeholder="Prénom Nom") }}', "")})
    assert r["status"] == "pass", r["message"]


def test_a_column_whose_input_asks_for_a_places_name_is_no_persons(tmp_path):
    files = {k: v for k, v in APP.items() if not k.startswith("templates/") and k != "data/script_constats.sql"}
    models = MODELS.split("\n\nclass Declaratif")[0].replace("    nom_agent1 = DB.Column(DB.String)\n    nom_agent2 = DB.Column(DB.String)\n", "")
    r = pd(tmp_path, {**files, "app/models.py": models, "templates/updateDecla.html": UPDATE_DECLA.replace("proprietaire_d", "proprietaire")
                      .replace('placeholder="Prénom Nom"', 'placeholder="Nom de l\'exploitation"')})
    assert r["status"] == "pass", r["message"]
