"""End of life of modern .NET and of retired CRAN packages (issue 12, session 25 reader o2, family 2). A C# WinForms program
targeting net5.0-windows (.NET 5, out of support since 2022-05-10) and a Shiny application loading rgdal through a vector of
package names (rgdal, rgeos, maptools: retired by the R-spatial evolution project, archived on CRAN in October 2023) were both
"no runtime or framework version read". Neighbours: .NET 10 and a netstandard2.0 library are read as supported or not read, a
package named in a comment loads nothing, and a retired package alone gets no Dependabot advice (it updates no R package)."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.eol_builds import dotnet_framework
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>WinExe</OutputType>
    <TargetFramework>{tfm}</TargetFramework>
    <UseWindowsForms>true</UseWindowsForms>
  </PropertyGroup>
</Project>
"""
PROGRAM = "namespace Caserne\n{\n    internal static class Program\n    {\n        private static void Main() { }\n    }\n}\n"


@pytest.mark.parametrize(("moniker", "found"), [
    ("net5.0-windows", [("dotnet", "==5")]),
    ("net5.0-windows7.0", [("dotnet", "==5")]),
    ("net8.0", [("dotnet", "==8")]),
    ("netcoreapp3.1", [("dotnet", "==3.1")]),
    ("net10.0", [("dotnet", "==10")]),
    ("netstandard2.0", []),
    ("net462", [("dotnetfx", "==4.6.2")]),
])
def test_target_framework_monikers(moniker, found):
    assert [(p, c) for p, c, _, _ in dotnet_framework(f"<TargetFramework>{moniker}</TargetFramework>")] == found


def _dotnet(repo, tfm, name="r"):
    return ctx_for(one(repo, {"Caserne.sln": "Microsoft Visual Studio Solution File\n", "Caserne/Caserne.csproj": CSPROJ.format(tfm=tfm),
                              "Caserne/Program.cs": PROGRAM}, name=name))


def test_net5_is_past_its_end_of_life(repo):
    res = run_check(_dotnet(repo, "net5.0-windows"), "scaling.end-of-life")
    assert res.status.value == "warn", res.message
    assert ".NET 5 (fin de vie 2022-05-10)" in res.message["fr"], res.message
    assert res.evidence[0].path == "Caserne/Caserne.csproj" and res.evidence[0].line == 4


def test_net10_is_supported(repo):
    res = run_check(_dotnet(repo, "net10.0"), "scaling.end-of-life")
    assert res.status.value == "pass", res.message


LOADER = """# charge les paquets de l'application
# library(maptools)
paquets <-  c("shiny", "sf",
              "rgdal", "dplyr")
lapply(paquets, library, character.only = TRUE)
"""
APP = """source("R/chargement.R")
ui <- fluidPage(titlePanel("Indicateurs"))
server <- function(input, output) {}
shinyApp(ui = ui, server = server)
"""


def test_r_loads_read_vectors_calls_and_not_comments():
    from auditor.facts.scaling.r_loads import loads

    assert loads(LOADER) == [("dplyr", 3), ("rgdal", 3), ("sf", 3), ("shiny", 3)]
    assert loads("library(sf)\n# library(rgeos)\nx <- '#'; require(\"terra\") # library(maptools)\npacman::p_load(leaflet, install = FALSE)\n"
                 "for (p in pk) library(p, character.only = TRUE)\n") == [("sf", 1), ("terra", 3), ("leaflet", 4)]


def test_a_retired_cran_package_loaded_by_the_code_is_past_its_end_of_life(repo):
    ctx = ctx_for(one(repo, {"app.R": APP, "R/chargement.R": LOADER}))
    res = run_check(ctx, "scaling.end-of-life")
    assert res.status.value == "warn", res.message
    assert "rgdal" in res.message["fr"] and "maptools" not in res.message["fr"], res.message
    assert (res.evidence[0].path, res.evidence[0].line) == ("R/chargement.R", 3)
    assert "Dependabot" not in res.remediation["fr"] and "sf / terra" in res.remediation["fr"], res.remediation


def test_a_retired_package_in_a_comment_or_a_description(repo):
    commented = LOADER.replace('"rgdal", ', "")
    res = run_check(ctx_for(one(repo, {"app.R": APP, "R/chargement.R": commented}, name="c")), "scaling.end-of-life")
    assert res.status.value == "not_applicable", res.message
    description = "Package: carto\nVersion: 0.1\nImports:\n    sf,\n    rgeos\n"
    res = run_check(ctx_for(one(repo, {"DESCRIPTION": description, "R/carto.R": "f <- function(x) sf::st_area(x)\n"}, name="d")),
                    "scaling.end-of-life")
    assert res.status.value == "warn" and "rgeos" in res.message["fr"], res.message
