"""README sections on State start-ups' READMEs read wrong by this session's State reader a3 (issue 12, s17), each with a
counterpart that still counts:
- a line under the title that only points to the documentation ("The package documentation is available [here](…)") is no purpose;
  a first chapter named by a run word ("## Run τ-Argus from R") that describes the package, no code in it, is the purpose, not usage;
- "### Guide" alone over the application's modes and routes is usage;
- a sentence opening on a command's name ("`make bootstrap` is the one-time setup; … see [Configuration](docs/deploy.md#configuration)")
  is prose and points to the configuration (the anchor's chapter, not the document's name); a folder's name ("deploy/env/") names no topic."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


DEPLOY_DOC = {"docs/deployment.md": "# Deployment\n\n## Production\n\nRun `make start`.\n\n## Configuration\n\nEdit `deploy/env/app.env`.\n"}


def _sections(tmp_path, text: str, docs: dict | None = DEPLOY_DOC) -> dict:
    fact = readme_fact(tmp_path, text, docs)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


RPKG = ("# rsecret <a href='https://org.example/rsecret/'><img src='man/logo.png' align='right' /></a>\n\n"  # 1
        "The package documentation is available [here](https://org.example/rsecret/).\n\n"  # 3
        "## Run Secret-Tool from R\n\n"  # 5
        "The *rsecret* package provides an **R** interface for **Secret-Tool**.\n\n"  # 7
        "It allows to:\n\n- create the input files from R data;\n- launch a batch in command line;\n- retrieve the results in R.\n\n"
        "## Installation\n\n"  # 15
        "```r\nremotes::install_github(\"org/rsecret\")\n```\n\n"
        "## Simple example\n\n"  # 21
        "```r\nlibrary(rsecret)\nprotect(table)\n```\n")


def test_a_documentation_pointer_is_no_purpose_and_a_describing_run_chapter_no_usage(tmp_path):
    sections = _sections(tmp_path, RPKG)
    assert sections["purpose"] == ("heading", 5)
    assert sections["usage"] == ("heading", 21)
    assert readme_fact(tmp_path / "d", RPKG)["description"]["line"] == 7
    # counterparts: a run chapter with its commands stays usage; one that does not describe the project stays usage
    code = RPKG.replace("It allows to:\n", "```r\nrsecret::run(\"job.arb\")\n```\n\nIt allows to:\n")
    assert _sections(tmp_path / "code", code)["usage"] == ("heading", 5)
    other = RPKG.replace("The *rsecret* package provides", "Secret-Tool must be installed first; it provides")
    assert _sections(tmp_path / "other", other)["usage"] == ("heading", 5)


APP = ("## Impact\n\n### Introduction\n\nImpact est le service des lauréats d'un fonds public pour suivre leurs dossiers.\n\n"  # 1, 3, 5
       "### Installation\n\n```bash\nnpm install\n```\n\n"  # 7
       "### Guide\n\n"  # 13
       "#### Mode par défaut\n\nL'application est accessible via :\n\n- [/projets](http://localhost:3000/projets)\n\n"
       "L'utilisateur se connecte via ProConnect, puis voit les dossiers de son SIRET.\n\n"
       "#### Mode démo\n\nUne page de démonstration est disponible :\n\n- [/projets/demo](http://localhost:3000/projets/demo)\n")


def test_a_bare_guide_heading_is_usage(tmp_path):
    assert _sections(tmp_path, APP)["usage"] == ("heading", 13)
    # counterpart: another guide's heading is no usage
    assert "usage" not in _sections(tmp_path / "style", APP.replace("### Guide\n", "### Style guide\n"))


SCAN = ("# Scanner\n\nA small REST service that scans uploaded files for malware and reports a verdict per category.\n\n"  # 1, 3
        "## Quick start\n\n```bash\nmake bootstrap\n```\n\n"  # 5
        "`make bootstrap` is the one-time setup; afterwards use `make start` / `make stop` to bring the stack up and down (both "  # 11
        "read config from `deploy/env/`, see [Configuration](docs/deployment.md#configuration)).\n")


def test_a_sentence_about_a_command_points_to_the_configuration(tmp_path):
    sections = _sections(tmp_path, SCAN)
    assert sections["configuration"] == ("sentence", 11)
    assert "deployment" not in sections
    # counterparts: a paragraph of commands stays no sentence; a link to the deployment document's own chapter gives the deployment
    assert "configuration" not in _sections(tmp_path / "cmd", SCAN.replace("`make bootstrap` is the one-time setup;", "make bootstrap &&"))
    deploy = SCAN.replace("see [Configuration](docs/deployment.md#configuration)", "see [the guide](docs/deployment.md#production)")
    assert _sections(tmp_path / "dep", deploy)["deployment"] == ("sentence", 11)
