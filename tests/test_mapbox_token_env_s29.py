"""scaling.vendor-lock-in (issue 12, session 29, reader m21o2: data-players/AUrba): a React front end geocodes through Mapbox with
a wrapper component's mapboxConfig={{access_token: process.env.REACT_APP_MAPBOX_ACCESS_TOKEN}} (no mapbox-gl package, no
api.mapbox.com in its code); the check passed "No proprietary service … detected". Code reading a Mapbox token from the environment
is now Mapbox's service called; a component without it stays a pass."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "scaling.vendor-lock-in"
INPUT = ("import { LocationInput } from '@semapps/geo-components';\n\nexport const PlaceInput = (props) => (\n"
         "  <LocationInput {...props} mapboxConfig={{\n    access_token: process.env.REACT_APP_MAPBOX_ACCESS_TOKEN,\n"
         "    types: ['place', 'address'], country: ['fr']\n  }} />\n);\n")


def front(component: str) -> dict:
    return {"README.md": "# Annuaire\n\nAnnuaire des acteurs.\n",
            "frontend/package.json": json.dumps({"name": "front", "dependencies": {"react": "^17.0.0", "@semapps/geo-components": "0.3.21"}}),
            "frontend/src/PlaceInput.js": component}


def test_a_mapbox_token_read_from_the_environment_is_mapbox_called(tmp_path):
    _, res = judge(tmp_path, front(INPUT), [CID])
    assert "Mapbox" in json.dumps(res[CID]), res[CID]  # was pass: "No proprietary service or tool of the list detected"
    assert res[CID]["status"] != "pass", res[CID]


def test_a_component_without_it_stays_a_pass(tmp_path):
    _, res = judge(tmp_path, front(INPUT.replace("process.env.REACT_APP_MAPBOX_ACCESS_TOKEN", "undefined")), [CID])
    assert res[CID]["status"] == "pass", res[CID]
