"""Session 35, af35: three regressions verifier v19e found at fin55 (issue 12).

- naturalsolutions/ecoteka (interoperability.geo): the map is built on deck.gl (package.json "deck.gl") whose modules the code
  imports by their scoped names ("@deck.gl/react", "@deck.gl/layers", "@deck.gl/geo-layers"); unimported_packages read no
  "deck.gl" word (a name after "@" was never one), so geo dropped deck.gl from the open libraries. A scoped module of the
  package's own name names it; an e-mail address at a host of that name still does not.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge


def _ecoteka(provider: str) -> dict:
    pkg = {"name": "frontend", "private": True, "dependencies": {"deck.gl": "^8.4.0", "maplibre-gl": "^1.14.0", "react": "^17.0.0",
                                                                  "next": "^10.0.0"}}
    return {
        "README.md": "# ecoteka\n\nGérer le patrimoine arboré d'une collectivité sur une carte.\n",
        "frontend/package.json": json.dumps(pkg, indent=2) + "\n",
        "frontend/components/Map/Provider.tsx": provider,
        "frontend/components/Map/Base.tsx": "import maplibregl from \"maplibre-gl\";\n\nexport const style = maplibregl.version;\n",
        "frontend/pages/index.tsx": "import React from \"react\";\n\nexport default function Home() {\n  return null;\n}\n",
    }


DECK = ("import React from \"react\";\nimport DeckGL from \"@deck.gl/react\";\nimport { GeoJsonLayer } from \"@deck.gl/layers\";\n\n"
        "export const layer = new GeoJsonLayer({ id: \"trees\", data: \"/api/trees.geojson\" });\nexport default DeckGL;\n")


def _geo(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_a_package_imported_by_its_scoped_modules_is_an_open_map_library(tmp_path):
    r = _geo(tmp_path, _ecoteka(DECK))
    assert "deck.gl" in r["message"]["en"], r["message"]


def test_a_mail_address_at_the_package_name_is_no_import_of_it(tmp_path):
    # near miss: "deck.gl" only in an address (contact@deck.gl/…) and no module of it imported: still unimported
    provider = "import React from \"react\";\n\n// questions: contact@deck.gl/support\nexport default React;\n"
    r = _geo(tmp_path, _ecoteka(provider), name="m")
    assert "deck.gl" not in r["message"]["en"], r["message"]
