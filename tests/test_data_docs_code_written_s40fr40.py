"""licensing.data-and-docs (issue 12, s40 fr40 = re-reader va40, opt-nc/odata-avps-drhfpnc).

A daily pipeline fetches job notices and writes the Zensical site's pages itself: its script opens data/index.md and
data/build_info.txt for writing, the site (docs_dir = "data") shows them with its logo. The site's folder counted "3 documentation
files" (the generated page, the build stamp, the logo) and the check failed "no licence for the documentation". Pages and text files
the project's own code opens for writing are its output, no documents people wrote. Near miss: authored Markdown pages in the same
site folder, beside a build stamp the script writes, stay documents.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "licensing.data-and-docs"
TOML = '[project]\nsite_name = "Avis"\nsite_url = "https://example.github.io/avis/"\ndocs_dir = "data"\nsite_dir = "site"\n'
PIPE = ('import pandas as pd\n\n\ndef stamp():\n    with open("data/build_info.txt", "w", encoding="utf-8") as f:\n'
        '        f.write("abc123\\n")\n\n\ndef page(df):\n    with open("data/index.md", "w", encoding="utf-8") as f:\n'
        '        f.write("# Avis\\n")\n\n\nif __name__ == "__main__":\n    df = pd.read_csv("https://example.org/avis.csv")\n'
        '    df.to_csv("data/avis.csv")\n    stamp()\n    page(df)\n')
BASE = {"zensical.toml": TOML, "pyproject.toml": '[project]\nname = "avis"\nversion = "0.1.0"\ndependencies = ["pandas", "zensical"]\n',
        "README.md": "# Avis\n\nLes avis publiés chaque jour.\n", "data/avis.csv": "poste,date\nA,2026-01-01\n",
        "data/assets/logo.png": "\x89PNG logo", "data/build_info.txt": "abc123\n01/01/2026\n"}


def test_pages_the_projects_own_script_writes_are_no_documentation(tmp_path):
    files = {**BASE, "src/pipeline.py": PIPE, "data/index.md": "# Avis\n\n| Poste | Date |\n|---|---|\n| A | 2026-01-01 |\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])  # was fail « Aucune licence pour la documentation »


def test_authored_pages_in_the_same_site_folder_stay_documents(tmp_path):
    pipe = PIPE.replace('    page(df)\n', '')
    files = {**BASE, "src/pipeline.py": pipe.replace('open("data/index.md"', 'open("site/index.md"'),
             "data/index.md": "# Avis\n\nComment postuler : envoyez votre dossier.\n", "data/guide.md": "# Guide\n\nComment lire les avis.\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "fail", (r["message"], r["evidence"])
