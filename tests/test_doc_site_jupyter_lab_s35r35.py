"""documentation.docs: a JupyterLite lab published on the Pages is no documentation site (issue 12, session 35 fixer r35).

- PnEcrins/CAIRN: README's "Il faut se rendre sur cette adresse : [Jupyter Lab](https://pnecrins.github.io/CAIRN)", the lab of
  analysis notebooks its workflow builds (jupyter lite build --contents analysis/notebooks), was "Found: documentation site". The
  same address linked as the documentation is still a site.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = """# CAIRN

Application de comptage des baigneurs et des tentes sur les images des caméras des lacs d'altitude.

## Cas d'étude

Une fois les détections faites, on peut analyser le CSV généré à l'aide de Jupyter Notebooks. Il faut se rendre sur cette adresse : [Jupyter Lab](https://exemple.github.io/cairn) (à ouvrir dans un navigateur privé)
"""
FILES = {"README.md": README, "app.py": "import gradio as gr\n\ngr.Interface(fn=lambda x: x, inputs='image', outputs='text').launch()\n",
         "pyproject.toml": '[project]\nname = "cairn"\nversion = "0.0.1"\ndependencies = ["gradio>=5.0"]\n',
         "docs/guide_utilisateur.md": "# Guide\n\nCharger les images puis lancer le comptage.\n",
         ".github/workflows/deploy-jupyter.yaml": ("name: Deploy\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                                  "      - uses: actions/checkout@v4\n      - run: pip install jupyterlite-core\n"
                                                  "      - run: jupyter lite build --contents analysis/notebooks --output-dir dist\n")}
DOCS = "documentation.docs"


def _site(res) -> list:
    return [e for e in res[DOCS]["evidence"] if e.get("kind") == "found" and str(e.get("value", "")).startswith("https://")]


def test_a_jupyter_lab_on_the_pages_is_no_documentation_site(tmp_path):
    report, res = judge(tmp_path, FILES, [DOCS], name="cairn")
    assert _site(res) == [] and "site" not in res[DOCS]["details"]["found"], res[DOCS]["evidence"]


def test_the_same_address_linked_as_documentation_is_still_a_site(tmp_path):
    readme = README.replace("[Jupyter Lab](", "[la documentation](")
    report, res = judge(tmp_path, {**FILES, "README.md": readme}, [DOCS], name="cairn")
    assert [e["value"] for e in _site(res)] == ["https://exemple.github.io/cairn"], res[DOCS]["evidence"]
