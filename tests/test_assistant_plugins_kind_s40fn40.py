"""An AI assistant's plugin manifests are no data files (issue 12, s40 fn40 = reader rj40's jfboye01/cowork-plugins).

A marketplace of Claude Code plugins (.claude-plugin/marketplace.json, each plugin's .claude-plugin/plugin.json and its
skills/SKILL.md prompt), no code: nothing decided the kind, and the manifests, taken as data files, made it "nearest: data
specification". Rule now: an editor's or an assistant's plugin manifests are the host tool's files; such add-ons with no code have
no kind of their own: undecided, said as no decisive file. Near miss: JSON data files with no code stay the nearest data
specification."""

from __future__ import annotations

from auditor.facts.kind_documents import kind_undecided
from tests.test_local_authority_verdicts import judge

SKILL = ("---\nname: courrier-{t}\ndescription: Assistant dédié aux courriels adressés au maire sur le thème {t}.\n---\n\n"
         "# Courrier {t}\n\nTu es l'assistant de rédaction du directeur de cabinet du maire.\n")


def _plugins():
    files = {".claude-plugin/marketplace.json": '{"plugins": [{"name": "courrier-sport", "source": {"source": "github"}}]}\n'}
    for t in ("sport", "voirie"):
        files[f"courrier-{t}/.claude-plugin/plugin.json"] = f'{{"name": "courrier-{t}", "version": "1.0.0"}}\n'
        files[f"courrier-{t}/skills/SKILL.md"] = SKILL.format(t=t)
    return files


def test_assistant_plugins_are_no_data_specification(tmp_path):
    report, _ = judge(tmp_path, _plugins(), ["documentation.docs"])
    project = report["facts"]["project"]
    assert project["kind_decided"] is False
    assert kind_undecided(project) == "no-decisive-file", project
    assert not any(e.get("reason") == "data file" for e in project["kind_evidence"]), project["kind_evidence"]


def test_json_data_files_stay_the_nearest_data_specification(tmp_path):
    files = {"README.md": "# Équipements sportifs\n\nLa liste des équipements de la commune.\n",
             "data/equipements.json": '[{"nom": "Stade", "commune": "Villeneuve"}]\n',
             "data/piscines.json": '[{"nom": "Piscine", "commune": "Villeneuve"}]\n'}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    project = report["facts"]["project"]
    assert project["kind"] == "data-specification" and kind_undecided(project) == "nearest", project
