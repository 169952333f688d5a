"""``license``: the project's license, with the evidence for it; ``reuse``: REUSE 3.3 measures.

Shape of ``license`` (version 2; the first three keys are those of version 1):

- ``spdx``: the main license as one SPDX expression, or null (none, not recognised, proprietary,
  or sources in conflict — then every source is listed and ``conflict`` is true);
- ``files``: root license files; ``declared``: license strings of manifests (``file``, ``value``);
- ``confidence`` (0–1), ``status`` (identified, declared-only, conflict, unrecognized,
  proprietary, none), ``version_choice`` (for GPL-like families: or-later / only / not-stated and
  where it was read);
- ``license_files``: per license file (root, one level down, ``LICENSES/``): ids, expression,
  matches (lines, coverage), closest candidates, ``modified``/``proprietary`` flags;
- ``sources``: every place that states a license (license file, manifest, publiccode.yml, README
  section, REUSE headers, the source files' own headers — ``file-headers``: a ``@license`` tag or the licence in words,
  with ``files`` stating it of ``read``; ``file-header``: when nothing else states a licence, the header of the project's own
  program, too few files for ``file-headers``, ``license_headers._own_headers``) with path, line, value and SPDX ids; ``headers`` (when any header states a
  licence): ``read``, ``licences`` (expression -> files), ``words`` (files stating one in words, not as an SPDX tag);
- ``conflict`` and ``conflicts`` (no license text settles it and the declarations disagree: the license is
  unknown); ``disagreements`` (declarations that contradict the main license a full text settles: a
  consistency finding, the main license stands); ``folders`` (per-folder licenses);
  ``other_licenses`` (extra root license files: documentation/data, third-party);
  ``expression_all`` (the main license AND the per-folder and extra ones); ``spdx_list_version``;
- ``components`` (when nothing at the root states a licence and the components declaring one hold less of the code than the
  silent ones): those components' declarations (``file``, ``value``, ``line``), not the project's licence;
- ``named`` and ``version_not_stated``: when the main license is a family named without its version ("AGPL", "CC-BY-SA",
  "Licence Ouverte": no SPDX id), ``spdx`` is null, ``named`` is the expression of family tokens
  (``auditor.licenses.notices.UNVERSIONED``) and ``version_not_stated`` lists them; the checks judge the family.

Longer than 400 lines: the licence fact and the REUSE fact share the identification of licence
texts and the resolution of disagreeing sources; ``resolve`` is the known candidate for a split.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote

from auditor import safejson
import re

from auditor.facts import fact
from auditor.facts.inventory import DOC_DIRS, installed_folder, inventory_of, is_build_output, is_source_candidate, is_test, is_vendored, language, own_names
from auditor.facts.kind_apps import EXAMPLE_DIRS
from auditor.facts.addon_licences import addon_licences, licence_url
from auditor.facts.licence_classifiers import classifier_licences, classifier_spdx
from auditor.facts.license_headers import header_source
from auditor.facts.r_scaffold import licence_placeholder
from auditor.facts.metadata_licences import folder_descriptors, metadata_licences
from auditor.facts.readme_copies import readme_copied_dirs
from auditor.facts.shipped_licences import script_paths, shipped_licence_texts
from auditor.facts.subtree_dirs import subtree_dirs
from auditor.facts.readme_templates import team_text
from auditor.lazyre import lazy_compile
from auditor.licenses import compat, notices
from auditor.licenses.choices import GNU_VERSION_CHOICE
from auditor.licenses.matcher import get_index, is_notice_line
from auditor.licenses.reuse import scan as reuse_scan

LICENSE_FILE = lazy_compile(r"^(licen[cs]es?|copying|unlicen[cs]e|copyright|copyleft)([._-][^/]*)?$|^[a-z0-9._-]+[._-](licen[cs]e|copying)(\.(txt|md|rst))?$", re.I)
MAX_LICENSE_BYTES = 512 * 1024
README = lazy_compile(r"^(readme|lisezmoi|lisez-moi)(\.[a-z0-9]+)?$", re.I)
MANIFESTS = ("package.json", "pyproject.toml", "setup.cfg", "setup.py", "composer.json", "pom.xml", "Cargo.toml", "mix.exs",
             "setup.php", "__manifest__.py", "__openerp__.py", "DESCRIPTION", "metadata.json", "opam")  # (a GLPI plugin's plugin_version_*(), an
# Odoo module's manifest, an R package's, a Puppet module's metadata.json, an OCaml package's opam file: <name>.opam too)
_SECTION = lazy_compile(r"^(#{1,6})\s*(.*)$|^(.+)\n(=+|-+)\s*$", re.M)
# (after a tag on its line too: a pkgdown page's "<pre>GNU GENERAL PUBLIC LICENSE")
_GPL_TITLE = lazy_compile(r"^[^\w\n]*(?:<[a-z]+>[^\w\n]*)?GNU\s+(?:AFFERO\s+|LESSER\s+|LIBRARY\s+)?GENERAL\s+PUBLIC\s+LICEN[CS]E\s*$", re.M | re.I)
_PICTURE = lazy_compile(r"\.(png|jpe?g|gif|svg|webp|ico|bmp)$", re.I)
_LICENSE_HEADING = lazy_compile(r"licen[cs]e|licences|licensing|droits|copyright|legal|mentions l[ée]gales", re.I)


# A licence's name on a file that holds no licence text: a header template a linter or a bundler stamps on each source file (an
# ESLint/webpack license-header.js, LICENSE_HEADER.txt for Maven's license plugin), a script, or a list of the dependencies'
# licences (licenses.json, licenses.csv written by license-checker)
_NOT_LICENCE_TEXT = lazy_compile(r"\.(?:[cm]?js|jsx|ts|tsx|py|java|kt|php|rb|go|rs|sh|ps1|c|h|cpp|cs|scala|groovy|lua|pl|json|ya?ml|xml|csv|toml)$"
                                 r"|[._-](?:header|headers|entete|banner)(?:[._-]|$)", re.I)


def is_license_name(snapshot, e) -> bool:
    if e.kind not in ("file", "executable") or _PICTURE.search(e.name):
        return False  # (licence_ouverte.png: the licence's logo, not its text)
    if not (LICENSE_FILE.match(e.name) or spdx_named(e.name) or licence_named(e.name)) or _NOT_LICENCE_TEXT.search(e.name):
        return False
    return not (e.name.endswith(".license") and e.path[: -len(".license")] in snapshot.files)  # a REUSE companion


# A licence text named by its licence's SPDX id, in a language or not (web/EUPL-1.2-EN.txt in an application's folder, AGPL-3.0.md)
_SPDX_NAMED = lazy_compile(r"^([A-Za-z][\w.+-]{1,40}?)(?:[-_.](?:en|fr|de|es|it|nl|pt))?(?:\.(?:txt|md|rst))?$", re.I)


# A file named after a licence, the word licence among its licence's name, version and language ("ETALAB-Licence-Ouverte-v2.0.pdf"
# beside LICENSE.md, named by a README's Licence chapter; "Open-Licence-2.0-fr.txt", "GNU-GPL-v3-licence.odt"), or Licence Ouverte's
# short name with its version ("LO-2.0.pdf"), in a text, page or document format: any other word makes it a page about the licence
# ("licence-ouverte-explications.md"), a logo or a choice (issue 12, s36 o36: anct-cnum/portail-usager)
_LICENCE_WORD = frozenset({"licence", "license", "licences", "licenses"})
_LICENCE_NAME_WORDS = frozenset({"etalab", "ouverte", "open", "cecill", "gnu", "gpl", "agpl", "lgpl", "fdl", "affero", "lesser", "general", "public",
                                 "eupl", "european", "union", "mit", "apache", "bsd", "mpl", "mozilla", "cc", "cc0", "by", "sa", "nc", "nd",
                                 "creative", "commons", "odbl", "odc", "pddl", "isc", "wtfpl", "zlib", "artistic", "unlicense",
                                 "a", "b", "c", "version", "fr", "en", "de", "es", "it", "francais", "english"})
_LICENCE_DOC_EXT = frozenset({"", "txt", "md", "markdown", "rst", "adoc", "pdf", "odt", "html", "htm", "doc", "docx", "text"})
_LICENCE_VERSION = lazy_compile(r"^v?\d{1,2}$")
_LO_NAMED = lazy_compile(r"^lo[-_ ]?v?\d(?:[._]\d)?(?:[-_.](?:fr|en))?$", re.I)


def licence_named(name: str) -> bool:
    """The file's name is a licence's, not only the word licence first or last (see ``_LICENCE_NAME_WORDS``)."""
    stem, dot, ext = name.rpartition(".")
    stem, ext = (stem, ext.lower()) if dot and ext.lower() in _LICENCE_DOC_EXT else (name, "")
    if _LO_NAMED.match(stem):
        return True
    words = [w for w in re.split(r"[-_. ]+", stem.lower()) if w]
    return any(w in _LICENCE_WORD for w in words) and any(w in _LICENCE_NAME_WORDS - {"version", "fr", "en", "de", "es", "it", "a", "b", "c"}
                                                          for w in words) \
        and all(w in _LICENCE_WORD or w in _LICENCE_NAME_WORDS or _LICENCE_VERSION.match(w) for w in words)


def spdx_named(name: str) -> bool:
    """The file's name is a licence's SPDX id with a version (EUPL-1.2, GPL-3.0-or-later; not MIT or a word alone), with a language
    and a text extension or not."""
    m = _SPDX_NAMED.match(name)
    return bool(m) and bool(re.search(r"\d", m.group(1))) and m.group(1).lower() in _spdx_ids()


@lru_cache(maxsize=1)
def _spdx_ids() -> frozenset:
    return frozenset(lid.lower() for lid in get_index().meta)


def license_files(snapshot) -> list[str]:
    return sorted(e.path for e in snapshot.files.values() if e.dir == "" and is_license_name(snapshot, e)) + licence_folder_texts(snapshot)


# A root folder named for the licence holds the project's texts, whatever their names (a desktop tool's "LICENSE/EUPL v1_2 EN.txt"
# and "LICENSE/EUPL v1_2 FR.txt", its README saying "a copy of this license is available in the LICENSE directory"): they are read
# as a root licence file is. (Not LICENSES/, REUSE's folder of texts named by their ids, read apart; not a logo or a script.)
_LICENCE_FOLDER = lazy_compile(r"^(licen[cs]e|copying)$", re.I)
_TEXT_EXT = frozenset({"", "txt", "md", "markdown", "rst", "adoc", "text"})
MAX_FOLDER_TEXTS = 10


def licence_folder_texts(snapshot) -> list[str]:
    """The text files directly in a root LICENSE/ (LICENCE/, COPYING/) folder, by path (10 at most)."""
    return sorted(e.path for e in snapshot.files.values() if e.path.count("/") == 1 and _LICENCE_FOLDER.match(e.dir)
                  and e.kind in ("file", "executable") and e.ext.lower() in _TEXT_EXT and not _NOT_LICENCE_TEXT.search(e.name)
                  and not e.name.endswith(".license"))[:MAX_FOLDER_TEXTS]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, max(0, offset)) + 1


# -- one license file -----------------------------------------------------------------------------
def _full_text(text: str, lines: list[str], r) -> dict:
    """What the full licence texts matched say: ids (the version chosen in the notice above them),
    the expression (dual, combined, or a main licence with bundled third-party texts)."""
    start = r.matches[0].start_line
    title = _GPL_TITLE.search(text)
    if title:  # a notice above the GNU text is often matched with it (shared phrases): stop at the title
        title_line = _line_of(text, title.start() + 1)
        if title_line <= start + 15:
            start = title_line
    preamble = "\n".join(lines[: start - 1])
    outside = "\n".join(ln for i, ln in enumerate(lines, 1) if not any(m.start_line <= i <= m.end_line for m in r.matches))
    choice = notices.version_choice(_markup_out(preamble)) or notices.appendix_choice(text)
    ids = []
    for m in r.matches:
        lid = notices.with_choice(m.id, choice) if notices.family(m.id) in notices.VERSIONED else m.id
        if lid not in ids:
            ids.append(lid)
    fams = [notices.family(i) for i in ids]
    if "LGPL-3.0" in fams and "GPL-3.0" in fams:  # the LGPL-3.0 supplements the GPL-3.0: one license, the LGPL
        ids = [i for i in ids if notices.family(i) != "GPL-3.0"]
    main_ids, bundled, op = ids, [], None
    if len(ids) > 1:
        between = "\n".join(lines[r.matches[0].end_line:r.matches[1].start_line - 1])
        if notices.says_dual(preamble) or notices.says_dual(between[:600]):
            op = " OR "
        elif notices.says_third_party(between) or notices.says_third_party(outside):
            main_ids, bundled = ids[:1], ids[1:]
        else:
            op = " AND "
    partners = _dual_partners(_markup_out(preamble), ids, choice) if len(ids) == 1 else []
    if partners:
        # "provided under a dual GPLv2/BSD license … under either license", the GPL's grant summary, then the BSD text alone: the
        # project's licence is the choice the notice offers, the full text's and the other one named beside it
        main_ids, op = ids + partners, " OR "
    stated = _stated_above(preamble)
    if stated and not {notices.family(i) for i in stated} & {notices.family(i) for i in main_ids}:
        # "This software is released under the licence CeCILL-B" above "## Third party code" and ES6-Promise's MIT text: the
        # project's licence is the one stated; the full texts below are the bundled code's
        return dict(ids=stated, bundled=ids, confidence=0.8, method="notice",
                    expression=" OR ".join(stated) if notices.says_dual(preamble) else stated[0], version_choice=None)
    return dict(ids=main_ids, bundled=bundled, confidence=min(m.confidence for m in r.matches[: len(main_ids)]), method="full-text",
                expression=(op.join(main_ids) if op and len(main_ids) > 1 else main_ids[0]),
                version_choice=choice if any(notices.family(i) in notices.VERSIONED for i in main_ids) else None)


_SCRIPT_STYLE_OPEN = lazy_compile(r"<(script|style)\b", re.I)
_TAG = lazy_compile(r"<[a-z!/][^<>]*>", re.I)


def _markup_out(text: str) -> str:
    """The words a reader sees above a licence text of an HTML page (a pkgdown site's docs/LICENSE-text.html, the GPL text in a
    <pre> under the site's <head>): the scripts' integrity hashes ("sha256-…Y3+SU1…") and the tags are no notice, and their "3+" no
    "or later" choice."""
    return _TAG.sub(" ", _without_scripts(text)) if "<" in text else text


def _without_scripts(text: str) -> str:
    """``text`` without its <script>/<style> elements, found by one forward pass (a lazy pattern from each "<script" to its closing tag
    would rescan the rest of the page from every unclosed one): an element never closed runs to the end."""
    lower, out, pos = text.lower(), [], 0
    while (m := _SCRIPT_STYLE_OPEN.search(text, pos)) is not None:
        out.append(text[pos:m.start()])
        close = lower.find("</" + m.group(1).lower(), m.end())
        if close < 0:
            return " ".join(out)
        end = lower.find(">", close)
        pos = len(text) if end < 0 else end + 1
        out.append(" ")
    out.append(text[pos:])
    return "".join(out)


def _dual_partners(preamble: str, ids: list[str], choice: str | None) -> list[str]:
    """The licence(s) a dual-licensing paragraph above one full licence text offers beside it ("The files in this project are provided
    under a dual GPLv2/BSD license … you may do so under either license" above a GPL grant summary and the BSD-2-Clause text), with
    the version choice the notice states: a paragraph offering a choice (not a GNU grant's "either version 2 … or (at your option)
    any later version" alone) that names the full text's licence and another. A licence named without its version gives no id."""
    for para in re.split(r"\n[ \t]*\n", preamble)[:40]:
        para = para.strip()
        if not para or len(para) > 1500 or not notices.says_dual(_GNU_VERSION_CHOICE.sub(" ", notices.fold(para))):
            continue
        named = [lid for lid, _ in notices.names_in(para)]
        if not any(notices.agree([i], [lid]) for i in ids for lid in named):
            continue
        out = []
        for lid in named:
            if notices.agree(ids, [lid]):
                continue
            lid = notices.stated_version(lid, para)
            if notices.is_unversioned(lid):
                continue
            lid = notices.with_choice(lid, choice) if notices.family(lid) in notices.VERSIONED else lid
            if lid not in out:
                out.append(lid)
        if out:
            return out
    return []


# a GNU grant's own choice of versions ("either version 2 of the License, or (at your option) any later version"): no choice of licences
_GNU_VERSION_CHOICE = GNU_VERSION_CHOICE


def _stated_above(preamble: str) -> list[str]:
    """The licence(s) the lines above a third-party part ("## Third party code", "includes the following third party code") state
    for the project ("This software is released under the licence CeCILL-B"), when the text above the full licence texts has one."""
    lines = preamble.split("\n")
    cut = next((i for i, line in enumerate(lines) if notices.says_third_party(line)), None)
    head = "\n".join(lines[:cut]) if cut else ""
    if not head.strip() or not notices.states_license(head):
        return []
    named = [notices.stated_version(i, head) for i, _ in notices.names_in(head)]
    return named if notices.says_dual(head) else named[:1]


_GRANT = lazy_compile(r"permission\s+is\s+(?:hereby\s+)?granted|redistribution\s+and\s+use|is\s+free\s+software|licen[cs]ed\s+under|"
                      r"you\s+(?:can|may)\s+(?:redistribute|use|copy)|est\s+autoris[ée]e?|autorisation\s+est\s+(?:accord|donn)|libre\s+de\s+droits", re.I)


# A licence of the author's own that grants use, copying, modification and distribution but forbids commercial use ("Permission is
# granted to use, copy, modify, and distribute this software for personal, academic… purposes only. Any form of commercial use is
# strictly prohibited", "Toute forme d'utilisation commerciale est strictement interdite"): a licence restricting use, not open source,
# and no "all rights reserved" either (issue 12, s47 ff47)
_NON_COMMERCIAL = lazy_compile(r"\bcommercial\s+(?:use|usage|purposes?)\s+(?:\w+\s+){0,3}?(?:is\s+|are\s+)?(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:allowed|permitted))|"
                               r"\b(?:for\s+)?non[-\s]?commercial\s+(?:use|usage|purposes?)\s+only\b|\bno\s+commercial\s+use\b|"
                               r"\butilisation\s+commerciale\s+(?:\w+\s+){0,2}?(?:est|sont)\s+(?:strictement\s+|formellement\s+)?interdite?s?\b|"
                               r"\bnon\s+commerciale?s?\s+uniquement\b|\b(?:à\s+des\s+fins|usage|utilisation)\s+(?:strictement\s+)?non[-\s]commerciale?s?\b", re.I)


def _restricted_grant(text: str) -> str | None:
    """"non-commercial" when a text of no known licence grants rights (``_GRANT``) for non-commercial use only; None otherwise."""
    return "non-commercial" if _GRANT.search(text) and _NON_COMMERCIAL.search(text) else None


def _reserved_above_third_party(text: str) -> bool:
    """The file's own part, above a third-party part ("This project incorporates components from the projects listed below…", then
    the components' MIT and BSD texts), reserves all rights and grants none ("Copyright (c) 2019 - present {…} / All rights
    reserved.", a warranty disclaimer): the project is proprietary; the licences below are the components'. A text granting
    rights or naming a licence above that part is read as before."""
    lines = text.split("\n")
    cut = next((i for i, line in enumerate(lines[:60]) if notices.says_third_party(line)), None)
    if not cut:
        return False
    head = "\n".join(lines[:cut])
    return notices.is_proprietary(head) and not notices.names_in(head) and not _GRANT.search(head)


_CC_URL = lazy_compile(r"<?https?://creativecommons\.org/(?:licenses|publicdomain)/(by(?:-nc)?(?:-sa|-nd)?|zero)/(\d\.\d)(?:/[\w.-]*)?/?>?", re.I)


def _short_text(text: str, r) -> dict | None:
    """No full licence text: the French EUPL, an SPDX tag, or a short notice naming licences."""
    fr = notices.eupl_fr(text)
    if fr:
        return dict(ids=["EUPL-1.2"], expression="EUPL-1.2", confidence=fr, method="title-and-headings (EUPL-1.2 French text)")
    if r.modified:
        return {}
    tags = notices.spdx_tags(text)
    if tags:
        expr, ids, valid = notices.parse_expression(tags[0][0])
        if valid:
            return dict(ids=list(ids), expression=expr, confidence=0.95, method="spdx-tag")
    bare = _bare_spdx_id(text)
    if bare:  # a licence file holding only the licence's SPDX id ("cc-by-sa-4.0", "MIT"): named, its text not given
        return dict(ids=list(bare[1]), expression=bare[0], confidence=0.9, method="spdx id")
    cc = _CC_URL.fullmatch(text.strip())
    if cc:  # a licence file holding only the licence's address (https://creativecommons.org/licenses/by/4.0/)
        lid = "CC0-1.0" if cc.group(1) == "zero" else f"CC-{cc.group(1).upper()}-{cc.group(2)}"
        return dict(ids=[lid], expression=lid, confidence=0.6, method="licence address")
    if r.words <= 400 and notices.states_license(text):
        named = notices.names_in(text)
        if named:
            choice = notices.version_choice(text)
            # a GNU grant that names its licence without a version in its words ("under the terms of the GNU General Public License as
            # published by the Free Software Foundation", the copy's address aside: Drupal 6's COPYRIGHT.txt pointing at gpl-2.0.txt):
            # by the licence's own rule (GPL-2.0 section 9, GPL-3.0 section 14) any version may be chosen, never that one only
            # (issue 12, s44 fh44 = DuaelFr/finistere; as for a pasted banner's "GNU General Public License", pasted.py)
            words = _ADDRESS.sub(" ", text)
            if choice is None and any(i in ("GPL", "LGPL", "AGPL") and notices.stated_version(i, words) == i for i, _ in notices.names_in(words)):
                choice = "or-later"
            ids = [notices.with_choice(_by_address(notices.stated_version(i, text), text), choice) for i, _ in named]
            op = " OR " if notices.says_dual(text) else " AND "
            return dict(ids=ids, expression=op.join(ids) if len(ids) > 1 else ids[0], confidence=0.6, method="notice",
                        version_choice=choice)
    return None


_ADDRESS = lazy_compile(r"https?://[^\s<>()\"'`]+")


def _by_address(lid: str, text: str) -> str:
    """A family named without its version in a notice that links one version's text ("licence CeCILL
    (http://www.cecill.info/licences/Licence_CeCILL_V2.1-fr.html)"): that version; else the id as named."""
    if not notices.is_unversioned(lid):
        return lid
    found = {licence_url(u) for u in _ADDRESS.findall(text)} & set(notices.UNVERSIONED[lid])
    return found.pop() if len(found) == 1 else lid


_BARE_ID = lazy_compile(r"[A-Za-z0-9][A-Za-z0-9.+-]{1,60}")


def _bare_spdx_id(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The file's whole text is one SPDX licence id, in any case ("cc-by-sa-4.0"; a deprecated one, "gpl-3.0", too): its expression
    and ids. Not a word the SPDX list keeps as an alias ("GPL", "BSD": no version, no licence chosen), nor a LicenseRef."""
    value = text.strip()
    if not _BARE_ID.fullmatch(value) or value.lower().startswith("licenseref"):
        return None
    expr, ids, valid = notices.parse_expression(value)
    if not valid or len(ids) != 1:
        return None
    low, got = value.lower(), ids[0].lower()
    return (expr, ids) if got in (low, low + "-only", low.rstrip("+") + "-or-later") else None


MERGE_CONFLICT = lazy_compile(r"^<{7} (?:(?!^<{7} ).)*^={7}\s*$(?:(?!^<{7} ).)*^>{7}", re.M | re.S)


def identify_text(text: str) -> dict:
    """What one license file says: ids, expression, confidence, how it was found."""
    index = get_index()
    r = index.match(text)
    lines = text.split("\n")
    out: dict = {"ids": [], "expression": None, "confidence": 0.0, "method": None, "matches": [m.to_dict() for m in r.matches],
                 "candidates": r.candidates[:3], "modified": r.modified, "proprietary": False, "bundled": []}
    if MERGE_CONFLICT.search(text):  # "<<<<<<< HEAD", one text, "=======", another, ">>>>>>>": two texts, no choice made
        out["merge_conflict"] = True
    if r.matches:
        out.update(_full_text(text, lines, r))
        return out
    if _reserved_above_third_party(text):
        out["proprietary"] = True
        out["reserves"] = _reserves(text)
        return out
    found = _short_text(text, r)
    if found is not None:
        out.update(found)
        return out
    if restricted := _restricted_grant(text):  # use granted for some purposes only (non-commercial): not open, rights not all reserved
        out["proprietary"] = True
        out["restricts"] = restricted
        out["reserves"] = False
    elif notices.is_proprietary(text):
        out["proprietary"] = True
        out["reserves"] = _reserves(text)
    elif not r.modified:
        titled = _titled(text)
        if titled:  # the licence its title names, over a text that is not that licence's (a summary in one's own words)
            out["titled"] = titled
    return out


_TITLE_LINE_MAX = 100  # a longer line is a paragraph, the title is over


def _titled(text: str) -> dict | None:
    """The one licence the title of a licence file names when its text is no licence's (kadataApps/urbaflow's LICENCE.md: "# LICENCE"
    over "## Contrat de Licence de Logiciel Libre CeCILL v2.1", then 466 words summarising its articles in the authors' own words):
    the leading heading lines, at most four, before the first paragraph; ``{"ids", "expression", "line", "value"}``, or None when
    they name none, several, or a family without its version."""
    lines = text.split("\n")
    title: list[tuple[int, str]] = []
    for no, raw in enumerate(lines[:40], 1):
        line = raw.strip().strip("#=*_-").strip()
        if not line:
            continue
        if len(line) > _TITLE_LINE_MAX or len(title) == 4 or (title and not raw.lstrip().startswith("#") and not _underlined(lines, no)):
            break
        title.append((no, line))
    found = [(lid, no, line) for no, line in title for lid, _ in notices.names_in(line)]
    if len({lid for lid, _, _ in found}) != 1:
        return None
    lid, no, line = found[0]
    if notices.is_unversioned(lid):  # ("LICENCE OUVERTE" over the Licence Ouverte 1.0, which has no SPDX id: which text, unknown)
        return None
    return {"ids": [lid], "expression": lid, "line": no, "value": line}


def _underlined(lines: list[str], no: int) -> bool:
    """Line ``no`` (1-based) is a Setext heading: the next line is all = or -."""
    nxt = lines[no].strip() if no < len(lines) else ""
    return bool(nxt) and set(nxt) <= {"=", "-"}


_BARE_RESERVATION = lazy_compile(r"^\W*(?:all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s)\W*$", re.I)


def _reserves(text: str) -> bool:
    """A proprietary text that says more than a copyright notice ("Copyright (c) 2021 X. All rights reserved."): its terms reserve
    the rights or forbid copying ("Le code source … est la propriété exclusive de son auteur. Tous droits réservés. Vous n'êtes pas
    autorisé à copier…"). Such a text at the root settles the licence against a manifest's or a README's open licence; a bare
    notice, the habit of a copyright line, does not."""
    terms = [line for line in text.split("\n")[:200] if not is_notice_line(line) and not _BARE_RESERVATION.match(line.strip())]
    return notices.is_proprietary("\n".join(terms))


# -- declarations -----------------------------------------------------------------------------------
PROPRIETARY_VALUES = {"proprietary", "unlicensed", "private", "propriétaire", "proprietaire", "all rights reserved", "tous droits réservés",
                      "commercial", "closed"}


# Names joined by "|", "/" or "or" in a declared value ("GPL-2 | GPL-3", Cargo's old "MIT/Apache-2.0", "GPLv2 or GPLv3"): a choice
_CHOICE_SEP = re.compile(r"\s(?:or|ou)\s|\||(?<![:/])/(?!/)", re.I)


def _joined(ids: list[str], value: str) -> str:
    """The ids as one expression: OR when the value offers a choice, else AND."""
    choice = notices.says_dual(value) or bool(_CHOICE_SEP.search(re.sub(r"\bhttps?://\S+", " ", value)))
    return (" OR " if choice else " AND ").join(ids)


_URL_IN_VALUE = lazy_compile(r"\bhttps?://[^\s()<>\"']+")


def _named_with_its_url(value: str) -> str | None:
    """A declaration naming one licence by its family word and giving its address ("GPL (https://…/agpl-3.0.html)", a misspelt
    "ALFERO GPL ( …/agpl-3.0.fr.html )"): one licence, the one the address names; the words, a family without version (or
    misspelt), do not add a second. Two names, a conjunction, or a versioned name that differs from the address are left as read."""
    urls = _URL_IN_VALUE.findall(value)
    if len(urls) != 1 or len(value) > 160:
        return None
    words = _URL_IN_VALUE.sub(" ", value)
    if _CHOICE_SEP.search(words) or re.search(r"\b(?:and|et)\b|[,;&+]", words, re.I):
        return None
    by_url, by_words = notices.names_in(urls[0]), notices.names_in(words)
    if len(by_url) != 1 or len(by_words) != 1 or not notices.is_unversioned(by_words[0][0]):
        return None
    return by_url[0][0]


def _declared_value(value: str) -> tuple[str | None, list[str]]:
    if spdx := classifier_spdx(value):  # "License :: OSI Approved :: GNU General Public License v3 (GPLv3)"
        return spdx, [spdx]
    if value.strip().lower() in PROPRIETARY_VALUES:  # npm "UNLICENSED", composer "proprietary": not open (not the Unlicense)
        return "LicenseRef-proprietary", ["LicenseRef-proprietary"]
    named = notices.names_in(value)
    if named and len(value) <= 60 and all(notices.is_unversioned(i) for i, _ in named):  # "AGPL", "GPL", "BSD License": a family, no version
        ids = [i for i, _ in named]
        return _joined(ids, value), ids
    expr, ids, valid = notices.parse_expression(value)
    if valid and ids:
        return expr, list(ids)
    by_url = licence_url(value)  # "http://www.apache.org/licenses/LICENSE-2.0": the licence whose text that address is
    if by_url:
        return by_url, [by_url]
    if one := _named_with_its_url(value):  # "ALFERO GPL ( https://www.gnu.org/licenses/agpl-3.0.fr.html )": one licence, the URL's
        choice = notices.version_choice(value)
        one = notices.with_choice(one, choice) if notices.family(one) in notices.VERSIONED and choice else one
        return one, [one]
    if named:
        choice = notices.version_choice(value)
        ids = [notices.with_choice(i, choice) if notices.family(i) in notices.VERSIONED and choice else i for i, _ in named]
        return _joined(ids, value), ids
    return None, []


_NPM_TEST = re.compile(r'^echo "Error: no test specified" && exit 1$')


def _npm_init_default(snap, path: str, data: dict) -> bool:
    """A package.json's "ISC" is `npm init`'s default, no one's choice, when nobody wrote the author (``""`` or absent, the
    prompt just before the licence's) and another field still holds what npm init writes: an empty description, the
    placeholder test script (``echo "Error: no test specified" && exit 1``), or "main": "index.js" with no index.js beside
    it. A written author (who went through the prompts), or a manifest whose fields were all set, keeps its ISC."""
    if (data.get("author") or "") != "":
        return False
    scripts = data.get("scripts") if isinstance(data.get("scripts"), dict) else {}
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    return (data.get("description") == "" or bool(_NPM_TEST.match(str(scripts.get("test", "")).strip()))
            or (data.get("main") == "index.js" and f"{folder}index.js" not in snap.files))


# The package names of PHP frameworks' application skeletons (`composer create-project laravel/laravel`): a composer.json keeping
# that name ("laravel/laravel", "The skeleton application for the Laravel framework.", "license": "MIT") is the template's, untouched,
# and so is its licence, the framework's, not the project's (a team that names its package writes its own licence there). Not
# Drupal's project templates: a Drupal site's code is under Drupal's GPL whatever its composer.json says.
# And the framework's own distribution, downloaded and built upon in place, its manifest kept as shipped at the root beside the
# committed core (CodeIgniter 3's "codeigniter/framework", "The CodeIgniter framework", next to system/ and application/; CakePHP 2's
# "cakephp/cakephp"; Yii 1's "yiisoft/yii"): the framework's declaration, not the application's (s41 fg41, Agence-Bleu-B/ccas-dinan).
# In the framework's own repository (its name is the package's vendor or name: bcit-ci/CodeIgniter) the manifest is the project's.
FRAMEWORK_SKELETONS = frozenset({
    "laravel/laravel", "laravel/lumen", "symfony/skeleton", "symfony/website-skeleton", "symfony/framework-standard-edition",
    "cakephp/app", "codeigniter4/appstarter", "slim/slim-skeleton", "yiisoft/yii2-app-basic", "yiisoft/yii2-app-advanced",
    "laminas/laminas-mvc-skeleton", "zendframework/skeleton-application",
    "codeigniter/framework", "codeigniter4/framework", "cakephp/cakephp", "yiisoft/yii"})


def _squeezed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _framework_package(data: dict, repo_names: frozenset[str]) -> bool:
    """A composer.json under a framework's skeleton or distribution name (FRAMEWORK_SKELETONS), in a repository that is not that
    framework's own (none of the repository's names, squeezed, is the package's vendor or name: bcit-ci/CodeIgniter keeps
    "codeigniter/framework" as its declaration)."""
    name = str(data.get("name") or "").strip().lower()
    if name not in FRAMEWORK_SKELETONS:
        return False
    return not ({_squeezed(part) for part in name.split("/")} & repo_names)


def _flex_default(data: dict, lic: str) -> bool:
    """Symfony Flex, on `composer create-project symfony/skeleton`, drops the skeleton's name and description and writes
    "license": "proprietary" into the new project's composer.json ("new projects are most of the time proprietary"): a root
    manifest of that shape, Flex in its requirements, nothing about the package written by anyone (no name, description nor
    authors), keeps Flex's value, no one's choice. A "proprietary" beside a written name, description or authors, or without
    Flex, stays a declaration."""
    if lic.strip().lower() != "proprietary" or any(data.get(key) for key in ("name", "description", "authors")):
        return False
    return any(isinstance(data.get(part), dict) and "symfony/flex" in data[part] for part in ("require", "require-dev"))


def _encore_default(data: dict, lic: str) -> bool:
    """Symfony Flex's Webpack Encore recipe writes the application's package.json with "license": "UNLICENSED" and "private": true
    beside Encore in its dependencies and its dev-server/dev/watch/build scripts, no name, description nor author: the recipe's
    value, no one's choice, read like Flex's "proprietary" in composer.json written by the same install (_flex_default; s39 ff39).
    An "UNLICENSED" beside a written name, description or author, or without Encore, stays a declaration."""
    if lic.strip().upper() != "UNLICENSED" or any(data.get(key) for key in ("name", "description", "author", "authors")):
        return False
    return any(isinstance(data.get(part), dict) and "@symfony/webpack-encore" in data[part] for part in ("devDependencies", "dependencies"))


def _scaffold_default(snap, path: str, data: dict, lic, repo_names: frozenset[str] = frozenset()) -> bool:
    """A package.json's licence that a generator wrote and nobody touched, no one's choice: `npm init`'s "ISC"
    (_npm_init_default), or the "UNLICENSED" a framework's starter writes beside the blank fields it leaves to fill (Nest CLI's
    `nest new`: "description": "", "author": "", "private": true, "license": "UNLICENSED"). A proprietary choice is made by
    someone who writes something: a written author or description keeps the "UNLICENSED", as does a manifest with no blank
    description (nobody's template left it there). A composer.json keeping a framework skeleton's name (FRAMEWORK_SKELETONS), or
    the nameless one Symfony Flex leaves with its "proprietary" (_flex_default), and the package.json its Encore recipe writes
    (_encore_default)."""
    if not isinstance(data, dict) or not isinstance(lic, str):
        return False
    if path.rsplit("/", 1)[-1] == "composer.json":  # a PHP framework's application skeleton under its own package name
        return _framework_package(data, repo_names) or _flex_default(data, lic)
    if lic == "ISC":
        return _npm_init_default(snap, path, data)
    if _encore_default(data, lic):
        return True
    return lic.strip().upper() == "UNLICENSED" and (data.get("author") or "") == "" and data.get("description") == ""


# an opam file's field (opam 1.2 and 2.0): license: "MIT", or a list, license: [ "MIT" "ISC" ] (its first)
_OPAM_LICENSE = r'^license\s*:\s*\[?\s*"([^"]+)"'


def manifest_licenses(snap, path: str, repo_names: frozenset[str] = frozenset()) -> list[tuple[str, int]]:
    """(value, line) license statements of one manifest, read as text (never executed); ``repo_names``: the repository's names,
    squeezed (a framework's own repository keeps its distribution manifest's licence)."""
    text = snap.read_text(path, limit=1_000_000)
    if not text:
        return []
    name = path.rsplit("/", 1)[-1]
    out: list[tuple[str, int]] = []
    try:
        if name in ("package.json", "composer.json", "metadata.json"):
            data = safejson.loads(text)
            if name == "metadata.json" and not (isinstance(data, dict) and ({"operatingsystem_support", "requirements"} & set(data)
                                                                               or "puppet" in str(data.get("source", "")).lower())):
                return out  # a metadata.json that is no Puppet module's manifest (a data set's, an app's) declares no licence
            # "licence" (British spelling, which npm and composer ignore) still states the author's licence
            lic = (data.get("license") or data.get("licence")) if isinstance(data, dict) else None
            if isinstance(lic, dict):
                lic = lic.get("type")
            if name != "metadata.json" and _scaffold_default(snap, path, data, lic, repo_names):
                return out  # `npm init`, a framework's starter or skeleton left as it wrote it (license "ISC" or "UNLICENSED", author "";
                # composer's "laravel/laravel"): no one chose it
            if isinstance(lic, list):  # composer: several licenses = the user's choice
                lic = " OR ".join(x if isinstance(x, str) else str(x.get("type", "")) for x in lic)
            if isinstance(lic, str) and lic.strip():
                m = re.search(r'"licen[sc]e"\s*:', text)
                out.append((lic.strip(), _line_of(text, m.start()) if m else 1))
            return out
    except (ValueError, AttributeError):
        return []
    patterns = {
        # a string, or a table naming it: PEP 621's { text = "…" }, and the { name = "AGPL-v3", file = "LICENSE" } many write ({ file = … }
        # alone points at the licence file, read as such)
        "pyproject.toml": r'^\s*license(?:-expression)?\s*=\s*(?:\{[^}\n]*?\b(?:text|name)\s*=\s*)?["\']([^"\']+)["\']',
        "setup.cfg": r"^\s*license\s*=\s*(.+)$",
        "setup.py": r'\blicense\s*=\s*["\']([^"\']+)["\']',
        "Cargo.toml": r'^\s*license\s*=\s*["\']([^"\']+)["\']',
        "pom.xml": r"<license>\s*<name>\s*([^<]+?)\s*</name>",
        "mix.exs": r'licenses:\s*\[\s*"([^"]+)"',
        "setup.php": r"""['"]license['"]\s*=>\s*['"]([^'"]+)['"]""",  # GLPI: 'license' => 'GPL v2+'
        "__manifest__.py": r"""['"]license['"]\s*:\s*['"]([^'"]+)['"]""", "__openerp__.py": r"""['"]license['"]\s*:\s*['"]([^'"]+)['"]""",
        "DESCRIPTION": r"^License:[ \t]*(.+)$",  # an R package's: "GPL-3", "GPL (>= 3)", "MIT + file LICENSE"
    }
    rx = patterns.get(name) or (r'\.licen[cs]es?\s*=\s*\[?\s*["\']([^"\']+)["\']' if name.endswith(".gemspec") else
                                _OPAM_LICENSE if name == "opam" or name.endswith(".opam") else None)
    if rx:
        for m in re.finditer(rx, text, re.M | re.I):
            value = _r_licence(m.group(1).strip()) if name == "DESCRIPTION" else m.group(1).strip()
            if value and "file" not in value.lower()[:5] and not (name == "DESCRIPTION" and licence_placeholder(value)):
                out.append((value, _line_of(text, m.start())))
            break
    if not out and name in ("setup.py", "setup.cfg", "pyproject.toml"):  # no licence field: the trove classifiers PyPI shows
        out = classifier_licences(text)
    return out


def _r_licence(value: str) -> str:
    """An R DESCRIPTION's licence in SPDX terms: "GPL (>= 3)" is GPL-3.0-or-later, "GPL-2 | GPL-3" a choice (OR), and
    "+ file LICENSE" only adds the copyright holder's file (CRAN's "MIT + file LICENSE")."""
    value = re.sub(r"\s*\+\s*file\s+LICEN[CS]E\b", "", value, flags=re.I)
    value = re.sub(r"\b(A?GPL|LGPL)\s*\(\s*>=\s*(\d)(?:\.(\d))?\s*\)", lambda m: f"{m.group(1)}-{m.group(2)}.{m.group(3) or '0'}-or-later", value)
    value = re.sub(r"\b(A?GPL|LGPL)-(\d)(?:\.(\d))?\b(?![.\d]|-or)", lambda m: f"{m.group(1)}-{m.group(2)}.{m.group(3) or '0'}-only", value)  # "GPL-3": version 3
    return re.sub(r"\s*\|\s*", " OR ", value).strip()


def publiccode_license(snap) -> tuple[str, int, str] | None:
    for path in ("publiccode.yml", "publiccode.yaml"):
        text = snap.read_text(path, limit=512_000) if path in snap.files else None
        if not text:
            continue
        m = re.search(r"^[^\S\n]*license\s*:\s*['\"]?([^'\"\n#]+)", text, re.M)
        if m:
            return m.group(1).strip(), _line_of(text, m.start()), path
    return None


def readme_section(text: str) -> tuple[str, int] | None:
    """The README's license section (heading + body, bounded) and its line."""
    heads = [(m.start(), len(m.group(1)) if m.group(1) else (1 if (m.group(4) or "").startswith("=") else 2), (m.group(2) or m.group(3) or ""))
             for m in _SECTION.finditer(text)]
    for i, (start, level, title) in enumerate(heads):
        if _LICENSE_HEADING.search(title) and len(title) < 80:
            end = len(text)
            for s2, l2, _t in heads[i + 1:]:
                if l2 <= level:
                    end = s2
                    break
            return text[start:min(end, start + 3000)], _line_of(text, start)
    return None


# -- the fact ---------------------------------------------------------------------------------------
@fact("reuse", version=15)
def reuse_fact(ctx) -> dict:
    inv = inventory_of(ctx)  # (what a renderer wrote or a library copied in: Quarto's _site/site_libs/, Lit's SPDX headers inside)
    return reuse_scan(ctx.snapshot, is_source=is_source_candidate,
                      is_own=lambda path: inv.category(path) not in ("vendored", "build", "generated"),
                      installed_in=installed_folder)  # (a committed virtualenv's 24,000 files: other projects', s35 c35)


def _candidates(snap, root_files: list[str], copied: frozenset = frozenset()) -> list[tuple[str, str]]:
    """License files: root, one level down (docs/, frontend/…), LICENSES/ (REUSE), with their scope; never the licence of a
    program's distribution copied whole (``copied``: the inventory's vendored paths, apache-ant-1.7.1/LICENSE is Ant's)."""
    candidates = [(p, "root") for p in root_files]
    for e in sorted(snap.files.values(), key=lambda x: x.path):
        if e.path in root_files:  # (a root LICENSE/ folder's texts: the root's)
            continue
        if e.path.count("/") == 1 and is_license_name(snap, e):
            d = e.dir
            if d == "LICENSES":
                candidates.append((e.path, "reuse"))
            elif not is_vendored(e.path + "/x") and e.path not in copied and not is_test(e.path) and d not in (".github", ".gitlab"):
                candidates.append((e.path, "folder"))
        elif e.dir == "LICENSES" and e.kind in ("file", "executable"):
            candidates.append((e.path, "reuse"))
    home = None if root_files else _program_home(snap, copied)
    return candidates + [(e.path, "folder") for e in sorted(snap.files.values(), key=lambda x: x.path)
                         if home and e.dir == home and is_license_name(snap, e) and e.path not in copied][:MAX_FOLDER_TEXTS]


def _program_home(snap, copied: frozenset) -> str | None:
    """The folder two or three levels down that holds all the project's source files (a desktop tool's src/testeur/, its scripts,
    SQL and launcher beside "Licence_CeCILL_V2.1-fr.txt"): its licence texts are the program's, read as a folder's are (one level
    down they are already); never a vendored, copied, built or test folder (vendor/lib/LICENSE is a third party's)."""
    code = [p for p in sorted(snap.files)[:20000] if language(p) and is_source_candidate(p) and p not in copied]
    dirs = {p.rsplit("/", 1)[0] if "/" in p else "" for p in code}
    home = min(dirs, key=len, default="")
    while home and not all(d == home or d.startswith(home + "/") for d in dirs):
        home = home.rsplit("/", 1)[0] if "/" in home else ""
    if not 1 <= home.count("/") <= 2 or is_vendored(home + "/x") or is_test(home + "/x") or is_build_output(home + "/x"):
        return None
    return home


def _license_file(snap, path: str, scope: str) -> dict:
    """What one license file says (identify_text), or why it was not read."""
    text = snap.read_text(path, limit=MAX_LICENSE_BYTES)
    if text is None:
        size = snap.files[path].size if path in snap.files else 0
        return {"path": path, "scope": scope, "ids": [], "expression": None, "unreadable": True,
                "too_large": size > MAX_LICENSE_BYTES, "size": size}
    info = identify_text(text)
    if scope == "reuse":
        stem = path.split("/", 1)[1].rsplit(".", 1)[0]
        info["declared_by_name"] = stem
        if not info["ids"]:
            info.update(ids=[stem], expression=stem, confidence=0.7, method="file-name")
    info.update(path=path, scope=scope)
    return info


def _declared(snap, sources: list[dict], repo_names: frozenset[str] = frozenset()) -> list[dict]:
    """Licenses declared in manifests (and *.gemspec, *.opam) and in publiccode.yml, added to ``sources``."""
    declared = []
    for name in MANIFESTS + tuple(sorted(e.name for e in snap.files.values() if e.dir == "" and e.name.endswith((".gemspec", ".opam")))):
        if name in snap.files:
            for value, line in manifest_licenses(snap, name, repo_names):
                declared.append({"file": name, "value": value, "line": line})
                expr, ids = _declared_value(value)
                sources.append({"kind": "manifest", "path": name, "line": line, "value": value, "ids": ids, "expression": expr})
    # an add-on's manifest to its host (an Experience Builder widget's manifest.json), the project's citation metadata (CITATION.cff,
    # codemeta.json) and a QGIS plugin's metadata.txt ("license=GNU AGPL v3")
    for path, value, line in addon_licences(snap) + metadata_licences(snap):
        declared.append({"file": path, "value": value, "line": line})
        expr, ids = _declared_value(value)
        sources.append({"kind": "manifest", "path": path, "line": line, "value": value, "ids": ids, "expression": expr})
    pc = publiccode_license(snap)
    if pc:
        expr, ids = _declared_value(pc[0])
        sources.append({"kind": "publiccode", "path": pc[2], "line": pc[1], "value": pc[0], "ids": ids, "expression": expr})
    return declared


def _component_declared(snap, sources: list[dict], components: list[dict], copied: frozenset[str] = frozenset(),
                        root_counts: bool = True) -> list[dict]:
    """A monorepo that states no licence at its root (no licence file, no root manifest's, README silent): what the manifests of its
    components declare (SocialGouv/recherche-entreprises: api/package.json and index/package.json "license": "Apache-2.0"), a folder
    one or two levels down with a manifest of its own, never vendored, built or test code; added to ``sources`` like a root manifest's
    when the declaring components hold the project's code: no fewer of its source files than the components whose manifests are
    silent (and the root's, when a root manifest says nothing). Else the licence is a component's (container-management: MIT in
    packages/wasm-core/Cargo.toml, apps/api and apps/web silent): listed in ``components``, not the project's."""
    dirs = _component_dirs(snap, copied)
    found = [{"file": path, "value": value, "line": line} for path in (f"{d}/{name}" for d in dirs for name in MANIFESTS if f"{d}/{name}" in snap.files)
             for value, line in manifest_licenses(snap, path)]
    declaring = {f["file"].rsplit("/", 1)[0] for f in found}
    # (a root manifest declaring a licence would have settled it before; a virtual workspace's, ``root_counts`` False, declares no package)
    root_silent = root_counts and any(name in snap.files for name in MANIFESTS)
    covered = silent = 0
    for path in sorted(p for p in snap.files if language(p) and is_source_candidate(p))[:20000]:
        d = max((d for d in dirs if path.startswith(d + "/")), key=len, default=None)  # the deepest component holding it
        covered += d in declaring
        silent += (d is not None and d not in declaring) or (d is None and root_silent)
    if covered < silent:
        components += found
        return []
    for f in found:
        expr, ids = _declared_value(f["value"])
        sources.append({"kind": "manifest", "path": f["file"], "line": f["line"], "value": f["value"], "ids": ids, "expression": expr,
                        "component": True})
    return found


def _component_dirs(snap, copied: frozenset[str] = frozenset()) -> list[str]:
    """Folders one or two levels down with a manifest of their own, never vendored, built or test code (sorted, at most 20); nor a
    manifest the inventory calls a copy (a Drupal module beside the project's own, fontawesome/composer.json "drupal/fontawesome"
    stamped by drupal.org's packaging script, s29 j29: GPL-2.0-or-later is that module's licence, not the project's)."""
    return sorted({e.dir for e in snap.files.values() if e.name in MANIFESTS and e.dir and e.dir.count("/") <= 1
                   and not is_vendored(e.path) and e.path not in copied and not is_build_output(e.path) and not is_test(e.path)})[:20]


_CARGO_TABLE = lazy_compile(r"^[ \t]*\[(package|workspace)\][ \t]*(?:#[^\n]*)?$", re.M)


def _virtual_workspace(snap) -> bool:
    """The root's one manifest is a Cargo virtual workspace: a ``[workspace]`` table listing the crates, no ``[package]`` of its own;
    or an npm/yarn/pnpm workspaces root: a package.json listing its packages ("workspaces", or a pnpm-workspace.yaml beside it) and
    declaring no licence, a frame for the packages holding the code (grist-widgets: "private": true, "workspaces": ["widgets/*"], each
    widget's package.json "license": "ISC" beside the root's GPL-3.0 LICENSE; issue 12, s38 fo38)."""
    roots = [name for name in MANIFESTS if name in snap.files]
    if roots == ["package.json"]:
        try:
            data = safejson.loads(snap.read_text("package.json", limit=200_000) or "")
        except ValueError:
            return False
        if not isinstance(data, dict) or "license" in data or "licenses" in data or {"main", "bin", "exports"} & set(data):
            return False  # (a root that declares a licence, or a package of its own with an entry point, is the project's)
        listed = data.get("workspaces")
        listed = listed.get("packages") if isinstance(listed, dict) else listed
        return (isinstance(listed, list) and bool(listed)) or "pnpm-workspace.yaml" in snap.files
    if roots != ["Cargo.toml"]:
        return False
    tables = {m.group(1) for m in _CARGO_TABLE.finditer(snap.read_text("Cargo.toml", limit=200_000) or "")}
    return tables == {"workspace"}


_NOT_THE_PROJECT = EXAMPLE_DIRS | DOC_DIRS  # an example's, a demo's or the documentation site's manifest speaks for itself


def _project_manifest(snap, sources: list[dict], copied: frozenset[str] = frozenset()) -> list[dict]:
    """The root states the licence (a LICENSE text, the README) but holds no manifest, and the project's code lives in a sub-folder
    holding the repository's one manifest (an Express server's src/package.json "license": "ISC", src/ holding all the code, beside a
    root AGPL-3.0 LICENSE): that manifest is the project's, its licence a declaration of the project (added to ``sources``, so that
    a disagreement with the root text is a consistency finding; the root text stays the main licence). Only when there is one such
    folder (nested manifests inside it are its parts), outside examples, demos and documentation, holding at least half of the
    project's source code by size: the packages of a monorepo, each with its own licence, or an example's manifest are not the project's."""
    if any(name in snap.files for name in MANIFESTS):  # a root manifest is the project's: the sub-folders' are its components
        # (unless it is a Cargo virtual workspace or an npm workspaces root, declaring no package: its crates or packages are the
        # project's packages, and what those holding most of the code declare is the project's licence, as for a monorepo silent at its root)
        return _component_declared(snap, sources, [], copied, root_counts=False) if _virtual_workspace(snap) else []
    dirs = [d for d in _component_dirs(snap) if not any(seg.lower() in _NOT_THE_PROJECT for seg in d.split("/"))]
    outer = [d for d in dirs if not any(d.startswith(o + "/") for o in dirs)]
    # (or the parts of one application at the top of the repository, each with its manifest: an ENT module's backend/pom.xml and
    # frontend/package.json "license": "GPL-3.0" beside the root's AGPL-3.0 LICENCE are the project's own declarations, weighed
    # together — issue 12, s47 fg47 = OPEN-ENT-NG/ressource-aggregator; a monorepo's packages/client, packages/server stay theirs)
    if len(outer) != 1 and not (outer and all("/" not in d for d in outer)):
        return []
    homes = tuple(d + "/" for d in outer)
    code = sorted(p for p in snap.files if language(p) and is_source_candidate(p))[:20000]
    # (by size, as a folder's licence text is weighed: pyrolyse's tools/pyrolyse-rs crate, 143 Rust files and 1.27 MB, beside 147 small
    # Python and shell scripts, 0.93 MB, is the project's code — issue 12, s37 fb37)
    size = {p: snap.files[p].size or 0 for p in code}
    if not code or 2 * sum(size[p] for p in code if p.startswith(homes)) < sum(size.values()):
        return []
    # (a manifest the inventory calls a copy is not the project's: the framework's composer.json at the top of the folder an application
    # was written in, CodeIgniter's "codeigniter/framework" in html/)
    found = [{"file": path, "value": value, "line": line} for path in (home + name for home in homes for name in MANIFESTS
                                                                        if home + name in snap.files and home + name not in copied)
             for value, line in manifest_licenses(snap, path)]
    for f in found:
        expr, ids = _declared_value(f["value"])
        sources.append({"kind": "manifest", "path": f["file"], "line": f["line"], "value": f["value"], "ids": ids, "expression": expr})
    return found


# A README sentence stating the project's licence without a Licence heading ("Ce projet est publié sous licence MIT.",
# "This software is released under the EUPL-1.2"): it speaks of the project, the repository, its code or all its contents,
# not of a dependency ("Leaflet, publié sous licence BSD") nor of the data or documents alone. The project is named by a
# demonstrative and a noun a README calls itself by ("ce projet", "this software"), or "the code" (_SELF). Other names speak
# of the project unless the line sits under a chapter on others' work (credits, dependencies, third-party code) (_OWN): the
# demonstrative with the other nouns a project calls itself ("cette bibliothèque", "this library", "ce module", "this
# package"), or a possessive of its code ("son code", "ses sources", "its source code", "our code").
_SELF = lazy_compile(r"\b(ce projet|ce d[ée]p[ôo]t|ce logiciel|ce programme|ce code|le code( source)?|l.ensemble d(e ces?|es)|notre code|cet outil|cette application|"
                     r"this (project|repository|repo|software|program|code|tool|application)|the (source )?code|all (the )?(code|contents?))\b", re.I)
_OWN = lazy_compile(r"\b((?:ce|cet|cette)\s+(?:site|module|plugin|extension|service|paquet|package|librairie|biblioth[èe]que)|"
                    r"this\s+(?:app|site|website|module|plugin|extension|service|package|library)|"
                    r"(?:son|notre)\s+code(?:\s+source)?|(?:ses|nos)\s+(?:codes?\s+)?sources?|(?:its|our)\s+(?:source\s+)?code)\b", re.I)
_OTHERS_CHAPTER = lazy_compile(r"cr[ée]dits?|remerciements|d[ée]pendances|dependenc|third[\s-]*party|tiers|acknowledg|biblioth[èe]ques|librair|"
                               r"libraries|composants|components|utilis[ée]e?s", re.I)
_HEADING_LINE = lazy_compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$")
_DATA_ONLY = lazy_compile(r"\b(les donn[ée]es|the data|la documentation|les documents|the documentation|datasets?|jeux de donn[ée]es)\b", re.I)


_TITLE = lazy_compile(r"^#[ \t]+([^\n#]{4,60}?)[ \t#]*$", re.M)


def licence_sentence(text: str) -> tuple[str, int] | None:
    """The first short line (in the first 400) that states the project's licence and names one, with its line. The project
    is "this project", or named by the README's title ("# Cartofriches" … "Cartofriches … est publiée sous License MIT")."""
    title = _TITLE.search(text[:4000])
    named = re.compile(rf"(?<![\w-]){re.escape(title.group(1).strip())}(?![\w-])", re.I) if title else None
    chapter = ""
    for i, line in enumerate(text.splitlines()[:400]):
        heading = _HEADING_LINE.match(line)
        chapter = heading.group(1) if heading else chapter
        if len(line) > 400 or "shields.io" in line or _DATA_ONLY.search(line):
            continue
        if not _SELF.search(line) and not (named and named.search(line)) and not (_OWN.search(line) and not _OTHERS_CHAPTER.search(chapter)):
            continue
        if notices.states_license(line) and notices.names_in(line):
            return line, i + 1
    return None


# (the value is bounded as a reader sees it, each Markdown link by its label: "* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt)
# - Copyright Région Hauts-de-France" is a short value whose address makes the line long)
_LICENCE_FIELD = lazy_compile(r"^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:licen[cs]e|licen[cs]ia)[*_]{0,2}[ \t]*:[ \t]*[*_`]{0,2}[ \t]*\S[^\n]{0,400}$", re.I | re.M)
MAX_FIELD_VALUE = 80
_FIELD_HOLDERS = lazy_compile(r"[ \t]*(?:[-–—,;|][ \t]*)?(?:copyright\b|\(c\)|©)[^\n]*$", re.I)


def licence_field(text: str) -> tuple[str, int] | None:
    """A metadata line of the README naming the licence ("* License: MIT" in an Author / Copyright / Version list, "* Licence :
    [AGPL v3](…/agpl.txt) - Copyright …"), with its line."""
    for m in _LICENCE_FIELD.finditer(text[:200_000]):
        # (the holders a field names after the licence, "[AGPL v3](…) - Copyright Régions …, Département …, ville de Paris", are no
        # part of its value: a long list of them leaves a short field — issue 12, s47 fg47 = OPEN-ENT-NG/ressource-aggregator)
        value = _FIELD_HOLDERS.sub("", _MD_LINK.sub(r"\1", m.group(0).split(":", 1)[1]))
        if len(value.strip(" \t*_`")) > MAX_FIELD_VALUE + 1:
            continue
        if notices.names_in(m.group(0)) or m.group(0).split(":", 1)[1].strip(" \t*_`.").lower() in PROPRIETARY_VALUES:
            return m.group(0), _line_of(text, m.start())
    return None


# A link to the repository's own licence file whose label names a licence ("- 📚 [Licence AGPL-3.0](./LICENSE)", "[MIT](LICENSE.md)")
_LICENCE_LINK = lazy_compile(r"\[([^\]\n]{2,80})\]\(\s*(?:\./)?(?:licen[cs]e|copying)(?:\.(?:md|txt|rst))?\s*\)", re.I)


def licence_link(text: str) -> tuple[str, int] | None:
    """A README line linking the repository's licence file by the licence's name (a list of the project's links: "📚 [Licence
    AGPL-3.0](./LICENSE)"): the README states that licence, as a licence section would; the line and its number."""
    for m in _LICENCE_LINK.finditer(text[:200_000]):
        if notices.names_in(m.group(1)):
            start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            return text[start:end if end >= 0 else len(text)], _line_of(text, m.start())
    return None


_BADGE = lazy_compile(r"!\[[^\]\n]{0,40}licen[cs]e[^\]\n]{0,40}\]\(\s*https?://img\.shields\.io/badge/([^)\s]{3,120})\)", re.I)


def licence_badge(text: str) -> tuple[str, int] | None:
    """A licence badge of the README's first lines ("[![License](https://img.shields.io/badge/licence-CeCILL%20v2-blue.svg)](…)"):
    the licence its message names (shields.io writes the label, the message and the colour joined by "-", "--" for a dash)."""
    for m in _BADGE.finditer(text[:6000]):
        parts = [unquote(x).replace("_", " ").replace("\0", "-") for x in m.group(1).replace("--", "\0").split("-")]
        message = " ".join(parts[1:-1])
        if len(parts) >= 3 and (notices.names_in(message) or message.strip().lower() in PROPRIETARY_VALUES):
            return "licence " + message, _line_of(text, m.start())
    return None


def _reserving(text: str) -> bool:
    """The text reserves the rights, in a sentence whose subject is not the data alone: "Les données de l'enquête sont la propriété
    du Département de X et ne peuvent être redistribuées" restricts the survey's data, not the code (issue 12, s45 fg45 =
    mahamatarda/Marathon-Web---AUDEMAG); "Le code et les données sont la propriété de X" and "Tous droits réservés" reserve the code's."""
    if not _reserving_sentence(text):
        return False
    reserving = [s for s in _SENTENCE_SPLIT.split(text) if s.strip() and _reserving_sentence(s)]
    return not reserving or not all(map(_data_subject, reserving))  # (none alone: the words span two lines, "All rights\nreserved")


def _reserving_sentence(text: str) -> bool:
    return notices.is_proprietary(text) or notices.restricts_use(text) or notices.states_ownership(text)


_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?;])\s+|\n")
# a sentence whose subject is data ("Les données (de l'enquête)", "The survey data", "Ces jeux de données", "Données :"), with no code,
# software or project joined to it ("Le code et les données", "data and source code")
_DATA_SUBJECT = lazy_compile(r"^[^\w\n]*(?:(?:toutes\s+)?(?:les|la|le|l'|ces|cette|ce|the|these|this|all(?:\s+the)?)\s*)?(?:\w+\s+){0,2}?"
                             r"(?:donn[ée]es|data|datasets?|jeux?\s+de\s+donn[ée]es|bases?\s+de\s+donn[ée]es|r[ée]ponses|responses)\b", re.I)
_CODE_WORD = lazy_compile(r"\b(?:code|codes|logiciels?|software|programmes?|programs?|scripts?|applications?|outils?|tools?)\b", re.I)


def _data_subject(sentence: str) -> bool:
    """The sentence's subject is data, and no code or software is named before its reserving words."""
    text = notices.fold(sentence)
    return bool(_DATA_SUBJECT.match(text)) and not _CODE_WORD.search(text[:_first_reserving(text)])


def _first_reserving(text: str) -> int:
    """Where the sentence's first reserving words start (its length when none is found by position)."""
    return min((m.start() for rx in (notices._PROPRIETARY, notices._OWNERSHIP, notices._RESTRICTED_USE) if (m := rx.search(text))),
               default=len(text))


def _stated_proprietary(statement: str) -> bool:
    """A README's licence statement that names no licence but reserves the rights: a "Licence-Propriétaire" badge, a "Licence :
    tous droits réservés" line or a Licence section saying so, or restricting the use to its owner ("Usage interne uniquement").
    That is a licence statement (the project is not open), and it contradicts a manifest's ``"license": "ISC"`` left by
    ``npm init``; "À définir" or "voir LICENSE" states nothing."""
    return not notices.names_in(statement) and _reserving(statement[:1500])


def _section_full_text(path: str, section: tuple) -> dict | None:
    """A README's licence section that holds a licence's whole text without naming it (a BSD text under "## License", opening
    on "Copyright (c) 2002-2023, X / All rights reserved."): that licence, not "all rights reserved" read alone from its
    notice line as a proprietary licence."""
    text, first = section[0][:64_000], section[1]
    found = identify_text(text)
    if found["method"] != "full-text":
        return None
    at = found["matches"][0]["lines"][0]
    return {"kind": "readme", "path": path, "line": first + at - 1, "ids": found["ids"], "expression": found["expression"],
            "value": (text.split("\n")[at - 1].strip() if at >= 1 else "")[:120]}


def _silent(path: str, section: tuple) -> bool:
    """A README chapter found by its heading that states nothing of the licence."""
    return (not notices.names_in(section[0]) and not _undecided(section[0]) and not _stated_proprietary(section[0])
            and _section_full_text(path, section) is None)


_MD_LINK = lazy_compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_LINK_TAIL = lazy_compile(r"\]\([^)\n]*\)|^\[")


def _stated_words(section: str, at: int) -> str:
    """The words that state the licence, as a reader sees them: the line of the section where its name is, with each Markdown
    link shown by its label ("We're using the MIT license.", not "MIT license](https://tldrlegal.com/…)." cut in the link's
    middle); a long line from the name on."""
    start = section.rfind("\n", 0, at) + 1
    end = section.find("\n", at)
    line = section[start:end if end >= 0 else len(section)]
    words = re.sub(r"^[^\w«\"'(]+", "", " ".join(_MD_LINK.sub(r"\1", line).split()))  # (a list's bullet, a heading's marks, an emoji)
    if len(words) > 120:
        words = " ".join(_LINK_TAIL.sub("", _MD_LINK.sub(r"\1", line[at - start:])).split())
    return words[:120]


# A licence chapter saying the licence is still to be chosen, naming one only as an example ("## Licence" / "À définir avant
# publication (ex. Licence Ouverte Etalab 2.0 pour une application de l'État)"): no licence is stated
_UNDECIDED = lazy_compile(r"^\W*(?:(?:la |the )?licen[cs]es?\W*(?:est |is |reste |remains )?)?(?:[àa] (?:d[ée]finir|d[ée]terminer|choisir|pr[ée]ciser)|"
                          r"to be (?:defined|determined|decided|chosen|confirmed)|TBD\b|not yet (?:chosen|decided|defined)|"
                          r"pas encore (?:choisie?|d[ée]finie?|d[ée]cid[ée]e?))", re.I)


def _undecided(section: str) -> bool:
    """The licence chapter's first line of text says the licence is still to be chosen."""
    body = [x for x in section.splitlines()[1:] if x.strip() and not set(x.strip()) <= set("=-")]
    return bool(body) and bool(_UNDECIDED.search(body[0]))


def _package_name(snap, path: str) -> str | None:
    """The ``name`` a JSON manifest (package.json, composer.json) gives, read as text."""
    try:
        data = safejson.loads(snap.read_text(path, limit=256 * 1024) or "")
    except ValueError:
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name.strip().lower() or None if isinstance(name, str) else None


def _project_copy_dir(snap) -> str | None:
    """No README at the root, but a folder (two levels down at most, never vendored) holds a copy of the project itself, its
    package.json or composer.json named as the root's (an application's root package.json "elections-municipales-2026" and
    files/elections-municipales-2026-COMPLET/ holding the same package with its README): that folder's README speaks for the
    project. Bounded: ten manifests read."""
    for name in ("package.json", "composer.json"):
        own = _package_name(snap, name) if name in snap.files else None
        if not own:
            continue
        copies = [e for e in sorted(snap.files.values(), key=lambda x: x.path) if e.name == name and e.dir and e.dir.count("/") <= 1
                  and not is_vendored(e.path) and any(r.dir == e.dir and README.match(r.name) for r in snap.files.values())][:10]
        found = [e.dir for e in copies if _package_name(snap, e.path) == own]
        if len(found) == 1:
            return found[0]
    return None


def _readme_source(snap) -> tuple[str | None, dict | None]:
    """The root README's text and the license its License section (or a sentence stating it) names, if any. Without a root
    README, the README of a folder holding a copy of the project (:func:`_project_copy_dir`) states the project's licence."""
    readme = sorted((e for e in snap.files.values() if e.dir == "" and README.match(e.name)), key=lambda e: (not e.name.lower().endswith(".md"), e.name))
    copy = None if readme else _project_copy_dir(snap)
    readme = readme or sorted((e for e in snap.files.values() if copy and e.dir == copy and README.match(e.name)),
                              key=lambda e: (not e.name.lower().endswith(".md"), e.name))
    readme_text = snap.read_text(readme[0].path, limit=1_000_000) if readme else None
    readme_text = team_text(readme[0].path, readme_text) if readme_text else readme_text  # ("The Laravel framework is … MIT": the framework's)
    # (a badge says less than a text: read only when no licence file is at the root, pastell's case)
    badge = licence_badge if not any(e.dir == "" and LICENSE_FILE.match(e.name) for e in snap.files.values()) else (lambda _t: None)
    # (a chapter whose heading reads like a licence's but that says nothing of it — "# Gestion des droits" listing the users'
    # roles: no licence named, no rights reserved, no licence text, no licence still to choose — leaves the README's other
    # statements to be read)
    section = readme_section(readme_text) if readme_text else None
    if section and _silent(readme[0].path, section):
        section = None
    section = (section or licence_sentence(readme_text) or licence_field(readme_text) or licence_link(readme_text) or badge(readme_text)) \
        if readme_text else None
    named = notices.names_in(section[0]) if section and not _undecided(section[0]) else None
    whole = _section_full_text(readme[0].path, section) if section and not named else None
    if whole:
        return readme_text, whole
    if section and not named and _stated_proprietary(section[0]):
        at = next((i for i, line in enumerate(section[0].splitlines()) if _reserving(line)), 0)
        return readme_text, {"kind": "readme", "path": readme[0].path, "line": section[1] + at, "ids": ["LicenseRef-proprietary"],
                             "value": section[0].splitlines()[at].strip()[:120], "expression": "LicenseRef-proprietary"}
    if not named:
        return readme_text, None
    choice = notices.version_choice(section[0])
    # (the family named, its version given apart: "the GNU Lesser General Public License … either version 3 of the License or (at
    # your option) any later version" is LGPL-3.0-or-later, as a licence file's notice is read)
    named = [(notices.stated_version(i, section[0]), at) for i, at in named]
    ids = [notices.with_choice(i, choice) if notices.family(i) in notices.VERSIONED and choice else i for i, _ in named]
    source = {"kind": "readme", "path": readme[0].path, "line": section[1] + _line_of(section[0], named[0][1]) - 1,
              "value": _stated_words(section[0], named[0][1]), "ids": ids,
              "expression": " OR ".join(ids) if len(ids) > 1 and notices.says_dual(section[0]) else " AND ".join(ids)}
    scoped = _scoped_licences(section[0]) if len(ids) > 1 else None
    if scoped and set(scoped["code"]) | set(scoped["contents"]) <= set(ids):
        source["scoped"] = scoped
    return readme_text, source


# a sentence of a licence chapter that speaks of the code, or of the contents (documentation, data, texts, images)
_CODE_SCOPE = lazy_compile(r"\b(?:code(?:\s+source)?|source\s+code|logiciels?|software|programmes?|scripts?)\b", re.I)
_CONTENT_SCOPE = lazy_compile(r"\b(?:contenus?|contents?|documentations?|donn[ée]es|data|textes?|texts?|images?|m[ée]dias?|illustrations?)\b", re.I)
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])|\n[ \t]*\n")


def _scoped_licences(section: str) -> dict | None:
    """A README licence chapter that assigns its licences by scope (DISIC/accessibilite.numerique.gouv.fr: "Le code source de ce dépôt
    est publié sous licence MIT." then "… les contenus de ce dépôt sont publiés sous licence Ouverte 2.0."): ``{"code": [one id],
    "contents": [ids]}`` when every sentence naming a licence names either the code or the contents, one licence for the code and
    another for the contents; None otherwise (a sentence naming a licence without a scope, two licences for the code: a choice)."""
    code: set[str] = set()
    contents: set[str] = set()
    for sentence in _SENTENCE_END.split(section[:3000]):
        ids = {i for i, _ in notices.names_in(sentence)}
        if not ids:
            continue
        is_code, is_contents = bool(_CODE_SCOPE.search(sentence)), bool(_CONTENT_SCOPE.search(sentence))
        if is_code == is_contents:
            return None
        (code if is_code else contents).update(ids)
    if len(code) != 1 or not contents or code & contents:
        return None
    return {"code": sorted(code), "contents": sorted(contents)}


NOTICE = lazy_compile(r"^notice(\.(txt|md))?$", re.I)
# a NOTICE's heading opening the list of the software it uses or bundles ("dem4water Dependencies", "Third-party components",
# "Dépendances"): each entry's "License:" line is that component's
_THIRD_PARTY_LIST = lazy_compile(r"^[ \t#*=-]*(?:[\w.-]+[ \t]+)?(?:dependencies|d[ée]pendances|third[- ]party\b[^\n]*|composants tiers\b[^\n]*)[ \t:*=-]*$",
                                 re.I | re.M)


def _notice_source(snap) -> dict | None:
    """A root NOTICE that states the project's license ("Le projet X est publié sous licence Affero GPL v3 … or (at your
    option) any later version"): the first license it names, with the version choice it states."""
    entry = next((e for e in sorted(snap.files.values(), key=lambda e: e.name) if e.dir == "" and NOTICE.match(e.name) and e.size <= 64 * 1024), None)
    text = snap.read_text(entry.path, limit=64 * 1024) if entry else None
    # (the project's own statement, above the list of the components it uses: "dem4water Dependencies … NumPy … License: BSD 3 Clause."
    # is NumPy's licence)
    text = text[:m.start()] if text and (m := _THIRD_PARTY_LIST.search(text[:2000])) else text
    if not text or not notices.states_license(text[:2000]):
        return None
    named = notices.names_in(text[:2000], limit=1)
    if not named:
        return None
    lid, offset = named[0]
    choice = notices.version_choice(text[:4000])
    lid = notices.with_choice(lid, choice) if notices.family(lid) in notices.VERSIONED and choice else lid
    return {"kind": "notice", "path": entry.path, "line": _line_of(text, offset), "value": text[offset:offset + 120].split("\n")[0].strip(),
            "ids": [lid], "expression": lid}


def _reuse_source(reuse: dict, reuse_layout: bool) -> dict | None:
    """REUSE layout or SPDX headers: the main license is the one covering most source files, then most files."""
    used = reuse.get("licenses_used") or {}
    if not reuse_layout:  # (SPDX headers alone: the project's own files', not a copied library's or a render's — issue 12, s29)
        used = reuse.get("licenses_used_own", used) or {}
    code = {k: v for k, v in (reuse.get("licenses_used_code") or {}).items() if k in used}
    if not used:
        return None
    top = max(used.items(), key=lambda kv: (code.get(kv[0], 0), kv[1]))
    covered = max(1, reuse.get("measured", reuse.get("covered")) or 1)
    return {"kind": "reuse" if reuse_layout else "spdx-headers", "path": "LICENSES/" if reuse_layout else None, "line": None,
            "value": top[0], "ids": [top[0]], "share": round(top[1] / covered, 3),
            "covers": dict(sorted(used.items(), key=lambda kv: -kv[1])[:20]),
            "covers_code": dict(sorted(code.items(), key=lambda kv: -kv[1])[:20])}


@fact("license", version=103)
def license_fact(ctx) -> dict:
    snap = ctx.snapshot
    index = get_index()
    sources: list[dict] = []
    per_file: list[dict] = []
    folders: dict[str, str] = {}
    root_files = license_files(snap)
    # (the libraries a document's render copied beside its page, libs/leaflet-providers/package.json, speak for themselves too)
    copied = frozenset(ctx.fact("copied_paths") or []) | inventory_of(ctx).render_paths
    for path, scope in _candidates(snap, root_files, copied)[:40]:
        info = _license_file(snap, path, scope)
        per_file.append(info)
        if info["ids"] and scope == "folder":
            folders[path.rsplit("/", 1)[0]] = info["expression"]
        if info["ids"] and scope == "root":
            first_line = info["matches"][0]["lines"][0] if info["matches"] else 1
            sources.append({"kind": "license-file", "path": path, "line": first_line, "value": info["expression"], "ids": info["ids"],
                            "confidence": info["confidence"]})
        elif info.get("titled") and scope == "root":  # its title names a licence its text does not hold: a statement all the same
            t = info["titled"]
            sources.append({"kind": "license-title", "path": path, "line": t["line"], "value": t["value"], "ids": list(t["ids"]),
                            "expression": t["expression"]})
    # (a data licence's text the project's scripts copy into what they publish, attachment/Z_Licence.txt copied into each archive: the
    # data's licence, no folder's nor component's licence of the code — s45 fd45)
    shipped = shipped_licence_texts(snap, [f["path"] for f in per_file if f["scope"] == "folder" and f["ids"]
                                           and all(i.startswith(DOC_DATA_FAMILIES) for i in f["ids"])],
                                    script_paths(inventory_of(ctx).items)) if any(f["scope"] == "folder" for f in per_file) else {}
    for info in per_file:
        if info["path"] in shipped:
            info["shipped"] = shipped[info["path"]]
            folders.pop(info["path"].rsplit("/", 1)[0], None)
    target = getattr(ctx, "target", None)
    repo_names = frozenset(_squeezed(n.rsplit("/", 1)[-1]) for n in (getattr(target, "name", None),
                                                                    (getattr(target, "path", None) or "").rstrip("/")) if n)
    declared = _declared(snap, sources, repo_names)
    readme_text, readme_source = _readme_source(snap)
    if readme_source:
        sources.append(readme_source)
    notice_source = _notice_source(snap)
    if notice_source:
        sources.append(notice_source)
    # REUSE layout: main license = the one covering most files
    # (and SPDX-License-Identifier headers anywhere: the same scan, shared with licensing.reuse)
    reuse_layout = any(f["scope"] == "reuse" for f in per_file) or "REUSE.toml" in snap.files or ".reuse/dep5" in snap.files
    reuse = _reuse_source(ctx.fact("reuse"), reuse_layout)
    if reuse:
        sources.append(reuse)
    headers, header_summary, own_header = (None, None, None) if reuse else header_source(ctx, identify_text, _declared_value)  # "@license AGPL 3.0 or
    if headers:  # later", "Licensed under the Apache License, Version 2.0": each file's header, without SPDX tags
        sources.append(headers)
    components: list[dict] = []  # a component's licence that is not the project's
    # (a folder the README says was copied, "Le code FFL a été copié dans [FFL](FFL/)", is a third party's package: its manifests and
    # licence text are that package's, listed apart as a component's, never the project's licence — s35 y35, IGNF/Samon_gouttieres)
    told = _told_copies(snap, readme_text)
    # (and a folder git subtree merged in from another repository, les-standards/ mirroring betagouv/standards with its
    # package.json "license": "ISC", is that repository's: its manifests and texts are a component's — s36 p36)
    told = told | _subtree_copies(snap)
    if told:
        components += [{"file": path, "value": value, "line": line} for path in sorted(told) if path.rsplit("/", 1)[-1] in MANIFESTS
                       for value, line in manifest_licenses(snap, path)][:10]
        copied = copied | told
    if not any(s.get("ids") for s in sources) and not root_files:
        declared += _component_declared(snap, sources, components, copied)
    else:  # the root states the licence: a sub-folder's manifest holding the project's code declares it too
        declared += _project_manifest(snap, sources, copied)
    if not any(s.get("ids") for s in sources) and not root_files and not declared:  # (nothing at the root: the Table Schemas a
        # specification keeps in its folders, one a version, list the licence it publishes them under — s39 fh39)
        for path, value, line in folder_descriptors(snap, copied):
            declared.append({"file": path, "value": value, "line": line})
            expr, ids = _declared_value(value)
            sources.append({"kind": "manifest", "path": path, "line": line, "value": value, "ids": ids, "expression": expr})
    docs_text = _docs_folder_text(per_file) if not any(s.get("ids") for s in sources) and not root_files else None
    if docs_text:
        sources.append(docs_text)
    docs_index = _docs_index_source(snap) if not any(s.get("ids") for s in sources) and not root_files else None
    if docs_index:
        sources.append(docs_index)
    if not any(s.get("ids") for s in sources) and not root_files:  # the folders' own licence texts: a component's, or the project's
        components += _component_licence_files(snap, per_file, copied, sources, frozenset(inventory_of(ctx).paths("build")))
        components += _theme_licences(snap, inventory_of(ctx).items, own_names(snap, getattr(ctx, "target", None)))  # (a Hugo theme's own
        # LICENSE, copied with it: the theme's — s38 fn38; a Jekyll theme's repository copied into docs/, its CC0 LICENSE — s39 fh39)
    if not any(s.get("ids") for s in sources) and not root_files and not components and not declared:
        components += _component_readmes(snap, copied, repo_names)
    if own_header and not root_files and not declared and not any(s.get("ids") for s in sources) and not components:
        sources.append(own_header)  # nothing else states a licence: the project's own program states it in its header
    out = resolve(per_file, sources, declared, folders, root_files, index.version, readme_text, own_notices(header_summary))
    if header_summary and header_summary["licences"]:
        out["headers"] = header_summary
        out["header_disagreements"] = _header_disagreements(header_summary, headers, out)
    if components:
        out["components"] = components[:10]
    return out


MAX_COMPONENT_TEXTS = 10


def _told_copies(snap, readme_text: str | None) -> frozenset[str]:
    """The files of the folders the README says were copied (:func:`readme_copies.readme_copied_dirs`), at most 20,000 paths."""
    dirs = readme_copied_dirs(readme_text, sorted(snap.files)[:20000])
    return frozenset(p for p in sorted(snap.files)[:20000] if any(p.startswith(d + "/") for d in dirs))


def _subtree_copies(snap) -> frozenset[str]:
    """The files of the folders git subtree brought in from another repository (:func:`subtree_dirs.subtree_dirs`), at most 20,000
    paths; none without a history."""
    paths = sorted(snap.files)[:20000]
    dirs = subtree_dirs(snap.history() if getattr(snap, "has_history", False) else [], paths)
    return frozenset(p for p in paths if any(p.startswith(d + "/") for d in dirs))


def _header_disagreements(summary: dict, headers: dict | None, out: dict) -> list[dict]:
    """Source files whose own header states a licence that is not the project's (a QGIS script keeping its template's "GNU GPL
    version 2 or later" notice under a CC0-1.0 LICENSE): that file is not under the project's licence, however few such files
    there are. The headers that speak for the project (``headers``) are judged as a source already; a header licence "or any
    later version" up to the main one's agrees with it."""
    main = out.get("ids") or []
    if not main or out.get("conflict"):
        return []
    found = []
    for n in summary.get("notices") or []:
        if headers and n["expression"] == headers.get("expression"):
            continue
        if notices.agree(n["ids"], main) or any(_later_reaches(i, main) for i in n["ids"]):
            continue
        # (a permissive licence's file, a copied Bootstrap plugin under MIT in an AGPL project, OWASP CsrfGuard under BSD in a
        # CeCILL one, asks only that its notice be kept: the whole stays under the project's terms, nothing to reconcile)
        if n["ids"] and all(compat.pair(m, i)[0] == "ok" and notices.family(i) in compat.PERMISSIVE for i in n["ids"] for m in main):
            continue
        found.append({"path": n["path"], "line": n["line"], "value": n["value"], "expression": n["expression"], "files": n["files"]})
    return found[:10]


def _later_reaches(lid: str, main: list[str]) -> bool:
    """``GPL-2.0-or-later`` reaches ``GPL-3.0-only``: same lineage, "or later", a version up to the main one's."""
    def version(i: str) -> float:
        m = re.search(r"-(\d+(?:\.\d+)?)", notices.family(i))
        return float(m.group(1)) if m else 0.0
    return lid.endswith("-or-later") and any(notices.lineage(lid) == notices.lineage(m) and version(lid) <= version(m) for m in main)


# a sub-project README's sentence giving its licence ("Cacheadmin is free software released under GPLv3.", "Ce module est distribué
# sous licence MIT"): that tool's licence, said in words
_RELEASED_UNDER = lazy_compile(r"\b(?:released|licen[cs]ed|distributed|published|publi[ée]e?s?|distribu[ée]e?s?|diffus[ée]e?s?)\s+(?:under|sous)\b", re.I)


def _skeleton_readme(snap, readme_dir: str, before: str, repo_names: frozenset[str]) -> bool:
    """The README a framework's application skeleton ships, beside its composer.json still under the skeleton's name
    (FRAMEWORK_SKELETONS: "laravel/laravel"), whose licence sentence has the framework as its subject ("The Laravel framework is
    open-sourced software licensed under the MIT license"): the framework's licence, as that manifest's is, no component's
    (issue 12, s44 fm44 = AdrienLeveque/Room_Project, room_project/readme.md)."""
    if "framework" not in before.lower():
        return False
    try:
        data = safejson.loads(snap.read_text(f"{readme_dir}/composer.json", limit=1_000_000) or "")
    except ValueError:
        return False
    return isinstance(data, dict) and _framework_package(data, repo_names)


def _component_readmes(snap, copied: frozenset, repo_names: frozenset[str] = frozenset()) -> list[dict]:
    """Nothing states a licence at the root nor in any component's manifest or licence file, but a folder's own README (one level
    down, the first 10 in path order, never vendored, copied, example or documentation) gives that folder's licence in a sentence
    (a regional platform's repository of two tools, cacheadmin/README.md "released under GPLv3", owstest/ silent): a component's
    statement, listed in ``components`` (never the project's licence), so that the report does not say that no README states one."""
    readmes = [e for e in sorted(snap.files.values(), key=lambda x: x.path) if e.path.count("/") == 1 and README.match(e.name)
               and not is_vendored(e.path) and e.path not in copied and not is_test(e.path)
               and e.dir.lower() not in _NOT_THE_PROJECT][:10]
    out = []
    for e in readmes:
        for number, line in enumerate((snap.read_text(e.path, limit=256 * 1024) or "").split("\n")[:400], 1):
            m = _RELEASED_UNDER.search(line[:1000])
            named = notices.names_in(line[m.end():1000]) if m else None
            if named and _skeleton_readme(snap, e.dir, line[:m.start()], repo_names):
                break
            if named:
                out.append({"file": e.path, "value": named[0][0], "line": number})
                break
    return out


def _theme_licences(snap, items: list, own: set[str] = frozenset()) -> list[dict]:
    """The licence texts of the themes a Hugo site copied into themes/<name>/ (:func:`auditor.facts.generator_sites.hugo_theme_folders`,
    vendored by the inventory), and of a Jekyll theme's repository copied into the site's folder (:func:`auditor.facts.theme_forks.theme_forks`):
    a component's licence (themes/dot/LICENSE, MIT; docs/LICENSE, Slate's CC0), never the project's."""
    from auditor.facts.generator_sites import hugo_theme_folders
    from auditor.facts.theme_forks import theme_forks

    out = []
    for folder in (hugo_theme_folders(snap, items) + sorted(theme_forks(snap, items, own)))[:MAX_COMPONENT_TEXTS]:
        for path in sorted(i.path for i in items if i.path.startswith(folder) and "/" not in i.path[len(folder):]
                           and i.path in snap.files and is_license_name(snap, snap.files[i.path]))[:1]:
            info = _license_file(snap, path, "component")
            if info.get("ids") and not info.get("proprietary"):
                out.append({"file": path, "value": info["expression"], "line": (info["matches"][0]["lines"][0] if info.get("matches") else 1)})
    return out


def _component_licence_files(snap, per_file: list[dict], copied: frozenset, sources: list[dict], built: frozenset = frozenset()) -> list[dict]:
    """Nothing at the root states a licence, but folders of the project hold their own licence text (a Drupal site's theme,
    themes/<name>/LICENSE.txt; a module forked into modules/<name>/): one or three levels down, never vendored, copied, built or
    test code. As for components' manifests (_component_declared), they are the project's licence only when the folders they
    cover hold no less of its source code (in bytes) than the rest (then added to ``sources``); else they are components' licences
    (``components``, with their paths), and the project's licence stays unknown. Build output (``built``) is no code of the project's
    on either side: a committed front-end bundle beside the notices its bundler extracted (static/js/main.js.LICENSE.txt, MIT of the
    bundled libraries) makes that notice no licence of the project (s38 fm38)."""
    found = [{"file": f["path"], "value": f["expression"], "line": (f["matches"][0]["lines"][0] if f.get("matches") else 1),
              "ids": f["ids"], "confidence": f.get("confidence", 0.0)} for f in per_file if f.get("scope") == "folder" and f.get("ids")
             and f["path"] not in copied and not f.get("shipped")]
    deeper = [e for e in sorted(snap.files.values(), key=lambda x: x.path) if 2 <= e.path.count("/") <= 3 and is_license_name(snap, e)
              and not is_vendored(e.path) and e.path not in copied and not is_test(e.path) and not is_build_output(e.path)]
    for e in deeper[:MAX_COMPONENT_TEXTS]:
        info = _license_file(snap, e.path, "component")
        if info.get("ids") and not info.get("proprietary"):
            found.append({"file": e.path, "value": info["expression"], "line": (info["matches"][0]["lines"][0] if info.get("matches") else 1),
                          "ids": info["ids"], "confidence": info.get("confidence", 0.0)})
    if not found:
        return []
    dirs = {f["file"].rsplit("/", 1)[0] for f in found}
    covered = silent = 0
    for path in sorted(p for p in snap.files if language(p) and is_source_candidate(p) and p not in copied and p not in built)[:20000]:
        size = snap.files[path].size  # (by size: a theme's twenty short templates are less code than one module's 2,000 lines)
        if any(path.startswith(d + "/") for d in dirs):
            covered += size
        else:
            silent += size
    if covered and covered >= silent:  # the licensed folders hold most of the code: their licence is the project's
        for f in found:
            sources.append({"kind": "folder-license-file", "path": f["file"], "line": f["line"], "value": f["value"], "ids": f["ids"],
                            "confidence": f["confidence"]})
        return []
    return [{"file": f["file"], "value": f["value"], "line": f["line"]} for f in found]


DOCS_FOLDERS = {"docs", "doc", "documentation"}


def _docs_folder_text(per_file: list[dict]) -> dict | None:
    """No licence at the root nor named anywhere, but one code licence's full text in the documentation folder (a hackathon
    kit's docs/LICENSE, the MIT text): the project's licence, put in the wrong place (licensing.license-file says so). A
    documentation or data licence there (CC-BY-4.0) is the documentation's, and two different texts decide nothing."""
    texts = [f for f in per_file if f["scope"] == "folder" and f.get("ids") and f["path"].split("/", 1)[0].lower() in DOCS_FOLDERS]
    exprs = {f["expression"] for f in texts}
    if len(exprs) != 1 or any(i.startswith(DOC_DATA_FAMILIES) for f in texts for i in f["ids"]):
        return None
    f = texts[0]
    return {"kind": "docs-license-file", "path": f["path"], "line": 1, "value": f["expression"], "ids": list(f["ids"]),
            "expression": f["expression"]}


# (a manual's folder: a root index.rst has no conf.py at "index.rst/conf.py", so the root is never one)
_DOCS_INDEX = lazy_compile(r"^(?:(?:docs?|documentation)/(?:source/)?|source/)index\.(?:rst|md)$", re.I)


def _docs_index_source(snap) -> dict | None:
    """No licence stated anywhere else, but the index page of a Sphinx manual (the root document beside its conf.py: openMairie's
    manuals, source/index.rst, "Cette création est mise à disposition selon le Contrat Paternité-Partage des Conditions
    Initiales à l'Identique 2.0 France … http://creativecommons.org/licenses/by-sa/2.0/fr/") states the licence of the work in
    one of its first paragraphs: a declaration, as a README's would be (``docs-index``)."""
    page = next((p for p in sorted(snap.files, key=lambda p: (p.count("/"), p)) if _DOCS_INDEX.match(p)
                 and p.rsplit("/", 1)[0] + "/conf.py" in snap.files), None)
    text = snap.read_text(page, limit=64 * 1024) if page else None
    if not text:
        return None
    at = 0
    for par in re.split(r"\n[ \t]*\n", text)[:30]:
        words = " ".join(par.split())
        named = notices.names_in(words) if notices.states_license(words) and len(words) <= 600 else None
        if named and not _DATA_ONLY.search(words):
            lid, offset = named[0]
            return {"kind": "docs-index", "path": page, "line": _line_of(text, text.find(par, at)), "value": words[:120],
                    "ids": [i for i, _ in named], "expression": " AND ".join(i for i, _ in named)}
        at += len(par)
    return None


CANONICAL = lazy_compile(r"^(licen[cs]e|copying|unlicen[cs]e)(\.(md|txt|rst|markdown|adoc))?$", re.I)
DOC_DATA_FAMILIES = ("CC-", "etalab", "ODbL", "GFDL", "ODC-", "PDDL", "LO-", "OGL", "CDLA")


def _split_root(recognized: list[dict]) -> tuple[list[dict], list[dict]]:
    """Several recognised root license files: which state the project's license, which are extra
    (documentation/data licenses, third-party texts). LICENSE-MIT + LICENSE-APACHE stay together;
    COPYING (GPL) + COPYING.LESSER (LGPL) is an LGPL project."""
    if len(recognized) < 2:
        return recognized, []
    fams = {notices.family(i) for f in recognized for i in f["ids"]}
    for v in ("3.0", "2.1"):
        if f"LGPL-{v}" in fams and (f"GPL-{v[0]}.0" in fams):
            keep = [f for f in recognized if any(notices.family(i).startswith("LGPL") for i in f["ids"])]
            return keep, [f for f in recognized if f not in keep]
    code = [f for f in recognized if not all(i.startswith(DOC_DATA_FAMILIES) for i in f["ids"])]
    docs = [f for f in recognized if f not in code]
    if not code:
        return recognized, []
    canonical = [f for f in code if CANONICAL.match(f["path"])]
    if len(canonical) == 1:
        return canonical, [f for f in recognized if f is not canonical[0]]
    return code, docs


def _outvoted_notices(recognized: list[dict], sources: list[dict], notes=()) -> tuple[list[dict], list[dict]]:
    """A root licence file holding a full licence text beside another holding a short notice of another licence, and the project's
    manifests side with the text (LICENSE: the AGPL-3.0 text, metadata.txt "license=GNU AGPL v3", beside an older LICENSE.md "released
    under the licence CeCILL-B"): the text is the licence, the notice a statement that disagrees with it (licensing.consistent), not
    a second licence of the project. Without a manifest, the project's own statements decide: its README's and the headers of its
    files (``notes``, by files), when they side with the text; with none, or some siding with the notice, both stay the project's."""
    texts = [f for f in recognized if f.get("method") in STRONG_METHODS]
    stated = [f for f in recognized if f.get("method") == "notice" and not notices.agree(f["ids"], [i for t in texts for i in t["ids"]])]
    declared = [s["ids"] for s in sources if s["kind"] in ("manifest", "publiccode") and s.get("ids")]
    main = [i for t in texts for i in t["ids"]]
    if texts and stated and not declared:
        declared = [s["ids"] for s in sources if s["kind"] in ("readme", "notice") and s.get("ids")] + _header_votes(notes, main, stated)
    if not texts or not stated or not declared or not all(notices.agree(d, main) for d in declared) \
            or any(notices.agree(d, f["ids"]) for d in declared for f in stated):
        return recognized, []
    return [f for f in recognized if f not in stated], stated


def _header_votes(notes, main: list[str], stated: list[dict]) -> list[list[str]]:
    """The headers' say between a licence text and a notice file naming another licence for the same code (a desktop GIS's LICENSE,
    the AGPL-3.0 text, and 72 headers "License : GNU AFFERO GENERAL PUBLIC LICENSE v3", beside a LICENSE.md "distribué sous la
    licence GPLv3" that 2 headers repeat): the text's licence when two thirds of the files naming either side with it, two files at least; else nothing."""
    files = [n.get("files") or 1 for n in notes]
    for_text = sum(k for n, k in zip(notes, files) if notices.agree(n["ids"], main))
    for_notice = sum(k for n, k in zip(notes, files) if any(notices.agree(n["ids"], f["ids"]) for f in stated))
    return [main] if for_text >= 2 and for_text > 2 * for_notice else []


def _families(ids) -> set[str]:
    return {notices.family(i) for i in ids or ()}


STRONG_METHODS = ("full-text", "spdx-tag")


def _main_from_texts(recognized: list[dict], sources: list[dict], readme_text: str | None) -> tuple[list[str], str | None]:
    """Ids and expression of the main license from the recognised root license files."""
    ids: list[str] = []
    for f in recognized:
        ids += [i for i in f["ids"] if i not in ids]
    if len(recognized) == 1:
        return ids, recognized[0]["expression"]
    dual = any(notices.expression_operator(s.get("expression")) == "OR" and _families(ids) <= _families(s["ids"])
               for s in sources if s["kind"] != "license-file") or bool(readme_text and notices.says_dual(readme_text[:20000]) and len(ids) > 1)
    return ids, (" OR " if dual else " AND ").join(ids)


def _main_without_texts(out: dict, root: list[dict], sources: list[dict]) -> tuple[list[str], str | None]:
    """No recognised root text: the license covering most files in a REUSE layout, else the first declaration."""
    reuse_src = [s for s in sources if s["kind"] == "reuse"]
    declared_src = [s for s in sources if s["kind"] in ("manifest", "publiccode", "readme", "docs-license-file", "docs-index", "folder-license-file",
                                                        "file-header") and s["ids"]]
    declared_src += [s for s in sources if s["kind"] in ("spdx-headers", "file-headers") and (s.get("share") or 0) >= 0.5]
    declared_src += [s for s in sources if s["kind"] == "license-title"]  # (the last word: a title over no licence's text)
    if reuse_src:
        out.update(confidence=0.85, status="identified")
        return reuse_src[0]["ids"], reuse_src[0]["ids"][0]
    if any(f.get("reserves") for f in root):  # terms reserving the rights at the root prevail over the open licences others name
        out["status"] = "proprietary"
        return [], None
    if declared_src:
        out.update(confidence=0.6, status="declared-only")
        # (a README assigning one licence to the code, another to the contents, settles the code's over a manifest's value)
        first = next((s for s in declared_src if s.get("scoped")), declared_src[0])
        if first.get("scoped"):
            return first["scoped"]["code"], first["scoped"]["code"][0]
        if any(notices.is_unversioned(i) for i in first["ids"]):  # setup.py "AGPL", README "AGPL v3": the README gives the version
            first = next((s for s in declared_src if not any(notices.is_unversioned(i) for i in s["ids"]) and notices.agree(s["ids"], first["ids"])), first)
        return first["ids"], first.get("expression") or first["ids"][0]
    if root and any(f.get("proprietary") for f in root):
        out["status"] = "proprietary"
    elif root:
        out["status"] = "unrecognized"
    return [], None


def _version_choice(out: dict, recognized: list[dict], sources: list[dict], main_ids: list[str], expr: str | None,
                    notes=()) -> tuple[list[str], str | None]:
    """-only / -or-later: the license text names a version; the notice (or a declaration) decides, else the project's own files'
    notices of that licence (``notes``, :func:`own_notices`) when all those stating a choice state the same one. None: "-only"."""
    versioned = [i for i in main_ids if notices.family(i) in notices.VERSIONED]
    if not versioned:
        return main_ids, expr
    choice, where = next(((f["version_choice"], f["path"]) for f in recognized if f.get("version_choice")), (None, None))
    if choice is None:
        fams = {notices.family(v) for v in versioned}
        hits = [(i, s) for s in sources if s["kind"] != "license-file" for i in (s.get("ids") or ())
                if notices.family(i) in fams and i.endswith(("-or-later", "+", "-only"))]
        # a choice the words make ("or (at your option) any later version" in a README and 172 headers, "GPL-3.0-only") before the
        # "-only" a bare name is read as (a classifier "LGPLv3", the deprecated id "LGPL-3.0"): that name states no choice
        hit = next((h for h in hits if _states_choice(*h)), None) or next(iter(hits), None)
        if hit:
            choice, where = ("only" if hit[0].endswith("-only") else "or-later"), hit[1]["path"]
    if choice is None:
        # the GPL's text leaves the choice to the notice (its section 9: "If the Program does not specify a version number… any
        # version"): the project's own notices make it, a header's "or (at your option) any later version" or the package's
        # __license__ = "GPLv2+" (a QGIS plugin's LICENSE holding the plain GPL-2 text); two notices stating different choices make none
        fams = {notices.family(v) for v in versioned}
        stated = [(i, n["path"]) for n in notes for i in n["ids"] if notices.family(i) in fams and i.endswith(("-or-later", "+", "-only"))]
        choices = {"only" if i.endswith("-only") else "or-later" for i, _ in stated}
        if len(choices) == 1:
            choice, where = choices.pop(), stated[0][1]
    out["version_choice"] = {"choice": choice or "not-stated", "source": where}
    for v in versioned:
        new = notices.with_choice(v, choice)
        expr = re.sub(r"(?<![\w.-])" + re.escape(v) + r"(?![\w.+-])", new, expr) if expr else new
        main_ids = [new if x == v else x for x in main_ids]
    return main_ids, expr


def _states_choice(lid: str, s: dict) -> bool:
    """The source says which versions it grants: "or later" is never read by default; "-only" is when its words say so."""
    return not lid.endswith("-only") or notices.version_choice(s.get("value") or "") == "only"


def speaks_for_project(s: dict) -> bool:
    """Headers of a minority of files (vendored, assets) are not a statement about the project."""
    return s["kind"] not in ("reuse", "spdx-headers", "file-headers") or (s.get("share") or 0) >= 0.5


_speaks_for_project = speaks_for_project


def _disagreements(sources: list[dict], main_ids: list[str], expr: str | None, reuse_main: bool, reuse_stems: set[str]) -> list[dict]:
    """Sources naming none of the main license's families. In a REUSE layout, an expression made of the
    LICENSES/ texts (``MIT AND CC-BY-4.0``) agrees with the main license it contains."""
    fam = _families(main_ids)
    if not fam:
        decl = [s for s in sources if s.get("ids") and _speaks_for_project(s)]
        return [{"source": {k: a.get(k) for k in ("kind", "path", "line", "value")}, "other": {k: b.get(k) for k in ("kind", "path", "line", "value")}}
                for a in decl for b in decl
                if a is not b and not notices.agree(a["ids"], b["ids"]) and (a["path"] or "") < (b["path"] or "")]
    out = []
    for s in sources:
        if s["kind"] == "license-file" or not s.get("ids") or not _speaks_for_project(s) or (s["kind"] == "reuse" and reuse_main):
            continue
        if reuse_stems and set(s["ids"]) <= reuse_stems and set(s["ids"]) & set(main_ids):
            continue
        if not notices.agree(s["ids"], main_ids):  # ("AGPL", no version, agrees with an AGPL-3.0 text)
            found = {"source": {k: s.get(k) for k in ("kind", "path", "line", "value")}, "main": expr}
            # (a statement "or any later version" up to the main one's, headers granting GPL-2.0-or-later beside the GPL-3.0 text: the
            # text is one of the versions it grants, a difference to reconcile rather than a contradiction; with the files stating it)
            if all(_later_reaches(i, main_ids) for i in s["ids"]):
                found.update(reaches=True, stated={k: s[k] for k in ("expression", "files", "read", "paths") if s.get(k) is not None})
            out.append(found)
    return out


def own_notices(summary: dict | None) -> list[dict]:
    """The licences the project's own files state of themselves: their headers' notices ("either version 2 of the License, or (at
    your option) any later version") and their package's metadata (``__license__ = "GPLv2+"``), each ``{"ids", "path"}``."""
    return [{"ids": n["ids"], "path": n["path"], "files": n.get("files") or 1}
            for n in (summary or {}).get("metadata", []) + (summary or {}).get("notices", []) if n.get("ids")]


def resolve(per_file, sources, declared, folders, root_files, version, readme_text=None, notes=()) -> dict:
    """The main license and how the sources relate to it.

    A full license text at the root (or the REUSE ``LICENSES/`` texts) is the strongest evidence: it is the
    main license, and a declaration that disagrees (``"license": "ISC"`` or ``"UNLICENSED"`` in a
    manifest) is listed in ``disagreements`` for ``licensing.consistent``. Only when no text settles it
    and the declarations disagree is the license unknown (``conflict``)."""
    root = [f for f in per_file if f["scope"] == "root"]
    reuse_files = [f for f in per_file if f.get("scope") == "reuse"]
    reuse_stems = {f["declared_by_name"] for f in reuse_files if f.get("declared_by_name")}
    # (no text at the root: a folder's licence text taken as the project's, the one beside all its code or in its documentation
    # folder, is its licence file all the same)
    adopted = [s["path"] for s in sources if s["kind"] in ("folder-license-file", "docs-license-file") and s.get("ids")]
    files = list(dict.fromkeys(root_files + [f["path"] for f in reuse_files] + adopted))
    out = {"spdx": None, "files": files, "declared": declared,
           "confidence": 0.0, "status": "none", "license_files": per_file, "sources": sources, "conflict": False, "conflicts": [],
           "disagreements": [], "folders": folders, "version_choice": None, "spdx_list_version": version}
    recognized, others = _split_root([f for f in root if f.get("ids")])
    recognized, outvoted = _outvoted_notices(recognized, sources, notes)
    out["other_licenses"] = [{"path": f["path"], "expression": f["expression"]} for f in others]
    out["main_files"] = [f["path"] for f in recognized]
    if recognized:
        main_ids, expr = _main_from_texts(recognized, sources, readme_text)
        out.update(confidence=round(min(f["confidence"] for f in recognized), 3), status="identified")
    else:
        main_ids, expr = _main_without_texts(out, root, sources)
        settling = _folder_texts_settle(reuse_files, main_ids) if out["status"] == "declared-only" and not any(s["kind"] == "reuse" for s in sources) else []
        if settling:  # (the declared licence's full text in LICENSES/, no REUSE header nor dep5: the text is in the repository all the same)
            out.update(confidence=round(min(f["confidence"] for f in settling), 3), status="identified")
    if out["status"] == "proprietary":  # every statement of an open licence contradicts the reservation (``reserves``) at the root
        out["disagreements"] = [{"source": {k: s.get(k) for k in ("kind", "path", "line", "value")}, "main": "LicenseRef-proprietary"}
                                for s in sources if s.get("ids") and _speaks_for_project(s) and "LicenseRef-proprietary" not in s["ids"]]
        out.update(ids=[], expression_all=None)
        return out
    # (a root notice of the same licence set aside beside the canonical text, Drupal's COPYRIGHT.txt beside LICENSE.txt, states the
    # versions that text is granted under: its choice is the project's — s44 fh44)
    stating = recognized + [f for f in others if f.get("method") == "notice" and f.get("version_choice") and notices.agree(f["ids"], main_ids)]
    main_ids, expr = _version_choice(out, stating, sources, main_ids, expr, notes)
    reuse_main = out["status"] == "identified" and not recognized
    found = _disagreements(sources, main_ids, expr, reuse_main, reuse_stems)
    found += [{"source": {"kind": "license-file", "path": f["path"], "line": 1, "value": f["expression"]}, "main": expr} for f in outvoted]
    settled = reuse_main or any(f.get("method") in STRONG_METHODS for f in recognized) \
        or _components_side_with_root(recognized, sources, [f for f in found if not f.get("scope")], main_ids)
    contents = {i for s in sources if s.get("scoped") and s["scoped"]["code"] == main_ids for i in s["scoped"]["contents"]}
    for f in found:  # (a manifest naming the licence the README gives the contents: recorded, no contradiction of the code's)
        ids = next((s.get("ids") for s in sources if (s["kind"], s.get("path"), s.get("line")) == (f["source"]["kind"], f["source"]["path"], f["source"]["line"])), None)
        if contents and ids and set(ids) <= contents:
            f["scope"] = "contents"
    if [f for f in found if not f.get("scope")] and not settled:
        out.update(conflict=True, conflicts=found, status="conflict", spdx=None, confidence=0.0,
                   candidates=sorted({i for s in sources for i in (s.get("ids") or [])}))
        return out
    out.update(spdx=expr, ids=main_ids, disagreements=found, expression_all=_expression_all(expr, folders, others))
    unversioned = sorted({i for i in main_ids if notices.is_unversioned(i)})
    if unversioned:  # a family named without its version: no SPDX expression, and no version made up for it
        out.update(spdx=None, expression_all=None, named=expr, version_not_stated=unversioned)
    return out


def _components_side_with_root(recognized: list[dict], sources: list[dict], found: list[dict], main_ids: list[str]) -> bool:
    """A root licence file that is a notice, not a full text (the Apache-2.0 application notice "Licensed under the Apache License,
    Version 2.0 …"), in a workspace whose packages' manifests speak for the project (``component``): when every declaration that
    disagrees with it is a package's and the packages siding with it outnumber those that do not (three packages "Apache-2.0", one
    internal package "MIT"), the root file is the project's licence and the others are the packages' own, a consistency finding
    (``disagreements``), not a conflict leaving the licence unknown (issue 12, s46 fh46). A tie, or packages mostly against it, stays
    a conflict; so does any disagreement at the root (a root manifest, publiccode.yml, the README)."""
    if not recognized or not found:
        return False
    comp = [s for s in sources if s.get("component") and s.get("ids")]
    keys = {(s["kind"], s["path"], s["line"]) for s in comp}
    if not all((f["source"]["kind"], f["source"]["path"], f["source"]["line"]) in keys for f in found):
        return False
    agree = sum(1 for s in comp if notices.agree(s["ids"], main_ids))
    return agree > len(comp) - agree


def _folder_texts_settle(reuse_files: list[dict], main_ids: list[str]) -> list[dict]:
    """The full texts of LICENSES/ that give each licence a declaration names (codegouvfr/sill-api: package.json "MIT" and the README's
    "The source code is licensed under the [MIT license](LICENSES/LICENSE.MIT.md)" over LICENSES/LICENSE.MIT.md, the MIT text, with no
    REUSE header nor dep5 to say which files it covers — issue 12, s37 fb37): the licence is identified by its text, as a root one is.
    A licence named without its version, or one whose text is not there, stays declared only."""
    texts = [f for f in reuse_files if f.get("method") in STRONG_METHODS and f.get("ids") and not f.get("modified")]
    if not main_ids or any(notices.is_unversioned(i) for i in main_ids):
        return []
    used = [next((f for f in texts if notices.family(i) in {notices.family(j) for j in f["ids"]}), None) for i in main_ids]
    return [] if None in used else list({f["path"]: f for f in used}.values())


def _expression_all(expr: str | None, folders: dict, others: list[dict]) -> str | None:
    """The whole repository: the main license AND the licenses of folders that have their own (docs/, data/…)."""
    if not expr:
        return None
    extra = [e for e in dict.fromkeys(list(folders.values()) + [f["expression"] for f in others]) if e and e != expr]
    return " AND ".join(f"({e})" if " OR " in e else e for e in [expr, *extra])
