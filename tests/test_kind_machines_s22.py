"""Session 22 (d7, reader a2's MickaelLehayPaysDeLaLoire/ShutdownIfDontUsed and CharlotteAudiar/dev_outils_dataIA): two repositories
no kind rule recognised fell back to "library", undecided. A .NET project whose OutputType is Exe, run as a Windows service
(Microsoft.Extensions.Hosting.WindowsServices, UseWindowsService()), is a program installed on the machine: a desktop application
in this tool's kinds (a console program a command-line tool); a .NET class library stays a library. Guides that run a published
container image (docker run ghcr.io/…) no Dockerfile of the repository builds, beside a few install scripts and an extension of
that product, are the deployment of a product built elsewhere: infrastructure; the same guides beside the Dockerfile that builds
the image, or a Python package whose README starts a database in a container, keep their kind."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>{output}</OutputType>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
{packages}  </ItemGroup>
</Project>
"""
SERVICE_PACKAGES = ('    <PackageReference Include="Microsoft.Extensions.Hosting" Version="7.0.0" />\n'
                    '    <PackageReference Include="Microsoft.Extensions.Hosting.WindowsServices" Version="7.0.0" />\n')
PROGRAM = """using VeilleService;

IHost host = Host.CreateDefaultBuilder(args)
    .UseWindowsService(options => { options.ServiceName = "VeilleService"; })
    .ConfigureServices(services => { services.AddHostedService<Worker>(); })
    .Build();

await host.RunAsync();
"""
WORKER = """namespace VeilleService
{
    public class Worker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(60000, stoppingToken);
            }
        }
    }
}
"""
SERVICE = {
    "README.md": "# VeilleService\n\nService Windows qui met en veille les postes inutilisés.\n\nInstallation :\nLancer install.bat.\n",
    "VeilleService/VeilleService.csproj": CSPROJ.format(output="Exe", packages=SERVICE_PACKAGES),
    "VeilleService/Program.cs": PROGRAM,
    "VeilleService/Worker.cs": WORKER,
}


def test_a_dotnet_windows_service_is_a_program_on_the_machine_not_a_library(tmp_path):
    project, res = kind_and_results(tmp_path, SERVICE, ["reusability.configuration", "documentation.docs"])
    assert project["kind"] == "desktop-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "VeilleService/VeilleService.csproj"
    assert "Windows service" in project["kind_evidence"][0]["reason"], project["kind_evidence"]
    # (a program's settings are judged on its code, not set aside for its kind; nothing to deploy on a server, no API to describe)
    assert "Sans objet pour ce projet de type" not in res["reusability.configuration"]["message"]["fr"], res["reusability.configuration"]
    assert "API" not in res["documentation.docs"]["message"]["en"], res["documentation.docs"]["message"]


def test_a_dotnet_console_program_is_a_command_line_tool_and_a_class_library_stays_a_library(tmp_path):
    console = {
        "README.md": "# Export\n\nExporte les demandes en CSV.\n",
        "Export/Export.csproj": CSPROJ.format(output="Exe", packages=""),
        "Export/Program.cs": "Console.WriteLine(\"export\");\n",
    }
    project, _ = kind_and_results(tmp_path / "console", console, [])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert "console program" in project["kind_evidence"][0]["reason"]
    library = {
        "README.md": "# Outils\n\nFonctions communes.\n",
        "Outils/Outils.csproj": CSPROJ.format(output="Library", packages=""),
        "Outils/Texte.cs": "namespace Outils { public static class Texte { public static string Nettoie(string s) => s.Trim(); } }\n",
        # (its test project builds a test runner, no program of the repository's)
        "Outils.Tests/Outils.Tests.csproj": CSPROJ.format(output="Exe", packages='    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.0.0" />\n'),
        "Outils.Tests/TexteTest.cs": "namespace Outils.Tests { public class TexteTest { } }\n",
    }
    project, _ = kind_and_results(tmp_path / "library", library, [])
    assert project["kind"] == "library" and project["kind_decided"], project


GUIDE = """# Notice administrateur

## Installer le service

Sur le serveur, lancer le conteneur :

```bash
docker run -d -p 8080:8080 -v assistant:/app/backend/data --name assistant \\
  --restart always ghcr.io/exemple-editeur/assistant-web:main
```

## Mettre à jour

  docker pull ghcr.io/exemple-editeur/assistant-web:main
"""
KIT = {
    "README.md": "# Kit de l'assistant\n\nNotice d'installation et outils de l'instance de l'agence.\n\n- `guides.md` : notice administrateur.\n"
                 "- `outils/` : outils ajoutés à l'instance.\n",
    "guides.md": GUIDE,
    "decisions.md": "# Décisions\n\n## Choix de l'outil\n\nL'outil retenu est l'assistant web, installé sur le serveur de l'agence.\n",
    "outils/recherche/README.md": "# Outil de recherche\n\nColler le script dans l'interface d'administration.\n",
    "outils/recherche/recherche.py": '"""\ntitle: Recherche en base\nrequirements: psycopg2-binary\n"""\n\n\nclass Tools:\n'
                                     "    def chercher(self, table: str) -> str:\n        return table\n",
    "kit/install/install-uv.bat": "@echo off\npowershell -ExecutionPolicy Bypass -File scripts\\install-uv.ps1\n",
    "kit/install/scripts/install-uv.ps1": "winget install --id astral-sh.uv -e\n",
}


def test_guides_running_a_published_image_beside_a_few_scripts_are_a_deployment(tmp_path):
    project, _ = kind_and_results(tmp_path, KIT, [])
    assert project["kind"] == "infrastructure" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "guides.md", project["kind_evidence"]
    assert "ghcr.io/exemple-editeur/assistant-web:main, l.8" in project["kind_evidence"][0]["reason"], project["kind_evidence"]


def test_an_image_the_repository_builds_or_a_package_with_a_database_container_keeps_its_kind(tmp_path):
    # (the Dockerfile builds the image the guide runs: the repository's own program, not a product built elsewhere)
    built = dict(KIT, Dockerfile="FROM python:3.12-slim\nCOPY outils /app\nCMD [\"python\", \"/app/recherche/recherche.py\"]\n")
    project, _ = kind_and_results(tmp_path / "built", built, [])
    assert not any("built elsewhere" in e["reason"] for e in project["kind_evidence"]), project
    package = {
        "README.md": "# geoconv\n\nConversions de coordonnées.\n\n## Tests\n\n```\ndocker run -d -p 5432:5432 postgis/postgis:16-3.4\npytest\n```\n",
        "pyproject.toml": "[project]\nname = \"geoconv\"\nversion = \"1.0\"\ndependencies = [\"pyproj\"]\n",
        "geoconv/__init__.py": "from geoconv.core import convertit\n",
        "geoconv/core.py": "def convertit(x, y):\n    return x, y\n",
    }
    project, _ = kind_and_results(tmp_path / "package", package, [])
    assert project["kind"] == "library" and project["kind_decided"], project
