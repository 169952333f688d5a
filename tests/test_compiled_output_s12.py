"""reusability.build-output: a compiler's intermediate files and the program a project builds into its own bin/ are build
output (issue 12, s11 read: an openFrameworks app committed obj/linux64/Release/src/*.o, their .d files and bin/<App>)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200


def build_output(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2025-03-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output"]))
    return report["results"][0]


def test_object_files_their_dependency_files_and_the_project_program_are_build_output(repo, tmp_path):
    files = {"App/src/main.cpp": "int main() { return 0; }\n", "App/src/ofApp.cpp": "void setup() {}\n",
             "App/Makefile": "include $(OF_ROOT)/libs/openFrameworksCompiled/project/makefileCommon/compile.project.mk\n",
             "App/obj/linux64/Release/src/main.o": ELF, "App/obj/linux64/Release/src/main.d": "main.o: src/main.cpp\n",
             "App/obj/linux64/Release/src/ofApp.o": ELF, "App/obj/linux64/Release/.compiler_flags": "-O3 -Wall\n",
             "App/bin/App": ELF, "App/bin/AppDebug.app/Contents/MacOS/AppDebug": ELF,
             "App/bin/data/config.json": '{"machine-id": 1}\n', "App/bin/libfmod.so": ELF}
    r = build_output(repo, tmp_path, files)
    assert r["status"] == "warn" and r["details"]["files"] == 6, (r["details"], [e["path"] for e in r["evidence"]])
    shown = [e["path"] for e in r["evidence"]]
    assert "App/bin/App" in shown and "App/obj/linux64/Release/src/main.o" in shown and "App/obj/linux64/Release/src/main.d" in shown
    assert not [p for p in shown if p.startswith("App/bin/data/") or p.endswith(".so")]


def test_a_d_source_a_3d_model_and_a_cli_script_named_after_its_project_are_not_build_output(repo, tmp_path):
    files = {"src/parser.d": "module parser;\nvoid main() {}\n", "assets/obj/chair.obj": "v 0 0 0\nv 1 0 0\nf 1 2 1\n",
             "tool/Makefile": "install:\n\tcp bin/tool /usr/local/bin\n", "tool/bin/tool": "#!/bin/sh\necho tool\n",
             "tool/README.md": "# tool\n", "web/bin/web": ELF}  # (no build recipe beside web/bin/)
    r = build_output(repo, tmp_path, files)
    assert r["status"] == "pass", r


def test_a_placeholder_keeping_an_empty_output_folder_is_not_build_output(repo, tmp_path):
    """dist/.gitkeep, target/.gitignore: committed by people so that the folder the build writes into exists (s12: a city's portal
    warned "2 build output files (for example docker/images/…/dist/.gitkeep)")."""
    files = {"src/app.js": "export const a = 1;\n", "package.json": '{"scripts": {"build": "vite build"}}\n',
             "docker/images/web/dist/.gitkeep": "", "target/.gitignore": "*\n!.gitignore\n"}
    r = build_output(repo, tmp_path, files)
    assert r["status"] == "pass", (r["message"], r["evidence"])
