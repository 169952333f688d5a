"""publiccode suggestion (issue 12, s37 fh37 = Georiviere/Georiviere-public).

A Next.js portal documented in English whose interface exists in French only (translations/fr.json, the one locale file next-intl
reads) got a suggested publiccode.yml with localisation.availableLanguages ["en"]: the languages were the README's. The languages
a person can use the software in are now read from its own locale files' names; a gettext catalogue translates from a source
language no file names, so the README's languages are kept beside the catalogues'.
Near misses: with no locale file, the README's language stays; a copied library's locale files (vendor/) name no language of the
application.
"""

from __future__ import annotations

from auditor.publiccode import validate
from tests.test_cli import run

README_EN = ("# River portal\n\nPublic portal of the rivers management suite: an interactive map of the rivers, their stations and the "
             "citizens' observations, with pages edited by the managers.\n\n## Install\n\n```\nyarn install\nyarn build\n```\n")
PKG = '{"name": "river-portal", "private": true, "dependencies": {"next": "14.2.3", "next-intl": "3.4.0", "react": "18.2.0"}}\n'
PAGE = "export default function Page() { return <main>Carte</main>; }\n"


def _available(repo, tmp_path, files) -> list[str]:
    path = repo([{"files": files}])
    out = run("publiccode", "suggest", str(path), "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert validate(out.stdout).valid, out.stdout
    block = out.stdout.split("availableLanguages:\n", 1)[1]
    return [line.strip()[3:-1] for line in block.splitlines() if line.startswith("    - ")]


def test_the_interfaces_locale_files_name_the_available_languages(repo, tmp_path):
    files = {"package.json": PKG, "README.md": README_EN, "src/app/[locale]/page.tsx": PAGE,
             "translations/fr.json": '{"home": {"title": "Accueil"}}\n'}
    assert _available(repo, tmp_path, files) == ["fr"]  # was ["en"], the README's


def test_a_gettext_catalogue_adds_to_the_source_language(repo, tmp_path):
    files = {"manage.py": "import django\n", "README.md": README_EN, "app/views.py": "from django.utils.translation import gettext as _\n",
             "locale/fr/LC_MESSAGES/django.po": 'msgid "Map"\nmsgstr "Carte"\n'}
    assert _available(repo, tmp_path, files) == ["en", "fr"]


def test_no_locale_file_or_a_copied_librarys_keep_the_readmes_language(repo, tmp_path):
    files = {"package.json": PKG, "README.md": README_EN, "src/app/page.tsx": PAGE}
    assert _available(repo, tmp_path, files) == ["en"]
    files["vendor/datepicker/locales/de.js"] = "export default {months: ['Januar']};\n"
    assert _available(repo, tmp_path / "v", files) == ["en"]
