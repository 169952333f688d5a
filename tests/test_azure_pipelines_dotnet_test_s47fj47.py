"""Azure Pipelines' .NET CLI task running the tests (issue 12, s47 fj47 = chantonin89240/OnDijon-Mobile, azure-pipelines.yml): a
`- task: DotNetCoreCLI@2` step "Run unit tests" whose inputs say `command: 'test'` on the unit-test project. tests-and-ci said "CI
does not seem to run any test" and advised making the pipeline run dotnet test, because only a written `dotnet test` command was
recognised, not the task form. The task with command test (and VSTest@2) now runs the tests; the same task building runs none."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["reusability.tests-and-ci"]

PIPELINE = """trigger:
- main

pool:
  vmImage: 'windows-latest'

steps:
- task: DotNetCoreCLI@2
  displayName: 'Compiler'
  inputs:
    command: 'build'
    projects: 'Voirie/Voirie.csproj'

- task: DotNetCoreCLI@2
  displayName: 'Tests unitaires'
  inputs:
    command: {command}
    projects: 'Voirie.Tests/Voirie.Tests.csproj'
"""
CSPROJ = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'
TEST_CSPROJ = ('<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="xunit" Version="2.6.0" />\n'
               '  </ItemGroup>\n</Project>\n')
FILES = {
    "README.md": "# Voirie\n\nBibliothèque de calcul des travaux de voirie.\n",
    "Voirie/Voirie.csproj": CSPROJ,
    "Voirie/Chantier.cs": "namespace Voirie\n{\n    public class Chantier\n    {\n        public int Duree(int jours) => jours * 2;\n    }\n}\n",
    "Voirie.Tests/Voirie.Tests.csproj": TEST_CSPROJ,
    "Voirie.Tests/ChantierTests.cs": "namespace Voirie.Tests\n{\n    public class ChantierTests\n    {\n        [Fact]\n        public void Double() => Assert.Equal(4, new Chantier().Duree(2));\n    }\n}\n",
}


def _ci_test_evidence(res):
    return [e for e in res["reusability.tests-and-ci"]["evidence"] if e.get("path") == "azure-pipelines.yml" and e.get("line")]


def test_the_dotnet_task_with_command_test_runs_the_tests(tmp_path):
    _, res = kind_and_results(tmp_path, dict(FILES, **{"azure-pipelines.yml": PIPELINE.format(command="'test'")}), CHECKS)
    found = _ci_test_evidence(res)
    assert found and found[0]["line"] == 14 and "command: test" in found[0]["value"], res["reusability.tests-and-ci"]
    assert "running the tests" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]


def test_near_miss_the_dotnet_task_only_publishing_runs_no_test(tmp_path):
    _, res = kind_and_results(tmp_path, dict(FILES, **{"azure-pipelines.yml": PIPELINE.format(command="'publish'")}), CHECKS)
    assert not _ci_test_evidence(res), res["reusability.tests-and-ci"]
    assert "running the tests" not in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]
