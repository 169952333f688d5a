"""A service drawing no map whose geography is the public references, IGN's among them (a parcel found through IGN's API Carto, an
address through API Adresse), meets the map criterion: no map library, format or reference system is asked of it (issue 12, s29 g29,
reader s27 m19o3; shaped like a commune's intranet whose Next.js routes call those two APIs)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PKG = '{"name": "ent-mairie", "dependencies": {"next": "14.2.0", "react": "18.3.0"}}\n'
ADRESSE = ("export async function GET(req: Request) {\n  const q = new URL(req.url).searchParams.get('q');\n"
           "  const res = await fetch(`https://api-adresse.data.gouv.fr/search/?q=${q}&limit=5`);\n  return Response.json(await res.json());\n}\n")
CADASTRE = ("export async function GET(req: Request) {\n  const insee = new URL(req.url).searchParams.get('insee');\n"
            "  const res = await fetch(`https://apicarto.ign.fr/api/cadastre/parcelle?code_insee=${insee}`);\n  return Response.json(await res.json());\n}\n")
FILES = {"README.md": "# ENT mairie\n\nL'intranet des agents de la commune.\n", "package.json": PKG,
         "src/app/api/gouv/adresse/route.ts": ADRESSE}


def test_api_carto_beside_api_adresse_without_a_map_passes(tmp_path):
    _, res = judge(tmp_path, {**FILES, "src/app/api/gouv/cadastre/route.ts": CADASTRE}, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] == "pass" and "IGN" in geo["message"]["en"], geo["message"]


def test_api_adresse_alone_still_passes_as_before(tmp_path):
    _, res = judge(tmp_path, FILES, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] == "pass" and "IGN" not in geo["message"]["en"], geo["message"]


def test_a_map_library_beside_them_is_still_judged(tmp_path):
    pkg = PKG.replace('"react": "18.3.0"', '"react": "18.3.0", "leaflet": "1.9.4"')
    _, res = judge(tmp_path, {**FILES, "package.json": pkg, "src/app/api/gouv/cadastre/route.ts": CADASTRE,
                              "src/components/Carte.tsx": "import L from 'leaflet';\nexport const carte = () => L.map('carte');\n"},
                   ["interoperability.geo"])
    assert "No map and no geographic data of its own" not in res["interoperability.geo"]["message"]["en"]
