"""The ``ui_languages`` fact: the languages the software's own interface is translated into, read from its locale files' names
(translations/fr.json, locales/en/translation.json, locale/fr/LC_MESSAGES/django.po, lang/de.yml).

For publiccode.yml's ``localisation.availableLanguages``: the languages a person can use the software in, not the README's (a
Next.js portal documented in English with translations/fr.json alone exists in French only; issue 12, s37 fh37 =
Georiviere/Georiviere-public). A gettext or XLIFF catalogue translates from a source language written in the code, which no file
names: ``catalogues`` says the languages found are translations only, the source's to be added from elsewhere."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.inventory import is_generated, is_test, is_vendored
from auditor.facts.tree import tree_of
from auditor.facts.vendored import LANGUAGE_CODES
from auditor.lazyre import lazy_compile

# a locale folder, then the language as the file's name (fr.json, fr-FR.yml, fr_FR.po) or as the next folder (en/translation.json)
_LOCALE_FILE = lazy_compile(r"(?:^|/)(?:locale|locales|translations|lang|langs|i18n|l10n)/(?:([a-z]{2})(?:[-_][A-Za-z]{2,4})?/(?:[^/]+/){0,2}[^/]+"
                            r"|([a-z]{2})(?:[-_][A-Za-z]{2,4})?\.(?:json|ya?ml|js|ts|po|xlf|xliff|ftl|arb|properties))$")
_CATALOGUE = (".po", ".pot", ".mo", ".xlf", ".xliff")
MAX_ENTRIES = 200_000
_SMALL = 64
_EMPTY = frozenset({"", "{}", "{ }", "[]", "[ ]", "---", "null"})


@fact("ui_languages", version=2, public=False)
def ui_languages(ctx) -> dict:
    """``languages``: the ISO 639-1 codes of the project's own locale files (sorted; none copied, generated or of tests);
    ``catalogues``: whether they are gettext/XLIFF catalogues (translations of a source language the files do not name)."""
    copied = set(ctx.fact("copied_paths") or [])
    langs: set[str] = set()
    catalogues = False
    for e in tree_of(ctx)[:MAX_ENTRIES]:
        if e.size == 0 or e.path in copied or is_vendored(e.path) or is_generated(e.path) or is_test(e.path):
            continue
        m = _LOCALE_FILE.search(e.path)
        code = m and (m.group(1) or m.group(2))
        # (a locale file holding nothing, a JSON {} or an empty list, translates nothing: backend/…/i18n/en.json of a French-only module)
        if code and code in LANGUAGE_CODES and not (e.size <= _SMALL and (ctx.snapshot.read_text(e.path, limit=_SMALL) or "").strip() in _EMPTY):
            langs.add(code)
            catalogues = catalogues or e.path.lower().endswith(_CATALOGUE)
    return {"languages": sorted(langs), "catalogues": catalogues}
