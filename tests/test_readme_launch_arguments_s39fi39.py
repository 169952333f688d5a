"""documentation.readme-sections (issue 12, s39 fi39 = reader ma39, MickaelLehayPaysDeLaLoire/DisplayTimeOut).

A README with no chapter under its title says how the program is used in prose: "il peut être lancé en ligne de commande avec deux
arguments :", each argument's meaning, then "Exemple" and the program run on its own line. The usage was said absent. A sentence
saying the program is launched on the command line with its arguments (counted or listed) gives the usage, as a fenced command would.
Near miss: "Il peut être lancé en ligne de commande." alone (no argument) still gives no usage.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = ("Projet Visual Studio écrit en C# avec .NET 6.0\n# Compteur\nProgramme affichant un compte à rebours avant l'arrêt du poste.\n\n"
          "Il peut être lancé en ligne de commande avec deux arguments :\n\nLe premier est la durée d'inactivité en minutes.\n\n"
          "Le deuxième est la durée du compte à rebours en secondes.\nExemple\nCompteur.exe 25 20\n\n"
          "-> Affichera un compte à rebours de 20 secondes.\n")


def sections(tmp_path, readme):
    files = {"README.md": readme, "Compteur/Program.cs": "namespace Compteur { class P { static void Main() { } } }\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2023-05-10T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    r = report["results"][0]
    return {e["value"]["section"]: e for e in r["evidence"] if e["kind"] == "found" and "section" in e["value"]}


def test_launched_on_the_command_line_with_its_arguments_is_usage(tmp_path):
    found = sections(tmp_path, README)
    assert "usage" in found, found  # was 'No "usage" section.'
    assert found["usage"]["line"] == 5 and "deux arguments" in found["usage"]["value"]["text"]


def test_launched_on_the_command_line_alone_is_no_usage(tmp_path):
    bare = README.split("Il peut")[0] + "Il peut être lancé en ligne de commande.\n"
    assert "usage" not in sections(tmp_path, bare)
