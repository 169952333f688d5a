"""reusability.territory-neutral (issue 12, session 41 fixer ff41 = Mikeyouf/smbvl-demo, reader rb41 item 2): a river syndicate's
flood pre-diagnostic map keys a table by its communes (``const communeData = {"Bollène": 'https://…/parcelles_0.geojson', …}``, 27
of them) and lists them again in the form's <select>. Most are small communes the tool knew only when their name joins words
(communes.yml's domain_names: Montbrison-sur-Lez), and the table was longer than the 1,500 characters read: neither was counted.
A name of several words the COG gives a commune is known at any size, a table up to 6,000 characters is read, and (as for a select)
three large cities or more are examples spread across France, no territory's. Near misses: a select and a table of large cities
keep the old verdict; a table of large cities is no longer one territory's. The fixtures are written for the test (communes of another valley)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
VALLEY = ["Montboucher-sur-Jabron", "Saint-Gervais-sur-Roubion", "Portes-en-Valdaine", "Châteauneuf-du-Rhône",
          "Chantemerle-lès-Grignan", "Puygiron", "Espeluche", "Allan", "Montjoyer", "Charols", "Manas", "Marsanne", "Sauzet",
          "La Touche", "Cléon-d'Andran", "Bonlieu-sur-Roubion", "Pont-de-Barret", "Salettes"]
CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux", "Nantes", "Strasbourg", "Rennes", "Grenoble", "Dijon"]
README = "# Diagnostic\n\nCarte et formulaire de pré-diagnostic.\n"


def _files(names):
    rows = ",\n".join(f"    \"{n}\": 'https://stockage.riviere-valdaine.fr/parcelles/parcelles_{i % 4}.geojson'" for i, n in enumerate(names))
    script = ("const map = L.map('map');\n\nconst communeData = {\n" + rows + "\n};\n\n"
              "function load(commune) {\n  return fetch(communeData[commune]).then(r => r.json());\n}\n")
    options = "".join(f'      <option class="option" value="{n}">{n}</option>\n' for n in names)
    page = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<body>\n  <div id=\"map\"></div>\n  <select class=\"select\" id=\"select\">\n"
            "      <option value=\"\" selected>Choisir ma commune</option>\n" + options + "  </select>\n"
            "  <script src=\"script.js\"></script>\n</body>\n</html>\n")
    return {"README.md": README, "index.html": page, "script.js": script}


def _kinds(res):
    return {(e.get("path"), e.get("note", {}).get("en", "")[:40]) for e in res["evidence"] if e.get("kind") == "finding"}


def test_a_syndicate_s_commune_table_and_select_are_territory_values(tmp_path):
    r = judge(tmp_path, _files(VALLEY), [CID])[1][CID]
    paths = {e.get("path") for e in r["evidence"] if e.get("kind") == "finding"}
    assert {"script.js", "index.html"} <= paths, r["evidence"]
    assert r["status"] != "pass", r["message"]


def test_a_select_of_large_cities_and_a_two_communes_table_are_no_territory(tmp_path):
    # near miss (verdict unchanged): a select naming France's large cities, and a table of two communes only
    files = _files(CITIES)
    files["script.js"] = _files(VALLEY[:2])["script.js"]
    r = judge(tmp_path, files, [CID])[1][CID]
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_table_of_large_cities_across_france_is_no_territory(tmp_path):
    # (the same rule as the select's: before, a table of eleven large cities, nine of them in communes.yml, was one territory's)
    r = judge(tmp_path, _files(CITIES), [CID])[1][CID]
    assert r["status"] == "pass", (r["message"], r["evidence"])
