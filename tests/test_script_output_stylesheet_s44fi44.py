"""reusability.dependencies / reusability.build-output (issue 12, s44 fi44 = reader re44 on gestionsiteccsa/MyCCSA, items 3 and 4).

A Django intranet styles its pages with Tailwind: package.json's ``"build": "tailwindcss -i ./src/css/input.css -o
./static/css/output.css --minify"`` compiles src/css/input.css into static/css/output.css, which is committed; the compiled file
opens with the compiler's banner ``/*! tailwindcss v4.1.18 | MIT License */``. reusability.dependencies read it as "Library
tailwindcss copied into the repository" and reusability.build-output saw no build output. Rule: a file a package.json script
writes by its output option (-o, --output, --outfile) is the project's build output, not a copied library. Near miss: the same
banner in a stylesheet no script writes (a Tailwind build copied into static/css/) stays a copied library.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

DEPS, BUILD = "reusability.dependencies", "reusability.build-output"
CSS = "/*! tailwindcss v4.1.18 | MIT License | https://tailwindcss.com */\n" + "".join(
    f".c{i}{{margin:{i}px}}" for i in range(600)) + "\n"


def _files(written_by_script: bool) -> dict:
    target = "static/css/output.css" if written_by_script else "dist/output.css"
    return {"README.md": "# Intranet\n\nApplication web métier.\n\n```bash\nnpm run build\n```\n",
            "requirements.txt": "Django==5.0.1\n",
            "package.json": ('{"name": "intranet", "scripts": {"build": "tailwindcss -i ./src/css/input.css -o ./%s --minify"},'
                             ' "devDependencies": {"@tailwindcss/cli": "^4.0.0"}}\n' % target),
            "src/css/input.css": '@import "tailwindcss";\n',
            "static/css/output.css": CSS,
            "app/settings.py": "DEBUG = False\nROOT_URLCONF = 'app.urls'\n",
            "events/views.py": "from django.shortcuts import render\n\ndef index(request):\n    return render(request, 'index.html')\n",
            "events/templates/index.html": "<link rel=\"stylesheet\" href=\"/static/css/output.css\"><h1>Agenda</h1>\n"}


def _audit(tmp_path, written: bool) -> dict:
    name = "w" if written else "c"
    return results(run_audit(build(tmp_path / name, _files(written)), tmp_path / f"cache-{name}", [DEPS, BUILD]))


def _copied(r: dict) -> list:
    return [e for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "tailwindcss"]


def test_a_stylesheet_a_package_script_writes_is_build_output(tmp_path):
    res = _audit(tmp_path, True)
    assert _copied(res[DEPS]) == [], res[DEPS]["message"]["en"]  # was "1 librar(y/ies) copied … (tailwindcss 4.1.18)"
    assert res[BUILD]["status"] == "warn" and "static/css/output.css" in res[BUILD]["message"]["en"], res[BUILD]["message"]["en"]


def test_near_miss_the_same_banner_no_script_writes_stays_a_copied_library(tmp_path):
    res = _audit(tmp_path, False)
    assert _copied(res[DEPS]), res[DEPS]["evidence"]
    assert res[BUILD]["status"] == "pass", res[BUILD]["message"]["en"]
