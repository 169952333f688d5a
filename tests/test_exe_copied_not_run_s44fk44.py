"""reusability.portability: a script copying the project's own .exe into a release folder does not run it (issue 12, s44 fk44 =
reader rf44's NumeriqueMediapass/Horodatage).

A tkinter desktop tool's create_release.py packages its PyInstaller build: ``shutil.copy('dist/Outil.exe', release_dir)``, with the
.exe committed in release_v1.1.0/. The check said "Windows programs shipped and run by the code: Outil.exe (it runs on Windows
only)". A program copied or moved as a file (shutil.copy, cp, Copy-Item, File.Copy) is not run. Near miss: the same script running
the committed program (subprocess.run) still runs it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.portability"
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(2000)
RELEASE = ("import os\nimport shutil\n\nVERSION = '1.1.0'\n\n\ndef creer():\n    release_dir = f'release_v{VERSION}'\n"
           "    os.makedirs(release_dir, exist_ok=True)\n    shutil.copy('dist/Outil.exe', release_dir)\n"
           "    shutil.copy('README.md', release_dir)\n\n\nif __name__ == '__main__':\n    creer()\n")


def _files(script: str) -> dict:
    return {"README.md": "# Outil\n\nOutil de bureau qui horodate des documents.\n", "requirements.txt": "requests>=2.31.0\n",
            "main.py": "import tkinter as tk\n\n\ndef main():\n    tk.Tk().mainloop()\n\n\nif __name__ == '__main__':\n    main()\n",
            "create_release.py": script, "release_v1.1.0/Outil.exe": PE, "release_v1.1.0/README.md": "# Outil\n"}


def test_an_exe_copied_into_a_release_folder_is_not_run(tmp_path):
    r = judge(tmp_path, _files(RELEASE), [CID], name="copy")[1][CID]
    assert not r["details"].get("windows_programs"), (r["message"], r["details"])


def test_near_miss_an_exe_run_by_the_script_is_still_run(tmp_path):
    run = RELEASE.replace("    shutil.copy('dist/Outil.exe', release_dir)\n", "    subprocess.run(['release_v1.1.0/Outil.exe', '--version'])\n")
    r = judge(tmp_path, _files(run.replace("import shutil\n", "import shutil\nimport subprocess\n")), [CID], name="run")[1][CID]
    assert r["details"].get("windows_programs") == ["Outil.exe"], (r["message"], r["details"])


def test_an_exe_named_in_a_printed_message_is_not_run(tmp_path):
    script = RELEASE.replace("    shutil.copy('README.md', release_dir)\n",
                             "    shutil.copy('README.md', release_dir)\n    print('Étapes suivantes :')\n    print('3. Uploadez Outil.exe')\n")
    r = judge(tmp_path, _files(script), [CID], name="print")[1][CID]
    assert not r["details"].get("windows_programs"), (r["message"], r["details"])
