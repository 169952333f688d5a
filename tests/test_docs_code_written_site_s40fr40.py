"""documentation.docs (issue 12, s40 fr40 = re-reader va40, opt-nc/odata-avps-drhfpnc).

A daily pipeline fetches job notices and writes the pages of its Zensical site itself (docs_dir = "data"; its script opens
data/index.md for writing): the site is the product, the notices published, and documents nothing of the project. The check said
"Found: documentation site (zensical.toml)". A generator's configuration whose pages are all written by the project's own code is
no documentation site. Near miss: the same site with an authored page beside the generated one stays a documentation site.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
TOML = '[project]\nsite_name = "Avis"\nsite_url = "https://example.github.io/avis/"\ndocs_dir = "data"\nsite_dir = "site"\n'
PIPE = ('import pandas as pd\n\n\ndef page(df):\n    with open("data/index.md", "w", encoding="utf-8") as f:\n'
        '        f.write("# Avis\\n")\n\n\nif __name__ == "__main__":\n    df = pd.read_csv("https://example.org/avis.csv")\n'
        '    df.to_csv("data/avis.csv")\n    page(df)\n')
BASE = {"zensical.toml": TOML, "pyproject.toml": '[project]\nname = "avis"\nversion = "0.1.0"\ndependencies = ["pandas", "zensical"]\n',
        "README.md": "# Avis\n\nLes avis publiés chaque jour.\n", "data/avis.csv": "poste,date\nA,2026-01-01\n", "src/pipeline.py": PIPE,
        "data/index.md": "# Avis\n\n| Poste | Date |\n|---|---|\n| A | 2026-01-01 |\n\nListe mise à jour chaque jour à partir des données.\n"}


def _site_found(r) -> bool:
    return any(e.get("path") == "zensical.toml" and e.get("kind") == "found" for e in r["evidence"])


def test_a_site_whose_pages_the_projects_code_writes_is_no_documentation_site(tmp_path):
    r = check_result(tmp_path, dict(BASE), CID)
    assert not _site_found(r), (r["message"], r["evidence"])  # was « Trouvé : site de documentation »


def test_an_authored_page_beside_the_generated_one_keeps_the_documentation_site(tmp_path):
    files = {**BASE, "data/methode.md": "# Méthode\n\nComment les avis sont collectés, filtrés et publiés, et comment relancer la collecte.\n"}
    r = check_result(tmp_path, files, CID)
    assert _site_found(r), (r["message"], r["evidence"])
