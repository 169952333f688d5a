"""Session 30 (m30, reader m22o3's gapree-website): a small commune's site says in its README's Licence section "Code : libre d'usage
(MIT)." then "Données et identité visuelle : propriété de la commune de Gâprée."; licensing.data-and-docs read no statement on the
data ("only the code license (MIT) applies by default"), though the README keeps the data's rights: the data is stated as not open."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SITE = {
    "index.html": "<!doctype html><html lang=\"fr\"><head><title>Mairie</title></head><body><main id=\"actus\"></main>"
                  "<script src=\"app.js\"></script></body></html>\n",
    "app.js": "fetch('data/actus.json').then(r => r.json()).then(a => { document.getElementById('actus').textContent = a.length })\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2025 Mairie\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
               "of this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including "
               "without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, "
               "and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright "
               "notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS "
               "PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
               "MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE "
               "LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR "
               "IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n",
    **{f"data/{n}.json": '[{"titre": "Marché", "date": "2025-05-01"}]\n' for n in ("actus", "artisans", "histoire", "mairie")},
}
README = "# Site de la commune\n\nSite de la mairie.\n\n## Licence\n\nCode : libre d'usage (MIT).\n{data}\n"


def test_data_kept_as_the_communes_property_is_stated_not_open(tmp_path):
    files = {**SITE, "README.md": README.format(data="Données et identité visuelle : propriété de la commune.")}
    _, res = judge(tmp_path, files, ["licensing.data-and-docs"])
    r = res["licensing.data-and-docs"]
    assert r["status"] == "warn" and "The data is stated as not open (README.md l.8" in r["message"]["en"], r["message"]
    assert any(e.get("line") == 8 and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]


def test_a_readme_silent_on_the_data_keeps_the_code_licence_message(tmp_path):
    files = {**SITE, "README.md": README.format(data="Vos données personnelles restent votre propriété.")}
    _, res = judge(tmp_path, files, ["licensing.data-and-docs"])
    r = res["licensing.data-and-docs"]
    assert r["status"] == "warn" and r["message"]["en"].startswith("No license specific to the data"), r["message"]
