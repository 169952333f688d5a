"""reusability.configuration (issue 12, s39 fm39 = re-reader vb39 on data-players/PETR_MSB_tiers-lieux).

A React front end's search page keeps its form's fields in frontend/src/pages/SearchPage/config.js (each a label, a type, a
predicate), imported by the page's index.js: it was named as the project's settings template. A module named config.js inside a page
or component folder whose literals define the interface's fields and hold no address, key, flag nor environment value is no settings
template. Near miss: a root src/config.js exporting the API's address, imported the same way, stays the template.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
FIELDS = ('const searchFields = [\n  {\n    "name": "Service",\n    "label": "des services",\n    "fields": [\n      {\n'
          '        "type": "ServiceType",\n        "predicate": "ex:hasServiceType",\n        "label": "Type de service",\n      },{\n'
          '        "type": "Sector",\n        "predicate": "ex:hasSector",\n        "label": "Secteur",\n      }\n    ]\n  }\n];\n\n'
          'export default searchFields;\n')
PAGE = ("import React from 'react';\nimport searchFields from './config';\n\n"
        "export default function SearchPage() {\n  return searchFields.map(f => <h2 key={f.name}>{f.label}</h2>);\n}\n")
BASE = {"README.md": "# Tiers-lieux\n\nAnnuaire des tiers-lieux du territoire.\n",
        "frontend/package.json": '{"name": "front", "dependencies": {"react": "^17.0.0"}}\n'}


def _templates(tmp_path, files) -> list:
    return check_result(tmp_path, {**BASE, **files}, CID).get("details", {}).get("templates") or []


def test_a_pages_field_definitions_are_no_settings_template(tmp_path):
    files = {"frontend/src/pages/SearchPage/config.js": FIELDS, "frontend/src/pages/SearchPage/index.js": PAGE}
    assert "frontend/src/pages/SearchPage/config.js" not in _templates(tmp_path, files)


def test_a_root_config_with_the_api_address_stays_the_template(tmp_path):
    config = ('const config = {\n  "apiUrl": "https://api.example.org/",\n  "title": "Tiers-lieux",\n  "label": "Annuaire",\n'
              '  "fields": "all",\n};\n\nexport default config;\n')
    app = "import config from './config';\n\nexport const title = config.title;\n"
    assert "frontend/src/config.js" in _templates(tmp_path, {"frontend/src/config.js": config, "frontend/src/App.js": app})
