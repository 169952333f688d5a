"""Session 12 (h2): the font budget of interoperability.accessibility-and-ecodesign counted font files only, and said "no font
of the project's own" of web apps whose stylesheets load web fonts from elsewhere (session 11 reads: a PHP dashboard importing
three Google Fonts families in its CSS, an Angular page linking Roboto and Material Icons, a map viewer's @font-face rules
pointing at the host site's font folder, a Symfony app's @font-face on a company's host)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

PHP_APP = {"composer.json": '{"require": {"twig/twig": "^3.0"}}\n', "README.md": "# Tableau de bord\n\nStatistiques de fréquentation.\n",
           "index.php": "<?php\nrequire 'vendor/autoload.php';\n$twig = new \\Twig\\Environment(new \\Twig\\Loader\\FilesystemLoader('templates'));\n"
                        "echo $twig->render('index.html.twig');\n",
           "templates/index.html.twig": "<!doctype html><html lang=\"fr\"><head><link rel=\"stylesheet\" href=\"src/css/styles.css\"></head>"
                                        "<body><h1>Statistiques</h1></body></html>\n"}


def test_a_google_fonts_import_of_three_families_breaks_the_budget(tmp_path):
    css = ("@import url('https://fonts.googleapis.com/css2?family=Lato&family=Lato+Condensed:wght@700&family=Lato+Serif:wght@600&display=swap');\n"
           "body { font-family: 'Lato', sans-serif; }\nh1 { font-family: 'Lato Condensed'; }\n")
    res = judge(tmp_path, {**PHP_APP, "src/css/styles.css": css}, [A11Y])[1][A11Y]
    assert res["details"]["criteria"]["font_budget"] is False, res["message"]
    assert res["details"]["font_families"] == 3
    assert "aucune police propre au projet" not in res["message"]["fr"]
    found = [e for e in res["evidence"] if isinstance(e.get("value"), dict) and "families" in e["value"]]
    assert found and found[0]["path"] == "src/css/styles.css" and found[0]["line"] == 1
    assert found[0]["value"]["loaded_from"] == ["fonts.googleapis.com"]


def test_a_page_linking_two_hosted_families_keeps_the_budget_and_says_they_are_loaded(tmp_path):
    page = ("<!doctype html>\n<html lang=\"fr\">\n<head>\n<!-- <link href=\"https://fonts.googleapis.com/css?family=Open+Sans\" rel=\"stylesheet\"> -->\n"
            "<link href=\"https://fonts.googleapis.com/css?family=Roboto:300,400,500&amp;display=swap\" rel=\"stylesheet\">\n"
            "<link href=\"https://fonts.googleapis.com/icon?family=Material+Icons\" rel=\"stylesheet\">\n</head>\n<body><app-root></app-root></body>\n</html>\n")
    files = {"package.json": '{"dependencies": {"@angular/core": "^12.0.0"}}\n', "README.md": "# Actes\n\nPublication des actes.\n",
             "web-app/src/index.html": page, "web-app/src/main.ts": "import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["details"]["criteria"]["font_budget"] is True and res["details"]["font_families"] == 2, res["message"]
    assert "2 famille(s) chargée(s) hors du dépôt" in res["message"]["fr"]
    assert "aucune police propre au projet" not in res["message"]["fr"]


def test_font_faces_of_the_host_sites_folder_are_counted_by_family_not_by_weight(tmp_path):
    faces = "".join(f"@font-face {{\n  font-family: \"{name}\";\n  src: url(\"../../site/css/font/{file}\");\n}}\n"
                    for name, file in [("Vista Black", "Vista-Black.otf"), ("Vista Bold", "Vista-Bold.otf"), ("Vista RegItalic", "Vista-RegIta.otf"),
                                       ("Garamond Regular", "Garamond-Regular.ttf"), ("Garamond Bold", "Garamond-Bold.ttf"),
                                       ("Didot", "Didot.ttf")])
    files = {**PHP_APP, "src/css/styles.css": faces + "body { font-family: 'Vista Bold'; }\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["details"]["font_families"] == 3 and res["details"]["criteria"]["font_budget"] is False, res["message"]


def test_a_font_face_of_the_repositorys_own_font_file_is_counted_once(tmp_path):
    css = "@font-face {\n  font-family: 'Marianne';\n  src: url('../fonts/Marianne-Regular.woff2') format('woff2');\n}\n"
    files = {**PHP_APP, "src/css/styles.css": css, "src/fonts/Marianne-Regular.woff2": "wOF2" + "x" * 100,
             "src/fonts/Marianne-Bold.woff2": "wOF2" + "y" * 100}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["details"]["font_families"] == 1 and res["details"]["criteria"]["font_budget"] is True, res["message"]
    assert "loaded_from" not in next(e["value"] for e in res["evidence"] if isinstance(e.get("value"), dict) and "families" in e["value"])


def test_a_library_folders_demo_style_is_not_the_projects_fonts(tmp_path):
    css = "@import url('https://fonts.googleapis.com/css?family=Lato');\nbody { font-family: Lato; }\n"
    demo = "@import url(http://fonts.googleapis.com/css?family=News+Paper:400,700|Serif+Pro:400,300);\nbody { font-family: 'Serif Pro'; }\n"
    files = {**PHP_APP, "src/css/styles.css": css, "src/lib/timeline/style.css": demo, "src/lib/timeline/timeline.js": "var Timeline = {};\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["details"]["font_families"] == 1 and res["details"]["criteria"]["font_budget"] is True, res["message"]
