"""Is a dependency's license compatible with the project's license?

Our own rules come first for the licenses that licensecheck's matrix does not know or gets wrong
(reference: shared guide, licensing §5 and §7): CeCILL-2.1 art. 5.3.4 (GPL, AGPL, EUPL code may be
combined, the whole then goes under that license), CeCILL-B (permissive), CeCILL-C (weak
copyleft), Licence Ouverte/Etalab-2.0 (permissive, attribution), EUPL-1.2 art. 5 and Appendix
(EUPL code may flow *out* to GPL-2.0/3.0, AGPL-3.0, OSL, EPL-1.0, CeCILL-2.0/2.1, MPL-2.0,
LGPL-2.1/3.0, LiLiQ-R/R+, not the other way), GPL-3.0 §13 (AGPL-3.0 code may be combined into a GPL-3.0
work, the AGPL's network clause then applying to the whole). Everything else goes to licensecheck's matrix
(``license_matrix.depCompatWMyLice``, offline), guarded: it raises on some inputs.

Verdicts: ``ok``, ``conditional`` (allowed, but the combined work must then be distributed under
the dependency's license, or only as a separate library), ``incompatible``, ``unknown``.
"""

from __future__ import annotations

import re

from auditor.licenses.notices import family, names_in, parse_expression

PERMISSIVE = {"MIT", "MIT-0", "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "0BSD", "ISC", "Apache-2.0", "Unlicense", "CC0-1.0",
              "Zlib", "Python-2.0", "PSF-2.0", "BlueOak-1.0.0", "CECILL-B", "etalab-2.0", "CC-BY-4.0", "CC-BY-3.0", "WTFPL",
              "BSL-1.0", "X11", "HPND", "PostgreSQL", "NCSA", "Unicode-DFS-2016", "Unicode-3.0", "MIT-CMU", "AFL-2.1", "AFL-3.0",
              "Artistic-2.0", "OFL-1.1", "ODC-By-1.0", "PDDL-1.0", "CC-PDDC", "Beerware"}
WEAK = {"LGPL-2.1", "LGPL-3.0", "LGPL-2.0", "MPL-2.0", "MPL-1.1", "EPL-1.0", "EPL-2.0", "CECILL-C", "CDDL-1.0", "CDDL-1.1"}
STRONG = {"GPL-2.0", "GPL-3.0", "AGPL-3.0", "EUPL-1.2", "EUPL-1.1", "CECILL-2.1", "CECILL-2.0", "OSL-3.0", "CC-BY-SA-4.0", "ODbL-1.0"}
EUPL_APPENDIX = {"GPL-2.0", "GPL-3.0", "AGPL-3.0", "OSL-2.1", "OSL-3.0", "EPL-1.0", "CECILL-2.0", "CECILL-2.1", "MPL-2.0", "LGPL-2.1",
                 "LGPL-3.0", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "EUPL-1.1", "EUPL-1.2", "CC-BY-SA-3.0"}
CECILL_TARGETS = {"GPL-2.0", "GPL-3.0", "AGPL-3.0", "EUPL-1.2", "EUPL-1.1"}
OURS = {"CECILL-2.1", "CECILL-2.0", "CECILL-B", "CECILL-C", "etalab-2.0", "EUPL-1.2", "EUPL-1.1"}

RANK = {"incompatible": 0, "unknown": 1, "conditional": 2, "ok": 3}


def _fam(lid: str) -> str:
    return family(lid)


# a GNU licence "or any later version" (GPL-2.0-or-later, LGPL-2.1+) and a GNU licence's family and version
_LATER = re.compile(r"^(GPL|LGPL|AGPL)-(\d\.\d)(?:-or-later|\+)$")
_VERSIONED = re.compile(r"^(GPL|LGPL|AGPL)-(\d\.\d)(?:-only|-or-later|\+)?$")


def pair(project: str, dep: str) -> tuple[str, str]:
    """(verdict, reason) for one project license id and one dependency license id."""
    p, d = _fam(project), _fam(dep)
    if d == p:
        return "ok", "same license"
    later = _LATER.match(project)
    dep_version = _VERSIONED.match(dep)
    if later and dep_version and later.group(1) == dep_version.group(1) and float(dep_version.group(2)) > float(later.group(2)):
        # a project under "version 2 of the License, or (at your option) any later version" may be conveyed under a later version:
        # a GPL-3.0 dependency makes the combined work GPL-3.0, which the project's own licence allows (licensecheck's matrix drops
        # the "or later" and calls GPL-2.0-or-later with GPL-3.0 incompatible — issue 12, s39 fh39, 3liz/qgis-lizsync-plugin)
        v = dep_version.group(1) + "-" + dep_version.group(2)
        return "ok", f"{project} allows any later version: the combined work goes under {v}"
    if later and later.group(1) == "GPL" and dep_version and dep_version.group(1) == "LGPL" and float(dep_version.group(2)) >= 3 \
            and float(later.group(2)) <= 3:
        # the LGPL-3.0 is the GPL-3.0 with extra permissions: a project under "GPL version 2, or any later version" goes under GPL-3.0
        # with an LGPL-3.0 library (a Drupal 6 site, GPL-2.0-or-later, with TCPDF, LGPL-3.0; issue 12, s44 fp44 = DuaelFr/finistere)
        return "ok", f"{project} allows GPL-3.0, with which an LGPL-3.0 library combines (the LGPL-3.0 is the GPL-3.0 with extra permissions)"
    if dep == "GPL-2.0-only" and p != "GPL-2.0":
        return "incompatible", "GPL-2.0-only code can only be combined into a work distributed under GPL-2.0"
    if d in PERMISSIVE:
        if d == "Apache-2.0" and (project in ("GPL-2.0-only", "LGPL-2.0-only", "LGPL-2.1-only") or p == "GPL-2.0" and project.endswith("only")):
            return "incompatible", "Apache-2.0 is incompatible with GPL-2.0-only (patent clauses)"
        return "ok", "permissive dependency"
    if project == "LicenseRef-proprietary" and d in WEAK:
        # MPL-2.0 §3.3 (a Larger Work), the LGPL's separate library, the EPL's separate module: a weak copyleft library used as a
        # separate library may sit in a proprietary work, as in a permissive one, its own files under their licence (licensecheck's
        # matrix calls MPL-2.0 in a proprietary project incompatible — s41 fg41, Samuelalhadef/RH-reservation's web-push)
        return "ok", "weak copyleft dependency used as a separate library (its own files under its license)"
    if p in OURS or d in OURS:
        return _ours(p, d)
    if d in WEAK and (p in WEAK or p in PERMISSIVE):
        # An LGPL/MPL/EPL library used as a separate library keeps its own files' licence and binds nothing
        # else; licensecheck's matrix calls an LGPL dependency of an MPL-2.0 project incompatible.
        return "ok", "weak copyleft dependency used as a separate library"
    if d == "AGPL-3.0" and (p == "GPL-3.0" or p == "GPL-2.0" and project.endswith(("-or-later", "+"))):
        # GPL-3.0 §13 ("Use with the GNU Affero General Public License") permits combining a covered work with AGPL-3.0 code
        # into one work and conveying it; the AGPL's §13 (network interaction) then applies to the combination. licensecheck's
        # matrix calls it incompatible (a GPL-3.0 map app using marchingsquares, AGPL-3.0, through @turf/turf).
        # https://www.gnu.org/licenses/gpl-3.0.html#section13, https://www.gnu.org/licenses/agpl-3.0.html#section13
        return "conditional", "GPL-3.0 §13 allows combining with AGPL-3.0 code; the AGPL-3.0's network clause (§13) then applies to the combined work"
    return _licensecheck(project, dep)


def _ours(p: str, d: str) -> tuple[str, str]:
    # project side
    if p == "EUPL-1.2" or p == "EUPL-1.1":
        if d in ("EUPL-1.1", "EUPL-1.2"):
            return "ok", "EUPL"
        if d in ("MPL-2.0", "EPL-2.0", "CECILL-C", "LGPL-2.1", "LGPL-3.0"):
            return "conditional", "weak copyleft dependency: keep it a separate library under its own license (EUPL art. 5; OSADL: depends)"
        if d in ("GPL-2.0", "GPL-3.0", "AGPL-3.0", "CECILL-2.1", "CECILL-2.0"):
            return "incompatible", f"EUPL code may go under {d} (EUPL Appendix), not {d} code under the EUPL: the whole would have to be {d}"
    if p in ("CECILL-2.1", "CECILL-2.0"):
        if d in ("CECILL-2.1", "CECILL-2.0", "CECILL-C"):
            return "ok", "CeCILL family"
        if d in CECILL_TARGETS:
            return "conditional", f"CeCILL-2.1 art. 5.3.4: allowed, but the combined work is then distributed under {d}"
        if d in ("LGPL-2.1", "LGPL-3.0", "MPL-2.0", "EPL-2.0"):
            return "conditional", "weak copyleft dependency: keep it a separate library under its own license"
    if p == "CECILL-C":
        if d in ("CECILL-C", "CECILL-B") or d in WEAK:
            return "ok" if d.startswith("CECILL") else "conditional", "weak copyleft on both sides: keep the dependency a separate library"
        if d in STRONG:
            return "incompatible", f"strong copyleft dependency ({d}) in a CeCILL-C project"
    if p in ("CECILL-B", "etalab-2.0"):
        if d in WEAK:
            return "conditional", "weak copyleft dependency in a permissive project: keep it a separate, unmodified library"
        if d in STRONG:
            return "incompatible", f"strong copyleft dependency ({d}) in a permissive project"
    # dependency side, project elsewhere
    if d == "CECILL-B" or d == "etalab-2.0":
        return "ok", "permissive dependency"
    if d in ("EUPL-1.2", "EUPL-1.1"):
        if p in EUPL_APPENDIX or p in ("GPL-3.0", "AGPL-3.0"):
            return "ok", f"EUPL Appendix lists {p}: the combined work may be distributed under {p}"
        return "incompatible", "EUPL is copyleft: a permissive project cannot include it"
    if d in ("CECILL-2.1", "CECILL-2.0"):
        if p in CECILL_TARGETS:
            return "ok", f"CeCILL-2.1 art. 5.3.4 allows distribution under {p}"
        return "incompatible", "CeCILL-2.1 is copyleft: a permissive project cannot include it"
    if d == "CECILL-C":
        if p in STRONG or p in WEAK:
            return "ok", "weak copyleft dependency"
        return "conditional", "weak copyleft dependency: keep it a separate, unmodified library"
    return "unknown", "no rule"


def quiet_licensecheck() -> None:
    """licensecheck logs (through loguru) every licence it does not know on stderr: silenced once,
    when it is first used (importing loguru costs a tenth of a second: not at the auditor's import)."""
    global _QUIET
    if _QUIET:
        return
    _QUIET = True
    try:
        from loguru import logger  # noqa: PLC0415

        logger.disable("licensecheck")
    except ImportError:  # pragma: no cover
        pass


_QUIET = False


def _licensecheck(project: str, dep: str) -> tuple[str, str]:
    quiet_licensecheck()
    try:
        from licensecheck.license_matrix import depCompatWMyLice, licenseType  # noqa: PLC0415
        from licensecheck.types import License as L  # noqa: PLC0415
        from licensecheck.types import ucstr  # noqa: PLC0415
    except ImportError:  # pragma: no cover
        return "unknown", "licensecheck not installed"
    try:
        mine = licenseType(ucstr(project))[0]
        theirs = licenseType(ucstr(dep))
        if mine in (L.UNKNOWN, L.NO_LICENSE) or any(t in (L.UNKNOWN, L.NO_LICENSE) for t in theirs):
            return "unknown", "licensecheck does not know this license"
        ok = depCompatWMyLice(mine, theirs)
    except Exception as exc:  # noqa: BLE001 - its matrix raises IndexError on some entries
        return "unknown", f"licensecheck failed: {type(exc).__name__}"
    return ("ok", "licensecheck matrix") if ok else ("incompatible", "licensecheck matrix")


LINKING_EXCEPTIONS = {"Classpath-exception-2.0", "GCC-exception-2.0", "GCC-exception-3.1", "Universal-FOSS-exception-1.0"}
_LINKING = re.compile(r"([\w.+-]+)\s+WITH\s+(?:" + "|".join(re.escape(e) for e in sorted(LINKING_EXCEPTIONS)) + r")\b")


def _linked(project: str, dep: str) -> tuple[str, str]:
    """A copyleft library with a linking exception, used as a separate library, in a project under another licence."""
    if _fam(project) in PERMISSIVE or _fam(project) in WEAK:
        return "ok", f"{dep} with a linking exception: used as a separate library, it binds nothing else"
    return "conditional", f"{dep} with a linking exception: keep it a separate, unmodified library under its own license"


def verdict(project_ids: list[str], dep_license: str | None) -> tuple[str, str, str | None]:
    """(verdict, reason, normalised dependency expression) of a dependency license against the project."""
    if not dep_license or not dep_license.strip() or dep_license.strip().upper() in ("UNKNOWN", "NOASSERTION", "NONE", "SEE LICENSE IN LICENSE"):
        return "unknown", "no license declared", None
    expr, ids, valid = parse_expression(dep_license)
    if not ids or not valid:
        # free text (classifier names such as "BSD License", "Apache Software License"): our names, then licensecheck's lookup
        named = [i for i, _ in names_in(dep_license)]
        if len(named) == 1:
            ids, expr = (named[0],), named[0]
        else:
            results = [_licensecheck(p, dep_license[:200]) for p in project_ids]
            v, reason = min(results, key=lambda r: RANK[r[0]])
            return v, (reason + " (free-text license)" if v != "unknown" else "license not understood"), dep_license[:200]
    ops_or = bool(re.search(r"\bOR\b", expr or ""))
    # a copyleft licence WITH an exception allowing independent modules linked to it under any terms (the GPL's Classpath exception
    # of OpenJDK and JavaFX, GCC's runtime exception): a library used as such binds the project no more than a weak copyleft one
    linked = {m.group(1) for m in _LINKING.finditer(expr or "")}
    ids = tuple(i for i in ids if i not in LINKING_EXCEPTIONS)

    def one(dep_id: str) -> tuple[str, str]:
        if dep_id == "LicenseRef-proprietary":  # (a copied library under its vendor's paid licence: Highcharts)
            return "incompatible", "proprietary license: its owner's terms, not an open license, bind every reuse"
        if dep_id.startswith("LicenseRef-"):
            return "unknown", "custom license"
        results = [pair(p, dep_id) if dep_id not in linked or _fam(p) == _fam(dep_id) else _linked(p, dep_id) for p in project_ids]
        return min(results, key=lambda r: RANK[r[0]])
    per = [one(i) for i in ids]
    pick = max(per, key=lambda r: RANK[r[0]]) if ops_or and not re.search(r"\bAND\b", expr or "") else min(per, key=lambda r: RANK[r[0]])
    return pick[0], pick[1], expr
