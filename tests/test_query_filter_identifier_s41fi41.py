"""interoperability.identifiers reads a territory's code compared inside a query string the code builds as a hard-coded value
(issue 12, s41 fi41 = reader ra41 on gitreunion/datacup-challenge-techtek-solutions).

A React map built its Opendatasoft Explore query as `code_departement=974${…}` (every BOAMP notice kept to La Réunion): the check
kept the field's name and said "hard-coded values: 0". An identifier field compared with a code's literal inside a string literal
(an API where clause, an OData $filter, a URL's query) is a value written in the code.
Near misses: the same query given the code through a variable keeps 0; the same text on a comment's line keeps 0.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PACKAGE = '{"name": "marches", "private": true, "dependencies": {"react": "^18.2.0", "axios": "^1.6.0"}}\n'
QUERY = """import axios from 'axios'

export async function tenders(category) {
  const whereClause = `code_departement=974${category ? ` and type_marche="${category}"` : ''}`
  const response = await axios.get('https://tenders.example.org/api/records', { params: { where: whereClause } })
  return response.data.results
}
"""
VARIABLE = """import axios from 'axios'

export async function tenders(category, dep) {
  const whereClause = `code_departement=${dep}${category ? ` and type_marche="${category}"` : ''}`
  const response = await axios.get('https://tenders.example.org/api/records', { params: { where: whereClause } })
  return response.data.results
}
"""
COMMENT = """import axios from 'axios'

// the query looks like: `code_departement=974 and type_marche="SERVICES"`
export async function tenders(category, dep) {
  const whereClause = `code_departement=${dep}`
  const response = await axios.get('https://tenders.example.org/api/records', { params: { where: whereClause } })
  return response.data.results
}
"""
README = "# Marchés publics\n\nLes appels d'offres sur une carte.\n"


def _ident(tmp_path, code: str) -> dict:
    files = {"README.md": README, "package.json": PACKAGE, "src/api.js": code}
    return check_result(tmp_path, files, "interoperability.identifiers")


def test_a_code_compared_in_a_query_string_is_a_hard_coded_value(tmp_path):
    r = _ident(tmp_path / "a", QUERY)
    assert "valeurs en dur : 1" in r["message"]["fr"], r["message"]


def test_a_code_given_through_a_variable_is_none(tmp_path):
    r = _ident(tmp_path / "b", VARIABLE)
    assert "valeurs en dur : 0" in r["message"]["fr"], r["message"]


def test_a_query_in_a_comment_is_none(tmp_path):
    r = _ident(tmp_path / "c", COMMENT)
    assert "valeurs en dur : 0" in r["message"]["fr"], r["message"]
