"""reusability.dependencies (issue 12, s39 fi39 = reader ma39, MickaelLehayPaysDeLaLoire/DisplayTimeOut).

A WPF countdown (.NET 6, WinExe): its .csproj references no package and its C# code imports only System.* and its own namespace,
yet the check failed "No dependency manifest": a .NET project file is the project's manifest, and one declaring no package (no
PackageReference, no packages.config), no DLL by its HintPath and no COM component, with code importing only the framework's
namespaces, has nothing to declare (not applicable, as Python on its standard library).
Near misses: the same project whose code imports Newtonsoft.Json, or whose .csproj references a DLL from a folder, still fails.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CSPROJ = ("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n"
          "    <TargetFramework>net6.0-windows</TargetFramework>\n    <UseWPF>true</UseWPF>\n  </PropertyGroup>\n"
          "  <ItemGroup>\n    <Resource Include=\"logo.png\" />\n  </ItemGroup>\n</Project>\n")
WINDOW = ("\ufeffusing Compteur;\nusing System;\nusing System.Windows;\nusing System.Windows.Threading;\n\nnamespace Compteur\n{\n"
          "    public partial class MainWindow : Window\n    {\n        int reste = 30;\n        public MainWindow()\n        {\n"
          "            InitializeComponent();\n            var t = new DispatcherTimer();\n            t.Tick += (s, e) => reste--;\n"
          "            t.Start();\n        }\n    }\n}\n")
APP = "using System.Windows;\n\nnamespace Compteur\n{\n    public partial class App : Application\n    {\n    }\n}\n"
PROGRAM = {"README.md": "# Compteur\n\nProgramme affichant un compte à rebours.\n", "Compteur/Compteur.csproj": CSPROJ,
           "Compteur/Compteur.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
           "Compteur/MainWindow.xaml.cs": WINDOW, "Compteur/App.xaml.cs": APP,
           "Compteur/MainWindow.xaml": "<Window x:Class=\"Compteur.MainWindow\"></Window>\n"}


def dependencies(tmp_path, files):
    return check_result(tmp_path, files, "reusability.dependencies")


def test_a_dotnet_program_on_the_framework_only_declares_nothing(tmp_path):
    dep = dependencies(tmp_path, PROGRAM)
    assert dep["status"] == "not_applicable", dep["message"]  # was fail "No dependency manifest."
    assert ".NET" in dep["message"]["en"] and "no NuGet package" in dep["message"]["en"], dep["message"]
    assert dep["evidence"][0]["path"] == "Compteur/Compteur.csproj"


def test_a_foreign_namespace_or_a_dll_by_its_path_keeps_the_manifest_expected(tmp_path):
    json = {**PROGRAM, "Compteur/App.xaml.cs": APP.replace("using System.Windows;", "using System.Windows;\nusing Newtonsoft.Json;")}
    assert dependencies(tmp_path / "a", json)["status"] == "fail"
    dll = CSPROJ.replace("</Project>", "  <ItemGroup>\n    <Reference Include=\"Outils\">\n      <HintPath>..\\lib\\Outils.dll</HintPath>\n"
                                       "    </Reference>\n  </ItemGroup>\n</Project>")
    assert dependencies(tmp_path / "b", {**PROGRAM, "Compteur/Compteur.csproj": dll})["status"] == "fail"
