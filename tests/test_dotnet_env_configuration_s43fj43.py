"""An ASP.NET Core program whose configuration takes the environment as a source reads its settings from the environment (issue 12,
s43 fj43 = reader rh43's GuilaumeDurandiere/te-backend).

te-backend: Program.cs builds its configuration with WebApplication.CreateBuilder(args) and .AddEnvironmentVariables(), and reads
GetConnectionString("dbPortailTE44"); appsettings.json holds ConnectionStrings:dbPortailTE44. reusability.configuration said 'No
setting read from the environment'. Rule now: with the environment as a configuration source (AddEnvironmentVariables, or a default
builder adding it), each key read from the configuration's root is an environment variable in .NET's form (ConnectionStrings__Name,
Section__Key), documented by an appsettings.json holding that key path. Near miss: a console program reading App.config through
ConfigurationManager, no environment source, reads nothing from the environment."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
CSPROJ = '<Project Sdk="Microsoft.NET.Sdk{web}">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n</Project>\n'
PROGRAM = ("var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration.AddJsonFile(\"appsettings.json\", optional: false)\n"
           "    .AddEnvironmentVariables();\nstring cs = builder.Configuration.GetConnectionString(\"dbPortail\")!;\n"
           "var app = builder.Build();\napp.MapControllers();\napp.Run();\n")
SETTINGS = '{\n  "ConnectionStrings": {\n    "dbPortail": "Server=localhost;Database=portail;User Id=sa;Password=changeme"\n  }\n}\n'
CONSOLE = ("using System.Configuration;\nclass Program\n{\n    static void Main()\n    {\n"
           "        var smtp = ConfigurationManager.AppSettings[\"Smtp\"];\n        System.Console.WriteLine(smtp);\n    }\n}\n")
APP_CONFIG = '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="Smtp" value="smtp.example.org" />\n  </appSettings>\n</configuration>\n'


def test_an_aspnet_core_configuration_with_the_environment_reads_it(tmp_path):
    files = {"Portail.Api/Portail.Api.csproj": CSPROJ.format(web=".Web"), "Portail.Api/Program.cs": PROGRAM, "Portail.Api/appsettings.json": SETTINGS}
    r = judge(tmp_path, files, [CONF], name="env")[1][CONF]
    assert r["details"]["env_vars"] >= 1 and r["details"]["undocumented"] == [], (r["message"]["en"], r["details"])
    assert r["status"] == "pass", r["message"]["en"]


def test_near_miss_a_console_program_reading_app_config_reads_no_environment(tmp_path):
    files = {"Outil/Outil.csproj": CSPROJ.format(web=""), "Outil/Program.cs": CONSOLE, "Outil/App.config": APP_CONFIG}
    r = judge(tmp_path, files, [CONF], name="console")[1][CONF]
    assert not r["details"].get("env_vars"), (r["message"]["en"], r["details"])
