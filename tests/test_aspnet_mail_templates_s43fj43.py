"""An ASP.NET Core JSON API whose only HTML files are the e-mail templates its mail service fills is an API service, not a web
application (issue 12, s43 fj43 = reader rh43's GuilaumeDurandiere/te-backend).

te-backend: an ASP.NET Core 6 Web API (controllers answering JSON, Swagger, no Razor view) whose class library holds six e-mail
templates (PortailTE44.Common/Template/*.html, '{0}' placeholders, named in appsettings.json "MailTemplates"). facts.project.kind
read web-application because any HTML file made a C# HTTP server one; accessibility-and-ecodesign then asked an RGAA statement of
an API. Rule now: ASP.NET Core serves static files from its web root (wwwroot/) and pages from Razor views, so an HTML file of a .NET
project's folder outside wwwroot/ is no page it serves. Near misses: an MVC application with Views/*.cshtml, and an API serving a
wwwroot/index.html, stay web applications."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PROGRAM = ("var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nvar app = builder.Build();\n"
           "app.MapControllers();\napp.Run();\n")
CONTROLLER = ("using Microsoft.AspNetCore.Mvc;\nnamespace Portail.Api.Controllers;\n[ApiController]\n[Route(\"api/[controller]\")]\n"
              "public class OffreController : ControllerBase\n{\n    [HttpGet]\n    public IActionResult Get() => Ok(new[] { \"a\" });\n}\n")
MAIL = "<!DOCTYPE html>\n<html><body>Bonjour,<br/>Nous avons bien reçu votre demande {0} du {1}.<br/>L'équipe</body></html>\n"
API = {"Portail.Api/Portail.Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n</Project>\n',
       "Portail.Api/Program.cs": PROGRAM, "Portail.Api/Controllers/OffreController.cs": CONTROLLER,
       "Portail.Common/Portail.Common.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n</Project>\n',
       "Portail.Common/Mail/MailService.cs": "namespace Portail.Common.Mail;\npublic class MailService\n{\n    public string Body(string path) => System.IO.File.ReadAllText(path);\n}\n",
       "Portail.Common/Template/DemandeUtilisateur.html": MAIL, "Portail.Common/Template/DemandeResponsable.html": MAIL}
A11Y = "interoperability.accessibility-and-ecodesign"


def _kind(tmp_path, files, name):
    report, res = judge(tmp_path, files, [A11Y], name=name)
    return report["facts"]["project"]["kind"], res[A11Y]


def test_a_json_api_with_mail_templates_is_an_api_service(tmp_path):
    kind, a11y = _kind(tmp_path, API, "api")
    assert kind == "api-service"
    assert a11y["status"] == "not_applicable", a11y["message"]


def test_near_miss_an_mvc_application_with_razor_views_is_a_web_application(tmp_path):
    mvc = {**API, "Portail.Api/Views/Home/Index.cshtml": "@model Portail.Api.Models.Accueil\n<h1>@Model.Titre</h1>\n",
           "Portail.Api/Controllers/HomeController.cs": "using Microsoft.AspNetCore.Mvc;\npublic class HomeController : Controller\n{\n"
                                                        "    public IActionResult Index() => View();\n}\n"}
    assert _kind(tmp_path, mvc, "mvc")[0] == "web-application"


def test_near_miss_a_page_in_the_web_root_is_served(tmp_path):
    served = {**API, "Portail.Api/wwwroot/index.html": "<!DOCTYPE html>\n<html><body><h1>Portail</h1><form><input name=q></form></body></html>\n"}
    assert _kind(tmp_path, served, "root")[0] == "web-application"
