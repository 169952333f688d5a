"""Issue 12, session 38 fixer fo38 (dubreybrice-png/sdis66-gestion-evenements): a Google Apps Script web app (appsscript.json,
.clasp.json) with a root clasp-helper.bat running ``clasp push --force`` and ``clasp deploy -i <id>``: reusability.install said
"Install tooling: none". A root script running clasp push or deploy is the project's deployment tooling, as a deploy.sh is.
Near miss: a root batch file that only opens the project or signs in (clasp open, clasp login) is none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
BASE = {"README.md": "# Gestion des événements\n\nCandidatures des agents.\n\n## Déploiement\n\nOuvrir le projet Apps Script et déployer "
                     "l'application web.\n",
        "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}, '
                           '"runtimeVersion": "V8"}\n',
        ".clasp.json": '{"scriptId": "1abcDEF", "rootDir": "."}\n',
        "Code.js": "function doGet() {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n",
        "Index.html": "<!DOCTYPE html>\n<html><body><h1>Événements</h1></body></html>\n"}
HELPER = ('@echo off\nset DEPLOY_ID=AKfyc123\nif "%1"=="push" (\n    cmd /c "clasp push --force"\n    goto :eof\n)\n'
          'if "%1"=="deploy" (\n    cmd /c "clasp deploy -i %DEPLOY_ID% -d stable"\n    goto :eof\n)\n')


def test_a_root_script_pushing_with_clasp_is_install_tooling(tmp_path):
    _, res = judge(tmp_path, {**BASE, "clasp-helper.bat": HELPER}, [INSTALL])
    assert "none" not in res[INSTALL]["message"]["en"].split("tooling:")[1].split(";")[0], res[INSTALL]["message"]  # was 'tooling: none'
    assert "clasp-helper.bat" in str(res[INSTALL]["evidence"]), res[INSTALL]["evidence"]


def test_a_script_only_opening_the_project_is_none(tmp_path):
    _, res = judge(tmp_path, {**BASE, "open.bat": '@echo off\ncmd /c "clasp open"\ncmd /c "clasp login"\n'}, [INSTALL])
    assert "tooling: none" in res[INSTALL]["message"]["en"], res[INSTALL]["message"]
