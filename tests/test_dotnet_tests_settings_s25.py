""".NET test projects, analyzers and settings stores (issue 12, session 25 reader o2, family 3 and 4: a firefighters' dashboard in
C# WinForms). Its MSTest project (a folder named <App>UnitTest/ whose .csproj references Microsoft.NET.Test.Sdk) was no test
("0 test files", facts.files.tests false), StyleCop.Analyzers referenced by both project files was no linter, and its Setting.cs,
a class saving the user's preferences to XML that the settings window edits, was "settings written in the code" by its name.
The neighbours stay: a C# class named like a test outside any test project is one, a project without analyzer has no linter, an
.editorconfig of indentation only is no linter, and a settings-named file holding a server's connection string stays settings in
the code."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

APP_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>WinExe</OutputType>
    <TargetFramework>net6.0-windows</TargetFramework>
    <UseWindowsForms>true</UseWindowsForms>
  </PropertyGroup>
{extra}
</Project>
"""
ANALYZER = """  <ItemGroup>
    <PackageReference Include="StyleCop.Analyzers" Version="1.1.118">
      <PrivateAssets>all</PrivateAssets>
    </PackageReference>
  </ItemGroup>"""
TEST_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net6.0-windows</TargetFramework>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.1.0" />
    <PackageReference Include="MSTest.TestAdapter" Version="2.2.8" />
    <PackageReference Include="MSTest.TestFramework" Version="2.2.8" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Caserne\\Caserne.csproj" />
  </ItemGroup>
</Project>
"""
PROGRAM = """namespace Caserne
{
    using System;

    internal static class Program
    {
        [STAThread]
        private static void Main()
        {
            Console.WriteLine(Compteur.Total(new[] { 1, 2, 3 }));
        }
    }
}
"""
COUNTER = """namespace Caserne.Metier
{
    public static class Compteur
    {
        public static int Total(int[] valeurs)
        {
            int total = 0;
            foreach (int v in valeurs)
            {
                total += v;
            }

            return total;
        }
    }
}
"""
UNIT_TEST = """namespace CaserneTests.Metier
{
    using Microsoft.VisualStudio.TestTools.UnitTesting;

    [TestClass]
    public class CompteurVerification
    {
        [TestMethod]
        public void AdditionneLesValeurs()
        {
            Assert.AreEqual(6, Caserne.Metier.Compteur.Total(new[] { 1, 2, 3 }));
        }
    }
}
"""
HELPER = """namespace CaserneTests.Metier
{
    internal static class Jeux
    {
        public static int[] Trois() => new[] { 1, 2, 3 };
    }
}
"""
STORE = """namespace Caserne.Systeme
{
    using System.IO;
    using System.Xml;
    using System.Xml.Schema;
    using System.Xml.Serialization;

    public class Preferences : IXmlSerializable
    {
        private static readonly string Dossier = @"Reglages\\";

        public bool Silencieux { get; set; }

        public int LignesAffichees { get; set; } = 20;

        public static void Enregistrer(Preferences p)
        {
            XmlSerializer serialiseur = new (typeof(Preferences));
            using StreamWriter ecrivain = new (Path.Combine(Dossier, "preferences.xml"));
            serialiseur.Serialize(ecrivain, p);
        }

        public XmlSchema GetSchema() => null;

        public void ReadXml(XmlReader lecteur)
        {
            this.Silencieux = lecteur.ReadElementContentAsBoolean();
        }

        public void WriteXml(XmlWriter ecrivain)
        {
            ecrivain.WriteElementString("Silencieux", this.Silencieux.ToString());
        }
    }
}
"""
CODE_SETTINGS = """namespace Caserne.Systeme
{
    public static class Config
    {
        public const string Base = "Server=srv-sig.exemple.local;Database=caserne;User Id=lecteur;";
        public const int LignesAffichees = 20;
    }
}
"""


def _app(extra_files: dict, analyzer: bool = False) -> dict:
    files = {"Caserne.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
             "Caserne/Caserne.csproj": APP_CSPROJ.format(extra=ANALYZER if analyzer else ""),
             "Caserne/Program.cs": PROGRAM, "Caserne/Metier/Compteur.cs": COUNTER}
    files.update(extra_files)
    return files


def _test_project(name: str = "CaserneUnitTest") -> dict:
    return {f"{name}/{name}.csproj": TEST_CSPROJ, f"{name}/Metier/CompteurVerification.cs": UNIT_TEST, f"{name}/Metier/Jeux.cs": HELPER}


def test_an_mstest_project_and_stylecop_make_tests_and_a_linter(repo):
    ctx = ctx_for(one(repo, _app(_test_project(), analyzer=True)))
    assert ctx.fact("files")["tests"] is True
    assert ctx.fact("source_inventory")["test"] == 2  # (the test class and its helper, by their project)
    res = run_check(ctx, "reusability.tests-and-ci")
    assert res.status.value == "warn", res.message
    assert "linter : oui" in res.message["fr"] and "2 fichier(s) de test" in res.message["fr"], res.message


def test_a_test_class_by_its_name_and_an_xunit_project_by_another_name(repo):
    files = _app({"Caserne/Metier/CompteurTests.cs": UNIT_TEST.replace("CompteurVerification", "CompteurTests"),
                  "Verifications.Integration/Verifications.Integration.csproj": TEST_CSPROJ.replace(
                      '"MSTest.TestAdapter" Version="2.2.8"', '"xunit" Version="2.4.1"'),
                  "Verifications.Integration/Scenario.cs": HELPER})
    ctx = ctx_for(one(repo, files))
    assert ctx.fact("source_inventory")["test"] == 2


def test_the_neighbours_have_no_tests_nor_linter(repo):
    # a project without a test project or analyzer, an .editorconfig of indentation only, a library project named *Tools
    files = _app({".editorconfig": "[*.cs]\nindent_style = space\ncsharp_new_line_before_else = true\n",
                  "CaserneOutils/CaserneOutils.csproj": APP_CSPROJ.format(extra="").replace("WinExe", "Library"),
                  "CaserneOutils/Jeux.cs": HELPER})
    ctx = ctx_for(one(repo, files))
    assert ctx.fact("files")["tests"] is False
    res = run_check(ctx, "reusability.tests-and-ci")
    assert res.status.value == "fail" and "linter : non" in res.message["fr"], res.message


def test_editorconfig_analyzer_rules_are_a_linter(repo):
    files = _app({".editorconfig": "[*.cs]\nindent_style = space\ndotnet_diagnostic.CA1822.severity = warning\n"})
    res = run_check(ctx_for(one(repo, files)), "reusability.tests-and-ci")
    assert "linter : oui" in res.message["fr"], res.message


def test_a_preferences_store_is_no_settings_written_in_the_code(repo):
    ctx = ctx_for(one(repo, _app({"Caserne/Systeme/Setting.cs": STORE})))
    settings = ctx.fact("env_settings")
    assert settings["code_settings"] == [] and settings["settings_stores"] == ["Caserne/Systeme/Setting.cs"]
    res = run_check(ctx, "reusability.configuration")
    assert res.status.value == "not_applicable", res.message
    assert "préférences de l'utilisateur" in res.message["fr"] and "application de bureau" in res.message["fr"], res.message
    assert all(e.note is None or "modifier le code" not in e.note["fr"] for e in res.evidence)


def test_a_settings_file_with_a_connection_string_stays_settings_in_the_code(repo):
    store_with_server = STORE.replace("public bool Silencieux", 'public string Serveur { get; set; } = "Server=srv-sig.exemple.local;Database=caserne;";\n\n        public bool Silencieux')
    for name, text in (("Caserne/Systeme/Setting.cs", store_with_server), ("Caserne/Systeme/Config.cs", CODE_SETTINGS)):
        ctx = ctx_for(one(repo, _app({name: text}), name=name.rsplit("/", 1)[-1].split(".")[0]))
        assert ctx.fact("env_settings")["code_settings"] == [name]
        res = run_check(ctx, "reusability.configuration")
        assert res.status.value == "fail", res.message
        assert any(e.path == name for e in res.evidence), res.evidence
