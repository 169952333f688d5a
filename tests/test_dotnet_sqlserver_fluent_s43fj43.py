"""A .NET project on SQL Server uses SQL Server, and FluentMigrator is no translation library (issue 12, s43 fj43 = reader rh43's
GuilaumeDurandiere/te-backend).

te-backend: PortailTE44.DAL.csproj references Microsoft.EntityFrameworkCore.SqlServer and FluentMigrator.Runner.SqlServer, the code
calls options.UseSqlServer(…), docker-compose runs mcr.microsoft.com/mssql/server. reusability.portability said 'Proprietary services
or tools: none …; i18n: yes' (the i18n pattern fluent.* took FluentMigrator for Mozilla's Fluent) and scaling.vendor-lock-in 'No
proprietary service'. Rule now: the ms-sql-server entry knows the NuGet providers and clients, UseSqlServer( and SQL Server's image;
Fluent is matched by its own package names. Near misses: the same project on PostgreSQL (Npgsql) has no proprietary service, and a
Python project on fluent.runtime is translated."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORT, LOCK = "reusability.portability", "scaling.vendor-lock-in"
CSPROJ = ('<Project Sdk="Microsoft.NET.Sdk">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n<ItemGroup>\n'
          '  <PackageReference Include="FluentMigrator" Version="5.0.0" />\n  <PackageReference Include="{provider}" Version="6.0.25" />\n'
          '</ItemGroup>\n</Project>\n')
CONTEXT = ("using Microsoft.EntityFrameworkCore;\nnamespace Portail.DAL;\npublic class PortailContext : DbContext\n{{\n"
           "    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.{use}(\"Server=db;Database=portail\");\n}}\n")


def _dal(provider, use):
    return {"Portail.DAL/Portail.DAL.csproj": CSPROJ.format(provider=provider), "Portail.DAL/PortailContext.cs": CONTEXT.format(use=use)}


def test_sql_server_through_entity_framework_is_a_proprietary_database_and_fluentmigrator_no_i18n(tmp_path):
    res = judge(tmp_path, _dal("Microsoft.EntityFrameworkCore.SqlServer", "UseSqlServer"), [PORT, LOCK], name="mssql")[1]
    assert "Microsoft SQL Server" in res[LOCK]["message"]["en"], res[LOCK]["message"]["en"]
    assert "Microsoft SQL Server" in res[PORT]["message"]["en"] and "i18n: no" in res[PORT]["message"]["en"], res[PORT]["message"]["en"]


def test_near_miss_the_same_project_on_postgresql_has_no_proprietary_service(tmp_path):
    res = judge(tmp_path, _dal("Npgsql.EntityFrameworkCore.PostgreSQL", "UseNpgsql"), [PORT, LOCK], name="pg")[1]
    assert res[LOCK]["status"] == "pass", res[LOCK]["message"]["en"]
    assert "SQL Server" not in res[PORT]["message"]["en"], res[PORT]["message"]["en"]


def test_near_miss_mozilla_fluent_is_translation(tmp_path):
    files = {"requirements.txt": "fluent.runtime==0.4.0\n", "app/__init__.py": "",
             "app/tr.py": "from fluent.runtime import FluentLocalization\n\ndef tr(loc, key):\n    return loc.format_value(key)\n"}
    res = judge(tmp_path, files, [PORT], name="fluent")[1]
    assert "i18n: yes" in res[PORT]["message"]["en"], res[PORT]["message"]["en"]
