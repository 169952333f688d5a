"""Session 23 (h2, topic A): a .NET project's NuGet dependencies are a manifest.

An IT agent's Windows service (C#, .NET 6, OutputType Exe) declared its two hosting packages in its project file
(<PackageReference Include="…" Version="7.0.0"/>) and committed its bin/Debug output; the manifests fact read no .csproj, so
reusability.dependencies failed "No dependency manifest". NuGet restores a plain version exactly: such a project is pinned as a
Maven pom is; a floating version or a range is not, unless a packages.lock.json is committed beside it."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Contoso.Hosting" Version="{v}" />
    <PackageReference Include="Contoso.Hosting.Services" Version="{v}" />
    <!-- <PackageReference Include="Contoso.Old" Version="1.0.0" /> -->
    <PackageReference Include="Contoso.Analyzers" Version="2.1.0">
      <PrivateAssets>all</PrivateAssets>
    </PackageReference>
  </ItemGroup>
</Project>
"""

_SERVICE = {
    "README.md": "# Veille\n\nService Windows qui éteint les postes inutilisés.\n",
    "Veille/Program.cs": "using Microsoft.Extensions.Hosting;\n\nHost.CreateDefaultBuilder(args).UseWindowsService().Build().Run();\n",
    "Veille/Worker.cs": "namespace Veille;\n\npublic class Worker\n{\n    public int Minutes() { return 30; }\n}\n",
    "Veille/bin/Debug/net6.0/Contoso.Hosting.dll": b"MZ\x90\x00" + b"\x00" * 64,
    "Veille/bin/Debug/net6.0/Veille.dll": b"MZ\x90\x00" + b"\x00" * 64,
}


def _deps(tmp_path, files: dict, name: str = "r") -> tuple[dict, dict]:
    report = run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["reusability.dependencies"])
    return report["facts"]["manifests"], results(report)["reusability.dependencies"]


def test_a_windows_service_declaring_pinned_packages_has_a_locked_manifest(tmp_path):
    manifests, r = _deps(tmp_path, {**_SERVICE, "Veille/Veille.csproj": _CSPROJ.format(v="7.0.0")})
    [m] = manifests["manifests"]
    assert m["path"] == "Veille/Veille.csproj" and m["ecosystem"] == "nuget", m
    assert m["dependencies"] == ["Contoso.Hosting", "Contoso.Hosting.Services"] and m["dev_dependencies"] == ["Contoso.Analyzers"], m
    assert m["lockfile"] == "Veille/Veille.csproj", m  # (every version exact: NuGet restores the same packages)
    assert manifests["ecosystems"] == {"nuget": {"manifests": 1, "locked": 1}}
    assert r["status"] != "fail" and "nuget" in r["message"]["en"] and "No dependency manifest" not in r["message"]["en"], r
    assert "copied" not in r["message"]["en"], r  # (bin/Debug is the project's own build output, no copied library)


def test_floating_versions_need_the_lockfile_and_central_versions_pin(tmp_path):
    floating = {**_SERVICE, "Veille/Veille.csproj": _CSPROJ.format(v="7.*")}
    manifests, r = _deps(tmp_path, floating, "floating")
    assert manifests["manifests"][0]["lockfile"] is None, manifests
    assert "dotnet restore --use-lock-file" in r["remediation"]["en"], r["remediation"]
    manifests, _ = _deps(tmp_path, {**floating, "Veille/packages.lock.json": '{"version": 1, "dependencies": {}}'}, "locked")
    assert manifests["manifests"][0]["lockfile"] == "Veille/packages.lock.json", manifests
    # central package management: no version in the project, exact ones in the Directory.Packages.props above it
    central = {**_SERVICE, "Veille/Veille.csproj": _CSPROJ.replace(' Version="{v}"', "").replace(' Version="2.1.0"', ""),
               "Directory.Packages.props": "<Project>\n  <ItemGroup>\n"
                                           + "".join(f'    <PackageVersion Include="{p}" Version="7.0.1" />\n'
                                                     for p in ("Contoso.Hosting", "Contoso.Hosting.Services", "Contoso.Analyzers"))
                                           + "  </ItemGroup>\n</Project>\n"}
    manifests, _ = _deps(tmp_path, central, "central")
    assert manifests["manifests"][0]["lockfile"] == "Veille/Veille.csproj", manifests
    # an older project's packages.config: exact versions by design
    config = {**_SERVICE, "Veille/packages.config": '<?xml version="1.0"?>\n<packages>\n  <package id="Contoso.Json" version="13.0.1" '
                                                    'targetFramework="net48" />\n</packages>\n'}
    manifests, _ = _deps(tmp_path, config, "config")
    assert [(m["path"], m["dependencies"], m["lockfile"]) for m in manifests["manifests"]] == [
        ("Veille/packages.config", ["Contoso.Json"], "Veille/packages.config")], manifests


def test_a_project_without_packages_is_no_pinned_manifest_and_the_readers():
    from auditor.facts.nuget_manifest import central_versions, parse_nuget, references

    assert references('<Project><ItemGroup><PackageReference Update="X" Version="1.0.0"/></ItemGroup></Project>') == []
    assert parse_nuget("App.csproj", "<Project><PropertyGroup><AssemblyName>Outil</AssemblyName></PropertyGroup></Project>") == ("Outil", [], [])
    assert parse_nuget("packages.config", '<packages><package id="A" version="1.0.0" developmentDependency="true"/></packages>') == (None, [], ["A"])
    assert central_versions('<Project><!-- <PackageVersion Include="B" Version="2.0.0"/> --><PackageVersion Include="A" Version="1.0.0"/></Project>') == {"a": "1.0.0"}
