"""scaling.personal-data (issue 12, s39 fa39 = re-reader vb38 of rc38, LeBonThib/CD54_GEOCODING).

A département's geocoder reads its records' addresses from a table of addresses (``SELECT id, voie, complement, code_postal FROM
adresse``) into a struct and sends them to geocoding services; its README says it "adds value to user location data". The check
passed "no personal-data field": the street and its complement were no field it knew, and a postal code alone is a weak field.
In a table named for addresses the street parts (voie, complement, numero…) are an address's; when the project says its records
are people's (users' location, the beneficiaries' addresses) that table holds their postal addresses.
Near misses: the same query on a table of facilities' addresses (adresse_equipement), or a README geocoding public buildings, is
no personal data.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
LOADER = """using Npgsql;

class Db
{
    public Dictionary<long, string> Load(string cs)
    {
        var addrs = new Dictionary<long, string>();
        using var source = NpgsqlDataSource.Create(cs);
        using var command = source.CreateCommand($"SELECT id, voie, complement, code_postal FROM {TABLE}");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            addrs.Add(reader.GetInt64(0), $"{reader.GetString(1)}{reader.GetString(2)} {reader.GetString(3)}");
        }
        return addrs;
    }
}
"""
PROJ = ("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net6.0</TargetFramework>\n"
        "  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Npgsql\" Version=\"7.0.4\" />\n  </ItemGroup>\n</Project>\n")
PEOPLE = "# Géocodage\n\nThis tool adds value to user location data by geocoding it, for mapping districts and following cohorts.\n"
BUILDINGS = "# Géocodage\n\nGéocode les adresses des bâtiments publics du département pour les cartographier.\n"


def files(readme: str, table: str) -> dict:
    return {"README.md": readme, "geocoder/geocoder.csproj": PROJ, "geocoder/Db.cs": LOADER.replace("{TABLE}", table),
            "geocoder/Program.cs": "var db = new Db();\nforeach (var a in db.Load(\"\")) { Console.WriteLine(a.Value); }\n"}


def test_a_table_of_addresses_of_the_users_holds_personal_data(tmp_path):
    _, res = judge(tmp_path, files(PEOPLE, "adresse"), [PD])
    assert res[PD]["status"] in ("warn", "fail"), res[PD]["message"]  # was pass "1 schema(s) or model(s) read: no personal-data field."
    assert "postal address" in res[PD]["message"]["en"], res[PD]["message"]


def test_facilities_addresses_or_public_buildings_hold_none(tmp_path):
    _, res = judge(tmp_path / "a", files(PEOPLE, "adresse_equipement"), [PD])
    assert res[PD]["status"] == "pass", res[PD]["message"]
    _, res = judge(tmp_path / "b", files(BUILDINGS, "adresse"), [PD])
    assert res[PD]["status"] == "pass", res[PD]["message"]
