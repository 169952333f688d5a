"""reusability.configuration: a program reading options on its command line is not "reading no setting" (issue 12, s26 a26 =
s25 o2, syukoGit/SDIS37Stats: a C# WinForms dashboard whose Main(string[] args) reads -u / -p, the user and the password of the
web service it queries, documented nowhere, was n/a "reads no deployment setting (… nor option)" because its Setting.cs saves the
user's preferences). The options are its settings: described by nothing, they fail (3, like variables read from the environment
that nothing lists) with their names and place; named in the README, they pass as a command-line tool's; the same program
without options stays not applicable; options read in a test stay out."""

from __future__ import annotations

from tests.test_dotnet_tests_settings_s25 import STORE, _app
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

PROGRAM_ARGS = """namespace Caserne
{
    using System;

    internal static class Program
    {
        [STAThread]
        private static void Main(string[] args)
        {
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "-l")
                {
                    i++;
                    if (i < args.Length)
                    {
                        Metier.Portail.Compte = args[i];
                    }
                }
                else if (args[i] == "--secret")
                {
                    i++;
                    if (i < args.Length)
                    {
                        Metier.Portail.Secret = args[i];
                    }
                }
            }

            Console.WriteLine(Metier.Compteur.Total(new[] { 1, 2, 3 }));
        }
    }
}
"""
README = """# Caserne

Tableau de bord des interventions de la caserne, pour l'écran de la salle de garde.

## Lancement

    Caserne.exe -l compte --secret motdepasse

`-l` : le compte du portail des interventions ; `--secret` : son mot de passe.
"""
TEST_ARGS = """namespace CaserneUnitTest
{
    public class LanceurTest
    {
        public void Options(string[] args)
        {
            if (args[0] == "--rapide") { return; }
        }
    }
}
"""


def test_options_read_by_main_and_described_nowhere_fail_with_their_names(repo):
    ctx = ctx_for(one(repo, _app({"Caserne/Systeme/Setting.cs": STORE, "Caserne/Program.cs": PROGRAM_ARGS})))
    res = run_check(ctx, "reusability.configuration")
    assert (res.status.value, res.score) == ("fail", 3.0), res.message
    assert "(-l, --secret ; Caserne/Program.cs:" in res.message["fr"], res.message
    assert "qu'aucun document ne décrit" in res.message["fr"], res.message
    assert any(e.path == "Caserne/Program.cs" and e.kind == "finding" for e in res.evidence), res.evidence
    assert not any(e.path == "Caserne/Systeme/Setting.cs" for e in res.evidence), res.evidence


def test_options_the_readme_describes_pass(repo):
    ctx = ctx_for(one(repo, _app({"Caserne/Systeme/Setting.cs": STORE, "Caserne/Program.cs": PROGRAM_ARGS, "README.md": README})))
    res = run_check(ctx, "reusability.configuration")
    assert res.status.value == "pass", res.message
    assert "options de ligne de commande (-l, --secret ; Caserne/Program.cs:" in res.message["fr"], res.message


def test_the_same_program_without_options_stays_not_applicable(repo):
    ctx = ctx_for(one(repo, _app({"Caserne/Systeme/Setting.cs": STORE})))
    res = run_check(ctx, "reusability.configuration")
    assert res.status.value == "not_applicable", res.message


def test_options_read_in_a_test_are_no_settings(repo):
    ctx = ctx_for(one(repo, _app({"Caserne/Systeme/Setting.cs": STORE, "CaserneUnitTest/LanceurTest.cs": TEST_ARGS})))
    res = run_check(ctx, "reusability.configuration")
    assert res.status.value == "not_applicable", res.message


def test_options_beside_a_server_written_in_the_code_keep_the_fail_and_are_named(repo):
    from tests.test_dotnet_tests_settings_s25 import CODE_SETTINGS
    ctx = ctx_for(one(repo, _app({"Caserne/Program.cs": PROGRAM_ARGS, "Caserne/Systeme/Config.cs": CODE_SETTINGS})))
    res = run_check(ctx, "reusability.configuration")
    assert (res.status.value, res.score) == ("fail", 0.0), res.message
    assert "il lit des options de ligne de commande (Caserne/Program.cs:" in res.message["fr"], res.message
    assert any(e.path == "Caserne/Systeme/Config.cs" for e in res.evidence), res.evidence
