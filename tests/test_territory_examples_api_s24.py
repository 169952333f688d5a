"""reusability.territory-neutral (issue 12, session 24, reader n2 s23 family 6).

- A regional GIS platform's desktop tool explains its dictionary of similar words in a help text built of concatenated
  literals: "… pour les acronymes par exemple : \\n" + / "TBM = Transports Bordeaux Métropole." The name was flagged as a
  hard-coded local government: the example cue was on the string's line above, not on the name's line. A value on a line
  that continues a string whose lines above introduce an example is that example, no setting.
- A DDT's map observatory asks geo.api.gouv.fr/departements/95/communes and a WFS with CQL_FILTER=code_insee%3D%2795%27: the
  département is hard-wired in the data queries, but only the map centre was counted ("1 value"). A département's code in an
  API's path or query-string filter is now a value (the code is the excerpt: one département asked twice is one value).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "reusability.territory-neutral"


def run(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2026-02-02T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=[CID]))
    return report["results"][0]


HELP = """package outil.vues;

public class AideScene {
    public Text aide() {
        Text text = new Text("Certains mots vont gêner vos comparaisons de noms. \\n" +
                "Un dictionnaire de mots semblables peut servir \\n" +
                "pour les sigles, par exemple : \\n" +
                "{line}");
        return text;
    }
}
"""


def test_a_name_given_as_an_example_in_a_help_text_is_no_value(repo, tmp_path):
    files = {"README.md": "# Comparateur\n\nCompare les noms de deux catalogues.\n",
             "src/outil/vues/AideScene.java": HELP.replace("{line}", "Vous direz : TCL = Transports Lyon Métropole.")}
    r = run(repo, tmp_path, files)
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was warn "'Lyon Métropole' hard-coded"


def test_a_name_in_a_message_of_the_code_is_still_a_value(repo, tmp_path):
    """The same help text without the example cue: a sentence naming the authority the tool serves stays a finding."""
    java = HELP.replace("pour les sigles, par exemple : \\n", "pour les sigles du réseau. \\n").replace(
        "{line}", "Seules les communes de Lyon Métropole sont traitées.")
    files = {"README.md": "# Comparateur\n\nCompare les noms de deux catalogues.\n", "src/outil/vues/AideScene.java": java}
    r = run(repo, tmp_path, files)
    assert r["status"] == "warn" and r["evidence"][0]["value"] == "Lyon Métropole", (r["message"], r["evidence"])


PAGE = """export default function Carte() {
  useEffect(() => {
    const map = L.map("carte").setView([48.95, 2.45], 10);
    fetch("https://geo.api.gouv.fr/departements/93/communes?fields=nom,code,contour&format=geojson")
      .then((r) => r.json()).then((c) => L.geoJSON(c).addTo(map));
    fetch("https://data.geopf.fr/wfs/ows?SERVICE=WFS&REQUEST=GetFeature&TYPENAMES=ADMINEXPRESS-COG.LATEST%3Adepartement&CQL_FILTER=code_insee%3D%2793%27")
      .then((r) => r.json()).then((d) => L.geoJSON(d).addTo(map));
  }, []);
  return <div id="carte" />;
}
"""


def test_a_departement_in_api_paths_and_filters_is_counted(repo, tmp_path):
    files = {"README.md": "# Observatoire\n\nCarte des communes du département.\n", "app/carte/page.tsx": PAGE}
    r = run(repo, tmp_path, files)
    assert r["status"] == "warn", r["message"]
    assert r["message"]["en"].startswith("2 territory-specific value(s)"), r["message"]  # was 1: the map centre only
    urls = [e for e in r["evidence"] if e["value"] == "93"]
    assert [e["line"] for e in urls] == [4, 6], r["evidence"]
    assert "département" in urls[0]["note"]["en"] and "API" in urls[0]["note"]["fr"]


def test_a_departement_taken_from_a_setting_is_no_value(repo, tmp_path):
    page = (PAGE.replace("departements/93/communes", "departements/${DEP}/communes").replace("%2793%27", "%27${DEP}%27")
            .replace('fetch("https://geo', "fetch(`https://geo").replace('geojson")', "geojson`)")
            .replace('fetch("https://data', "fetch(`https://data").replace('%27")', "%27`)"))
    files = {"README.md": "# Observatoire\n\nCarte des communes du département.\n", "app/carte/page.tsx": page,
             "tests/carte.test.ts": 'it("charge", () => fetch("https://geo.api.gouv.fr/departements/93/communes"));\n'}
    r = run(repo, tmp_path, files)
    assert r["message"]["en"].startswith("1 territory-specific value(s)"), (r["message"], r["evidence"])
    assert not any(e["value"] == "93" for e in r["evidence"]), r["evidence"]
