"""Identifiers the audit did not see, and a reference register it did not know (issue 12, s26 f26 = s26 reader o1):
- sigrennesmetropole/cooperation_jn_solar: the address types of a TypeScript front end declare the commune's INSEE code and the
  street's FANTOIR code (insee: string, fantoir: string), yet interoperability.identifiers said "no detectable identifier" (n/a):
  a field declared with its type in TypeScript (or Python) is an identifier field, as a typed SQL column is.
- sigrennesmetropole/cartoHoraires: the SIRET of a workplace is taken from the SIRENE register served by an open-data portal
  (Opendatasoft's economicref-france-sirene-v3 dataset), yet "reference data: no": the SIRENE dataset of an open-data portal is the
  reference register, as API Entreprise is.
Right neighbours: a type whose fields only resemble the names (inseeLabel, a "sirene" alarm sound), and a SIRET typed by the user with
no register, keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ID = "interoperability.identifiers"

FRONT = {"package.json": '{"name": "front", "private": true, "dependencies": {"vue": "^3.2.0"}}\n',
         "README.md": "# Front\n\nUne application web de la métropole.\n",
         "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div></body></html>\n",
         "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\n\ncreateApp(App).mount('#app')\n",
         "src/App.vue": "<template>\n  <main><h1>Adresses</h1></main>\n</template>\n"}


def test_identifier_fields_of_a_typescript_model_are_read(tmp_path):
    files = dict(FRONT, **{"src/model/address.model.ts": ("export interface Street {\n  id: number\n  name: string\n  insee: string\n"
                                                          "  fantoir: string\n}\n\nexport interface Address {\n  addr3: string\n"
                                                          "  insee?: string\n  x: number\n  y: number\n}\n")})
    res = judge(tmp_path, files, [ID])[1][ID]
    assert res["status"] != "not_applicable", res["message"]
    assert "insee" in res["message"]["en"], res["message"]


def test_look_alike_typed_fields_are_no_identifier(tmp_path):
    files = dict(FRONT, **{"src/model/label.model.ts": "export interface Labels {\n  inseeLabel: string\n  sirene: boolean\n  title: string\n}\n"})
    res = judge(tmp_path, files, [ID])[1][ID]
    assert res["status"] == "not_applicable", res["message"]


SEARCH = ("function searchCompany(text) {\n  const conf = options.sirenConfig;\n"
          "  const url = `${conf.url}?where=${encodeURIComponent(text)}&limit=${conf.max}`;\n  return fetch(url).then((r) => r.json());\n}\n\n"
          "function formatResults(results) {\n  return results.map((record) => ({ label: record.denominationunitelegale, siret: record.siret }));\n}\n")


def _survey(config: str) -> dict:
    return {"README.md": "# Carte des horaires\n\nCarte participative des horaires de travail.\n",
            "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"map\"></div><script src=\"js/main.js\"></script></body></html>\n",
            "js/main.js": SEARCH, "config.json": config}


def test_the_sirene_dataset_of_an_open_data_portal_is_the_reference(tmp_path):
    config = ('{"sirenConfig": {"url": "https://public.opendatasoft.com/api/explore/v2.1/catalog/datasets/economicref-france-sirene-v3/records",'
              ' "dataset": "economicref-france-sirene-v3", "max": 30}}\n')
    res = judge(tmp_path, _survey(config), [ID])[1][ID]
    assert "reference data/validation: yes" in res["message"]["en"], res["message"]
    assert res["status"] == "pass", res["message"]


def test_a_siret_with_no_register_still_lacks_its_reference(tmp_path):
    config = '{"sirenConfig": {"url": "https://example.org/api/companies", "max": 30}, "alarm": {"sound": "sounds/sirene.mp3"}}\n'
    res = judge(tmp_path, _survey(config), [ID])[1][ID]
    assert "reference data/validation: no" in res["message"]["en"], res["message"]
