"""A TypeScript types folder is no database model (issue 12, s45 fj45).

Real case: antocreadev/astro-tourisme.castagnicciacasinca.fr, an Astro tourism site reading its own Strapi CMS: src/types/*.ts
hold the interfaces of the CMS's answers (quicktype's RootPlage, Daum…), and a component reads a statistics API with
response.json(). interoperability.data-standards failed (3.0, "Open formats: JSON", advice "Describe each data file with a Table
Schema") though the site ships no data file: the type modules, under types/ rather than named *.types.ts, were counted as a
database model, so the "JSON messages only" rule did not apply. Near miss: the same site shipping a CSV of its own is still judged.
"""
from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

TYPES = ("export interface RootPlage {\n  data: Plage[];\n  meta: Meta;\n}\nexport interface Plage {\n  id: number;\n  Nom: string;\n"
         "  Description: string;\n  Coordonnees: { lat: number; lng: number };\n  createdAt: string;\n}\n"
         "export interface Meta {\n  pagination: { page: number; total: number };\n}\n")
HERO = ("---\nconst api = import.meta.env.PUBLIC_API_URL;\n---\n<section id=\"chiffres\"></section>\n<script>\n"
        "  async function charger() {\n    const response = await fetch(import.meta.env.PUBLIC_API_URL + '/stats');\n"
        "    const data = await response.json();\n    document.getElementById('chiffres').textContent = data.visiteurs;\n  }\n"
        "  charger();\n</script>\n")
BASE = {"package.json": '{"name": "site-tourisme", "type": "module", "scripts": {"build": "astro build"}, "dependencies": {"astro": "^4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": "---\nimport Hero from '../components/Hero.astro';\n---\n<Hero />\n",
        "src/components/Hero.astro": HERO, "src/types/plages.ts": TYPES,
        "src/types/evenements.ts": TYPES.replace("Plage", "Evenement")}


def test_interfaces_in_a_types_folder_are_no_database_model(tmp_path):
    _, res = kind_and_results(tmp_path, BASE, ["interoperability.data-standards"])
    r = res["interoperability.data-standards"]
    assert r["status"] == "not_applicable", r


def test_near_miss_a_data_file_of_its_own_is_still_judged(tmp_path):
    files = {**BASE, "public/data/plages.csv": "nom,commune,lat,lng\nPlage du Nord,Exemple,42.1,9.5\nPlage du Sud,Exemple,42.0,9.4\n"}
    _, res = kind_and_results(tmp_path, files, ["interoperability.data-standards"])
    r = res["interoperability.data-standards"]
    assert r["status"] in ("fail", "warn"), r
