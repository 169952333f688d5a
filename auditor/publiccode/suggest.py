"""A minimal valid publiccode.yml for the audited repository, prefilled from the audit's facts
(name, URL, license, languages, platforms, README description, last tag); what the audit cannot
know is marked ``# À COMPLÉTER / TO COMPLETE``."""

from __future__ import annotations

import json
import re
from typing import Any

from auditor.drafts import PLACEHOLDER_HOST, TODO

WEB_LANGS = {"JavaScript", "TypeScript", "Vue", "Svelte", "PHP", "HTML", "CSS", "SCSS", "Twig", "Ruby", "Elixir"}


def _q(value: Any) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(str(value), ensure_ascii=False)


def _qgis_plugin(ctx) -> bool:
    """A QGIS plugin: a metadata.txt naming qgisMinimumVersion (at most two levels deep)."""
    for path in sorted(p for p in ctx.snapshot.files if p.endswith("metadata.txt") and p.count("/") <= 2)[:5]:
        if "qgisMinimumVersion" in (ctx.snapshot.read_text(path, limit=64 * 1024) or ""):
            return True
    return False


# kinds of project that are files loaded into another program (a PostGIS data model's SQL scripts, a GIS kit's layers and styles, a
# data specification's schemas, infrastructure code): no web platform, whatever language or HTML they hold, and no web software type
# (issue 12, s37 fh37 = sigagglocompiegne/urba_patri_verna: a SQL data model was suggested platforms ["web"], "standalone/web")
FILE_KINDS = {"data-model": "configurationFiles", "gis-kit": "configurationFiles", "infrastructure": "configurationFiles",
              "data-specification": "standalone/other"}


# kinds of project whose program runs where it is installed, not on a web server: a library or package (publiccode's own software
# type "library"), a command-line tool or a script a schedule runs ("standalone/other"); their platforms are their language's, never
# "web" for want of a known language (issue 12, s43 fm43 = ymansiaux/carreauxINSEE, an R package, and ymansiaux/bot_chaban, an R
# script run by a scheduled workflow, were suggested platforms ["web"], "standalone/web")
# (and an analysis, an R or Python script or notebooks run on one's own computer: no web service — issue 12, s45 fd45 =
# merryspankersltd/typo_artificialisation, one R script classing communes from a CSV, was suggested platforms ["web"], "standalone/web")
# (and a desktop application, a JavaFX or Qt program run on one's computer: publiccode's "standalone/desktop", its platforms the desktop
# systems — issue 12, s46 ff46 = xotakfr/communes-bretonnes, a JavaFX application, was suggested platforms ["web"], "standalone/web")
RUN_KINDS = {"library": "library", "cli-tool": "standalone/other", "analysis": "standalone/other", "desktop-application": "standalone/desktop"}


def _run_kind(ctx) -> str | None:
    """The decided kind of project when it is one of :data:`RUN_KINDS`."""
    proj = _fact(ctx, "project")
    kind = proj.get("kind") if proj.get("kind_decided") else None
    return kind if kind in RUN_KINDS else None


def _host_addon(ctx) -> bool:
    """The decided kind is a plugin of a host program (the kind's evidence "plugin of TYPO3", of Drupal, of GeoNature…): what
    publiccode.yml calls an ``addon`` ("a plugin or a theme for a more complex software, e.g. a CMS"), not a ``library`` other
    programs import (issue 12, s45 fh45 = a commune's TYPO3 site-template extension was suggested "library")."""
    proj = _fact(ctx, "project")
    return proj.get("kind") == "library" and bool(proj.get("kind_decided")) \
        and any(str(e.get("reason", "")).startswith(("plugin of ", "theme of ")) for e in proj.get("kind_evidence") or [] if isinstance(e, dict))


def _served_side(ctx) -> bool:
    """The project also serves pages or an API of its own (``also_kinds``: a command-line tool's web server)."""
    return any(isinstance(a, dict) and a.get("kind") in ("web-application", "api-service", "static-site") for a in _fact(ctx, "project").get("also_kinds") or [])


def _file_kind(ctx) -> str | None:
    """The decided kind of project when it is one of :data:`FILE_KINDS`."""
    proj = _fact(ctx, "project")
    kind = proj.get("kind") if proj.get("kind_decided") else None
    return kind if kind in FILE_KINDS else None


def _no_code(ctx) -> bool:
    """No code at all in the repository (no source or test file, no submodule pinning code kept elsewhere) and no kind decided: a
    document (a local data standard's text, a project's presentation), no program to run on the web or anywhere
    (issue 12, s37 fl37 = sigagglocompiegne/reseau_urba: a README and a logo were suggested platforms ["web"], "standalone/web")."""
    cats = _fact(ctx, "inventory").get("categories") or {}
    if "source" not in cats or cats["source"] or cats.get("test") or _file_kind(ctx) or _fact(ctx, "project").get("kind_decided"):
        return False
    return not any(getattr(e, "kind", "") == "submodule" for e in ctx.snapshot.files.values())


def _platforms(ctx, languages: dict[str, int]) -> list[str]:
    files = ctx.snapshot.files
    if _qgis_plugin(ctx) or _file_kind(ctx) or _no_code(ctx):  # a desktop add-on, whatever HTML its built help pages hold; files loaded where the
        return ["linux", "windows", "mac"]  # program loading them runs
    out: list[str] = []
    # (a command-line tool runs on its user's computer, whatever language it is written in: a Node script run with npm start is no
    # web platform — issue 12, s45 fh45 = a management centre's N4DS file splitter was suggested platforms ["web"])
    command = _run_kind(ctx) == "cli-tool" and not _served_side(ctx)
    if _run_kind(ctx) == "desktop-application" and not _served_side(ctx):  # (a .NET Framework or WinForms program: Windows only)
        return ["windows"] if {"C#", "Visual Basic .NET", "F#"} & set(languages) and not {"Java", "Kotlin", "Python"} & set(languages) \
            else ["linux", "windows", "mac"]
    if not command and (WEB_LANGS & set(languages) or any(p in files for p in ("manage.py", "package.json", "composer.json", "Gemfile"))):
        out.append("web")
    if any(p.endswith("AndroidManifest.xml") for p in list(files)[:200_000]):
        out.append("android")
    if "Swift" in languages or any(p.endswith(".xcodeproj/project.pbxproj") for p in files):
        out.append("ios")
    if not out and ({"Python", "Go", "Rust", "Shell", "Java", "C", "C++"} & set(languages)):
        out.append("linux")
    return out or (["linux", "windows", "mac"] if _run_kind(ctx) else ["web"])


def _fact(ctx, name: str) -> dict:
    try:
        return ctx.fact(name) or {}
    except Exception:  # noqa: BLE001 - a failed fact leaves the field to complete
        return {}


def _license(ctx) -> str | None:
    """The project's licence (the license fact's, else the first declared one) if it is a valid SPDX id."""
    lic = _fact(ctx, "license")
    license_id = lic.get("spdx")
    if not license_id:
        declared = [d.get("value") for d in lic.get("declared") or [] if isinstance(d, dict) and d.get("value")]
        license_id = declared[0] if declared else None
    from auditor.publiccode.validator import spdx_problem

    return None if not license_id or spdx_problem(str(license_id)) else license_id


def _languages(readme: dict, desc: str) -> list[str]:
    """The README's languages (French by default), the description's own first."""
    lang = readme.get("language")
    langs = [lang] if isinstance(lang, str) else list(lang or [])
    langs = [x for x in langs if x in ("fr", "en", "de", "es", "it", "nl", "pt", "ca", "oc", "br", "eu")] or ["fr"]
    if desc:  # the description's own language names its key (a bilingual README may open in French)
        from auditor.langid import identify_languages

        own = identify_languages([desc], min_words=5).get("language")
        if isinstance(own, str) and own in langs:
            langs = [own] + [x for x in langs if x != own]
        elif isinstance(own, str):
            langs = [own]
    return langs


def _available(ctx, langs: list[str]) -> list[str]:
    """The languages the software can be used in: its own locale files' (``ui_languages`` fact), with the README's languages when
    those files are catalogues translating from a source language no file names; the README's when it has none."""
    ui = _fact(ctx, "ui_languages")
    found = [x for x in ui.get("languages") or [] if isinstance(x, str)]
    if not found:
        return langs
    if ui.get("catalogues"):
        found = sorted(set(found) | set(langs))
    return [x for x in langs if x in found] + [x for x in found if x not in langs]


def _localisation_ready(ctx) -> bool:
    """publiccode.yml's ``localisationReady`` ("has infrastructure in place to be multilingual; it does not need to be available in
    more than one language"): the interface's texts are kept in the project's own locale files (``ui_languages``), which a
    translation layer reads — one language's file is that infrastructure (a Next.js portal's translations/fr.json read by
    next-intl; issue 12, s37 fn37 = Georiviere/Georiviere-public was suggested ``false`` for every project). Texts written in the
    code, or a copied library's locales, are none."""
    return bool([x for x in _fact(ctx, "ui_languages").get("languages") or [] if isinstance(x, str)])


def _tags(ctx) -> list:
    try:
        return sorted(ctx.snapshot.tags(), key=lambda t: t.date)
    except Exception:  # noqa: BLE001
        return []


def suggest(ctx) -> dict[str, Any]:
    """The values of a suggested publiccode.yml and where each came from."""
    target = ctx.target
    sources: dict[str, str] = {}
    name = getattr(target, "name", None) or "projet"
    url = getattr(target, "web_url", None) or getattr(target, "clone_url", None)
    if not url or not str(url).startswith(("http://", "https://", "git@", "ssh://", "git://")):
        url, sources["url"] = f"https://{PLACEHOLDER_HOST}/" + name, "todo"
    else:
        sources["url"] = "target"
    license_id = _license(ctx)
    sources["legal.license"] = "license fact" if license_id else "todo"
    license_id = license_id or "EUPL-1.2"
    languages = _fact(ctx, "languages")
    readme = _fact(ctx, "readme")
    desc = re.sub(r"\s+", " ", (readme.get("description") or {}).get("text") or "").strip()
    langs = _languages(readme, desc)
    short = desc if 0 < len(desc) <= 150 else (desc[:147].rsplit(" ", 1)[0] + "…" if desc else "")
    sources["description.fr.shortDescription"] = "README" if short else "todo"
    tags = _tags(ctx)
    platforms = _platforms(ctx, languages)
    values: dict[str, Any] = {
        "name": name,
        "url": url,
        "platforms": platforms,
        "developmentStatus": "beta" if tags else "development",
        "softwareType": "addon" if _qgis_plugin(ctx) or _host_addon(ctx) else FILE_KINDS[kind] if (kind := _file_kind(ctx)) else "standalone/other" if _no_code(ctx)
                        else RUN_KINDS[run] if (run := _run_kind(ctx)) else "standalone/web" if "web" in platforms else "standalone/other",
        "license": license_id,
        "shortDescription": short or f"{name} : {TODO}",
        "longDescription": desc if len(desc) >= 150 else "",
        "languages": langs,
        "availableLanguages": _available(ctx, langs),
        "localisationReady": _localisation_ready(ctx),
        "sources": sources,
    }
    if _no_code(ctx):
        sources["softwareType"] = "no code"
    if tags:
        values["softwareVersion"] = tags[-1].name
        values["releaseDate"] = tags[-1].date.date().isoformat()
    return values


def suggest_yaml(values: dict[str, Any]) -> str:
    """The suggestion as a commented YAML file that passes :func:`auditor.publiccode.validate`."""
    todo = "  # " + TODO
    long_desc = values.get("longDescription") or (
        "À COMPLÉTER : décrivez le service pour une autre collectivité — le besoin auquel il répond, ses utilisateurs, "
        "ses fonctionnalités principales et ce qu'il faut pour l'installer. / TO COMPLETE: describe the service for another "
        "local government.")
    lines = [
        "# publiccode.yml suggéré par readiness-auditor : vérifiez et complétez chaque ligne marquée.",
        "# Suggested by readiness-auditor: check and complete every marked line. Spec: https://yml.publiccode.tools/",
        'publiccodeYmlVersion: "0"',
        "",
        f"name: {_q(values['name'])}",
        f"url: {_q(values['url'])}" + (todo if values["sources"].get("url") == "todo" else ""),
    ]
    if values.get("softwareVersion"):
        lines.append(f"softwareVersion: {_q(values['softwareVersion'])}")
        lines.append(f"releaseDate: {_q(values['releaseDate'])}")
    lines += [
        "platforms:",
        *[f"  - {_q(p)}" for p in values["platforms"]],
        f"developmentStatus: {_q(values['developmentStatus'])}  # concept, development, beta, stable, obsolete",
        f"softwareType: {_q(values['softwareType'])}" + (
            "  # aucun code dans le dépôt : publiccode.yml décrit un logiciel, à publier avec son code / no code here: publiccode.yml "
            "describes software, publish it with its code" if values["sources"].get("softwareType") == "no code" else ""),
        "",
        "description:",
    ]
    for lang in values["languages"][:2]:
        lines += [
            f"  {lang}:",
            f"    shortDescription: {_q(values['shortDescription'])}" + (todo if values["sources"].get("description.fr.shortDescription") == "todo" else ""),
            f"    longDescription: {_q(long_desc)}" + ("" if values.get("longDescription") else todo),
            "    features:",
            f"      - {_q(TODO)}",
        ]
    lines += [
        "",
        "legal:",
        f"  license: {_q(values['license'])}" + (todo if values["sources"].get("legal.license") == "todo" else ""),
        "",
        "maintenance:",
        '  type: "internal"  # internal, contract, community, none',
        "  contacts:",
        f"    - name: {_q(TODO)}",
        "",
        "localisation:",
        f"  localisationReady: {'true' if values.get('localisationReady') else 'false'}",
        "  availableLanguages:",
        *[f"    - {_q(lang)}" for lang in values.get("availableLanguages") or values["languages"]],
        "",
    ]
    return "\n".join(lines)
