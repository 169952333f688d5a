"""Wrong verdicts reader ra37 found on an agglomeration's PHP parking-permit application (issue 12, session 37 fixer fc37).

Romain64290/stationnement_pesh is built inside a copy of an admin dashboard template (AdminLTE): the root README, bower.json,
package.json, composer.json, Gruntfile.js, build/, dist/ and the plugins/ shelf of ~40 libraries are the template's, the
application (index.php, include/, modules/, data/base.sql) the authority's; its public form, modules/public/, is built inside a copy
of a one-page theme (Start Bootstrap's Freelancer: its README, LICENSE and package.json at the folder's top). The template's bower.json
made the project a "library" (install pass on its package.json, configuration/auth/accessibility n/a "a library or package"), its
README passed documentation.readme, plugins/ libraries without a banner led maintainability and a library's Readme.md was the
"installation guide"; the public form, its theme's files beside it, was a copied package as a whole (vendored). A UI template is now
told by its own files (a manifest describing a template, or a README saying so) and, with an application's server code inside it,
only its own files are its. The fixtures are minimal, written for the test (a made-up template "DashLite" and theme "Folio").
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

_BRANCHES = "".join(f"    if (v === {i}) {{ w = w + {i}; }}\n" for i in range(14))
KNOB = "(function ($) {\n  $.fn.molette = function (v) {\n    var w = 0;\n" + _BRANCHES + "    return w;\n  };\n})(jQuery);\n"
TEMPLATE = {
    "README.md": "Introduction\n============\n\n**DashLite** -- is a fully responsive admin template. Based on Bootstrap 3. Highly customizable "
                 "and easy to use, it fits many screen resolutions.\n\nInstallation\n------------\nInstall it with Bower:\n\n"
                 "```\nbower install dash-lite\n```\n\nDocumentation\n-------------\nRead the [documentation](https://dashlite.example.com/docs/index.html).\n\n"
                 "Contribution\n------------\nPull requests are welcome.\n\nLicense\n-------\nDashLite is released under the MIT license.\n",
    "LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2015 Jane Maker\n\nPermission is hereby granted, free of charge, to any person "
               "obtaining a copy of this software, to deal in the Software without restriction.\n",
    "bower.json": '{\n  "name": "DashLite",\n  "homepage": "https://dashlite.example.com",\n  "description": "Admin dashboard and control panel '
                  'template",\n  "main": ["dist/css/DashLite.css", "dist/js/app.js"],\n  "keywords": ["css", "admin", "template", "bootstrap"],\n'
                  '  "license": "MIT"\n}\n',
    "package.json": '{\n  "name": "dash-lite",\n  "version": "2.3.0",\n  "repository": {"type": "git", "url": "git://github.com/janemaker/DashLite.git"},\n'
                    '  "license": "MIT",\n  "devDependencies": {"grunt": "~0.4.5", "grunt-contrib-less": "^0.12.0"}\n}\n',
    "Gruntfile.js": "module.exports = function (grunt) {\n  grunt.initConfig({ less: { files: ['build/less/DashLite.less'] } });\n};\n",
    "build/less/DashLite.less": "@import 'core.less';\n.main-header { color: #333; }\n",
    "dist/css/DashLite.css": ".main-header{color:#333}\n",
    "dist/js/app.js": "$.DashLite = { options: { animationSpeed: 500 } };\n",
    "plugins/jQuery/jquery-2.2.3.min.js": "/*! jQuery v2.2.3 | (c) jQuery Foundation | jquery.org/license */\n!function(a){a.jQuery=a}(window);\n",
    "plugins/select2/select2.full.min.js": "/*! Select2 4.0.3 | https://github.com/select2/select2/blob/master/LICENSE.md */\n!function(a){a.fn.select2=a}(jQuery);\n",
    "plugins/chartjs/Chart.min.js": "/*!\n * Chart.js\n * http://chartjs.org/\n * Version: 1.1.1\n * Released under the MIT license\n */\n(function(){var Chart=1;})();\n",
    "plugins/fastclick/fastclick.min.js": "/*! FastClick v1.0.6 | (c) The Financial Times Limited | MIT License */\n!function(){var f=1}();\n",
    "plugins/knob/jquery.knob.js": KNOB,
    "plugins/datatables/Readme.md": "# Tables\n\nA table plugin for jQuery.\n\n## Installation\n\nCopy the media folder and include the script in your page.\n",
    "plugins/datatables/jquery.dataTables.min.js": "/*! DataTables 1.10.12\n * ©2008-2015 SpryMedia Ltd - datatables.net/license\n */\n!function(){var d=1}();\n",
}
APP = {
    "index.php": "<?php\nheader('location: modules/public/index.php');\n",
    "include/config.inc.php": "<?php\ndefine('DB_SERVEUR', 'localhost');\ndefine('URL_SITE', 'https://stationnement.exemple.fr/');\n",
    "include/connexion.inc.php": "<?php\nrequire 'config.inc.php';\n$db = new PDO('mysql:host=' . DB_SERVEUR . ';dbname=stationnement');\n",
    "modules/admin/index.php": "<?php\nsession_start();\nrequire '../../include/connexion.inc.php';\n$demandes = $db->query('SELECT * FROM demande')->fetchAll();\n"
                               "echo '<html><body><h1>Demandes</h1></body></html>';\n",
    "modules/admin/model.inc.php": "<?php\nfunction demandes_en_cours($db) {\n  return $db->query('SELECT * FROM demande WHERE statut = 0');\n}\n",
    "data/base.sql": "CREATE TABLE demande (id INT PRIMARY KEY, nom VARCHAR(50), statut INT);\n",
    # the public form, built inside a one-page theme copied with its README, LICENSE and manifest
    "modules/public/README.md": "# Folio\n\nFolio is a one page portfolio theme for Bootstrap created by a theme shop. To begin using this "
                                "template, download it.\n",
    "modules/public/LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2016 Theme Shop\n",
    "modules/public/package.json": '{\n  "name": "folio",\n  "title": "Folio",\n  "homepage": "https://startbootstrap.com/template-overviews/folio",\n'
                                   '  "repository": {"type": "git", "url": "https://github.com/themeshop/startbootstrap-folio.git"}\n}\n',
    "modules/public/css/folio.css": ".portfolio { margin: 0; }\n",
    "modules/public/js/folio.js": "$('.portfolio').show();\n",
    "modules/public/index.php": "<?php\nrequire 'model.inc.php';\n?>\n<html><body><form action=\"upload.php\" method=\"post\">"
                                "<input name=\"immatriculation\"></form><script src=\"js/controle.js\"></script></body></html>\n",
    "modules/public/upload.php": "<?php\nrequire 'model.inc.php';\nenregistrer_demande($_POST['immatriculation']);\n",
    "modules/public/model.inc.php": "<?php\nfunction enregistrer_demande($plaque) {\n  return strlen($plaque) > 0;\n}\n",
    # the theme's demo contact form, left unused: its script no page loads and the mail script only it calls; the form's own
    # validation script, loaded by the page, is the application's
    "modules/public/js/contact_me.js": "$(function () {\n  $.ajax({ url: './mail/contact_me.php', type: 'POST' });\n});\n",
    "modules/public/mail/contact_me.php": "<?php\n$to = 'yourname@yourdomain.com';\nmail($to, 'Contact', $_POST['message']);\n",
    "modules/public/js/controle.js": "function controlerPlaque(p) {\n  return /^[A-Z]{2}-\\d{3}-[A-Z]{2}$/.test(p);\n}\n",
    # a web page saved under a script's name (the forge's page of the file, not the file)
    "modules/public/js/viewport-workaround.js": "\n\n<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta name=\"google-analytics\" content=\"UA-1234567-2\">"
                                                "</head><body></body></html>\n",
}
REPO = {**TEMPLATE, **APP}


def test_the_templates_files_are_its_own_and_the_application_the_projects(tmp_path):
    cats = categories(build(tmp_path / "r", REPO))
    for path in ("bower.json", "package.json", "Gruntfile.js", "build/less/DashLite.less", "plugins/knob/jquery.knob.js",
                 "plugins/datatables/Readme.md", "modules/public/README.md", "modules/public/package.json", "modules/public/css/folio.css"):
        assert cats[path] == "vendored", (path, cats[path])
    for path in ("index.php", "include/config.inc.php", "modules/admin/index.php", "modules/public/index.php", "modules/public/upload.php",
                 "modules/public/model.inc.php"):
        assert cats[path] == "source", (path, cats[path])
    assert cats["README.md"] == "community" and cats["LICENSE"] == "community"
    assert cats["modules/public/js/viewport-workaround.js"] == "vendored"
    assert cats["modules/public/js/contact_me.js"] == "vendored" and cats["modules/public/mail/contact_me.php"] == "vendored"
    assert cats["modules/public/js/controle.js"] == "source"


def test_the_application_built_in_a_copied_template_is_judged_as_a_web_application(tmp_path):
    report, res = judge(tmp_path, REPO, ["documentation.readme", "documentation.readme-sections", "documentation.docs", "reusability.install",
                                         "reusability.maintainability", "interoperability.auth"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert report["facts"]["inventory"]["ui_template"]["name"] == "DashLite"
    readme = res["documentation.readme"]
    assert readme["status"] == "fail" and "DashLite" in readme["message"]["en"], readme["message"]
    assert res["documentation.readme-sections"]["status"] == "fail", res["documentation.readme-sections"]["message"]
    install = res["reusability.install"]
    assert install["status"] in ("fail", "warn") and "library" not in install["message"]["en"], install["message"]
    assert not any("plugins/" in (e.get("path") or "") for e in res["documentation.docs"]["evidence"]), res["documentation.docs"]["evidence"]
    assert not any("plugins/" in (e.get("path") or "") for e in res["reusability.maintainability"]["evidence"]), \
        res["reusability.maintainability"]["evidence"]
    assert "a library or package" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_the_templates_own_repository_stays_a_template(tmp_path):
    # near miss: the template alone (no application inside it) is a front-end package, its README its own
    report, res = judge(tmp_path, TEMPLATE, ["documentation.readme"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
    assert report["facts"]["inventory"].get("ui_template") is None
    assert "template" not in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]


def test_a_teams_readme_naming_the_template_it_built_on_stays_the_teams(tmp_path):
    # near miss: the team's own README says what it built, on which template: its text, not the template's
    files = {**REPO, "README.md": "# Stationnement\n\nApplication web de déclaration des plaques pour le stationnement réservé, construite "
                                  "sur le modèle d'administration DashLite.\n\n## Installation\n\nImporter data/base.sql dans MySQL puis copier "
                                  "les fichiers sur le serveur PHP.\n"}
    report, res = judge(tmp_path, files, ["documentation.readme"])
    assert report["facts"]["project"]["kind"] == "web-application"
    assert "template" not in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]


def test_a_copied_theme_with_no_application_inside_stays_a_copy_as_a_whole(tmp_path):
    # near miss: the theme's folder holding only its own pages and scripts (a contact form of its own) is the theme's, whole
    files = {k: v for k, v in REPO.items() if not k.startswith("modules/public/")}
    files.update({k: v for k, v in REPO.items() if k.startswith("modules/public/") and k.rsplit("/", 1)[-1] in ("README.md", "LICENSE", "package.json",
                                                                                                             "folio.css", "folio.js")})
    files["modules/public/mail/contact_me.php"] = "<?php\n$to = 'yourname@yourdomain.com';\nmail($to, 'Contact', $_POST['message']);\n"
    cats = categories(build(tmp_path / "r", files))
    assert cats["modules/public/mail/contact_me.php"] == "vendored", cats["modules/public/mail/contact_me.php"]
    assert cats["modules/public/js/folio.js"] == "vendored"


def test_a_content_managers_copied_theme_stays_a_copy_as_a_whole(tmp_path):
    # near miss: a content manager's theme copied with its PHP templates (a Drupal theme) is the theme's, its PHP the theme's own
    files = {k: v for k, v in APP.items() if not k.startswith("modules/public/")}
    files.update({"themes/vitrine/README.md": "# Vitrine\n\nVitrine is a responsive Drupal theme built on Bootstrap.\n",
                  "themes/vitrine/LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
                  "themes/vitrine/package.json": '{"name": "vitrine", "keywords": ["drupal", "theme", "bootstrap"], '
                                                 '"repository": {"url": "https://github.com/themeshop/vitrine.git"}}\n',
                  **{f"themes/vitrine/templates/{n}.php": f"<?php\n// {n}\nprint $content;\n" for n in ("page", "node", "block", "region")}})
    cats = categories(build(tmp_path / "r", files))
    assert cats["themes/vitrine/templates/page.php"] == "vendored", cats["themes/vitrine/templates/page.php"]
