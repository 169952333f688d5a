""".NET database models are read: FluentMigrator migrations and Entity Framework Core entities (issue 12, s43 fj43 = reader rh43's
GuilaumeDurandiere/te-backend).

te-backend: PortailTE44.DAL/Migrations/*.cs create its tables with FluentMigrator (Create.Table("Utilisateur").WithColumn("Nom")
.WithColumn("Prenom").WithColumn("Email")) and PortailTE44.DAL/Entities/*.cs hold the EF Core entities (Affaire's DemandeurNom,
DemandeurMail). scaling.personal-data said 'No database schema or model read' and interoperability.data-standards 'no database model'.
Rule now: C# files of a Migrations/ or Entities/ folder are read as a database model (migration columns, entity auto-properties).
Near miss: an API whose only C# classes with names and e-mails are the request models of its Models/ folder reads no database model."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PERSO = "scaling.personal-data"
MIGRATION = ("using FluentMigrator;\nnamespace Portail.DAL.Migrations\n{\n    [Migration(20240105104000)]\n"
             "    public class M20240105_CreateTableUtilisateur : Migration\n    {\n        public override void Up()\n        {\n"
             "            Create.Table(\"Utilisateur\")\n                .WithColumn(\"Id\").AsInt32().PrimaryKey()\n"
             "                .WithColumn(\"Email\").AsString().NotNullable()\n                .WithColumn(\"Nom\").AsString()\n"
             "                .WithColumn(\"Prenom\").AsString();\n        }\n\n        public override void Down() => Delete.Table(\"Utilisateur\");\n    }\n}\n")
ENTITY = ("namespace Portail.DAL.Entities\n{\n    public class Demande\n    {\n        public int Id { get; set; }\n"
          "        public string DemandeurNom { get; set; } = default!;\n        public string DemandeurMail { get; set; } = default!;\n    }\n}\n")
REQUEST = ("namespace Portail.Api.Models\n{\n    public class ContactRequest\n    {\n        public string Nom { get; set; } = default!;\n"
           "        public string Email { get; set; } = default!;\n    }\n}\n")
BASE = {"Portail.Api/Portail.Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n</Project>\n',
        "Portail.Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.MapControllers();\napp.Run();\n",
        "Portail.Api/Models/ContactRequest.cs": REQUEST}


def test_fluentmigrator_migrations_and_ef_entities_are_a_database_model(tmp_path):
    files = {**BASE, "Portail.DAL/Migrations/M20240105_CreateTableUtilisateur.cs": MIGRATION, "Portail.DAL/Entities/Demande.cs": ENTITY}
    r = judge(tmp_path, files, [PERSO], name="dal")[1][PERSO]
    assert r["status"] in ("warn", "fail"), r["message"]["en"]
    tables = {e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}
    assert {"Utilisateur", "Demande"} <= tables, r["evidence"]


def test_near_miss_request_models_of_an_api_are_no_database_model(tmp_path):
    r = judge(tmp_path, BASE, [PERSO], name="dto")[1][PERSO]
    assert r["status"] == "not_applicable", r["message"]["en"]
