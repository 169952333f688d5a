"""README sections a State repository's README gives by what its chapters hold (issue 12, session 24 fixer f24; reader o4).

1. IGNF/Borea: "## Tools" lists the project's commands, each linking its guide in the repository (docs_tools/README_<command>.md):
   the usage index. A "Tools" chapter of the stack's tools linking their sites (sirena) is no usage.
2. SocialGouv/buildkit-operator: "## The `BuildProject` resource" gives the custom resource's fields, commented, and "## Per-project
   tuning" the settings to adjust: configuration. A Kubernetes Deployment manifest, and a model's "Fine-tuning", are not.
3. MTES-MCT/verseau2: "### Ajout de fonctionnalités" ("1. Créer une branche … 4. Créer une pull request") is the contribution
   workflow, and names features as work to do, no presentation ("## Fonctionnalités" stays the purpose).
4. DNUM-SocialGouv/sirena: "a.k.a. SI reclamation" under the title only renames the project: no description, no purpose; a short
   line saying what it is stays the description.
"""

from __future__ import annotations

from functools import partial

from auditor.facts.readme_headings import heading_sections
from tests.test_readme_substance_s24 import line_of as _line, readme_fact, section_details

APP = {"pyproject.toml": '[project]\nname = "phototools"\n[project.scripts]\nconvert = "phototools.convert:main"\n',
       "phototools/__init__.py": "", "phototools/convert.py": "def main():\n    return 0\n"}


_readme = partial(readme_fact, app=APP)
_details = partial(section_details, app=APP)


GUIDES = {"phototools/docs/README_convert.md": "# convert\n\n## Usage\n\n`convert -i in.txt -o out.txt`\n",
          "phototools/docs/README_control.md": "# control\n\n`control -i in.txt`\n",
          "phototools/docs/README_reproject.md": "# reproject\n\n`reproject -i in.txt --epsg 2154`\n"}
TOOLS = ("# Phototools\n\nPhototools converts aerial image orientation files between formats and transforms their coordinates.\n\n"
         "## Tools\n\n"
         "* Convert orientation files: [phototools/docs/README_convert.md](./phototools/docs/README_convert.md)\n"
         "* Control an orientation file: [phototools/docs/README_control.md](./phototools/docs/README_control.md)\n"
         "* Reproject points: [phototools/docs/README_reproject.md](./phototools/docs/README_reproject.md)\n\n"
         "## Installation\n\n```\npip install phototools\n```\n\n## Contributing\n\nOpen an issue before a pull request.\n")


def test_a_tools_chapter_linking_each_tools_guide_is_the_usage(tmp_path):
    d = _details(tmp_path / "tools", TOOLS, GUIDES)
    assert d["usage"]["line"] == _line(TOOLS, "## Tools") and d["usage"]["via"] == "heading", d  # was no usage
    assert {"purpose", "install", "contributing"} <= set(d)


def test_a_tools_chapter_of_the_stack_or_of_missing_guides_is_no_usage(tmp_path):
    stack = TOOLS.replace("* Convert orientation files: [phototools/docs/README_convert.md](./phototools/docs/README_convert.md)\n"
                          "* Control an orientation file: [phototools/docs/README_control.md](./phototools/docs/README_control.md)\n"
                          "* Reproject points: [phototools/docs/README_reproject.md](./phototools/docs/README_reproject.md)\n",
                          "- [uv](https://docs.astral.sh/uv/) — package manager\n- [ruff](https://docs.astral.sh/ruff/) — linter\n"
                          "- [GDAL](https://gdal.org) — raster library\n")
    assert "usage" not in _details(tmp_path / "stack", stack, GUIDES)
    assert "usage" not in _details(tmp_path / "missing", TOOLS)  # the guides it links are not in the repository


OPERATOR = ("# cache-operator\n\nA Kubernetes operator that keeps one build cache daemon per project and scales it to zero when idle.\n\n"
            "## Install\n\n```\nhelm install cache-operator ./charts/cache-operator\n```\n\n"
            "## The `CacheProject` resource\n\n```yaml\napiVersion: cache.example.org/v1alpha1\nkind: CacheProject\nmetadata:\n  name: p1\n"
            "spec:\n  key: p1                 # stable cache identity\n  tier: warm             # hot | warm | cold\n"
            "  idleSeconds: 900       # wake window before scale-to-zero\n  volumeGi: 40           # cache volume size\n```\n\n"
            "## License\n\nMIT\n")


def test_a_custom_resources_commented_fields_are_the_configuration(tmp_path):
    d = _details(tmp_path / "crd", OPERATOR)
    assert d["configuration"]["line"] == _line(OPERATOR, "## The `CacheProject` resource"), d  # was no configuration
    # the neighbour: a Deployment manifest, commented the same way, is no configuration of the project
    deployment = OPERATOR.replace("## The `CacheProject` resource", "## Example manifest").replace("kind: CacheProject", "kind: Deployment")
    assert "configuration" not in _details(tmp_path / "deployment", deployment)


def test_tuning_headings():
    assert heading_sections("Per-project tuning — recommended practice") == ["configuration"]  # was []
    assert heading_sections("Performance tuning") == ["configuration"]
    assert "configuration" not in heading_sections("Fine-tuning") and "configuration" not in heading_sections("Hyperparameter tuning")


WORKFLOW = ("# Dépôt autosurveillance\n\nApplication de dépôt des fichiers d'autosurveillance des stations d'épuration.\n\n"
            "## Fonctionnalités\n\n- Dépôt de fichiers\n- Contrôle des fichiers\n\n"
            "## Installation\n\n```\nnpm install\n```\n\n"
            "## Développement\n\n### Conventions de code\n\n- TypeScript strict\n- ESLint et Prettier\n\n"
            "### Ajout de fonctionnalités\n\n1. Créer une branche : `git checkout -b feature/ma-fonction`\n2. Développer et tester\n"
            "3. Commiter avec des messages clairs\n4. Créer une pull request\n\n## Tests\n\n```\nnpm test\n```\n")


def test_a_branch_then_pull_request_workflow_is_contributing(tmp_path):
    d = _details(tmp_path / "wf", WORKFLOW)
    assert d["contributing"]["line"] == _line(WORKFLOW, "### Ajout de fonctionnalités"), d  # was no contributing
    assert d["purpose"]["line"] == _line(WORKFLOW, "## Fonctionnalités")
    # without the pull request (the steps of a local change only), no contributing
    local = WORKFLOW.replace("4. Créer une pull request\n", "4. Relancer l'application\n")
    assert "contributing" not in _details(tmp_path / "local", local)


def test_adding_features_is_no_purpose_heading():
    assert "purpose" not in heading_sections("Ajout de fonctionnalités")  # was ['purpose']
    assert "purpose" not in heading_sections("Adding a new feature")
    assert heading_sections("Fonctionnalités principales") == ["purpose"] and heading_sections("Features") == ["purpose"]


ALIAS = ("# Plaintes\n\na.k.a. SI plaintes\n\n## Getting Started\n\n```\npnpm install\npnpm dev\n```\n\n"
         "## Usage\n\nOpen http://localhost:5173 and sign in.\n")


def test_an_alias_line_is_no_description(tmp_path):
    r = _readme(tmp_path / "alias", ALIAS)
    assert r["description"] is None and "purpose" not in r["sections"], r["section_details"]  # was purpose "a.k.a. SI plaintes"
    described = ALIAS.replace("a.k.a. SI plaintes", "Traitement des plaintes des usagers")
    r = _readme(tmp_path / "described", described)
    assert r["description"]["line"] == 3 and "purpose" in r["sections"]
