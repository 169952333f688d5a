"""What the build wrote is not the project's code to measure (issue 12, s14 h1; s13 r1 erasme/erats): documentation.code-comments
takes its files from the inventory, so the build category (a tsc outFile bundle, a script compiled beside its .ts) is left out
as maintainability already leaves it out, whatever the path."""

from __future__ import annotations

from tests.test_kinds_and_copies_s13 import TS_LIBRARY, kind_and_results
from tests.test_reusability_fixtures import build, results, run_audit


def test_comments_are_not_measured_on_what_tsc_wrote_beside_the_sources(tmp_path):
    files = {**TS_LIBRARY, "samples/graph/main.js": "/** The application. */\nclass App {\n    /** Starts it. */\n    start() {\n    }\n}\n"
                                                    "/** A helper. */\nfunction helper() {\n    return 1;\n}\n"}
    _, results = kind_and_results(tmp_path, files, ["documentation.code-comments", "reusability.maintainability"])
    cc = results["documentation.code-comments"]
    measured = str(cc["evidence"]) + cc["message"]["en"]
    assert "main.js" not in measured and "ui/ui.js" not in measured, cc
    assert "0%" in cc["message"]["en"] or cc["status"] in ("fail", "inconclusive", "not_applicable"), cc["message"]


BIG_JS = "(function(){\n" + "".join(f"function f{i}(a){{ if (a > {i}) {{ return {i}; }} else if (a < -{i}) {{ return -1; }} else if (a === 0) {{ return 0; }}"
                                     f" for (var k = 0; k < a; k++) {{ if (k % 3) {{ a--; }} else if (k % 5) {{ a++; }} }} return a; }}\n" for i in range(8)) + "})();\n"
# a Unity project committed with the caches its editor writes (shaped like a VR/WebGL visit: Library/ with the il2cpp and WebGL
# caches and PlayerDataCache's assemblies, Temp/), and a Visual Studio cache (.vs/)
UNITY = {
    "README.md": "# Visite virtuelle\n\nUne visite en réalité virtuelle d'un logement adapté.\n",
    "visite/ProjectSettings/ProjectVersion.txt": "m_EditorVersion: 2018.2.15f1\n",
    "visite/ProjectSettings/ProjectSettings.asset": "%YAML 1.1\n--- !u!129 &1\nPlayerSettings:\n  productName: Visite\n",
    "visite/Assets/Scripts/Hotspot.cs": "using UnityEngine;\n\n/// <summary>A point the visitor looks at.</summary>\npublic class Hotspot : MonoBehaviour\n{\n    void Start()\n    {\n    }\n}\n",
    "visite/Assets/Scenes/Main.unity": "%YAML 1.1\n--- !u!1 &1\nGameObject:\n  m_Name: Camera\n",
    "visite/Library/PlayerDataCache/Data/Managed/Assembly-CSharp.dll": "MZ\x00\x00binary",
    "visite/Library/PlayerDataCache/Data/Managed/UnityEngine.AIModule.dll": "MZ\x00\x00binary",
    "visite/Library/metadata/1a/1a62f43a35e96c642b94f8c663ec839d": "\x00\x01binary",
    "visite/Library/webgl_cache/linkresult_asm/build.asm.js": BIG_JS,
    "visite/Library/ScriptAssemblies/BuiltinAssemblies.stamp": "0\n",
    "visite/Temp/UnityTempFile-1234": "temp\n",
    "visite/.vs/slnx.sqlite": "SQLite format 3\x00" + "\x00" * 120_000,  # (large enough to be read as a data file elsewhere)
    "visite/.vs/visite/v15/.suo": "\x00binary",
}


def test_a_unity_projects_library_and_temp_caches_are_build_output_not_code_nor_copied_libraries(tmp_path):
    checks = ["reusability.build-output", "reusability.dependencies", "reusability.maintainability", "licensing.data-and-docs"]
    _, results = kind_and_results(tmp_path, UNITY, checks)
    built = results["reusability.build-output"]
    assert built["status"] == "warn" and built["details"]["files"] == 6, built  # the five Library/ files and Temp/'s
    dep = results["reusability.dependencies"]
    assert "assembly-csharp" not in dep["message"]["en"] and "unityengine" not in dep["message"]["en"].lower(), dep["message"]
    assert "Library/" not in str(results["reusability.maintainability"]), results["reusability.maintainability"]["message"]
    assert ".vs" not in str(results["licensing.data-and-docs"]), results["licensing.data-and-docs"]


CS_COMPLEX = ("using UnityEngine;\n\npublic class VideoPlayerCtrl : MonoBehaviour\n{\n    public int Step(int a)\n    {\n"
              + "".join(f"        if (a > {i}) {{ a -= {i}; }} else if (a < -{i}) {{ a += {i}; }}\n" for i in range(30))
              + "        return a;\n    }\n}\n")


def test_packages_imported_into_a_unity_projects_assets_are_copies(tmp_path):
    """An Asset Store package in Assets/<package>/ with its own licence file and manuals, and Unity's Assets/Plugins/ (native
    libraries, a VR SDK's iOS fonts): someone else's code, not the project's to measure nor its documentation."""
    files = {**UNITY, "visite/Assets/VideoKit/readme_License.txt": "VideoKit uses the LGPL library FFmpeg.\n",
             "visite/Assets/VideoKit/UserManual(English).pdf": "%PDF-1.4\n",
             "visite/Assets/VideoKit/Scripts/VideoPlayerCtrl.cs": CS_COMPLEX,
             "visite/Assets/Plugins/x64/avcodec-57.dll": "MZ\x00\x00binary",
             "visite/Assets/Plugins/iOS/GVR/Fonts/Roboto-Regular.ttf": "\x00\x01\x00\x00font",
             "visite/Assets/Plugins/iOS/GVR/gvr_bridge.mm": "#import <Foundation/Foundation.h>\nvoid gvr_start(void) {\n}\n"}
    checks = ["reusability.dependencies", "reusability.maintainability", "licensing.data-and-docs"]
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)
    res = results(report)
    assert "VideoKit" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]
    assert "VideoKit" not in str(res["licensing.data-and-docs"]), res["licensing.data-and-docs"]
    assert "videokit" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    libs = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert "videokit" in libs and "hotspot" not in libs, libs  # the project's own Assets/Scripts/ stay its code


def test_documents_among_a_unity_projects_assets_are_not_its_documentation(tmp_path):
    """A WebGL page template imported into Assets/WebGLTemplates/ with its vendor's PDF: the PDF made the template's folder a
    folder of published documents (its page, scripts and images counted as documentation, data-and-docs failed)."""
    tpl = "visite/Assets/WebGLTemplates/"
    files = {**UNITY, f"{tpl}Responsive WebGL Template.pdf": "%PDF-1.4\n",
             f"{tpl}Responsive/index.html": "<!DOCTYPE html>\n<html><body><canvas id=\"unity\"></canvas></body></html>\n",
             f"{tpl}Responsive/TemplateData/UnityProgress.js": "function UnityProgress(p) {\n  return p;\n}\n",
             f"{tpl}Responsive/TemplateData/style.css": "body { margin: 0; }\n",
             f"{tpl}Responsive/TemplateData/progress.png": "\x89PNG\r\n"}
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.data-and-docs"]))["licensing.data-and-docs"]
    assert res["status"] == "not_applicable" and "WebGLTemplates" not in str(res["evidence"]), res
