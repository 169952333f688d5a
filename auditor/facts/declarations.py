"""``declarations``: what the project declares in ``.auditor.yml`` (or its portfolio entry), each
item beside what the tool could verify.

Value::

    {"file": ".auditor.yml" | None, "sources": [...], "error": None | {"path", "line", "key", "message"},
     "declared": {...the normalised declarations...},
     "items": [{"key": "instances.0.url", "line": 4, "label": T, "declared": "https://…",
                "verified": "agrees" | "disagrees" | "form-ok" | "form-bad" | "found" | "not-found" | "declared-only",
                "note": T, "path": "publiccode.yml" | None, "publiccode_field": "usedBy" | None}],
     "exceptions": [{"check", "path", "value", "reason", "by", "until", "line"}]}

Nothing here fetches a URL; the statement pages are searched in the repository by name and read.
"""

from __future__ import annotations

import re
from typing import Any

from auditor import declarations as D
from auditor.facts import fact
from auditor.lazyre import lazy_compile

STATEMENT_PATHS = {
    "accessibility": lazy_compile(r"(accessibilit[eé]|accessibility|a11y)[^/]*\.(md|html?|twig|vue|jsx?|tsx?|txt|rst|php|erb|j2|jinja2?)$", re.I),
    "ecodesign": lazy_compile(r"(eco-?conception|[eé]co-?design|rgesn)[^/]*\.(md|html?|twig|vue|jsx?|tsx?|txt|rst|php|erb|j2|jinja2?)$", re.I),
    "privacy": lazy_compile(r"(confidentialit[eé]|privacy|donnees-?personnelles|rgpd|gdpr)[^/]*\.(md|html?|twig|vue|jsx?|tsx?|txt|rst|php|erb|j2|jinja2?)$", re.I),
}
A11Y_LEVEL_TEXT = (
    ("partial", lazy_compile(r"partiellement\s+conforme|conformit[ée]\s+partielle|partially\s+conform", re.I)),
    ("total", lazy_compile(r"totalement\s+conforme|conformit[ée]\s+totale|fully\s+conform", re.I)),
    ("none", lazy_compile(r"non\s+conforme|not\s+conform", re.I)),
)


def T(fr: str, en: str) -> dict[str, str]:  # noqa: N802
    return {"fr": fr, "en": en}


LEVEL_LABEL = {"total": T("totalement conforme", "fully conformant"), "partial": T("partiellement conforme", "partially conformant"),
               "none": T("non conforme", "not conformant")}
SPONSOR_LABEL = {"state": T("service de l'État", "State service"), "local-authority": T("collectivité", "local authority"),
                 "opsn": T("OPSN", "OPSN"), "association": T("association", "association"), "company": T("entreprise", "company")}


def _publiccode(ctx) -> tuple[str | None, dict[str, Any]]:
    path = (ctx.fact("files") or {}).get("publiccode")
    if not path:
        return None, {}
    text = ctx.snapshot.read_text(path, limit=1024 * 1024)
    try:
        from auditor import safeyaml

        data = safeyaml.load(text) if text else None
    except Exception:  # noqa: BLE001 - an unreadable publiccode.yml proves nothing; documentation.publiccode says why
        data = None
    return path, data if isinstance(data, dict) else {}


def _pc_values(pc: dict[str, Any], field: str) -> list[str]:
    """Every value of a publiccode.yml field, across description languages."""
    if field == "usedBy":
        return [str(x) for x in pc.get("usedBy") or [] if isinstance(x, (str, int))]
    if field == "maintenance.contacts":
        return [str(c.get("name")) for c in ((pc.get("maintenance") or {}).get("contacts") or []) if isinstance(c, dict) and c.get("name")]
    if field == "landingURL":
        return [str(pc["landingURL"])] if pc.get("landingURL") else []
    leaf = field.rsplit(".", 1)[-1]
    desc = pc.get("description") if isinstance(pc.get("description"), dict) else {}
    return [str(d[leaf]) for d in desc.values() if isinstance(d, dict) and d.get(leaf)]


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.lower()).strip().rstrip("/")


def _compare(item: dict[str, Any], declared: str, pc_path: str | None, pc: dict[str, Any], field: str, url: bool = False) -> None:
    item["publiccode_field"] = field
    values = _pc_values(pc, field) if pc_path else []
    if not values:
        return
    same = (lambda v: v.rstrip("/") == declared.rstrip("/")) if url else (lambda v: _norm(v) == _norm(declared) or _norm(declared) in _norm(v))
    item["path"] = pc_path
    if any(same(v) for v in values):
        item["verified"] = "agrees"
        item["note"] = T(f"publiccode.yml le dit aussi ({field}).", f"publiccode.yml says so too ({field}).")
    else:
        item["verified"] = "disagrees"
        shown = ", ".join(values[:3])
        item["note"] = T(f"publiccode.yml dit autre chose ({field} : {shown}).", f"publiccode.yml says otherwise ({field}: {shown}).")


def _url_item(item: dict[str, Any], url: str) -> None:
    problem = D.url_problem(url)
    if problem:
        why = D.URL_PROBLEMS[problem]
        item["verified"], item["note"] = "form-bad", T(f"Adresse mal formée : {why['fr']}.", f"Malformed address: {why['en']}.")
    else:
        item["verified"], item["note"] = "form-ok", T("non visitée (vérification hors ligne).", "not visited (offline check).")


def _statement_page(ctx, kind: str) -> str | None:
    from auditor.facts.inventory import is_test, is_vendored

    found = sorted((p for p in ctx.snapshot.files if STATEMENT_PATHS[kind].search(p) and not is_vendored(p) and not is_test(p)),
                   key=lambda p: (p.count("/"), p))
    return found[0] if found else None


def _statement(ctx, kind: str, st: dict[str, Any], line_of, items: list) -> None:
    labels = {"accessibility": T("Déclaration d'accessibilité (RGAA)", "Accessibility statement (RGAA)"),
              "ecodesign": T("Déclaration d'écoconception (RGESN)", "Eco-design statement (RGESN)"),
              "privacy": T("Politique de confidentialité", "Privacy notice")}
    def said(lang: str) -> str:
        bits = []
        if kind == "accessibility" and st.get("level"):
            bits.append(LEVEL_LABEL[st["level"]][lang] + (f" ({st['rate']} %)" if st.get("rate") is not None else ""))
        if st.get("rgaa_version"):
            bits.append(f"RGAA {st['rgaa_version']}")
        if kind == "ecodesign" and st.get("score") is not None:
            bits.append(f"{st.get('framework', 'RGESN')} {st['score']} %")
        bits += [str(st[k]) for k in ("date", "url") if st.get(k)]
        return " · ".join(bits) or "—"

    item = {"key": f"statements.{kind}", "line": line_of(("statements", kind)), "label": labels[kind], "declared": T(said("fr"), said("en")),
            "verified": "declared-only", "note": T("Non vérifiable dans le dépôt.", "Cannot be verified in the repository."), "path": None}
    if st.get("url"):
        _url_item(item, st["url"])
    page = _statement_page(ctx, kind)
    if page:
        item["path"] = page
        text = ctx.snapshot.read_text(page, limit=512 * 1024) or ""
        said = next((lvl for lvl, rx in A11Y_LEVEL_TEXT if rx.search(text)), None) if kind == "accessibility" else None
        if kind == "accessibility" and said and st.get("level"):
            if said == st["level"]:
                item["verified"], item["note"] = "agrees", T(f"La page {page} dit aussi « {LEVEL_LABEL[said]['fr']} ».",
                                                             f"The page {page} also says '{LEVEL_LABEL[said]['en']}'.")
            else:
                item["verified"], item["note"] = "disagrees", T(f"La page {page} dit « {LEVEL_LABEL[said]['fr']} ».",
                                                                f"The page {page} says '{LEVEL_LABEL[said]['en']}'.")
        elif item["verified"] != "form-bad":
            item["verified"], item["note"] = "found", T(f"Page trouvée dans le dépôt : {page}.", f"Page found in the repository: {page}.")
    items.append(item)


def _read_file(snap, out: dict[str, Any]) -> tuple[dict[str, Any], dict[tuple, int]]:
    """The repository's declarations file (never followed when a symlink), parsed; ``out`` gets its
    name, the source and the error."""
    name = next((n for n in D.FILE_NAMES if n in snap.files), None)
    if not name:
        return {}, {}
    out["file"] = name
    entry = snap.files[name]
    if entry.kind == "symlink":
        out["error"] = {"path": name, "line": None, "key": "", "message": "is a symbolic link (not followed)"}
        return {}, {}
    raw = snap.read_bytes(name, limit=D.MAX_BYTES)
    if raw is None:
        out["error"] = {"path": name, "line": None, "key": "", "message": f"unreadable or larger than {D.MAX_BYTES} bytes"}
        return {}, {}
    data, lines, out["error"] = D.parse(raw, name)
    if data:
        out["sources"].append(name)
    return data, lines


def _with_portfolio(ctx, out: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """A portfolio entry's declarations under the repository's: the repository's file wins key by key."""
    extra = (getattr(ctx.config, "extra", None) or {}).get("declarations")
    if not (isinstance(extra, dict) and extra):
        return data
    pdata, _, perr = D.check_data(D._plain({"version": 1, **extra}), {}, "portfolio")
    if perr:
        perr["line"] = perr["line"] or (getattr(ctx.config, "extra", None) or {}).get("declarations_line")  # the portfolio entry's line
        out["error"] = out["error"] or perr
        return data
    out["sources"].append("portfolio")
    return {**pdata, **data}


def _sponsor_item(ctx, sponsor: dict[str, Any], line: int | None, pc_path: str | None) -> dict[str, Any]:
    """The declared sponsor, compared with what publiccode.yml's organisation, legal and contacts say."""
    declared = {lang: " · ".join(x for x in (SPONSOR_LABEL.get(sponsor.get("type"), {}).get(lang), sponsor.get("name")) if x) for lang in ("fr", "en")}
    item = {"key": "sponsor", "line": line, "label": T("Porteur", "Sponsor"), "declared": declared,
            "verified": "declared-only", "path": None,
            "note": T("Déclaré : sert de type de porteur à l'audit.", "Declared: used as the audit's sponsor type.")}
    if not sponsor.get("type"):
        return item
    from auditor.facts.project import _publiccode_sponsor

    found, said = _publiccode_sponsor(ctx)
    if found and found != "unknown":
        item["path"] = pc_path or "publiccode.yml"
        label = SPONSOR_LABEL.get(found, T(found, found))
        if found == sponsor["type"]:
            item["verified"], item["note"] = "agrees", T(f"publiccode.yml le dit aussi ({said}).", f"publiccode.yml says so too ({said}).")
        else:
            item["verified"], item["note"] = "disagrees", T(f"publiccode.yml désigne plutôt : {label['fr']} ({said}).",
                                                            f"publiccode.yml rather names: {label['en']} ({said}).")
    return item


LINK_LABELS = {"documentation": T("Documentation", "Documentation"), "api": T("Documentation de l'API", "API documentation"),
               "demo": T("Démonstration", "Demo"), "impact": T("Indicateurs d'impact", "Impact indicators")}


def _link_items(data: dict[str, Any], line_of, pc_path: str | None, pc: Any) -> list[dict[str, Any]]:
    """Declared links (documentation, API, demo, impact), their form checked and compared with publiccode.yml."""
    items = []
    for key, label in LINK_LABELS.items():
        url = (data.get("links") or {}).get(key)
        if not url:
            continue
        item = {"key": f"links.{key}", "line": line_of(("links", key)), "label": label, "declared": url, "path": None}
        _url_item(item, url)
        field = D.PUBLICCODE_FIELDS.get(f"links.{key}")
        if field and item["verified"] != "form-bad":
            _compare(item, url, pc_path, pc, field, url=True)
        items.append(item)
    return items


def _maintainer_items(data: dict[str, Any], line_of, pc_path: str | None, pc: Any) -> list[dict[str, Any]]:
    """Declared maintainers, compared with publiccode.yml's maintenance contacts."""
    items = []
    for i, m in enumerate(data.get("maintainers") or []):
        who = m["name"] + (f" ({m['organisation']})" if m.get("organisation") else "") + (f" · {m['role']}" if m.get("role") else "")
        declared = T(who + (f" — financé par {m['funded_by']}" if m.get("funded_by") else ""), who + (f" — funded by {m['funded_by']}" if m.get("funded_by") else ""))
        item = {"key": f"maintainers.{i}", "line": line_of(("maintainers", i)), "label": T("Mainteneur", "Maintainer"), "declared": declared,
                "verified": "declared-only", "path": None, "note": T("Non vérifiable dans le dépôt.", "Cannot be verified in the repository.")}
        _compare(item, m["name"], pc_path, pc, "maintenance.contacts")
        items.append(item)
    return items


@fact("declarations", version=1, cache="none")
def declarations(ctx) -> dict:
    out: dict[str, Any] = {"file": None, "sources": [], "error": None, "declared": {}, "items": [], "exceptions": []}
    data, lines = _read_file(ctx.snapshot, out)
    data = _with_portfolio(ctx, out, data)
    out["declared"] = data
    if not data:
        return out
    line_of = lambda at: D.safeyaml.line_for(lines, at) if lines else None  # noqa: E731
    pc_path, pc = _publiccode(ctx)
    items: list[dict[str, Any]] = out["items"]

    sponsor = data.get("sponsor") or {}
    if sponsor:
        items.append(_sponsor_item(ctx, sponsor, line_of(("sponsor",)), pc_path))
    for i, inst in enumerate(data.get("instances") or []):
        item = {"key": f"instances.{i}", "line": line_of(("instances", i)), "label": T("Instance en production", "Production instance"),
                "declared": " · ".join(str(x) for x in (inst["url"], inst.get("territory"), inst.get("operator")) if x), "path": None}
        _url_item(item, inst["url"])
        items.append(item)
    for i, reuser in enumerate(data.get("reusers") or []):
        item = {"key": f"reusers.{i}", "line": line_of(("reusers", i)), "label": T("Réutilisateur", "Reuser"),
                "declared": " · ".join(str(x) for x in (reuser["name"], reuser.get("territory"), reuser.get("url"), reuser.get("since")) if x),
                "verified": "declared-only", "path": None, "note": T("Non vérifiable dans le dépôt.", "Cannot be verified in the repository.")}
        if reuser.get("url"):
            _url_item(item, reuser["url"])
        _compare(item, reuser["name"], pc_path, pc, "usedBy")
        items.append(item)
    for kind in ("accessibility", "ecodesign", "privacy"):
        st = (data.get("statements") or {}).get(kind)
        if st:
            _statement(ctx, kind, st, line_of, items)
    items += _link_items(data, line_of, pc_path, pc)
    items += _maintainer_items(data, line_of, pc_path, pc)
    for item in items:
        item.setdefault("publiccode_field", D.PUBLICCODE_FIELDS.get(item["key"].split(".")[0]))
    out["exceptions"] = [{**exc, "line": line_of(("exceptions", i))} for i, exc in enumerate(data.get("exceptions") or [])]
    return out
