"""Territory values in SQL comments (issue 12, session 31 f31, reader m23o1, a PostGIS data model's init script): an authority's site
in the script's /* … */ header or after a -- is its credits; the same address in a view's code stays a territory value."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
HEADER = ("/*\nBase de données du réseau FTTH\nCreation du squelette de la structure\n\n"
          "GeoAgglo - http://geo.agglo-compiegne.fr/\nAuteur : K. M.\n\n09/05/2023 : Structure V1\n*/\n\n")
SCHEMA = ("CREATE SCHEMA IF NOT EXISTS m_reseau_sec;\n"
          "CREATE TABLE m_reseau_sec.an_ftth_ouvrage (\n  idouvrage bigint NOT NULL, -- voir http://geo.agglo-compiegne.fr/doc\n"
          "  insee varchar(5),\n  geom geometry(Point,2154)\n);\n"
          "CREATE OR REPLACE FUNCTION m_reseau_sec.ft_maj() RETURNS trigger AS $$\nBEGIN\n"
          "  /* ancienne adresse :\n     http://geo.agglo-compiegne.fr/old */\n  NEW.insee := '60159';\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n")
VIEW = ("CREATE VIEW m_reseau_sec.xapps_ouvrage AS SELECT idouvrage,\n"
        "  '<img src=\"http://geo.agglo-compiegne.fr/documents/ftth/ouvrage.png\" >'::text AS picto -- /* pictogramme\n"
        "  FROM m_reseau_sec.an_ftth_ouvrage;\n")


def _hosts(r) -> list:
    return [(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding" and "agglo-compiegne" in str(e.get("value"))]


def test_an_authority_site_in_a_sql_header_or_comment_is_no_territory_value(tmp_path):
    r = judge(tmp_path, {"README.md": "# Réseau FTTH\n\nModèle de données.\n", "bdd/init_db.sql": HEADER + SCHEMA}, [CHECK])[1][CHECK]
    assert not _hosts(r), (r["message"], _hosts(r))


def test_the_same_site_written_in_a_view_s_code_stays_a_territory_value(tmp_path):
    r = judge(tmp_path, {"README.md": "# Réseau FTTH\n\nModèle de données.\n", "bdd/init_db.sql": HEADER + SCHEMA + VIEW}, [CHECK])[1][CHECK]
    lines = (HEADER + SCHEMA + VIEW).splitlines()
    view_line = next(i for i, t in enumerate(lines, 1) if "ouvrage.png" in t)
    assert _hosts(r) == [("bdd/init_db.sql", view_line)], (r["message"], _hosts(r))
    assert r["status"] != "pass", r["message"]
