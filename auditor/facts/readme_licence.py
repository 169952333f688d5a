"""Whether a README heading on the licence heads a licence chapter: what its text, code aside, says."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_cues import command_paragraph
from auditor.facts.readme_forms import sql_paragraph
from auditor.lazyre import lazy_compile
from auditor.licenses.notices import is_proprietary, names_in, restricts_use, states_ownership


# What a licence chapter says: a licence's name or word, a copyright, a link to the licence file ("## License 📔" over
# `make license-check` says none of it outside its code block, "## Droits" over SQL GRANTs nor "Les droits dans l'application")
_LICENCE_TEXT = lazy_compile(r"licen[cs]|copyright|©|\(c\)|droits? d.auteurs?|all rights|tous droits|spdx|domaine public|public domain|"
                             r"open.?source|logiciel libre|free software|copying|\b(?:MIT|Apache|A?GPL|LGPL|EUPL|MPL|CeCILL|BSD|ISC|Etalab|CC[- ]?BY|"
                             r"CC0|Unlicense|WTFPL)\b", re.I)
# A heading on the licences (a vendor's product licences, subscriptions) one needs to run the tool, not the project's own licence
_REQUIRED_LICENCES = lazy_compile(r"\blicen[cs]es? (?:requirements?|required|needed|requises?|necessaires?)\b|\b(?:required|requises|necessaires) licen[cs]es?\b|"
                                  r"\bpermissions? (?:and|et) licen[cs]es?\b")
_OWN_LICENCE = lazy_compile(r"\b(?:MIT|Apache|A?GPL|LGPL|EUPL|MPL|CeCILL|BSD|ISC|Etalab|CC[- ]?BY|CC0|Unlicense|WTFPL)\b|open.?source|logiciel libre|"
                            r"free software|spdx|copyright|©", re.I)
# What states a licence besides its name: an SPDX id, a copyright notice, the public domain, a licence file or page pointed to
# (LICENSE, LICENCE.md, COPYING, "the license file", a licence page's address: opensource.org/licenses, gnu.org/licenses…), a
# restricted use ("Usage restreint.": the terms, proprietary: notices.restricts_use)
_STATES_LICENCE = lazy_compile(r"(?i:spdx|copyright|©|\(c\)|droits? d.auteurs?|domaine public|public domain|creative ?commons|"
                               r"\b(?:licen[cs]e|copying)(?:[._-]\w{1,10}){0,3}\)|/licen[cs]es?\b|/licen[cs]e[\w-]{0,40}\.(?:html?|md|txt)\b|"
                               r"\blicen[cs]e (?:file|fichier)\b|\bfichier (?:de )?licen[cs]e\b)|(?<![\w-])(?:LICEN[CS]E|COPYING)(?![\w-])")
_FENCE = lazy_compile(r"^(```|~~~)[^\n]*\n.*?^\1", re.M | re.S)


_PLACEHOLDER = lazy_compile(r"(?:tbw|tbd|todo|to do|to be (?:written|defined|done|completed)|wip|a venir|a completer|a definir|a rediger|"
                            r"en cours(?: de redaction)?|coming soon|soon|xxx|\.\.\.)?")


def _inline_commands_only(prose: str) -> bool:
    """Every line of the text is a list item of inline code ("- `mvn license:format`")."""
    lines = [ln.strip() for ln in prose.splitlines() if ln.strip()]
    return bool(lines) and all(re.fullmatch(r"(?:[-*+]|\d+[.)])?\s*`[^`]+`\s*[.;,]?", ln) for ln in lines)


def licence_chapter(heading: str, body: str) -> bool:
    """Whether a heading on the licence (``heading``: normalised) heads a licence chapter. "Droits" alone ("## Droits" over SQL
    GRANTs, "Les droits dans l'application") counts only when its text, code aside, names a licence; a "License" heading whose text
    names none above commands only ("make license-check", "make license-generate": the headers' tooling) is no licence chapter."""
    fences = [m.group(0) for m in _FENCE.finditer(body)]
    prose = "\n".join(p for p in _FENCE.sub(" ", body).split("\n\n") if not sql_paragraph(p))
    if _REQUIRED_LICENCES.search(heading) and not _OWN_LICENCE.search(prose):  # ("## Permissions and license requirements": the
        return False  # vendor's licences a user needs to run the tool, "Microsoft Entra ID P1"; the project's own licence named is one)
    if not fences and _PLACEHOLDER.fullmatch(norm(prose)):  # "## Licence" over "TBW." (to be written): no licence named yet
        return False
    text = _INLINE_CODE.sub(_licence_file_span, prose)  # (not in inline code: "- `mvn license:check`" runs the headers' tooling;
    # a licence file's name in code, "includes a `LICENSE` file … refer to it", stays: it points to the licence)
    if not _LICENCE_TEXT.search(text) and (not re.search(r"\b(?:licen[cs]es?|licensing|copyright)\b", heading) or _inline_commands_only(prose)):
        return False  # ("### Commandes pour notice et license" over "- `mvn license:check`": the headers' tooling)
    return names_licence(text) or names_licence(heading) or any(names_licence(f) for f in fences if not _commands_only(f))


_INLINE_CODE = re.compile(r"`([^`\n]*)`")
_LICENCE_FILE_NAME = re.compile(r"(?:\./)?(?:LICEN[CS]E|COPYING|UNLICENSE)(?:\.(?:md|txt|rst|markdown|adoc))?|LICENSES/?", re.IGNORECASE)


def _licence_file_span(m: re.Match) -> str:
    return m.group(1) if _LICENCE_FILE_NAME.fullmatch(m.group(1).strip()) else " "


def names_licence(text: str) -> bool:
    """The text states a licence: names one (or its SPDX id), says the code is proprietary or in the public domain, gives a
    copyright notice, or points to the licence's file or page ("voir le fichier [LICENSE](LICENSE)"). A chapter under a licence
    heading that does none of it ("Ce projet est développé pour l'administration française…") tells no licence."""
    return bool(names_in(text, limit=1) or is_proprietary(text) or states_ownership(text) or restricts_use(text) or _STATES_LICENCE.search(text))


def _commands_only(fence: str) -> bool:
    return command_paragraph("\n".join(fence.splitlines()[1:-1]))
