"""Issue 12, session 44 fixer fa44 (GuilaumeDurandiere/te-backend, W6): an ASP.NET Core API loads appsettings.json (its settings:
connection string, mail settings, mail templates) and its per-environment copies (appsettings.Development.json, the development's
logging only), and binds options classes to sections named with nameof: ``GetSection(nameof(MailSettings))``.
reusability.configuration named appsettings.Development.json as the template (the per-environment copy sorted before the file the
code names) and counted only the keys read by a string literal. Rules: the settings file the code names comes before its copies per
deployment beside it; C#'s nameof(X) is the key "X". Near misses: a copy whose base file is not committed stays the template; a
nameof outside a configuration read is no key."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
CSPROJ = '<Project Sdk="Microsoft.NET.Sdk.Web">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n</Project>\n'
PROGRAM = ("var builder = WebApplication.CreateBuilder(args);\nConfigurationManager configuration = builder.Configuration;\n"
           "configuration.AddJsonFile(\"appsettings.json\", optional: false, reloadOnChange: true)\n"
           "    .AddJsonFile($\"appsettings.Docker.json\", true, true)\n    .AddEnvironmentVariables();\n"
           "string cs = builder.Configuration.GetConnectionString(\"dbPortail\")!;\n"
           "builder.Services.Configure<MailSettings>(builder.Configuration.GetSection(nameof(MailSettings)));\n"
           "builder.Services.Configure<MailTemplates>(builder.Configuration.GetSection(nameof(MailTemplates)));\n"
           "logger.LogInformation(nameof(Startup));\n"
           "var app = builder.Build();\napp.MapControllers();\napp.Run();\n")
SETTINGS = ('{\n  "ConnectionStrings": {\n    "dbPortail": "Server=localhost;Database=portail;User Id=sa;Password=changeme"\n  },\n'
            '  "MailSettings": {\n    "Host": "smtp.example.org",\n    "Port": 587\n  },\n'
            '  "MailTemplates": {\n    "Contact": {\n      "Subject": "Nouvelle demande",\n      "Path": "Template/Contact.html"\n    }\n  }\n}\n')
DEVELOPMENT = '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information"\n    }\n  }\n}\n'


def _files(**extra) -> dict:
    return {"Portail.Api/Portail.Api.csproj": CSPROJ, "Portail.Api/Program.cs": PROGRAM, **extra}


def test_the_named_settings_file_is_the_template_and_nameof_sections_are_read(tmp_path):
    files = _files(**{"Portail.Api/appsettings.json": SETTINGS, "Portail.Api/appsettings.Development.json": DEVELOPMENT,
                      "Portail.Api/appsettings.Docker.json": DEVELOPMENT})
    r = judge(tmp_path, files, [CONF])[1][CONF]
    assert r["status"] == "pass", r["message"]["en"]
    assert "template: Portail.Api/appsettings.json" in r["message"]["en"], r["message"]["en"]  # was appsettings.Development.json
    assert r["details"]["env_vars"] == 3 and r["details"]["undocumented"] == [], r["details"]  # was 1: the nameof sections left out


def test_near_miss_a_copy_without_its_base_file_stays_the_template_and_nameof_elsewhere_is_no_key(tmp_path):
    files = _files(**{"Portail.Api/appsettings.Development.json": SETTINGS, "Portail.Api/appsettings.Docker.json": DEVELOPMENT})
    r = judge(tmp_path, files, [CONF], name="copy")[1][CONF]
    assert "template: Portail.Api/appsettings.Development.json" in r["message"]["en"], r["message"]["en"]
    assert "Startup" not in r["details"].get("undocumented", []), r["details"]
