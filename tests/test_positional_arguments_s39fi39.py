"""reusability.configuration (issue 12, s39 fi39 = reader ma39, MickaelLehayPaysDeLaLoire/DisplayTimeOut).

A WPF countdown reads its two settings as positional command-line arguments (`string[] args = Environment.GetCommandLineArgs();`,
`Countdown = int.Parse(args[2]);`) and its README documents them with an example ("lancé en ligne de commande avec deux arguments …
Exemple Compteur.exe 25 20"): configuration failed 0 "No setting read from the environment and no configuration template". A
positional argument read as a value (converted to a number: C#'s int.Parse(args[2]), Java's Integer.parseInt(args[0]), Python's
int(sys.argv[1])) is a setting, as R's commandArgs(); a README saying the program takes arguments and showing it run with them
describes them.
Near misses: with no README example the options are said undocumented; an argument only passed on as a file name keeps the old verdict (reads no setting).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CSPROJ = ("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n"
          "    <TargetFramework>net6.0-windows</TargetFramework>\n    <UseWPF>true</UseWPF>\n  </PropertyGroup>\n</Project>\n")
WINDOW = ("using System;\nusing System.Windows;\n\nnamespace Compteur\n{\n    public partial class MainWindow : Window\n    {\n"
          "        int reste = 30;\n        public MainWindow()\n        {\n            InitializeComponent();\n"
          "            string[] args = Environment.GetCommandLineArgs();\n            if (args.Length > 2)\n            {\n"
          "                reste = int.Parse(args[2]);\n                Titre.Content = \"Inactif depuis \" + args[1] + \" minutes\";\n"
          "            }\n        }\n    }\n}\n")
README = ("# Compteur\nProgramme affichant un compte à rebours avant l'arrêt du poste.\n\nIl peut être lancé en ligne de commande avec "
          "deux arguments :\n\nLe premier est la durée d'inactivité en minutes.\n\nLe deuxième est la durée du compte à rebours en secondes.\n"
          "Exemple\nCompteur.exe 25 20\n")
PROGRAM = {"README.md": README, "Compteur/Compteur.csproj": CSPROJ, "Compteur/MainWindow.xaml.cs": WINDOW,
           "Compteur/MainWindow.xaml": "<Window x:Class=\"Compteur.MainWindow\"></Window>\n"}


def configuration(tmp_path, files):
    return check_result(tmp_path, files, "reusability.configuration")


def test_positional_arguments_documented_by_the_readme_are_settings_described(tmp_path):
    conf = configuration(tmp_path, PROGRAM)
    assert conf["status"] == "pass", conf["message"]  # was fail 0 "No setting read from the environment and no configuration template."
    assert "command-line options" in conf["message"]["en"] and "MainWindow.xaml.cs:15" in conf["message"]["en"], conf["message"]


def test_undocumented_arguments_or_a_file_name_passed_on(tmp_path):
    bare = configuration(tmp_path / "a", {**PROGRAM, "README.md": "# Compteur\nProgramme affichant un compte à rebours.\n"})
    assert bare["status"] != "pass" and "no document describes" in bare["message"]["en"], bare["message"]
    passed_on = WINDOW.replace("reste = int.Parse(args[2]);", "System.IO.File.ReadAllText(args[2]);")
    conf = configuration(tmp_path / "b", {**PROGRAM, "Compteur/MainWindow.xaml.cs": passed_on})
    assert conf["status"] == "not_applicable" and "command-line" not in conf["message"]["en"], conf["message"]  # (as before: reads nothing)
