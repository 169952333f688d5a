"""Session 36 (j36): wrong verdicts read by m33o4 on a VuePress report and two QGIS plugins.

- quentinMlvl/rapport-alternance: a VuePress site kept in a sub-folder (rapport-alternance/.vuepress/config.js, Markdown pages,
  figures), its own package.json beside it with "docs:build": "vuepress build .". reusability.install said nothing says how to
  regenerate it (only the root package.json was read, and "docs:build" was no build script); the accessibility check said no web
  interface was detected, for a site the kind itself calls a static site.
Files written for these tests, in the shape of the real cases.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ("# {title}\n\nCe chapitre présente {title} : le contexte du service, les besoins des agents et les choix faits pendant "
        "l'année pour l'application cartographique du Département.\n\n![Figure](../assets/img/{img}.png)\n")
VUEPRESS_SITE = {
    "README.md": "# Rapport d'alternance\n## Développeur web au service SIG (2020-2021)\n",
    ".gitignore": "node_modules/\n",
    "rapport/.vuepress/config.js": ("module.exports = {\n  title: 'Rapport d\\'alternance',\n  base: '/rapport/',\n  themeConfig: {\n"
                                    "    nav: [{ text: 'Accueil', link: '/' }],\n    sidebar: ['/', '/presentation/', '/conclusion/'],\n  },\n};\n"),
    "rapport/.vuepress/styles/palette.styl": "$accentColor = #3b6e8f\n",
    "rapport/README.md": PAGE.format(title="l'introduction", img="logo"),
    "rapport/presentation/README.md": PAGE.format(title="la présentation", img="orga"),
    "rapport/presentation/existant.md": PAGE.format(title="l'existant", img="appli"),
    "rapport/conclusion/README.md": PAGE.format(title="la conclusion", img="maquette"),
    "rapport/assets/img/logo.png": "png\n",
    "rapport/assets/img/orga.png": "png\n",
    "rapport/package.json": ('{\n  "name": "rapport",\n  "version": "1.0.0",\n  "scripts": {\n'
                             '    "test": "echo \\"Error: no test specified\\" && exit 1",\n    "docs:dev": "vuepress dev .",\n'
                             '    "docs:build": "vuepress build ."\n  },\n  "author": "A. Alternant",\n  "license": "ISC",\n'
                             '  "devDependencies": {\n    "vuepress": "^1.8.2"\n  }\n}\n'),
}


def test_a_sub_folder_sites_own_generator_build_says_how_to_regenerate_it(tmp_path):
    report, res = judge(tmp_path, VUEPRESS_SITE, ["reusability.install"])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    inst = res["reusability.install"]
    assert "régénérer" not in inst["message"]["fr"] and "nor how to regenerate" not in inst["message"]["en"], inst["message"]
    assert any(e.get("path") == "rapport/package.json" for e in inst["evidence"]), inst["evidence"]
    assert "docs:build" in inst["message"]["en"] and "docs:build" in inst["message"]["fr"], inst["message"]
    assert inst["status"] != "pass", inst["message"]  # (nothing says how to publish it, no written step)


def test_a_sub_folder_package_without_a_generator_build_is_no_site_build(tmp_path):
    site = dict(VUEPRESS_SITE)
    site["rapport/package.json"] = ('{\n  "name": "rapport",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1",\n'
                                    '    "lint": "eslint ."\n  },\n  "devDependencies": {\n    "vuepress": "^1.8.2"\n  }\n}\n')
    _, res = judge(tmp_path, site, ["reusability.install"])
    inst = res["reusability.install"]
    assert inst["status"] == "fail" and "nothing says how" in inst["message"]["en"], inst["message"]


def test_a_generator_site_of_markdown_pages_is_a_web_interface(tmp_path):
    _, res = judge(tmp_path, VUEPRESS_SITE, ["interoperability.accessibility-and-ecodesign"])
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] not in ("not_applicable", "pass"), a11y["message"]


def test_markdown_notes_with_no_site_generator_stay_without_interface(tmp_path):
    notes = {k: v for k, v in VUEPRESS_SITE.items() if "/.vuepress/" not in k and not k.endswith("package.json")}
    notes["rapport/build.py"] = "import pathlib\n\n\ndef pages():\n    return sorted(pathlib.Path('.').glob('*.md'))\n"
    _, res = judge(tmp_path, notes, ["interoperability.accessibility-and-ecodesign"])
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] == "not_applicable", a11y["message"]


def test_a_parts_build_script_runs_the_service_a_documentations_does_not():
    from auditor.facts.root_configs import _package_json

    assert _package_json('{"scripts": {"client:build": "vite build"}}')["run_scripts"]
    assert _package_json('{"scripts": {"build:prod": "vite build"}}')["run_scripts"]
    assert not _package_json('{"scripts": {"docs:build": "vuepress build docs", "lint": "eslint ."}}')["run_scripts"]
