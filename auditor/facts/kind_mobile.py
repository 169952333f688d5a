"""What makes a repository a mobile application, installed on a telephone from an application store rather than served: an
Android application module (a Gradle build applying ``com.android.application`` beside its ``AndroidManifest.xml``), an iOS
application target of an Xcode project, a Flutter or React Native application with its ``android/`` or ``ios/`` folders, an
Apache Cordova application (its ``config.xml`` widget), a Kivy application built by buildozer, or a .NET application for a
telephone: a Xamarin.Android project building an application (``<AndroidApplication>true``), a Xamarin.iOS project building an
executable (it imports Xamarin.iOS's targets: every iOS application has ``OutputType Exe``, no console program), a .NET (MAUI)
project building an executable for ``net*-android`` or ``net*-ios`` (issue 12, s47 fj47).

A module building an Android library (``com.android.library``), a Flutter plugin or package, a React Native library, a macOS
application or an iOS framework is no mobile application: it is left to the other rules.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.kind_apps import cordova_app
from auditor.lazyre import lazy_compile

# a Gradle module building an Android application (Groovy or Kotlin DSL, the plugins block, a version catalog's alias)
_ANDROID_APP = lazy_compile(r"""\bcom\.android\.application\b|\balias\s*\(\s*libs\.plugins\.android\.application\s*\)""")
_GRADLE = frozenset({"build.gradle", "build.gradle.kts"})
# an Xcode target building an application for iOS (a macOS application's SDKROOT is macosx)
_IOS_TARGET = lazy_compile(r"com\.apple\.product-type\.application\b")
_IOS_SDK = lazy_compile(r"\bSDKROOT\s*=\s*iphoneos\b|\bIPHONEOS_DEPLOYMENT_TARGET\s*=")
# a pubspec depending on the Flutter SDK, and the section declaring a Flutter plugin (a package others add, no application)
_FLUTTER_SDK = lazy_compile(r"^[^\S\n]+flutter\s*:\s*\n[^\S\n]+sdk\s*:\s*flutter\b", re.M)
_FLUTTER_PLUGIN = lazy_compile(r"^[^\S\n]+plugin\s*:\s*$", re.M)
_MAX_READ = 256 * 1024
# .NET projects for a telephone: Xamarin.Android's application switch, Xamarin.iOS's targets (or its project type), a .NET 6+
# target framework for Android or iOS (a .NET MAUI project's, with <UseMaui>), and the output type of the project
_DOTNET_PROJECTS = (".csproj", ".vbproj", ".fsproj")
_XA_APP = lazy_compile(r"<AndroidApplication>\s*true\s*</AndroidApplication>", re.I)
_XI_TARGETS = lazy_compile(r"Xamarin\.iOS\.(?:CSharp|FSharp|VisualBasic)\.targets|\{FEACFBD2-3405-455C-9665-78FE426C6842\}", re.I)
_NET_MOBILE_TFM = lazy_compile(r"<TargetFrameworks?>[^<]*\bnet\d+(?:\.\d+)?-(?:android|ios)\b[^<]*</TargetFrameworks?>", re.I)
_DOTNET_OUTPUT = lazy_compile(r"<OutputType>\s*(\w+)\s*</OutputType>", re.I)


def _folder(path: str) -> str:
    return path.rsplit("/", 1)[0] + "/" if "/" in path else ""


def _text(ctx, path: str) -> str:
    return ctx.snapshot.read_text(path, limit=_MAX_READ) or ""


def _android(ctx, paths: list[str]) -> list[str]:
    """Gradle builds of Android application modules (at most three folders down) with the manifest of their sources."""
    out = []
    for p in [p for p in paths if p.rsplit("/", 1)[-1] in _GRADLE and p.count("/") <= 3][:40]:
        manifest = _folder(p) + "src/main/AndroidManifest.xml"
        if manifest in ctx.snapshot.files and _ANDROID_APP.search(_text(ctx, p)):
            out += [p, manifest]
    return out[:4]


def _ios(ctx, paths: list[str]) -> list[str]:
    """Xcode projects (at most four folders down) with a target building an iOS application."""
    found = []
    for p in [p for p in paths if p.endswith(".xcodeproj/project.pbxproj") and p.count("/") <= 5][:10]:
        text = _text(ctx, p)
        if _IOS_TARGET.search(text) and _IOS_SDK.search(text):
            found.append(p)
    return found[:2]


def dotnet_mobile_reason(text: str) -> str:
    """The reason a .NET project file's text builds a telephone application ("" when it does not): an Android or iOS library
    (``OutputType Library`` without ``AndroidApplication``) builds none."""
    output = _DOTNET_OUTPUT.search(text)
    exe = bool(output) and output.group(1).lower() in ("exe", "winexe")
    if _XA_APP.search(text):
        return "Xamarin.Android application (<AndroidApplication>true)"
    if exe and _XI_TARGETS.search(text):
        return "Xamarin.iOS application (iOS executable project)"
    if exe and _NET_MOBILE_TFM.search(text):
        return ".NET application for Android or iOS (net*-android / net*-ios" + (", .NET MAUI)" if re.search(r"<UseMaui>\s*true", text, re.I) else ")")
    return ""


def _dotnet(ctx, paths: list[str]) -> list[tuple[str, str]]:
    """(project file, reason) of the .NET projects (at most four folders down, 40 read) building an Android or iOS application."""
    out = []
    for p in [p for p in paths if p.lower().endswith(_DOTNET_PROJECTS) and p.count("/") <= 4][:40]:
        reason = dotnet_mobile_reason(_text(ctx, p))
        if reason:
            out.append((p, reason))
    return out[:4]


def _platform_folders(ctx, folder: str) -> bool:
    """An android/ or ios/ folder beside a cross-platform application's manifest (its native shells)."""
    shells = (folder + "android/", folder + "ios/")
    return any(p.startswith(shells) for p in ctx.snapshot.files)


def _flutter(ctx, paths: list[str]) -> list[str]:
    """A pubspec.yaml (at the root or one folder down) of a Flutter application: the Flutter SDK, no plugin section, its platform folders."""
    for p in [p for p in paths if p.rsplit("/", 1)[-1] == "pubspec.yaml" and p.count("/") <= 1][:5]:
        text = _text(ctx, p)
        if _FLUTTER_SDK.search(text) and not _FLUTTER_PLUGIN.search(text) and _platform_folders(ctx, _folder(p)):
            return [p]
    return []


def _react_native(ctx, paths: list[str]) -> list[str]:
    """A package.json (at the root or one folder down) of a React Native application: react-native or Expo, with its platform folders
    or Expo's app configuration; a library of React Native components (react-native a peer dependency only) is none."""
    for p in [p for p in paths if p.rsplit("/", 1)[-1] == "package.json" and p.count("/") <= 1][:5]:
        try:
            doc = safejson.loads(_text(ctx, p))
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        deps = doc.get("dependencies") if isinstance(doc.get("dependencies"), dict) else {}
        folder = _folder(p)
        if "react-native" in deps and _platform_folders(ctx, folder):
            return [p]
        if "expo" in deps and any(folder + c in ctx.snapshot.files for c in ("app.json", "app.config.js", "app.config.ts", "eas.json")):
            return [p] + [folder + c for c in ("app.json", "app.config.js", "app.config.ts", "eas.json") if folder + c in ctx.snapshot.files][:1]
    return []


def mobile_app(ctx, own: list[str]) -> list[tuple[str, str]]:
    """(path, reason) of each file making the repository a mobile application, in a fixed order; ``own`` are the project's own
    file paths (no library copy, no test)."""
    paths = sorted(own)
    out: list[tuple[str, str]] = []
    out += [(p, "Android application (Gradle module com.android.application)") for p in _android(ctx, paths)]
    out += [(p, "iOS application (Xcode project)") for p in _ios(ctx, paths)]
    out += [(p, "Flutter application (pubspec.yaml with android/ or ios/)") for p in _flutter(ctx, paths)]
    out += [(p, "React Native application") for p in _react_native(ctx, paths)]
    cordova = cordova_app(ctx)
    out += [(cordova, "Cordova mobile application (config.xml)")] if cordova else []
    if "buildozer.spec" in ctx.snapshot.files:
        out.append(("buildozer.spec", "Kivy application built for Android or iOS (buildozer.spec)"))
    out += _dotnet(ctx, paths)
    return out


_SHELLS = ("android", "ios", "www")  # a cross-platform application's native shells, Cordova's pages: the application is their parent


def _app_root(path: str) -> str:
    """The folder holding the whole application a marker belongs to ("" for the repository's root): a Gradle module's parent
    (app/build.gradle -> ""), an Xcode project's folder, a Flutter or React Native manifest's folder, above a native shell."""
    if path.endswith("src/main/AndroidManifest.xml"):
        path = path[: -len("src/main/AndroidManifest.xml")] + "build.gradle"
    segs = path.split("/")[:-1]
    if path.endswith((".gradle", ".gradle.kts")) and segs:
        segs = segs[:-1]  # (the module's folder: app/)
    elif path.endswith(".xcodeproj/project.pbxproj"):
        segs = segs[:-1]  # (Agenda.xcodeproj/)
    elif path.lower().endswith(_DOTNET_PROJECTS) and segs:
        segs = segs[:-1]  # (a .NET project's folder beside the shared code's: App.Android/ beside App/, their parent is the application)
    if segs and segs[-1].lower() in _SHELLS:
        segs = segs[:-1]
    return "/".join(segs) + "/" if segs else ""


def mobile_points(found: list[tuple[str, str]], code: list[str], interface: list[str] = ()) -> float:
    """How much the mobile application weighs: 10 when it is the repository (at its root, or holding most of its own code, or
    holding every file that made the repository a web application: a hybrid application's Angular, in app/package.json beside its
    Cordova config.xml, is the application's own interface, no web application beside it); 4 when it is a companion kept in a
    folder of a larger project (a web service's mobile/android/ app), which stays what it is. ``interface`` are the paths that
    scored a web application so far."""
    roots = {_app_root(p) for p, _ in found}
    if not roots or "" in roots or not code:
        return 10.0
    if interface and all(any(p.startswith(r) for r in roots) for p in interface):
        return 10.0
    inside = sum(1 for p in code if any(p.startswith(r) for r in roots))
    return 10.0 if inside * 2 >= len(code) else 4.0
