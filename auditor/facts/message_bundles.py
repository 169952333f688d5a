"""Java message bundles: ``<Name>.properties`` with its translations ``<Name>_fr.properties``, ``<Name>_de.properties``… in the same
folder, read by ``ResourceBundle.getBundle("<Name>", locale)``: the texts a program shows in each language (OpenTripPlanner's
``WayProperties.properties``, ``note.caution=Caution!``), not the settings an installation adapts (issue 12, s25 k25)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# ISO 639-1 codes of the languages bundles are translated into (a suffix such as _dev, _prod or _test names an environment, not a language)
_LANGUAGES = ("fr|en|de|es|it|nl|pt|sv|fi|da|no|nb|nn|is|pl|cs|sk|sl|hr|sr|bs|hu|ro|bg|el|tr|ru|uk|be|lt|lv|et|ca|eu|gl|br|oc|co|"
              "ga|cy|lb|mt|sq|mk|ar|he|fa|hi|zh|ja|ko|vi|th|id|ms")
_TRANSLATION = lazy_compile(rf"^(.+)_(?:{_LANGUAGES})(?:[_-][A-Z]{{2}}|_[A-Z][a-z]{{3}})?\.properties$")


def bundles(entries) -> set[tuple[str, str]]:
    """(folder, base name) of each ``.properties`` file one of whose siblings is its translation (``<Name>_<language>.properties``)."""
    out = set()
    for e in entries:
        m = _TRANSLATION.match(e.name) if e.name.endswith(".properties") else None
        if m:
            out.add((e.dir, m.group(1)))
    return out


def is_bundle_file(name: str, folder: str, found: set[tuple[str, str]]) -> bool:
    """The file is a message bundle's base file or one of its translations."""
    if not name.endswith(".properties"):
        return False
    m = _TRANSLATION.match(name)
    return (folder, m.group(1) if m else name[: -len(".properties")]) in found
