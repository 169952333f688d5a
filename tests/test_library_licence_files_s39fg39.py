"""reusability.dependencies (issue 12, s39 fg39 = reader rb39 on jdev-org/projets-biodiversite and DataSud/DataSud-2020-2022).

A copied library whose own files carry no banner was "version not stated, licence not stated" though it was copied with its licence:
html2pdf.bundle.min.js beside webpack's companion html2pdf.bundle.min.js.LICENSE.txt ("html2pdf.js v0.10.1 … Released under the MIT
License", among the banners of the libraries bundled with it), and a CKAN fork copied whole, ckan-2.7.6/ with its LICENSE.txt
("GNU Affero General Public License … either version 3 … or (at your option) any later version"). Now read from those files.
Near misses: a library copied inside another application's folder (app-master/static/libs/axios/) does not take that application's
licence file; a bundle with no companion keeps "licence not stated".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

DEPS = "reusability.dependencies"
COMPANION = ("/*!\n * es6-promise - a tiny implementation of Promises/A+.\n * @license   Licensed under MIT license\n * @version   v4.2.8\n */\n\n"
             "/*!\n * html2canvas 1.0.0 <https://html2canvas.hertzen.com>\n * Released under MIT License\n */\n\n"
             "/*!\n * html2pdf.js v0.10.1\n * Copyright (c) 2021 Erik Koopmans\n * Released under the MIT License.\n */\n")
BUNDLE = "!function(t,e){'object'==typeof exports?module.exports=e():t.html2pdf=e()}(self,function(){return function(){var a=1;return a}});\n"
AGPL = ("License\n+++++++\n\nCKAN - Data Catalogue Software\nCopyright (C) 2007 Open Knowledge Foundation\n\nThis program is free software: you can "
        "redistribute it and/or modify\nit under the terms of the GNU Affero General Public License as\npublished by the Free Software "
        "Foundation, either version 3 of the\nLicense, or (at your option) any later version.\n")
APACHE = "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n"


def _libraries(tmp_path, files: dict) -> dict:
    r = check_result(tmp_path, files, DEPS)
    return {e["value"]["library"]: e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def _site(extra: dict) -> dict:
    return {"README.md": "# carte\nCarte des projets.\n",
            "index.html": "<!DOCTYPE html>\n<html><head><script src=\"lib/html2pdf/html2pdf.bundle.min.js\"></script>\n"
                          "<script src=\"js/app.js\"></script></head><body><div id=\"map\"></div></body></html>\n",
            "js/app.js": "document.getElementById('map').textContent = 'carte';\n",
            "lib/html2pdf/html2pdf.bundle.min.js": BUNDLE, **extra}


def test_a_bundles_companion_licence_file_gives_its_version_and_licence(tmp_path):
    libs = _libraries(tmp_path, _site({"lib/html2pdf/html2pdf.bundle.min.js.LICENSE.txt": COMPANION}))
    assert libs["html2pdf"]["version"] == "0.10.1" and libs["html2pdf"]["license"] == "MIT", libs


def test_a_bundle_without_companion_keeps_its_licence_unstated(tmp_path):
    libs = _libraries(tmp_path, _site({}))
    assert libs["html2pdf"]["license"] is None, libs


def test_a_copied_folders_licence_file_is_its_library_licence_not_its_contents(tmp_path):
    files = {"README.md": "# plateforme\nArchive de la plateforme : le fork CKAN et le back office.\n",
             "src/ckan-2.7.6/LICENSE.txt": AGPL,
             "src/ckan-2.7.6/setup.py": "from setuptools import setup\n\nsetup(name='ckan', version='2.7.6')\n",
             "src/ckan-2.7.6/ckan/__init__.py": "__version__ = '2.7.6'\n",
             "src/ckan-2.7.6/ckan/lib/helpers.py": "def url_for(*args, **kw):\n    return '/'\n",
             "src/backoffice-master/LICENSE": APACHE,
             "src/backoffice-master/manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'backoffice.settings')\n",
             "src/backoffice-master/static/libs/axios/axios.min.js": "/* axios v0.21.1 | (c) 2020 by Matt Zabriskie */\n!function(e){e.axios=1}(this);\n"}
    libs = _libraries(tmp_path, files)
    assert libs["ckan"]["license"] == "AGPL-3.0-or-later", libs
    assert libs["axios"]["license"] is None, libs
