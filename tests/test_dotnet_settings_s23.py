"""Session 23 (r1; s22 a2 case 4, a Windows service in C#): .NET programs' settings. The service read its two timers from an XML file
on the machine (``xmlDoc.Load(@"C:\\…\\Service.xml")``) and reusability.configuration said "no setting read from the environment and no
configuration template" (fail 0): a .NET settings read (a settings file loaded by its literal path, ConfigurationManager.AppSettings,
an IConfiguration's keys, Environment.GetEnvironmentVariable) is a setting read; a committed appsettings.json or App.config beside
the project file is the settings template; a file read from the machine with no copy committed is a warning. A .NET library that
reads no setting is judged as before. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

CSPROJ = ('<Project Sdk="Microsoft.NET.Sdk.Worker">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n'
          '    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n  <ItemGroup>\n'
          '    <PackageReference Include="Microsoft.Extensions.Hosting.WindowsServices" Version="7.0.0" />\n  </ItemGroup>\n</Project>\n')
PROGRAM = ('using Veille;\n\nIHost host = Host.CreateDefaultBuilder(args)\n    .UseWindowsService(options => { options.ServiceName = "Veille"; })\n'
           '    .ConfigureServices(services => { services.AddHostedService<Worker>(); })\n    .Build();\n\nawait host.RunAsync();\n')
WORKER = ('using System.Xml;\n\nnamespace Veille;\n\npublic class Worker : BackgroundService\n{\n'
          '    protected override async Task ExecuteAsync(CancellationToken stoppingToken)\n    {\n'
          '        int delai = 30;\n        XmlDocument doc = new XmlDocument();\n'
          '        doc.Load(@"D:\\Veille\\Veille.xml");\n'
          '        foreach (XmlNode n in doc.DocumentElement.SelectNodes("/Reglages"))\n'
          '        {\n            int.TryParse(n.SelectSingleNode("Delai").InnerText, out delai);\n        }\n'
          '        await Task.Delay(delai * 1000, stoppingToken);\n    }\n}\n')
SERVICE = {
    "README.md": "# Veille\n\nService Windows qui arrête les postes inutilisés.\n\nInstallation : lancer install.bat.\n",
    "Veille/Veille.csproj": CSPROJ,
    "Veille/Program.cs": PROGRAM,
    "Veille/Worker.cs": WORKER,
}


def _conf(tmp_path, files, name):
    return judge(tmp_path, files, CONF, name=name)[1]["reusability.configuration"]


def test_a_settings_file_read_from_the_machine_with_no_example_is_a_warning(tmp_path):
    res = _conf(tmp_path, SERVICE, "svc")
    assert res["status"] == "warn", res
    assert "D:\\Veille\\Veille.xml" in res["message"]["en"] and "Worker.cs" in res["message"]["fr"], res["message"]
    assert res["details"]["settings_files_read"] == ["D:\\Veille\\Veille.xml"], res["details"]


def test_the_committed_example_of_the_file_read_is_the_template(tmp_path):
    files = {**SERVICE, "Veille/Veille.xml": "<Reglages>\n  <Delai>30</Delai>\n</Reglages>\n"}
    res = _conf(tmp_path, files, "svc2")
    assert res["status"] != "fail" and res["details"]["templates"] == ["Veille/Veille.xml"], res


def test_appsettings_beside_the_project_file_is_the_template_and_environment_reads_count(tmp_path):
    web = {
        "README.md": "# Guichet\n\nApplication web du service.\n",
        "src/Guichet/Guichet.csproj": CSPROJ.replace("Microsoft.NET.Sdk.Worker", "Microsoft.NET.Sdk.Web").replace("<OutputType>Exe</OutputType>\n", ""),
        "src/Guichet/Program.cs": ('var builder = WebApplication.CreateBuilder(args);\nvar url = builder.Configuration["Api:Url"];\n'
                                   'var smtp = Environment.GetEnvironmentVariable("GUICHET_SMTP_HOST");\nvar app = builder.Build();\napp.Run();\n'),
        "src/Guichet/appsettings.json": '{\n  "Api": { "Url": "https://api.example.org" }\n}\n',
    }
    res = _conf(tmp_path, web, "web")
    assert "src/Guichet/appsettings.json" in res["details"]["templates"], res["details"]
    # (and WebApplication.CreateBuilder takes the environment as a source: Api:Url is read as Api__Url too — s43 fj43)
    assert res["details"]["env_vars"] == 2 and res["status"] != "fail", res


def test_app_settings_read_with_no_app_config_committed_is_a_warning(tmp_path):
    worker = WORKER.replace('        doc.Load(@"D:\\Veille\\Veille.xml");\n',
                            '        doc.Load(ConfigurationManager.AppSettings["FichierReglages"]);\n')
    res = _conf(tmp_path, {**SERVICE, "Veille/Worker.cs": worker}, "keys")
    assert res["status"] == "warn" and "FichierReglages" in res["message"]["en"], res


def test_a_dotnet_library_reading_no_setting_is_judged_as_before(tmp_path):
    lib = {
        "README.md": "# Outils.Geo\n\nBibliothèque de calculs de distances.\n",
        "Outils.Geo/Outils.Geo.csproj": ('<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>netstandard2.0</TargetFramework>\n'
                                         '  </PropertyGroup>\n</Project>\n'),
        "Outils.Geo/Distance.cs": ('namespace Outils.Geo;\n\npublic static class Distance\n{\n'
                                   '    public static double Metres(double a, double b) => System.Math.Abs(a - b) * 1000;\n}\n'),
    }
    res = _conf(tmp_path, lib, "lib")
    assert res["status"] == "not_applicable", res
