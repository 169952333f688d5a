"""publiccode suggestion: localisationReady (issue 12, s37 fn37 = Georiviere/Georiviere-public).

A Next.js portal whose interface texts are kept in translations/fr.json, read by next-intl, got a suggested publiccode.yml saying
``localisationReady: false``: the suggestion wrote false for every project. The spec's field says the software "has infrastructure in
place to be multilingual; it does not need to be available in more than one language": the project's own locale files are that.
Near misses: texts written in the components with no locale file, and a copied library's locale files, stay false.
"""

from __future__ import annotations

from auditor.publiccode import validate
from tests.test_cli import run

README = ("# River portal\n\nPublic portal of the rivers management suite: an interactive map of the rivers, their stations and the "
          "citizens' observations.\n\n## Install\n\n```\nyarn install\nyarn build\n```\n")
PKG = '{"name": "river-portal", "private": true, "dependencies": {"next": "14.2.3", "next-intl": "3.4.0", "react": "18.2.0"}}\n'
PAGE = "import {useTranslations} from 'next-intl';\nexport default function Page() { const t = useTranslations('home'); return <main>{t('title')}</main>; }\n"


def _ready(repo, tmp_path, files) -> str:
    path = repo([{"files": files}])
    out = run("publiccode", "suggest", str(path), "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert validate(out.stdout).valid, out.stdout
    return out.stdout.split("localisationReady:", 1)[1].split("\n", 1)[0].strip()


def test_one_languages_locale_file_is_the_infrastructure(repo, tmp_path):
    files = {"package.json": PKG, "README.md": README, "src/app/[locale]/page.tsx": PAGE,
             "translations/fr.json": '{"home": {"title": "Accueil"}}\n'}
    assert _ready(repo, tmp_path, files) == "true"  # was false for every project


def test_texts_in_the_code_or_a_copied_librarys_locales_are_none(repo, tmp_path):
    files = {"package.json": PKG.replace('"next-intl": "3.4.0", ', ""), "README.md": README,
             "src/app/page.tsx": "export default function Page() { return <main>Carte des rivières</main>; }\n"}
    assert _ready(repo, tmp_path, files) == "false"
    files["vendor/datepicker/locales/de.js"] = "export default {months: ['Januar']};\n"
    assert _ready(repo, tmp_path / "v", files) == "false"
