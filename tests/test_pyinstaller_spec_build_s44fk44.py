"""reusability.install: PyInstaller's .spec file is a build recipe that freezes the program, not an RPM spec (issue 12, s44 fk44 =
reader rf44's NumeriqueMediapass/Horodatage).

A desktop tool (tkinter) commits Horodatage.spec: ``from PyInstaller.utils.hooks import …``, ``a = Analysis(['main.py'] …)``,
``exe = EXE(…)``. The install check said "Install tooling: system-package", any root *.spec being taken for an operating system's
package. A .spec whose text is Python building PyInstaller's Analysis is a build tool's recipe. Near miss: an RPM spec (Name:,
%build, %install) stays the system's packaging."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.install"
PYI = ("# -*- mode: python ; coding: utf-8 -*-\nfrom PyInstaller.utils.hooks import collect_data_files\n\n"
       "datas = [('assets', 'assets')]\ndatas += collect_data_files('certifi')\n\n\n"
       "a = Analysis(\n    ['main.py'],\n    pathex=[],\n    datas=datas,\n    hiddenimports=[],\n)\npyz = PYZ(a.pure)\n\n"
       "exe = EXE(\n    pyz,\n    a.scripts,\n    a.binaries,\n    a.datas,\n    name='Outil',\n    console=False,\n)\n")
RPM = ("Name:           outil\nVersion:        1.1.0\nRelease:        1%{?dist}\nSummary:        Outil d'horodatage\n"
       "License:        MIT\nSource0:        outil-1.1.0.tar.gz\nBuildRequires:  python3-devel\n\n%description\nOutil d'horodatage.\n\n"
       "%prep\n%autosetup\n\n%build\n%py3_build\n\n%install\n%py3_install\n\n%files\n%{python3_sitelib}/outil/\n")
README = ("# Outil\n\nOutil de bureau qui horodate des documents.\n\n## Installation\n\n```\npip install -r requirements.txt\n"
          "python main.py\n```\n")


def _files(spec: str) -> dict:
    return {"README.md": README, "requirements.txt": "requests>=2.31.0\n", "Outil.spec": spec,
            "main.py": "import tkinter as tk\n\n\ndef main():\n    racine = tk.Tk()\n    racine.title('Outil')\n    racine.mainloop()\n\n\n"
                       "if __name__ == '__main__':\n    main()\n"}


def test_a_pyinstaller_spec_is_a_build_recipe(tmp_path):
    report, res = judge(tmp_path, _files(PYI), [CID], name="pyi")
    runtimes = dict(report["facts"]["install_recipes"]["runtimes"]) if "install_recipes" in report["facts"] else None
    assert "system-package" not in res[CID]["message"]["en"], res[CID]["message"]
    assert runtimes is None or (runtimes.get("build-tool") == "Outil.spec" and "system-package" not in runtimes), runtimes


def test_near_miss_an_rpm_spec_stays_a_system_package(tmp_path):
    res = judge(tmp_path, _files(RPM), [CID], name="rpm")[1]
    assert "system-package" in res[CID]["message"]["en"], res[CID]["message"]
