"""Session 47 (fj47, reader rd47's chantonin89240/OnDijon-Mobile): a Xamarin.Forms citizen application, a shared project of XAML
pages beside an Android project (<AndroidApplication>True</AndroidApplication>) and an iOS project importing Xamarin.iOS's targets
with <OutputType>Exe</OutputType> (every Xamarin.iOS application has it), was judged a command-line tool ("console program, .NET
executable") from the iOS project, so eight checks judged a console program. Xamarin.Android/iOS and .NET MAUI (net*-android,
net*-ios) application projects make a mobile application; a plain .NET console program with OutputType Exe stays a cli-tool."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

SHARED = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Xamarin.Forms" Version="5.0.0.2012" />
  </ItemGroup>
</Project>
"""
DROID = """<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <ProjectTypeGuids>{EFBA0AD7-5A72-4C68-AF49-83D382785DCF};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>
    <OutputType>Library</OutputType>
    <RootNamespace>Quartier.Droid</RootNamespace>
    <AndroidApplication>True</AndroidApplication>
    <TargetFrameworkVersion>v11.0</TargetFrameworkVersion>
  </PropertyGroup>
  <Import Project="$(MSBuildExtensionsPath)\\Xamarin\\Android\\Xamarin.Android.CSharp.targets" />
</Project>
"""
IOS = """<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <ProjectTypeGuids>{FEACFBD2-3405-455C-9665-78FE426C6842};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>
    <OutputType>Exe</OutputType>
    <RootNamespace>Quartier.iOS</RootNamespace>
  </PropertyGroup>
  <Import Project="$(MSBuildExtensionsPath)\\Xamarin\\iOS\\Xamarin.iOS.CSharp.targets" />
</Project>
"""
PAGE_XAML = """<?xml version="1.0" encoding="utf-8" ?>
<ContentPage xmlns="http://xamarin.com/schemas/2014/forms" x:Class="Quartier.AccueilPage">
  <Label Text="Bienvenue dans votre quartier" />
</ContentPage>
"""
PAGE_CS = "namespace Quartier\n{\n    public partial class AccueilPage : ContentPage\n    {\n        public AccueilPage() { InitializeComponent(); }\n    }\n}\n"
MAIN_ACTIVITY = "namespace Quartier.Droid\n{\n    public class MainActivity : FormsAppCompatActivity\n    {\n    }\n}\n"
APP_DELEGATE = "namespace Quartier.iOS\n{\n    public class AppDelegate : FormsApplicationDelegate\n    {\n    }\n}\n"
XAMARIN_APP = {
    "README.md": "# Quartier\n\nApplication mobile des habitants du quartier.\n",
    "Quartier/Quartier/Quartier.csproj": SHARED,
    "Quartier/Quartier/AccueilPage.xaml": PAGE_XAML,
    "Quartier/Quartier/AccueilPage.xaml.cs": PAGE_CS,
    "Quartier/Quartier.Android/Quartier.Android.csproj": DROID,
    "Quartier/Quartier.Android/MainActivity.cs": MAIN_ACTIVITY,
    "Quartier/Quartier.Android/Properties/AndroidManifest.xml": '<manifest package="fr.exemple.quartier"></manifest>\n',
    "Quartier/Quartier.iOS/Quartier.iOS.csproj": IOS,
    "Quartier/Quartier.iOS/AppDelegate.cs": APP_DELEGATE,
}

MAUI = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFrameworks>net8.0-android;net8.0-ios</TargetFrameworks>
    <OutputType>Exe</OutputType>
    <UseMaui>true</UseMaui>
  </PropertyGroup>
</Project>
"""
CONSOLE = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
</Project>
"""
PROGRAM = "using System;\n\nConsole.WriteLine(\"Export des arrêtés\");\n"


def test_a_xamarin_forms_app_is_a_mobile_application_not_a_console_program(tmp_path):
    project, _ = kind_and_results(tmp_path, XAMARIN_APP, ["reusability.install"])
    assert project["kind"] == "mobile-application", project
    reasons = " ".join(e["reason"] for e in project["kind_evidence"])
    assert "Xamarin" in reasons and "console" not in reasons, project["kind_evidence"]


def test_a_maui_app_for_android_and_ios_is_a_mobile_application(tmp_path):
    files = {"README.md": "# Agenda\n\nAgenda mobile.\n", "Agenda/Agenda.csproj": MAUI, "Agenda/MauiProgram.cs": PROGRAM.replace("Console", "Debug")}
    project, _ = kind_and_results(tmp_path, files, ["reusability.install"])
    assert project["kind"] == "mobile-application", project


def test_near_miss_a_dotnet_console_program_stays_a_cli_tool(tmp_path):
    files = {"README.md": "# Export\n\nOutil d'export.\n", "Export/Export.csproj": CONSOLE, "Export/Program.cs": PROGRAM}
    project, _ = kind_and_results(tmp_path, files, ["reusability.install"])
    assert project["kind"] == "cli-tool", project
