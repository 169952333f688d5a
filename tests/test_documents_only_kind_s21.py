"""A repository holding only a README on its default branch ("Frontend du plugin … de mapstore", the code on another branch) was
reported "data specification" (issue 12, session 21 reader r1, sigrennesmetropole/geor_plui_evolution_mapstore): when no file
decides the kind, documents only made a data specification whatever they said. A repository of documents is a data specification
only when they specify data (a table of fields and their types, the words of a specification); otherwise its nearest kind is what
its README says, and when nothing says, the report says the kind is not decided: documents only."""

from __future__ import annotations

from auditor.reports.common import project_line
from tests.test_local_authority_verdicts import judge


def _project(tmp_path, files):
    report = judge(tmp_path, files, ["documentation.readme"])[0]
    return report, report["facts"]["project"]


def test_a_readme_saying_it_is_a_plugins_front_end_is_no_data_specification(tmp_path):
    # (session 24, o2 family B: a README's word decides no kind either, an emptied repository's "scripts associés au site Web" is no
    # web application; the kind is said undecided, the README's word kept in the evidence, and never "data specification")
    report, project = _project(tmp_path, {"README.md": "# parcelles_mapstore\nInterface du plugin Parcelles de la visionneuse MapStore\n"})
    assert project["kind_decided"] is False, project
    assert project["kind_evidence"] == [{"path": "README.md", "reason": "documents only: no file decides the kind (README: plugin)"}]
    line = project_line(report, "fr")
    assert "non déterminé" in line and "spécification ou schéma" not in line and "bibliothèque" not in line, line


def test_documents_that_specify_data_are_still_a_data_specification(tmp_path):
    files = {"README.md": "# Arbres d'alignement\n\nDescription des données des arbres d'alignement.\n",
             "docs/champs.md": "# Champs\n\n| Champ | Type | Description |\n|---|---|---|\n| id_arbre | entier | identifiant |\n| genre | texte | genre botanique |\n"}
    _, project = _project(tmp_path, files)
    assert project["kind"] == "data-specification", project  # (and its evidence, the table of fields: docs/champs.md)
    assert project["kind_evidence"][0]["path"] in ("docs/champs.md", "README.md")


def test_documents_saying_nothing_leave_the_kind_undecided_and_say_so(tmp_path):
    report, project = _project(tmp_path, {"README.md": "# Compte rendu\n\nRéunion du 3 mars : présents, ordre du jour, décisions.\n"})
    assert project["kind_decided"] is False and project["kind_evidence"][0]["reason"].startswith("documents only"), project
    line = project_line(report, "fr")
    assert "documents seulement" in line and "spécification ou schéma" not in line, line
    assert "documents only" in project_line(report, "en")
