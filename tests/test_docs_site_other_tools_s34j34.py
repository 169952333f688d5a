"""A town's IT documentation site (MkDocs) describing other software (issue 12, session 34 j34): its benchmark table of mapping
tools said one of them is "utilisé par 15 centres hospitaliers 3 communes", read by scaling.reuse as a deployment of this project;
and its intranet page's `docker run … mattermost/mattermost-preview` (with `dnf install moby-engine`) was read by
reusability.install as this project's written instructions. A table row outside a reuse section is about the item it names (counted
only when it names the project); a documentation site's pages installing other software are its content, for the command pages as
for the install documents. Near misses: a row naming the project itself; a page building the site (mkdocs serve). Made-up names."""

from __future__ import annotations

from auditor.facts.scaling.reuse import scan_document

from tests.test_local_authority_verdicts import judge

BENCH = ("# Cartographie du SI\n\n## Benchmark des outils\n\n|N°|Nom|description|Notes|\n|:--|:--|:--|:--|\n"
         "|1|[Modeleur](https://www.modeleur.example/)|modélisation de données|testé|\n"
         "|2|[==Cartosi==](https://github.com/someone/cartosi/tree/master)|Norme ISO27001 utilisé par 15 centres hospitaliers 3 communes "
         "en France.|utilisé|\n")
INTRANET = ("# Intranet\n\n## Installation sous docker\n\n```bash\ndnf install moby-engine\nsystemctl start docker\n"
            "docker run --name chat-preview -d --publish 8065:8065 chatvendor/chat-preview\n```\n")
SITE = {
    "README.md": "---\nauteur: Jeanne Martin\n---\n\n## Présentation\n\nDocumentation de mon stage à la ville.\n",
    "mkdocs.yml": "site_name: Documentation SI\nnav:\n  - index.md\n  - Cartographie_SI.md\n  - Intranet.md\ntheme:\n  name: material\n",
    "requirements.txt": "mkdocs~=1.5\nmkdocs-material\n",
    ".github/workflows/ci.yml": ("name: ci\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
                                "      - uses: actions/checkout@v3\n      - run: pip install mkdocs-material\n      - run: mkdocs gh-deploy --force\n"),
    "docs/index.md": "# Documentation SI\n\nLes pages de ce site décrivent le système d'information de la commune.\n",
    "docs/Cartographie_SI.md": BENCH,
    "docs/Intranet.md": INTRANET,
}


def test_a_benchmark_rows_users_are_another_tools():
    assert scan_document("docs/Cartographie_SI.md", BENCH, {"documentationsi"}) == []


def test_a_row_naming_the_project_still_counts():
    found = scan_document("docs/Cartographie_SI.md", BENCH, {"cartosi"})
    assert [f["kind"] for f in found] == ["deployment"], found


def test_the_site_is_judged_on_its_own_steps(tmp_path):
    _, res = judge(tmp_path, SITE, ["scaling.reuse", "reusability.install"])
    reuse, install = res["scaling.reuse"], res["reusability.install"]
    assert not any((e.get("path") or "").endswith("Cartographie_SI.md") for e in reuse["evidence"]), reuse
    assert "deployment(s) named" not in reuse["message"]["en"], reuse["message"]
    assert install["details"]["instructions"] is False, install
    assert not any("chat-preview" in str(e.get("value")) for e in install["evidence"]), install


def test_a_page_building_the_site_is_its_instructions(tmp_path):
    files = {**SITE, "docs/contribuer.md": "# Contribuer\n\n```bash\npip install -r requirements.txt\nmkdocs serve\n```\n"}
    install = judge(tmp_path, files, ["reusability.install"])[1]["reusability.install"]
    assert install["details"]["instructions"] is True, install
