"""The scaling-risks checks (family ``scaling``).

Longer than 400 lines: the scaling family's checks are one per fact, short, and share their risk
sentences and levels; one module keeps them side by side.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check, clauses
from auditor.facts import FactError
from auditor.facts.inventory import NO_UPDATE_BOT, is_doc
from auditor.lazyre import lazy_compile


def _risk(level: int, fr: str, en: str, evidence: list[dict] | None = None) -> dict:
    return {"level": level, "text": T(fr, en), "evidence": (evidence or [])[:3]}


def _pct(x: float) -> int:
    return int(round(100 * x))


# a settings or data file is where a deployer writes the addresses (maelstro's dev_config.yaml listing the platforms to copy between,
# Rennes Métropole's GeoNetwork among them): an address there is configured, not hard-coded in the code (issue 12, s40 lead after
# fk40's d8e9a146, reported by fm40)
_SETTINGS_FILE = lazy_compile(r"(?:^|/)\.env[^/]*$|\.(?:ya?ml|json|toml|ini|cfg|conf|properties|env|xml|csv)$", re.I)


def _in_code(path: str) -> bool:
    return bool(path) and not is_doc(path) and not _SETTINGS_FILE.search(path)


# an API's address: an api. host or an /api/ path (https://api.cacem.fr, https://data.example.fr/api/v2/…)
_API_ADDRESS = lazy_compile(r"^(?:https?:)?//(?:api[.-][\w.-]+|[\w.-]+(?::\d+)?/(?:[\w.-]+/)*api(?:/|$|\?))", re.I)
# the pass message when no address counts: the scan drops links, sentences and documentation links (nothing loaded), so say what
# was looked for (issue 12, s41 fb41 = t3_Serignac: a site whose addresses are all <a href> links read "no external address")
_NO_ADDRESS_FR = "aucune adresse externe que le service charge ou appelle ; les liens pour le lecteur n'en sont pas"
_NO_ADDRESS_EN = "no external address the service loads or calls; links for readers are not such addresses"


def _where(ev: list[dict], n: int = 2) -> str:
    parts = []
    for e in ev[:n]:
        if e.get("path"):
            parts.append(f"{e['path']}:{e['line']}" if e.get("line") else e["path"])
    return ", ".join(parts)


# -- reuse ---------------------------------------------------------------------------------------
@check(
    id="scaling.reuse",
    family="scaling",
    effort="days",
    title=T("Le projet est déjà réutilisé ailleurs", "The project is already reused elsewhere"),
    rationale=T(
        "Un projet déjà installé par d'autres collectivités ou organismes publics a prouvé qu'il peut passer à l'échelle : "
        "instances publiques, déclarations usedBy de publiccode.yml, forks par d'autres organismes publics.",
        "A project that other local governments or public bodies already run has shown it can scale: public instances, "
        "publiccode.yml usedBy declarations, forks by other public bodies.",
    ),
    remediation=T(
        "Listez les organisations utilisatrices dans publiccode.yml (usedBy) et les instances publiques dans une section "
        "« Instances » ou « Qui l'utilise ? » du README ; invitez les réutilisateurs à contribuer dans le dépôt d'origine.",
        "List the organisations using it in publiccode.yml (usedBy) and the public instances in an \"Instances\" or "
        "\"Who uses it?\" section of the README; invite reusers to contribute upstream.",
    ),
)
def reuse(ctx) -> Result:
    f = ctx.fact("reuse_evidence")
    forks = f["forks"]
    ev = []
    if f["used_by"]:
        ev.append(Evidence(path=f["publiccode"], value={"usedBy": f["used_by"]}, kind="found"))
    for m in f["mentions"][:10]:
        ev.append(Evidence(path=m["path"], line=m["line"], value=m["value"], kind="found"))
    if forks.get("available"):
        ev.append(Evidence(value={"forks": forks.get("total"), "listed": forks.get("listed"), "public_bodies": forks["public"],
                                  "organisations": forks["organisations"], "individuals": forks["individuals"]}))
    else:
        ev.append(Evidence(value={"forks": None}, note=T(f"Forks non consultés : {forks['reason']['fr']}",
                                                         f"Forks not read: {forks['reason']['en']}")))
    details = {"data": f["data"]}
    public_forks = forks.get("public") or []
    instances = f["instances"]
    deployments = [m for m in f["mentions"] if m["kind"] == "deployment"]
    public_deployments = [m["value"] for m in deployments if m.get("public")]
    strong = len(f["used_by"]) + len(public_forks) + len(instances) + len(public_deployments)
    if f["used_by"] or public_forks or len(instances) >= 2 or len(public_deployments) >= 2:
        parts_fr, parts_en = [], []
        if f["used_by"]:
            parts_fr.append(f"{len(f['used_by'])} utilisateur(s) déclaré(s) (publiccode.yml usedBy, .auditor.yml) : {', '.join(f['used_by'][:3])}")
            parts_en.append(f"{len(f['used_by'])} user(s) declared (publiccode.yml usedBy, .auditor.yml): {', '.join(f['used_by'][:3])}")
        if public_forks:
            parts_fr.append(f"{len(public_forks)} fork(s) par des organismes publics ({', '.join(public_forks[:3])})")
            parts_en.append(f"{len(public_forks)} fork(s) by public bodies ({', '.join(public_forks[:3])})")
        if instances:
            parts_fr.append(f"{len(instances)} instance(s) citée(s) dans la documentation")
            parts_en.append(f"{len(instances)} instance(s) named in the documentation")
        if public_deployments:
            parts_fr.append(f"{len(public_deployments)} déploiement(s) chez des organismes publics cité(s) dans la documentation"
                            f" : {', '.join(public_deployments[:3])}")
            parts_en.append(f"{len(public_deployments)} deployment(s) at public bodies named in the documentation: {', '.join(public_deployments[:3])}")
        return Result.passed(T("Réutilisation attestée : " + " ; ".join(parts_fr) + ".", "Reuse shown: " + "; ".join(parts_en) + "."),
                             ev, score=10 if strong >= 2 else 8, **details)
    if instances or deployments or forks.get("organisations"):
        what_fr = f"{len(instances)} instance(s) et {len(deployments)} déploiement(s) cités" + \
                  (f", {len(forks['organisations'])} fork(s) par d'autres organisations" if forks.get("organisations") else "")
        what_en = f"{len(instances)} instance(s) and {len(deployments)} deployment(s) named" + \
                  (f", {len(forks['organisations'])} fork(s) by other organisations" if forks.get("organisations") else "")
        details["risk"] = _risk(1, f"Réutilisation peu attestée : {what_fr}, aucun organisme public identifié comme utilisateur.",
                                f"Little evidence of reuse: {what_en}, no public body identified as a user.")
        return Result.warn(T(f"Réutilisation peu attestée : {what_fr}.", f"Little evidence of reuse: {what_en}."), ev, score=6, **details)
    own = f.get("own_use") or []  # (the sponsor saying it uses its own project: said, not counted)
    said = own[0].split(". ")[0][:120] if own else ""
    own_fr = f" L'usage par le porteur lui-même n'est pas une réutilisation (« {said} »)." if own else ""
    own_en = f" The sponsor's own use is no reuse (\"{said}\")." if own else ""
    if not forks.get("available"):
        return Result.inconclusive(T(f"Aucune réutilisation citée dans le dépôt (usedBy, instances) ; forks non consultés : {forks['reason']['fr']}.{own_fr}",
                                     f"No reuse named in the repository (usedBy, instances); forks not read: {forks['reason']['en']}.{own_en}"), ev, **details)
    details["risk"] = _risk(2, "Aucune réutilisation attestée : ni utilisateur déclaré (usedBy), ni instance publique citée, ni fork par un organisme public"
                               f" ({forks.get('total') or 0} fork(s) au total).",
                            "No evidence of reuse: no declared user (usedBy), no public instance named, no fork by a public body"
                            f" ({forks.get('total') or 0} fork(s) in all).")
    return Result.warn(T("Aucune réutilisation attestée par un autre organisme (usedBy, instances, forks publics)." + own_fr,
                         "No reuse by another body shown (usedBy, instances, public forks)." + own_en), ev, score=3, **details)


# -- contributors by type ----------------------------------------------------------------------
# A personal (gmail.com) or masked (users.noreply.github.com) address shows no organisation: often an agent of
# the sponsor committing from a forge account, so it is never called a private individual.
# An unlisted domain is an organisation of unknown type (``organisation``): a company's, an association's or a public body's the
# data file does not know (smmar.fr, a syndicat mixte), never counted as a contractor's.
TYPE_FR = {"public": "organismes publics", "company": "entreprises", "organisation": "organisations de type inconnu", "individual": "adresses personnelles ou masquées (sans organisation lisible)", "unknown": "adresses inconnues"}
TYPE_EN = {"public": "public bodies", "company": "companies", "organisation": "organisations of unknown type", "individual": "personal or masked addresses (no organisation to read)", "unknown": "unknown addresses"}


def bus_factor_words(w: dict, period_fr: str = "de l'année", period_en: str = "the year's") -> tuple[str, str] | None:
    """The bus factor of a window said in plain words, e.g. « une seule personne a écrit 90 % des commits de l'année »."""
    if not w["commits"]:
        return None
    share, people, factor = w["top_person_share"], w["people"], w["absence_factor"]
    if people == 1:
        # (the whole history's period reads "all": "all of all commits" said twice)
        return (f"Une seule personne a écrit tous les commits {period_fr} ({w['commits']}).",
                f"One person wrote all the commits ({w['commits']})." if period_en == "all" else f"One person wrote all of {period_en} commits ({w['commits']}).")
    if share >= 0.75:  # (others wrote some: never "100 %", 221 of 222 is 99 %)
        pct = min(_pct(share), 99)
        return (f"Une seule personne a écrit {pct} % des commits {period_fr}.", f"One person wrote {pct}% of {period_en} commits.")
    if factor == 1:
        return (f"Une personne a écrit au moins la moitié ({_pct(share)} %) des commits {period_fr}, sur {people} contributeurs.",
                f"One person wrote at least half ({_pct(share)}%) of {period_en} commits, out of {people} contributors.")
    if factor == 2:
        return (f"Deux personnes ont écrit au moins la moitié des commits {period_fr}, sur {people} contributeurs.",
                f"Two people wrote at least half of {period_en} commits, out of {people} contributors.")
    return (f"Il faut {factor} personnes pour réunir la moitié des commits {period_fr} ({people} contributeurs).",
            f"It takes {factor} people to make half of {period_en} commits ({people} contributors).")


def _leaders(orgs: list[dict], lang: str) -> tuple[str, bool]:
    """The organisation with the most commits, or those tied with it (two contractors with half of the commits each): named
    together, never one of them as the main one."""
    first = [o for o in orgs if o["commits"] == orgs[0]["commits"]][:3]
    labels = [_org_label(o, lang) for o in first]
    return (labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + (" et " if lang == "fr" else " and ") + labels[-1]), len(labels) > 1


def _own_share(w: dict) -> float:
    """The share of a window's commits from the domain of the organisation holding the repository (contributor_types)."""
    return (w.get("own_organisation_commits") or 0) / w["commits"] if w["commits"] else 0.0


def _not_own(w: dict) -> float:
    """The share of a window's commits from companies and other organisations, the one holding the repository aside."""
    return max(0.0, round(w["shares"]["company"] + w["shares"].get("organisation", 0.0) - _own_share(w), 3))


def _untyped_words(orgs: list[dict]) -> tuple[str, str]:
    """What types an organisation of unknown type: said when its share would otherwise read as a contractor's."""
    untyped = [o["domain"] for o in orgs if o["type"] == "organisation"]
    names = ", ".join(untyped[:3]) + (f" (+{len(untyped) - 3})" if len(untyped) > 3 else "")  # (a count, never a silent cut)
    return (f"L'outil n'a pas pu typer {names} (domaine absent de sa liste d'organisations, organisations.yml : entreprise, "
            "association ou organisme public ?) : aucun prestataire n'est compté. L'y inscrire, ou donner le type du porteur "
            "(--sponsor-type, colonne du portefeuille) quand c'est son propre domaine (nommé comme son compte de forge ou le "
            "propriétaire légal de son publiccode.yml, ou son url), le typerait.",
            f"The tool could not type {names} (a domain not in its list of organisations, organisations.yml: a company, an "
            "association or a public body?): no contractor is counted. Listing it there, or giving the sponsor's type "
            "(--sponsor-type, the portfolio's column) when it is the sponsor's own domain (named like its forge account or its "
            "publiccode.yml's legal owner, or its url), would type it.")


def _org_label(o: dict, lang: str) -> str:
    if o.get("name"):
        return f"{o['domain']} ({o['name']})"
    if o.get("hired"):  # (unlisted, but the project depends on its server: the contractor's, as scaling.hosting says)
        return o["domain"] + (" (entreprise dont le projet utilise le serveur)" if lang == "fr" else " (the company whose server the project uses)")
    if o["type"] in ("company", "organisation") and not o.get("listed"):
        # not in the data file: an association or a public body the file does not know (an OPSN, a GIP) as well as a company
        return o["domain"] + (" (organisation non répertoriée)" if lang == "fr" else " (unlisted organisation)")
    return o["domain"]


@check(
    id="scaling.contributor-organisations",
    family="scaling",
    effort="days",
    needs_history=True,
    title=T("Le porteur peut poursuivre le projet sans dépendre d'une personne ou d'un prestataire",
            "The sponsor can carry the project on without depending on one person or one contractor"),
    rationale=T(
        "Pour passer à l'échelle, le code doit survivre au départ d'une personne ou à la fin d'un marché : quand une seule "
        "personne écrit presque tout, ou quand un prestataire a écrit l'essentiel du code, le porteur public ne peut pas le "
        "faire évoluer seul. Les commits sont classés par type d'organisation (organisme public, entreprise répertoriée, organisation de type inconnu, particulier, robot) "
        "d'après le domaine de l'adresse de l'auteur.",
        "To scale, the code must survive one person leaving or a contract ending: when one person writes nearly everything, "
        "or a contractor wrote most of the code, the public sponsor cannot evolve it alone. Commits are classed by type of "
        "organisation (public body, listed company, organisation of unknown type, individual, bot) from the author's e-mail domain.",
    ),
    remediation=T(
        "Faites relire et co-écrire le code par des agents du porteur, exigez dans les marchés le transfert de compétences et "
        "des commits signés avec des adresses identifiables, documentez l'architecture et partagez les droits de maintenance.",
        "Have the sponsor's staff review and co-write the code, require knowledge transfer and identifiable commit addresses "
        "in contracts, document the architecture and share maintainer rights.",
    ),
)
def contributor_organisations(ctx) -> Result:
    f = ctx.fact("contributor_types")
    if not f.get("available"):
        return Result.inconclusive(f["reason"])
    y, a = f["year"], f["all_time"]
    details = {"data": f["data"]}
    keys = ("commits", "bot_commits", "by_type", "shares", "people", "top_person_share", "absence_factor")
    ev = [Evidence(value={"year": {k: y[k] for k in keys}, "organisations_year": y["organisations"][:10],
                          "all_time": {k: a[k] for k in keys}, "organisations_all_time": a["organisations"][:5]})]
    if not a["commits"]:
        return Result.inconclusive(T("Aucun commit humain dans l'historique.", "No human commit in the history."), ev, **details)
    if not y["commits"] and (ctx.fact("releases") or {}).get("work_elsewhere"):
        return Result.inconclusive(ctx.fact("releases")["work_elsewhere"], ev, **details)
    # The year's commits when there are any; otherwise the whole history, said so.
    w, per_fr, per_en = (y, "de l'année", "the year's") if y["commits"] else (a, "depuis l'origine", "all")
    sentences_fr, sentences_en = [], []
    level, score = 0, 10.0
    if not y["commits"]:
        sentences_fr.append("Aucun commit humain dans l'année.")
        sentences_en.append("No human commit in the year.")
        level, score = 1, 6.0
    words = bus_factor_words(w, per_fr, per_en)
    share = w["top_person_share"] or 0
    if words:
        sentences_fr.append(words[0])
        sentences_en.append(words[1])
    if share >= 0.9 or w["people"] == 1:
        level, score = 3, score - 5
    elif share >= 0.75:
        level, score = max(level, 2), score - 4
    elif w["absence_factor"] == 1:
        level, score = max(level, 1), score - 2
    # (the organisation holding the repository, when no public body, writes its own code: no contractor to depend on)
    companies = [o for o in w["organisations"] if o["type"] in ("company", "organisation") and not o.get("own")]
    pub, comp, own = w["shares"]["public"], _not_own(w), _own_share(w)
    a_companies = [o for o in a["organisations"] if o["type"] in ("company", "organisation") and not o.get("own")]
    if own >= 0.5:
        lead = next(o["domain"] for o in w["organisations"] if o.get("own"))
        sentences_fr.append(f"{_pct(own)} % des commits {per_fr} viennent du domaine de l'organisation qui détient le dépôt ({lead}).")
        sentences_en.append(f"{_pct(own)}% of {per_en} commits come from the domain of the organisation holding the repository ({lead}).")
    if a["commits"] >= 5 and _not_own(a) >= 0.95 and a["shares"]["public"] == 0 and a_companies:
        top = a_companies[0]
        # A listed contractor is a company; an unlisted domain is an organisation of unknown type, an association's (lpo.fr) or a
        # public body's the data file does not know (a GIP, a syndicat mixte: smavd.org) as well as a company's: said so, and no
        # contractor is weighed unless the listed companies made half of the commits
        listed = a["shares"]["company"]
        untyped = not top.get("listed") and listed < 0.5
        who_fr, who_en = ("une entreprise", "a company") if top.get("listed") else ("une seule organisation de type inconnu",
                                                                                  "one organisation of unknown type") if untyped else (
            "une seule organisation que l'outil n'identifie pas comme un organisme public (entreprise, association ou organisme non répertorié)",
            "one organisation the tool does not identify as a public body (a company, an association or an unlisted body)")
        if len(a_companies) > 1 and untyped:
            who_fr, who_en = (f"{len(a_companies)} organisations, aucune identifiée comme organisme public ni comme entreprise",
                              f"{len(a_companies)} organisations, none identified as a public body or a company")
        elif len(a_companies) > 1:  # two contractors are not "one organisation"
            who_fr, who_en = (f"{len(a_companies)} entreprises ou autres organisations, aucune identifiée comme organisme public",
                              f"{len(a_companies)} companies or other organisations, none identified as a public body")
        (lead_fr, tie), (lead_en, _) = _leaders(a_companies, "fr"), _leaders(a_companies, "en")
        # (commits from a personal address count for the company the same person also writes from: counted by person, said so)
        moved = a.get("company_commits_from_personal_addresses") or 0
        from_fr, from_en = ((f"sont de personnes écrivant depuis des adresses d'entreprises ou d'autres organisations (dont {moved} "
                             f"depuis leur adresse personnelle)", f"are by people writing from addresses of companies or other organisations "
                             f"({moved} of them from their personal address)") if moved else
                            ("viennent d'adresses d'entreprises ou d'autres organisations", "come from addresses of companies or other organisations"))
        sentences_fr.append(f"Le code a été entièrement écrit par {who_fr} : {_pct(_not_own(a))} % des commits depuis "
                            f"l'origine {from_fr}, " + (f"à égalité entre {lead_fr}." if tie else f"surtout {lead_fr}."))
        sentences_en.append(f"The code was written entirely by {who_en}: {_pct(_not_own(a))}% of all commits {from_en}, "
                            + (f"tied between {lead_en}." if tie else f"mostly {lead_en}."))
        # (organisations of unknown type are said so, not weighed as a contractor)
        if not untyped:
            level, score = 3, score - 4
        else:
            if listed >= 0.2:
                level, score = max(level, 2), score - 2
            sentences_fr.append(_untyped_words(a_companies)[0])
            sentences_en.append(_untyped_words(a_companies)[1])
    elif comp >= 0.5 and companies:
        top = companies[0]
        top_share = top["commits"] / w["commits"]
        (lead_fr, tie), (lead_en, _) = _leaders(companies, "fr"), _leaders(companies, "en")
        half = round(comp * 100) == 50  # (half of the commits is no "most"; public bodies may hold the other half)
        # (a person's personal or masked commits counted for the organisation whose address the same person also writes from: the
        # share is the organisation's people's, not its addresses' alone, said so with the count; issue 12, s47 lead = rk46's
        # TechCabbalr/sirs_import: 26 commits from the domain and 32 of the same person's no-reply commits, "66% from the domain")
        moved = w.get("company_commits_from_personal_addresses") or 0
        moved_fr, moved_en = ((f" Parmi les commits comptés pour ces organisations, {moved} sont écrits depuis l'adresse personnelle ou "
                               "masquée d'une personne qui écrit aussi depuis l'adresse de l'organisation.", f" Of the commits counted for these organisations, {moved} "
                               "are written from the personal or masked address of a person who also writes from the organisation's address.")
                              if moved else ("", ""))
        sentences_fr.append(("La moitié" if half else "La plupart") + f" des commits {per_fr} ({_pct(comp)} %) viennent d'entreprises ou d'autres organisations, "
                            + (f"{_pct(top_share)} % de chacun des domaines {lead_fr}" if tie else f"dont {_pct(top_share)} % du domaine {lead_fr}")
                            + (f" ; les organismes publics en font {_pct(pub) or '< 1'} %." if pub else " ; aucun d'un organisme public.") + moved_fr)
        sentences_en.append(("Half" if half else "Most") + f" of {per_en} commits ({_pct(comp)}%) come from companies or other organisations, "
                            + (f"{_pct(top_share)}% each from the domains {lead_en}" if tie else f"{_pct(top_share)}% from the domain {lead_en}")
                            + (f"; public bodies made {_pct(pub) or '< 1'}%." if pub else "; none from a public body.") + moved_en)
        listed = w["shares"]["company"]
        if listed >= 0.5 or (top.get("listed") and listed >= 0.2):
            level, score = max(level, 2 if pub < 0.2 else 1), score - (3 if pub < 0.2 else 1)
        else:  # (most of it from organisations the tool could not type: no contractor shown)
            sentences_fr.append(_untyped_words(companies)[0])
            sentences_en.append(_untyped_words(companies)[1])
    elif comp >= 0.2 and pub >= 0.2:
        sentences_fr.append(f"Code co-écrit par des organismes publics ({_pct(pub)} %) et des entreprises ou autres organisations ({_pct(comp)} %).")
        sentences_en.append(f"Code co-written by public bodies ({_pct(pub)}%) and companies or other organisations ({_pct(comp)}%).")
    # A share under half a per cent is said "< 1 %", never "0 %" beside a type that has commits.
    mix_fr = ", ".join(f"{TYPE_FR[k]} {_pct(v) or '< 1'} %" for k, v in w["shares"].items() if v)
    mix_en = ", ".join(f"{TYPE_EN[k]} {_pct(v) or '< 1'}%" for k, v in w["shares"].items() if v)
    msg = T(" ".join(sentences_fr) + f" Commits {per_fr} par type : {mix_fr}.", " ".join(sentences_en) + f" Commits ({per_en}) by type: {mix_en}.")
    if level:
        details["risk"] = _risk(level, " ".join(sentences_fr), " ".join(sentences_en), [e.to_dict() for e in ev])
    return Result.scored(max(1.0, score), msg, ev, **details)


# -- vendor lock-in ------------------------------------------------------------------------------
@check(
    id="scaling.vendor-lock-in",
    family="scaling",
    effort="days",
    title=T("Le projet ne dépend pas de services ou logiciels propriétaires", "The project does not depend on proprietary services or tools"),
    rationale=T(
        "Un service ou un logiciel propriétaire (API Opendatasoft, FME, ArcGIS, Business Geografic, clés Google Maps ou Mapbox, "
        "mesure d'audience ou formulaires en SaaS) impose à chaque collectivité réutilisatrice un contrat, une licence ou un compte "
        "chez le fournisseur, et peut disparaître ou changer de prix.",
        "A proprietary service or tool (Opendatasoft API, FME, ArcGIS, Business Geografic, Google Maps or Mapbox keys, SaaS "
        "analytics or forms) forces every reusing body into a contract, licence or account with the vendor, and may disappear or change price.",
    ),
    remediation=T(
        "Remplacez-le par un équivalent libre ou un service public (voir les alternatives citées), ou isolez-le derrière une "
        "interface configurable et documentez comment s'en passer.",
        "Replace it with an open equivalent or a public service (see the alternatives named), or isolate it behind a configurable "
        "interface and document how to do without it.",
    ),
)
def vendor_lock_in(ctx) -> Result:
    f = ctx.fact("vendor_lockin")
    details = {"data": f["data"]}
    # a GIS tool's files shipped only as an alternative (ArcGIS Pro styles beside the same kit's QGIS styles): a choice, no lock-in
    beside = _open_gis_equivalents(ctx) if any(_files_only(s) and s.get("category") == "gis" for s in f["services"]) else []
    offered = [s for s in f["services"] if beside and _files_only(s) and s.get("category") == "gis"]
    # a proprietary basemap's tiles offered beside open ones (Esri's imagery in a list with OpenStreetMap's): a choice, no lock-in
    basemaps = [s for s in f["services"] if s.get("basemap_beside_open")]
    if basemaps:
        details["basemaps_beside_open"] = [s.get("named") or s["name"] for s in basemaps]
        f = {**f, "services": [s for s in f["services"] if s not in basemaps]}
        if not f["services"] and not offered:
            s = basemaps[0]
            e = s["evidence"][0]
            return Result.passed(T(f"Seul un fond de carte propriétaire ({s['name']}, {e['path']}) est proposé, à côté de fonds "
                                   "ouverts (OpenStreetMap, IGN…) : un choix qu'on retire d'une ligne, pas une dépendance.",
                                   f"Only a proprietary basemap ({s['name']}, {e['path']}) is offered, beside open ones (OpenStreetMap, "
                                   "IGN…): a choice removed in one line, no lock-in."),
                                 [Evidence(path=e["path"], line=e.get("line"), value=s["name"], kind="found")], score=10, **details)
    f = {**f, "services": [s for s in f["services"] if s not in offered]}
    if offered:
        details["offered_beside_open"] = [s["name"] for s in offered]
    if not f["services"]:
        if offered:
            s = offered[0]
            return Result.passed(T(f"Fichiers de {s['name']} ({s['files_of_type']} fichier(s) {s['evidence'][0]['value']}) proposés à côté de leurs "
                                   f"équivalents ouverts ({len(beside)} fichier(s) QGIS, par exemple {beside[0]}) : pas de dépendance.",
                                   f"{s['name']} files ({s['files_of_type']} {s['evidence'][0]['value']} file(s)) offered beside their open "
                                   f"equivalents ({len(beside)} QGIS file(s), for example {beside[0]}): no lock-in."),
                                 [Evidence(path=s["evidence"][0]["path"], value=s["name"], kind="found"), Evidence(path=beside[0], value="QGIS", kind="found")],
                                 score=10, **details)
        return Result.passed(T("Aucun service ou outil propriétaire de la liste détecté.", "No proprietary service or tool of the list detected."),
                             score=10, **details)
    ev = []
    penalty = 0
    # a family entry ("SendGrid / Mailjet / …") is named by the member the evidence shows used, as portability names it
    f = {**f, "services": [{**s, "name": s.get("named") or s["name"]} for s in f["services"]]}
    for s in f["services"]:
        penalty += {3: 4, 2: 2.5, 1: 1}.get(s["severity"], 1)
        for e in s["evidence"][:4]:
            ev.append(Evidence(path=e["path"], line=e.get("line"), value={"service": s["name"], "how": e["how"], "match": e["value"]},
                               note=T(f"Alternative : {s['alternatives']['fr']}", f"Alternative: {s['alternatives']['en']}") if s.get("alternatives") else None,
                               kind="finding"))
    names = ", ".join(s["name"] for s in f["services"][:5]) + (f" (+{len(f['services']) - 5})" if len(f["services"]) > 5 else "")  # a count, never a silent cut
    top = f["services"][0]
    level = top["severity"]
    how_fr = f"{top['files_of_type']} fichier(s) {top['evidence'][0]['value']}" if top["evidence"][0]["how"] == "file_type" else _where(top["evidence"])
    # (the other services named, three at most, and how many more: never a silent cut)
    others = ", ".join(s["name"] for s in f["services"][1:4]) + (f" (+{len(f['services']) - 4})" if len(f["services"]) > 4 else "")
    details["risk"] = _risk(level, f"Dépend de {top['name']} ({how_fr})" + (f" et de {len(f['services']) - 1} autre(s) service(s) propriétaire(s) : "
                                                                          f"{others}." if len(f["services"]) > 1 else "."),
                            f"Depends on {top['name']} ({how_fr})" + (f" and {len(f['services']) - 1} other proprietary service(s): "
                                                                    f"{others}." if len(f["services"]) > 1 else "."),
                            [e.to_dict() for e in ev])
    todo_fr, todo_en = [], []
    for s in f["services"][:3]:
        alt = s.get("alternatives") or {}
        where_s = ", ".join(dict.fromkeys(_where(s["evidence"], 4).split(", ")))
        todo_fr.append(f"{s['name']} ({where_s}) : " + (f"remplacez-le par {alt['fr']}" if alt.get("fr") else "isolez-le derrière une interface "
                                                        "configurable pour qu'un autre territoire puisse s'en passer"))
        todo_en.append(f"{s['name']} ({where_s}): " + (f"replace it with {alt['en']}" if alt.get("en") else "isolate it behind a configurable "
                                                      "interface so that another territory can do without it"))
    more = len(f["services"]) - 3
    return Result.scored(10 - penalty, T(f"{len(f['services'])} service(s) ou outil(s) propriétaire(s) : {names}.",
                                         f"{len(f['services'])} proprietary service(s) or tool(s): {names}."), ev, **details).advise(T(
        " ; ".join(todo_fr) + (f" ; puis les {more} autres" if more > 0 else "") + ".",
        "; ".join(todo_en) + (f"; then the {more} others" if more > 0 else "") + "."))


def _files_only(service: dict) -> bool:
    """A proprietary tool seen only through files of its formats (no package, host or code calling it)."""
    return bool(service["evidence"]) and set(service.get("hows") or [e["how"] for e in service["evidence"]]) == {"file_type"}


def _open_gis_equivalents(ctx) -> list[str]:
    """The project's QGIS styles and projects (QML, SLD, QGS/QGZ, or a zipped QGIS project named so)."""
    from auditor.facts.inventory import is_vendored
    from auditor.facts.tree import tree_of

    # every one: the message counts them (a list cut at 20 once made a kit of 91 QGIS files "20 QGIS file(s)")
    return sorted(e.path for e in tree_of(ctx) if not is_vendored(e.path) and (e.ext.lower() in ("qml", "sld", "qgs", "qgz")
                                                                               or re.search(r"qgis.*\.zip$", e.path, re.I)))


# -- hosting and data ------------------------------------------------------------------------
CLASS_FR = {"own": "serveurs du porteur", "public-other": "serveurs d'un autre organisme public", "personal": "comptes personnels ou tiers",
            "commercial": "services commerciaux", "internal": "adresses internes", "cdn": "CDN", "public-national": "plateformes publiques nationales",
            "other": "autres organisations",
            "public-unknown": "serveurs d'un organisme public (porteur inconnu : le dépôt n'a pas d'adresse de forge)"}
CLASS_EN = {"own": "the sponsor's servers", "public-other": "another public body's servers", "personal": "personal or third-party accounts",
            "commercial": "commercial services", "internal": "internal addresses", "cdn": "CDNs", "public-national": "national public platforms",
            "other": "other organisations",
            "public-unknown": "a public body's servers (sponsor unknown: the repository has no forge address)"}


@check(
    id="scaling.hosting",
    family="scaling",
    effort="days",
    title=T("Le service ne dépend pas d'hébergements ou de données qu'un autre territoire ne peut pas obtenir",
            "The service does not depend on hosting or data another territory cannot get"),
    rationale=T(
        "Des adresses écrites en dur dans le code et la configuration lient le service aux serveurs du porteur, d'un autre organisme, "
        "d'un compte personnel (pages github.io, fichiers ou forks d'une personne, espaces de stockage personnels) ou d'un service "
        "commercial ; une base de données interne ou des données à accès restreint (fichiers fonciers, MAJIC, DV3F…) ne sont pas "
        "accessibles à un autre territoire sans démarche.",
        "Addresses hard-coded in code and configuration tie the service to the sponsor's servers, another body's, a personal "
        "account's (github.io pages, one person's files or forks, personal storage) or a commercial service's; an internal "
        "database or restricted-access data (fichiers fonciers, MAJIC, DV3F…) is out of reach of another territory without a procedure.",
    ),
    remediation=T(
        "Rendez chaque adresse configurable (variables d'environnement), hébergez les données et fichiers nécessaires dans le dépôt "
        "ou sur un espace institutionnel, et documentez comment obtenir les données à accès restreint (ayants droit, convention).",
        "Make every address configurable (environment variables), host the needed data and files in the repository or on an "
        "institutional space, and document how to obtain restricted data (who is entitled, which agreement).",
    ),
)
def hosting(ctx) -> Result:
    f = ctx.fact("hosting_dependencies")
    details = {"data": f["data"]}
    risky = [h for h in f["hosts"] if h["class"] in ("personal", "public-other", "public-unknown", "own", "commercial")]
    ev = []
    for h in risky[:12]:
        e0 = h["evidence"][0]
        ev.append(Evidence(path=e0["path"], line=e0["line"], value={"host": h["host"], "class": h["class"], "count": h["count"], "url": e0["value"]},
                           kind="finding" if h["class"] in ("personal", "public-other") else None))
    for c in f["clones"][:5]:
        ev.append(Evidence(path=c["path"], line=c["line"], value={"clone": c["value"], "account": c["account"]}, kind="finding"))
    for i in f["internal"][:5]:
        ev.append(Evidence(path=i["path"], line=i["line"], value={"internal": i["value"]}, kind="finding"))
    scripts = f.get("scripts") or []
    taken = [x for x in scripts if x.get("taken_over")]
    for x in (taken + [x for x in scripts if not x.get("taken_over")])[:5]:
        ev.append(Evidence(path=x["path"], line=x["line"], value={"script": x["value"], "host": x["host"], "taken_over": x.get("taken_over"),
                                                                  "http": x.get("http")}, kind="finding"))
    for r in f["restricted"]:
        e0 = r["evidence"][0]
        ev.append(Evidence(path=e0["path"], line=e0["line"], value={"restricted_data": r["name"], "match": e0["value"], "count": r["count"]},
                           note=r.get("access"), kind="finding"))
    # counted over every host, not the listed sample (the fact lists the 60 most used)
    counts = {k: (f.get("by_class") or {}).get(k, sum(1 for h in f["hosts"] if h["class"] == k)) for k in CLASS_FR}
    n_clones, n_internal = f.get("clones_total", len(f["clones"])), f.get("internal_total", len(f["internal"]))
    penalty = 0.0
    penalty += 3 * min(2, counts["personal"]) + 3 * min(2, n_clones)
    penalty += 2 * min(2, len(f["restricted"]))
    # a script run from a host taken over by an owner who served malicious code (polyfill.io, 2024), or over plain http
    penalty += 7 if taken else 2.5 if scripts else 0  # (a fail alone, as malicious code run by every visitor; a warn alone, as an internal server)
    # One hard-coded internal server is enough for a warning: another territory cannot reach it.
    penalty += (2.5 + 1.5 * (min(2, n_internal) - 1)) if f["internal"] else 0
    penalty += 1.5 * min(2, counts["public-other"]) + 1.0 * min(2, counts["public-unknown"])
    penalty += 0.5 * min(4, counts["commercial"]) + 0.5 * min(2, counts["own"])
    mix_fr = ", ".join(f"{n} {CLASS_FR[k]}" for k, n in counts.items() if n)
    mix_en = ", ".join(f"{n} {CLASS_EN[k]}" for k, n in counts.items() if n)
    risks = []
    if f["restricted"]:
        r = f["restricted"][0]
        risks.append((3, f"Utilise des données à accès restreint : {', '.join(x['name'] for x in f['restricted'][:3])} ({_where(r['evidence'])}) : "
                         "chaque territoire doit obtenir sa propre habilitation.",
                      f"Uses restricted-access data: {', '.join(x['name'] for x in f['restricted'][:3])} ({_where(r['evidence'])}): "
                      "each territory must obtain its own authorisation."))
    personal = [h for h in f["hosts"] if h["class"] == "personal"]
    # (the site's own published address on a person's platform account, its JSON-LD "serviceUrl", its canonical link: nothing loaded
    # from it, the address to change when another body publishes the site; issue 12, s39 fl39)
    published = [h for h in personal if h.get("published_only")]
    personal = [h for h in personal if not h.get("published_only")]
    if published:
        where, what = published[0]["evidence"], published[0]["host"]
        risks.append((2, f"Indique comme adresse de publication du site un compte personnel ou tiers ({what}, {_where(where)}) : un autre "
                         "territoire qui le publie doit la remplacer par la sienne.",
                      f"Gives a person's or third party's account as the site's published address ({what}, {_where(where)}): another "
                      "territory publishing it must replace it with its own."))
    if personal or f["clones"]:
        where = personal[0]["evidence"] if personal else [f["clones"][0]]
        what = personal[0]["host"] if personal else f["clones"][0]["value"]
        risks.append((3 if personal else 2,
                      f"Charge des fichiers ou du code depuis le compte d'une personne ou d'un tiers ({what}, {_where(where)}) : il peut changer ou disparaître à tout moment.",
                      f"Loads files or code from a person's or third party's account ({what}, {_where(where)}): it may change or vanish at any time."))
    if taken:
        risks.append((3, f"Exécute un script d'un domaine repris par un tiers qui y a servi du code malveillant ({taken[0]['host']}, depuis "
                         f"{taken[0]['taken_over']} ; {_where(taken)}) : chaque visiteur exécute ce que ce tiers y met.",
                      f"Runs a script from a domain taken over by a third party that served malicious code from it ({taken[0]['host']}, since "
                      f"{taken[0]['taken_over']}; {_where(taken)}): every visitor runs whatever that party puts there."))
    elif scripts:
        risks.append((2, f"Charge un script en http non chiffré ({scripts[0]['host']}, {_where(scripts)}) : le réseau peut le modifier, et une "
                         "page servie en https le bloque (contenu mixte).",
                      f"Loads a script over plain http ({scripts[0]['host']}, {_where(scripts)}): the network can alter it, and a page served "
                      "over https blocks it (mixed content)."))
    repos = [i for i in f["internal"] if i.get("kind") == "r-repository"]
    servers = [i for i in f["internal"] if i.get("kind") not in ("r-repository", "database-file")]
    files = [i for i in f["internal"] if i.get("kind") == "database-file"]
    if files:  # (an ODBC connection string's database file on one workstation or share: DBNAME=C:\\Users\\…\\FUSION.FDB)
        risks.append((2, f"Ouvre une base de données gardée dans un fichier d'un poste de travail ou d'un partage réseau ({files[0]['host']}, "
                         f"{_where(files)}) qu'un autre territoire n'a pas.",
                      f"Opens a database kept in a file on one workstation or network share ({files[0]['host']}, {_where(files)}), which "
                      "another territory does not have."))
    if servers and all(i.get("default") for i in servers):  # (os.getenv('DB_HOST', 'pg.x.fr'): used whenever the variable is not set)
        risks.append((2, f"Se connecte par défaut, sans sa variable d'environnement, à un serveur qu'un autre territoire n'atteint pas "
                         f"({servers[0]['host']}, {_where(servers)}).",
                      f"Connects by default, unless its environment variable is set, to a server another territory cannot reach "
                      f"({servers[0]['host']}, {_where(servers)})."))
    elif servers:
        risks.append((2, f"Se connecte à un serveur ou une base interne ({servers[0]['host']}, {_where(servers)}) qu'un autre territoire n'atteint pas.",
                      f"Connects to an internal server or database ({servers[0]['host']}, {_where(servers)}) another territory cannot reach."))
    if repos:  # (an R lockfile's package repository of the organisation's own: its packages cannot be installed elsewhere)
        risks.append((2, f"Installe ses paquets R depuis le dépôt de paquets de l'organisation ({repos[0]['host']}, {_where(repos)}), qu'un autre territoire n'atteint pas.",
                      f"Installs its R packages from the organisation's own package repository ({repos[0]['host']}, {_where(repos)}), which another territory cannot reach."))
    other = [h for h in f["hosts"] if h["class"] == "public-other"]
    if other:
        risks.append((2, f"Les données ou fonds de carte viennent des serveurs d'un autre organisme public ({other[0]['host']}, {_where(other[0]['evidence'])}).",
                      f"Data or basemaps come from another public body's servers ({other[0]['host']}, {_where(other[0]['evidence'])})."))
    unknown = [h for h in f["hosts"] if h["class"] == "public-unknown"]
    if unknown:
        risks.append((1, f"Les données viennent des serveurs d'un organisme public ({unknown[0]['host']}, {_where(unknown[0]['evidence'])}) ; "
                         "le dépôt n'ayant pas d'adresse de forge, rien ne dit si ce sont ceux du porteur.",
                      f"Data come from a public body's servers ({unknown[0]['host']}, {_where(unknown[0]['evidence'])}); the repository "
                      "has no forge address, so whether they are the sponsor's is not known."))
    # the server of the company whose staff commit the code (a contractor's back end the app reads all its content from): another
    # territory has no such server, nor a contract with that company (called from two places at least: a back end, not one
    # address a helper function keeps)
    hired = [h for h in f["hosts"] if h["class"] == "commercial" and h.get("contractor") and (h["count"] >= 2 or h.get("build"))]
    if hired:
        penalty += 2.5
        risks.append((2, f"Dépend du serveur de l'entreprise dont les commits viennent, le prestataire ({hired[0]['host']}, {_where(hired[0]['evidence'])}) : "
                         "un autre territoire n'a ni ce serveur ni de contrat avec elle.",
                      f"Depends on the server of the company the commits come from, the contractor ({hired[0]['host']}, {_where(hired[0]['evidence'])}): "
                      "another territory has neither that server nor a contract with it."))
    # the sponsor's own instance of a service, a sub-domain named after it on the vendor's domain (reyssouze.myliaq.fr for the
    # Reyssouze's syndicate), the data source the code reads from several places: another territory has no such instance — it must
    # subscribe to the service, or run another, and edit the addresses (issue 12, s41 ff41)
    # (or signed into with the account's login and password written in the code, once is enough: the owner's own account at a hosted
    # service, sydenet2.eudonet.com for an energy syndicate's base of a CRM; s44 fa44)
    tenant = [h for h in f["hosts"] if h["class"] == "commercial" and h.get("tenant") and (h["count"] >= 2 or h.get("signed_in"))]
    if tenant and tenant[0].get("signed_in"):
        penalty += 2.5
        risks.append((2, f"Se connecte au compte du porteur sur un service hébergé, avec l'identifiant et le mot de passe écrits dans le code "
                         f"({tenant[0]['host']}, {_where(tenant[0]['evidence'])}) : un autre territoire doit ouvrir son propre compte et "
                         "modifier cette adresse.",
                      f"Signs in to the owner's own account at a hosted service, with the login and password written in the code "
                      f"({tenant[0]['host']}, {_where(tenant[0]['evidence'])}): another territory must open its own account and edit this "
                      "address."))
    elif tenant:
        penalty += 2.5
        risks.append((2, f"Lit ses données sur l'instance du porteur d'un service commercial, à son nom ({tenant[0]['host']}, "
                         f"{_where(tenant[0]['evidence'])}) : un autre territoire doit souscrire sa propre instance et modifier ces adresses.",
                      f"Reads its data from the sponsor's own instance of a commercial service, named after it ({tenant[0]['host']}, "
                      f"{_where(tenant[0]['evidence'])}): another territory must subscribe to its own instance and edit these addresses."))
    own = [h for h in f["hosts"] if h["class"] == "own"]
    # the sponsor's API the running code calls, its address hard-coded (a collection calendar's `const API_BASE_URL =
    # 'https://api.cacem.fr'`, its request preloaded by index.html): the service's data come from a server only the sponsor has —
    # another territory must host its own API and edit the code (issue 12, s40 fk40 = CACEM-TEAM/decacem); a link to the sponsor's
    # site, or an address in the documentation, stays the small risk below
    own_api = [h for h in own if any(_API_ADDRESS.search(str(e.get("value") or "")) and _in_code(str(e.get("path") or ""))
                                     for e in h["evidence"])]
    if own_api:
        penalty += 2.5
        where = [e for e in own_api[0]["evidence"] if _API_ADDRESS.search(str(e.get("value") or ""))]
        risks.append((2, f"Tire ses données de l'API du porteur, dont l'adresse est écrite en dur ({own_api[0]['host']}, {_where(where)}) : un "
                         "autre territoire doit héberger sa propre API et modifier le code.",
                      f"Takes its data from the sponsor's API, its address hard-coded ({own_api[0]['host']}, {_where(where)}): another "
                      "territory must host its own API and edit the code."))
    if own and not risks:
        risks.append((1, f"Des adresses des serveurs du porteur sont écrites en dur ({own[0]['host']}, {_where(own[0]['evidence'])}).",
                      f"The sponsor's server addresses are hard-coded ({own[0]['host']}, {_where(own[0]['evidence'])})."))
    if risks:
        risks.sort(key=lambda r: -r[0])
        details["risk"] = _risk(risks[0][0], risks[0][1], risks[0][2], [e.to_dict() for e in ev])
    # the addresses of proprietary services are judged by vendor-lock-in: named here, so that "no external address" stays true
    svc = f.get("services") or []
    if svc:
        n_svc = f.get("services_total", len(svc))
        names = ", ".join(x["host"] for x in svc[:3]) + (f" (+{n_svc - 3})" if n_svc > 3 else "")
        mix_fr = ", ".join(x for x in (mix_fr, f"{n_svc} service(s) propriétaire(s) jugé(s) par le verrouillage fournisseur : {names}") if x)
        mix_en = ", ".join(x for x in (mix_en, f"{n_svc} proprietary service(s) judged by vendor lock-in: {names}") if x)
    if not ev:
        # addresses on a forge, a standard's site or a package registry (an action downloading a tool's releases from
        # github.com): no dependency, but addresses, so never "no external address" beside them
        neutral = f.get("neutral") or []
        if neutral:
            n_addr, n_hosts = f.get("neutral_addresses_total", 0), f.get("neutral_hosts_total", len(neutral))
            names = ", ".join(x["host"] for x in neutral[:3]) + (f" (+{n_hosts - 3})" if n_hosts > 3 else "")
            mix_fr = ", ".join(x for x in (mix_fr, f"{n_addr} adresse(s) de forges, de standards ou de dépôts de paquets, sans dépendance "
                                                   f"d'hébergement : {names}") if x)
            mix_en = ", ".join(x for x in (mix_en, f"{n_addr} address(es) of forges, standards or package registries, no hosting "
                                                   f"dependency: {names}") if x)
        return Result.passed(T(f"Aucune dépendance d'hébergement à risque ({mix_fr or _NO_ADDRESS_FR}).",
                               f"No risky hosting dependency ({mix_en or _NO_ADDRESS_EN})."),
                             [Evidence(path=x["path"], line=x["line"], value={"host": x["host"], "class": "service", "url": x["value"]})
                              for x in svc[:5]] +
                             [Evidence(path=x["evidence"][0]["path"], line=x["evidence"][0]["line"],
                                       value={"host": x["host"], "class": "neutral", "count": x["count"], "url": x["evidence"][0]["value"]})
                              for x in (f.get("neutral") or [])[:3] if x["evidence"]], score=10, **details)
    msg_fr = f"Adresses relevées : {mix_fr or 'aucune'}" + (f" ; {n_clones} dépôt(s) cloné(s) depuis un compte" if f["clones"] else "") + \
             (f" ; {n_internal} connexion(s) interne(s)" if f["internal"] else "") + \
             (f" ; {len(scripts)} script(s) chargé(s) d'un domaine repris par un tiers ou en http" if scripts else "") + \
             (f" ; données à accès restreint : {', '.join(r['name'] for r in f['restricted'])}" if f["restricted"] else "") + "."
    msg_en = f"Addresses found: {mix_en or 'none'}" + (f"; {n_clones} repository(ies) cloned from an account" if f["clones"] else "") + \
             (f"; {n_internal} internal connection(s)" if f["internal"] else "") + \
             (f"; {len(scripts)} script(s) loaded from a taken-over domain or over http" if scripts else "") + \
             (f"; restricted-access data: {', '.join(r['name'] for r in f['restricted'])}" if f["restricted"] else "") + "."
    # (and a line for each kind the message counts that no risk lists, a CDN, a national platform, another organisation: every number
    # of the message has its evidence; issue 12, s48 fa48 = OPEN-ENT-NG/cahier-de-textes: "1 CDN" without a line)
    for k in ("cdn", "public-national", "other"):
        for h in [h for h in f["hosts"] if h["class"] == k and h["evidence"]][:3]:
            e0 = h["evidence"][0]
            ev.append(Evidence(path=e0["path"], line=e0["line"], value={"host": h["host"], "class": k, "count": h["count"], "url": e0["value"]}))
    return Result.scored(10 - penalty, T(msg_fr, msg_en), ev, **details).advise(_hosting_todo(f, personal, other, published))


def _hosting_todo(f: dict, personal: list[dict], other: list[dict], published: list[dict] = ()) -> dict[str, str] | None:
    """For each kind of address found: what to do with it, and where it is written."""
    fr, en = [], []
    servers = [i for i in f["internal"] if i.get("kind") != "r-repository"]
    repos = [i for i in f["internal"] if i.get("kind") == "r-repository"]
    if servers and all(i.get("default") for i in servers):  # (already read from the environment: the default is what to remove)
        fr.append(f"retirez le serveur {servers[0]['host']} donné par défaut à la variable d'environnement ({_where(servers)}) : sans "
                  "valeur, le service doit s'arrêter en demandant la variable, décrite dans .env.example")
        en.append(f"remove the server {servers[0]['host']} given as the environment variable's default ({_where(servers)}): "
                  "unset, the service should stop and ask for the variable, described in .env.example")
    elif servers:
        fr.append(f"lisez l'adresse du serveur interne {servers[0]['host']} ({_where(servers)}) depuis une variable "
                  "d'environnement décrite dans .env.example")
        en.append(f"read the internal server address {servers[0]['host']} ({_where(servers)}) from an environment "
                  "variable described in .env.example")
    if repos:
        fr.append(f"publiez les paquets propres à l'organisation (CRAN, R-universe, forge) et verrouillez-les depuis un dépôt public, non "
                  f"depuis {repos[0]['host']} ({_where(repos)})")
        en.append(f"publish the organisation's own packages (CRAN, R-universe, a forge) and lock them from a public repository, not "
                  f"from {repos[0]['host']} ({_where(repos)})")
    if personal and personal[0].get("committed") == personal[0]["count"]:
        # (every address names a file of this repository, committed here: read the copy, nothing to copy; issue 12, s45 fi45)
        h = personal[0]
        more = f", {h['count']} adresses" if h["count"] > 2 else ""
        fr.append(f"lisez les fichiers déjà versionnés dans le dépôt (chemins relatifs) au lieu de les charger depuis {h['host']} "
                  f"({_where(h['evidence'])}{more})")
        en.append(f"read the files already committed in the repository (relative paths) instead of loading them from {h['host']} "
                  f"({_where(h['evidence'])}{more.replace('adresses', 'addresses')})")
    elif personal or f["clones"]:
        what = personal[0]["host"] if personal else f["clones"][0]["value"]
        where = _where(personal[0]["evidence"] if personal else f["clones"][:2])
        fr.append(f"copiez dans le dépôt (ou sur un espace de la collectivité) ce qui est chargé depuis {what} ({where})")
        en.append(f"copy into the repository (or onto the local government's own space) what is loaded from {what} ({where})")
    if published:
        what, where = published[0]["host"], _where(published[0]["evidence"])
        fr.append(f"remplacez l'adresse de publication {what} ({where}) par celle du site déployé, ou écrivez-la à la construction")
        en.append(f"replace the published address {what} ({where}) with the deployed site's own, or write it at build time")
    scripts = f.get("scripts") or []
    if scripts:
        x = next((s for s in scripts if s.get("taken_over")), scripts[0])
        fr.append(f"retirez ou copiez dans le dépôt le script chargé depuis {x['host']} ({_where([x])}) et chargez les autres en https")
        en.append(f"remove, or copy into the repository, the script loaded from {x['host']} ({_where([x])}) and load the others over https")
    if other:
        fr.append(f"rendez configurable le serveur de {other[0]['host']} ({_where(other[0]['evidence'])}) et dites dans la documentation "
                  "quelles données il fournit")
        en.append(f"make the {other[0]['host']} server configurable ({_where(other[0]['evidence'])}) and say in the documentation "
                  "which data it provides")
    if f["restricted"]:
        names = ", ".join(r["name"] for r in f["restricted"][:3])
        fr.append(f"documentez comment chaque territoire obtient l'accès à {names} et où déposer ses propres fichiers")
        en.append(f"document how each territory obtains access to {names} and where to put its own files")
    return clauses(fr, en)


# -- end of life ---------------------------------------------------------------------------------
@check(
    id="scaling.end-of-life",
    family="scaling",
    effort="days",
    title=T("Les environnements et frameworks sont encore maintenus", "Runtimes and frameworks are still supported"),
    rationale=T(
        "Un langage, un framework ou une image de base en fin de vie ne reçoit plus de correctifs de sécurité : une collectivité "
        "qui veut réutiliser le projet doit d'abord le mettre à jour. Les dates de fin de vie viennent d'une copie datée "
        "d'endoflife.date, comparée à la date de l'audit.",
        "A runtime, framework or base image past its end of life gets no security fixes: a body that wants to reuse the project "
        "must first upgrade it. End-of-life dates come from a dated copy of endoflife.date, compared with the audit's date.",
    ),
    remediation=T(
        "Passez aux versions maintenues (voir les versions et dates citées), remplacez les paquets abandonnés par leurs successeurs "
        "et ajoutez un outil de mise à jour (Dependabot, Renovate).",
        "Move to supported versions (see the versions and dates named), replace abandoned packages with their successors and add "
        "an update tool (Dependabot, Renovate).",
    ),
)
def end_of_life(ctx) -> Result:
    f = ctx.fact("end_of_life")
    d = f["data"][0]
    details = {"data": f["data"], "as_of": f["as_of"]}
    dates = sorted(set((f.get("data_dates") or {}).values())) or [d["date"]]  # each product's copy: not all are refreshed at once
    data_fr = f"(dates endoflife.date du {' et du '.join(dates)}, comparées au {f['as_of']})"
    data_en = f"(endoflife.date dates of {' and '.join(dates)}, compared with {f['as_of']})"
    newer = f.get("newer_than_data") or []
    newer_ev = [Evidence(path=n["path"], line=n["line"], value={"product": n["name"], "match": n["value"]}) for n in newer[:8]]
    groups: dict[str, list[str]] = {}
    for n in newer:
        groups.setdefault(n["name"], []).append(n["path"] + (f":{n['line']}" if n.get("line") else ""))
    newer_names = ", ".join(f"{name} ({', '.join(at[:2])}" + (f" +{len(at) - 2})" if len(at) > 2 else ")") for name, at in groups.items())
    minimums = f.get("minimums") or []
    mins_fr = ", ".join(f"{x['name']} « {x['value']} » ({x['path']}" + (f":{x['line']}" if x.get("line") else "") + ")" for x in minimums[:3])
    mins_en = ", ".join(f"{x['name']} '{x['value']}' ({x['path']}" + (f":{x['line']}" if x.get("line") else "") + ")" for x in minimums[:3])
    mins_ev = [Evidence(path=x["path"], line=x["line"], value={"product": x["name"], "minimum": x["value"], "oldest_allowed": x["cycle"],
                                                                "eol": x["eol"]}) for x in minimums[:8]]
    if not f["findings"] and not f["unmaintained"]:
        if not f["versions_read"]:
            if minimums:  # php >=5.3.2 allows PHP 5.6 (past its end of life) as well as 8.4: the version in use is not known
                oldest = minimums[0]
                return Result.inconclusive(T(f"Seulement des versions minimales ou des plages de versions, qui ne disent pas la version utilisée : {mins_fr} ; elles admettent "
                                             f"des versions en fin de vie (dès {oldest['name']} {oldest['cycle']}, fin de vie {oldest['eol']}) {data_fr}.",
                                             f"Only minimum versions or ranges, which do not say the version in use: {mins_en}; they allow versions past "
                                             f"end of life (from {oldest['name']} {oldest['cycle']}, end of life {oldest['eol']}) {data_en}."),
                                           mins_ev + newer_ev, **details)
            if newer:  # read, but released after the data: nothing can be said of them
                return Result.inconclusive(T(f"Version(s) plus récente(s) que les données de fin de vie, non jugée(s) : {newer_names} {data_fr}.",
                                             f"Version(s) newer than the end-of-life data, not judged: {newer_names} {data_en}."), newer_ev, **details)
            return Result.not_applicable(T(f"Aucune version d'environnement ou de framework lue {data_fr}.",
                                           f"No runtime or framework version read {data_en}."), **details)
        also_fr = f" ; plus récente(s) que les données, non jugée(s) : {newer_names}" if newer else ""
        also_en = f"; newer than the data, not judged: {newer_names}" if newer else ""
        also_fr += f" ; versions minimales ou plages, non jugées : {mins_fr}" if minimums else ""
        also_en += f"; minimum versions or ranges, not judged: {mins_en}" if minimums else ""
        # (the system the deployment code creates its machines from: the README's systems, a vendor's supported list, were not read)
        systems = f.get("deployed_systems") or []
        sys_ev = [Evidence(path=x["path"], line=x["line"], value=x["excerpt"], kind="found") for x in systems[:2]]
        if systems:
            x = systems[0]
            also_fr += f" ; système déployé nommé par le code de déploiement ({x['path']}:{x['line']}) : les systèmes cités par le README ne sont pas lus"
            also_en += f"; the system deployed is named by the deployment code ({x['path']}:{x['line']}): the systems the README cites are not read"
        return Result.passed(T(f"{f['versions_read']} version(s) lue(s), aucune en fin de vie{also_fr} {data_fr}.",
                               f"{f['versions_read']} version(s) read, none past end of life{also_en} {data_en}."), newer_ev + mins_ev + sys_ev, score=10,
                             **details)
    ev = [Evidence(path=x["path"], line=x["line"], value={"product": x["name"], "cycle": x["cycle"], "eol": x["eol"], "match": x["value"]},
                   kind="finding") for x in f["findings"][:12]]
    ev += [Evidence(path=u["path"], line=u.get("line"), value={"package": u["name"], "unmaintained_since": u["since"], "successor": u["successor"]}, kind="finding")
           for u in f["unmaintained"][:8]]
    products = []
    # (a version older than every cycle of the data, "< 5", ended no later than that cycle: its own end is not known — s44 fh44)
    for x in f["findings"]:
        label = f"{x['name']} {x['cycle']} (fin de vie {'au plus tard le ' if str(x['cycle']).startswith('<') else ''}{x['eol']})"
        if label not in products:
            products.append(label)
    products_en = []
    for x in f["findings"]:
        label = f"{x['name']} {x['cycle']} (end of life {x['eol']}{' at the latest' if str(x['cycle']).startswith('<') else ''})"
        if label not in products_en:
            products_en.append(label)
    distinct = len({x["product"] for x in f["findings"]})
    score = 10 - 3 * distinct - 3 * len(f["unmaintained"])
    abandoned_fr = ", ".join(f"{u['name']} (abandonné, remplacé par {u['successor']})" for u in f["unmaintained"][:3])
    abandoned_en = ", ".join(f"{u['name']} (abandoned, replaced by {u['successor']})" for u in f["unmaintained"][:3])
    all_fr = ", ".join(products[:4] + ([abandoned_fr] if abandoned_fr else []))
    all_en = ", ".join(products_en[:4] + ([abandoned_en] if abandoned_en else []))
    first = (f["findings"] or [None])[0]
    where = f" ({first['path']}" + (f":{first['line']}" if first and first.get("line") else "") + ")" if first else ""
    level = 3 if distinct >= 2 or (distinct and f["unmaintained"]) else 2
    details["risk"] = _risk(level, f"Pile technique en fin de vie : {all_fr}{where} — il faudra la mettre à jour avant de passer à l'échelle.",
                            f"Stack past end of life: {all_en}{where} — it must be upgraded before scaling.", [e.to_dict() for e in ev])
    def place(x):
        return f"{x['path']}:{x['line']} ({x['value']})" if x.get("line") else f"{x['path']} ({x['value']})"

    # (a range whose every version is past because its upper bound stops it, qgisMaximumVersion=3.98: raising the bound, not
    # the minimum, lets the project run on a maintained version)
    moved = [x for x in f["findings"] if not x.get("bound")]
    places = list(dict.fromkeys(place(x) for x in moved))
    shown = ", ".join(places[:4]) + (f" (+{len(places) - 4})" if len(places) > 4 else "")
    pages = ", ".join(dict.fromkeys(f"https://endoflife.date/{x['product']}" for x in moved))
    todo_fr = [f"passez à une version encore maintenue ({pages}) dans {shown}"] if places else []
    todo_en = [f"move to a version still maintained ({pages}) in {shown}"] if places else []
    for x in [x for x in f["findings"] if x.get("bound")][:3]:
        page = f"https://endoflife.date/{x['product']}"
        if x["bound"].endswith("=True"):
            todo_fr.append(f"rendez le projet compatible avec la version suivante de {x['name']} et déclarez-le par {x['bound']} dans "
                           f"{place(x)} : les versions qu'il admet aujourd'hui sont toutes en fin de vie ({page})")
            todo_en.append(f"make the project work with the next {x['name']} version and declare it by {x['bound']} in {place(x)}: "
                           f"the versions it allows today are all past end of life ({page})")
        else:
            todo_fr.append(f"relevez la borne haute {x['bound']} dans {place(x)}, qui n'admet que des versions de {x['name']} en fin de vie "
                           f"({page}), après avoir vérifié le projet sur une version maintenue")
            todo_en.append(f"raise the upper bound {x['bound']} in {place(x)}, which allows only {x['name']} versions past end of life "
                           f"({page}), once the project is checked on a maintained version")
    at = [u["path"] + (f":{u['line']}" if u.get("line") else "") for u in f["unmaintained"][:3]]
    todo_fr += [f"remplacez {u['name']} par {u['successor']} ({a})" for u, a in zip(f["unmaintained"][:3], at)]
    todo_en += [f"replace {u['name']} with {u['successor']} ({a})" for u, a in zip(f["unmaintained"][:3], at)]
    # (neither Dependabot nor Renovate updates an R script's packages: no such advice for a retired CRAN package alone)
    if todo_fr and (moved or any(u.get("ecosystem") not in NO_UPDATE_BOT for u in f["unmaintained"])):
        todo_fr.append("ajoutez Dependabot ou Renovate pour la suite")
        todo_en.append("add Dependabot or Renovate for what comes next")
    return Result.scored(score, T(f"En fin de vie : {all_fr} {data_fr}.", f"Past end of life: {all_en} {data_en}."), ev, **details).advise(
        clauses(todo_fr, todo_en))


# -- personal data ---------------------------------------------------------------------------
# A data file named after a list of people (an HR export of teleworkers, a register of members): its rows are people, unless its
# header, read, names no person's field (personal_records' impersonal_named: Position,Level,Salary).
_PEOPLE_DATA_EXT = {"xls", "xlsx", "ods", "csv", "tsv"}


def _people_files(ctx) -> list[str]:
    from auditor.facts.inventory import is_test, is_vendored
    from auditor.facts.scaling.personal_records import PEOPLE_FILE
    from auditor.facts.tree import tree_of

    records = ctx.fact("personal_records")
    impersonal = set(records.get("impersonal_named") or []) if isinstance(records, dict) else set()
    return sorted(e.path for e in tree_of(ctx) if e.ext.lower() in _PEOPLE_DATA_EXT and not is_test(e.path) and not is_vendored(e.path)
                  and PEOPLE_FILE.search(e.name) and not re.search(r"exemple|example|sample|fictif|fake|test", e.path, re.I)
                  and e.path not in impersonal)


def _personal_records(ctx, f: dict) -> Result | None:
    """People's records committed as files (a log of directory entries, a staff list in CSV): personal data published with the code."""
    r = ctx.fact("personal_records") or {}
    logs, lists, contacts = r.get("found") or [], r.get("lists") or [], r.get("contacts") or []
    code_lists = r.get("code_lists") or []
    layers = r.get("layer_lists") or []  # (a GeoJSON layer of residents with their addresses or phones: s44 fn44)
    if not logs and not lists and not contacts and not code_lists and not layers:
        return None
    parts_fr, parts_en = [], []
    if logs:
        x = logs[0]
        what_fr = "des fiches d'annuaire (nom, identifiant, adresse électronique)" if x["directory_attributes"] else f"{x['emails']} adresses électroniques de personnes"
        what_en = "directory entries (name, login, e-mail address)" if x["directory_attributes"] else f"{x['emails']} people's e-mail addresses"
        parts_fr.append(f"{len(logs)} fichier(s) journal versionné(s) contiennent des données de personnes ({x['path']} : {what_fr})")
        parts_en.append(f"{len(logs)} committed log file(s) hold people's data ({x['path']}: {what_en})")
    if lists:
        x = lists[0]
        cols = ", ".join(x["columns"][:6])
        parts_fr.append(f"{len(lists)} tableau(x) versionné(s) listent des personnes ({x['path']} : {x['rows']} ligne(s), colonnes {cols})")
        parts_en.append(f"{len(lists)} committed table(s) list people ({x['path']}: {x['rows']} row(s), columns {cols})")
    if code_lists:  # (a script's list of agents, { nom: 'DURAND Lucie', … } one a line)
        x = code_lists[0]
        fields = ", ".join(x["fields"][:4])
        reach_fr, reach_en = (f", avec {x['contacts']} numéro(s) de téléphone ou adresse(s) électronique(s)",
                              f", with {x['contacts']} phone number(s) or e-mail address(es)") if x.get("contacts") else ("", "")
        parts_fr.append(f"{len(code_lists)} fichier(s) de code écrivent une liste de personnes nommées ({x['path']} : {x['records']} "
                        f"personne(s), champ {fields}{reach_fr})")
        parts_en.append(f"{len(code_lists)} code file(s) write a list of named people ({x['path']}: {x['records']} person(s), "
                        f"field {fields}{reach_en})")
    if layers:
        x = layers[0]
        fields = ", ".join(x["fields"][:6])
        parts_fr.append(f"{len(layers)} couche(s) de données géographiques versionnée(s) nomment des personnes avec leur adresse, "
                        f"téléphone ou courriel ({x['path']} : {x['records']} personne(s) nommée(s), dont {x['contacts']} avec ces "
                        f"coordonnées ; champs {fields})")
        parts_en.append(f"{len(layers)} committed geographic data layer(s) name people with their address, phone or e-mail "
                        f"({x['path']}: {x['records']} named person(s), {x['contacts']} of them with these details; fields {fields})")
    if contacts:
        x = contacts[0]
        parts_fr.append(f"{len(contacts)} fiche(s) de métadonnées (ISO 19139) nomment des personnes comme contact, avec leur adresse "
                        f"électronique ({x['path']} : {x['people']} personne(s))")
        parts_en.append(f"{len(contacts)} metadata record(s) (ISO 19139) name people as contacts, with their e-mail address "
                        f"({x['path']}: {x['people']} person(s))")
    if f["tables"]:
        parts_fr.append(f"le code traite aussi des données personnelles dans {f['tables_total']} table(s) ou modèle(s)")
        parts_en.append(f"the code also processes personal data in {f['tables_total']} table(s) or model(s)")
    ev = [Evidence(path=x["path"], line=x["line"] or None, value={"directory_attributes": x["directory_attributes"], "emails": x["emails"]},
                   kind="finding") for x in logs[:10]]
    ev += [Evidence(path=x["path"], line=x["line"] or None, value={"columns": x["columns"], "rows": x["rows"]}, kind="finding")
           for x in lists[:10]]  # (a workbook's sheet: no line)
    ev += [Evidence(path=x["path"], line=x["line"], value={"records": x["records"], "fields": x["fields"]}, kind="finding") for x in code_lists[:10]]
    ev += [Evidence(path=x["path"], line=x["line"], value={"records": x["records"], "fields": x["fields"], "contacts": x["contacts"]},
                    kind="finding") for x in layers[:10]]
    ev += [Evidence(path=x["path"], line=x["line"], value={"people": x["people"]}, kind="finding") for x in contacts[:10]]
    ev += [Evidence(path=t["path"], line=t["fields"][0]["line"], value={"table": t["table"], "fields": [x["name"] for x in t["fields"][:8]]},
                    kind="found") for t in f["tables"][:5]]
    risk = _risk(2, "Publie des données de personnes dans le dépôt : " + " ; ".join(parts_fr) + ".",
                 "Publishes people's data in the repository: " + "; ".join(parts_en) + ".", [e.to_dict() for e in ev])
    if not logs and not lists and not code_lists and not layers:  # contacts of published metadata: a role and a service's mailbox would do
        return Result.warn(T(" ; ".join(parts_fr) + ".", "; ".join(parts_en) + "."), ev, score=5, data=f["data"], risk=risk,
                           metadata_contacts=len(contacts)).advise(T(
            "Dans les fiches de métadonnées, nommez un rôle ou un service (gmd:organisationName, gmd:positionName) et une adresse "
            "fonctionnelle plutôt qu'une personne : le point de contact INSPIRE n'a pas besoin d'un nom.",
            "In the metadata records, name a role or a service (gmd:organisationName, gmd:positionName) and a functional mailbox "
            "rather than a person: an INSPIRE point of contact needs no name."))
    # named people with their own phone numbers or e-mail addresses written in the published code: a disclosure, not a doubt (s32 j32)
    reachable = any(x.get("contacts") for x in code_lists) or bool(layers)  # (a layer is kept only with its people's details)
    return (Result.fail if reachable else Result.warn)(T(" ; ".join(parts_fr) + ".", "; ".join(parts_en) + "."), ev, score=2 if reachable else 3,
                                                       data=f["data"], risk=risk, personal_logs=len(logs), people_lists=len(lists),
                                                       code_people_lists=len(code_lists), people_layers=len(layers)).advise(T(
        "Vérifiez ces fichiers : s'ils concernent des personnes réelles, retirez-les du dépôt et de son historique (git filter-repo), "
        "ne versionnez ni journaux (*.log au .gitignore) ni listes nominatives, seulement un jeu d'exemple fictif, et informez les "
        "personnes concernées si le dépôt a été public.",
        "Check these files: if they are about real people, remove them from the repository and its history (git filter-repo), commit "
        "neither logs (*.log in .gitignore) nor lists of names, only a fictitious sample, and inform the people concerned if the "
        "repository was public."))


_DOCUMENT_KINDS = (("identity card", re.compile(r"(?i:carte.{0,12}identit|identity.?card)|CNI|Cni[A-Z]|MRZ")),
                   ("driving licence", re.compile(r"(?i)permis|driv")), ("tax notice", re.compile(r"(?i)imposition|tax")),
                   ("bank details", re.compile(r"(?i:relev)|RIB|Rib")), ("proof of address or identity", re.compile(r"(?i)justificatif")))
_OCR = re.compile(r"Ocr[A-Z]|OCR[A-Z]|[Tt]esseract|easyocr|pytesseract|paddleocr")
_DOCUMENT_LABELS = {"identity card": "carte d'identité", "driving licence": "permis de conduire", "tax notice": "avis d'imposition",
                    "bank details": "RIB", "proof of address or identity": "justificatif de domicile ou d'identité"}


def _identity_documents(ctx, f: dict) -> Result | None:
    """Identity documents or proofs the code reads by OCR (identity cards, RIBs, tax notices), named in two places at least."""
    from auditor.facts.inventory import is_test

    found = [h for h in ((ctx.fact("textscan") or {}).get("signals") or {}).get("personal.identity-document", [])
             if h[3] in ("code", "config") and not is_test(h[0])]
    ocr = [h for h in found if _OCR.match(str(h[2]))]
    found = [h for h in found if not _OCR.match(str(h[2]))]
    if not ocr or len({(h[0], h[1]) for h in found}) < 2:  # (a city's guide naming the papers to bring reads none of them)
        return None
    kinds = [k for k, rx in _DOCUMENT_KINDS if any(rx.search(str(h[2])) for h in found)]
    fr, en = ", ".join(_DOCUMENT_LABELS[k] for k in kinds), ", ".join(kinds)
    h = found[0]
    return Result.warn(T(f"Le code lit par OCR des pièces d'identité ou justificatifs ({fr} ; par exemple {h[0]}:{h[1]}), sans table ni modèle lu "
                         f"qui les décrive : des données personnelles parmi les plus sensibles, que chaque réutilisateur devra encadrer (RGPD).",
                         f"The code reads identity documents or proofs by OCR ({en}; for example {h[0]}:{h[1]}), with no table or model read "
                         f"describing them: personal data of the most sensitive kind, which every reuser must handle under the GDPR."),
                       [Evidence(path=x[0], line=x[1], value=x[2], kind="found") for x in found[:9] + ocr[:1]], score=4, data=f["data"],
                       identity_documents=kinds).advise(T(
        "Documentez les pièces traitées, leur finalité, leur durée de conservation et où sont gardés les fichiers et le texte extrait "
        "(docs/rgpd.md), et ne conservez que ce dont la démarche a besoin.",
        "Document the documents processed, their purpose, their retention and where the files and extracted text are kept "
        "(docs/gdpr.md), and keep only what the procedure needs."))


def _special_categories(f: dict, special: list[str], ev: list, details: dict) -> Result:
    """Personal data of a special category (GDPR art. 9: health) in the tables read: a fail, the tables that hold it named."""
    held = [t for t in f["tables"] if set(t["categories"]) & set(special)]
    shown = [(t["table"] or t["path"], ", ".join([x["name"] for x in t["fields"] if x["category"] in special][:4])) for t in held[:4]]
    names = "; ".join(dict.fromkeys(f"{table} ({fields})" for table, fields in shown))
    kinds_fr = ", ".join(f["labels"][c]["fr"] for c in special)
    kinds_en = ", ".join(f["labels"][c]["en"] for c in special)
    details["risk"] = _risk(3, f"Traite des {kinds_fr} : {names}.", f"Processes {kinds_en}: {names}.", [e.to_dict() for e in ev])
    ev = [Evidence(path=t["path"], line=t["fields"][0]["line"], value={"table": t["table"], "fields": [x["name"] for x in t["fields"] if x["category"] in special][:8]},
                   kind="finding") for t in held[:6]] + [e for e in ev if (e.path, (e.value or {}).get("table")) not in {(t["path"], t["table"]) for t in held[:6]}]
    others = [c for c in f["categories"] if c not in special]  # (the other kinds, said once)
    cats_fr, cats_en = ", ".join(f["labels"][c]["fr"] for c in others) or "—", ", ".join(f["labels"][c]["en"] for c in others) or "—"
    return Result.fail(T(f"Données personnelles dans {f['tables_total']} table(s) ou modèle(s) ({cats_fr}), dont des {kinds_fr} : {names}.",
                         f"Personal data in {f['tables_total']} table(s) or model(s) ({cats_en}), including {kinds_en}: {names}."),
                       ev, score=2, special_categories=special, **details).advise(T(
        f"Les données de {names} relèvent de l'article 9 du RGPD : elles ne peuvent être traitées que dans un cadre qu'il prévoit (médecine du travail, "
        "soins…) : écrivez docs/rgpd.md pour les réutilisateurs (finalité, base légale et exception de l'article 9, durée de "
        "conservation, qui y accède), menez l'analyse d'impact (AIPD) qu'attend la CNIL, et gardez ces données hors des tableurs "
        "partagés et du dépôt.",
        f"The data of {names} falls under GDPR art. 9: it may only be processed under one of its exceptions (occupational medicine, care…): write "
        "docs/gdpr.md for reusers (purpose, legal basis and the art. 9 exception, retention, who has access), carry out the data "
        "protection impact assessment (DPIA) the CNIL expects, and keep this data out of shared spreadsheets and of the repository."))


@check(
    id="scaling.personal-data",
    family="scaling",
    effort="days",
    title=T("Les données personnelles traitées sont identifiées", "The personal data processed is identified"),
    rationale=T(
        "Un schéma de base ou un modèle qui contient des noms, adresses électroniques, téléphones, adresses, dates de naissance ou "
        "identifiants de personnes fait de chaque réutilisateur un responsable de traitement au sens du RGPD : registre, information "
        "des personnes, durée de conservation, parfois analyse d'impact (AIPD).",
        "A database schema or model holding names, e-mail addresses, phone numbers, addresses, birth dates or identifiers of people "
        "makes every reuser a data controller under the GDPR: record of processing, informing people, retention period, sometimes a DPIA.",
    ),
    remediation=T(
        "Documentez les données personnelles traitées, leur finalité et leur durée de conservation (par exemple dans docs/rgpd.md), "
        "fournissez un modèle de registre et de mentions d'information, et limitez les champs au strict nécessaire.",
        "Document the personal data processed, its purpose and retention (e.g. in docs/gdpr.md), provide a template record of "
        "processing and privacy notice, and keep only the fields that are needed.",
    ),
)
def personal_data(ctx) -> Result:
    f = ctx.fact("personal_data")
    details = {"data": f["data"]}
    logged = _personal_records(ctx, f)
    if logged is not None:
        return logged
    people_files = _people_files(ctx)
    if people_files and not f["tables"]:  # an export of people committed as a spreadsheet: its columns are not read
        details["people_files"] = people_files[:20]
        return Result.warn(T(f"{len(people_files)} fichier(s) de données versionné(s) portent le nom d'une liste de personnes "
                             f"({people_files[0]}) : vérifiez qu'ils ne contiennent aucune donnée personnelle.",
                             f"{len(people_files)} committed data file(s) are named after a list of people ({people_files[0]}): "
                             f"check that they hold no personal data."),
                           [Evidence(path=p, kind="finding") for p in people_files[:10]], score=5, **details).advise(T(
            "Retirez ces fichiers du dépôt et de son historique s'ils contiennent des personnes, et ne publiez que des données agrégées "
            "ou anonymisées, avec un jeu d'exemple fictif pour les tests.",
            "Remove these files from the repository and its history if they hold people, and publish only aggregated or anonymised "
            "data, with a fictitious sample for tests."))
    documents = None if f["tables"] else _identity_documents(ctx, f)
    if documents is not None:
        return documents
    unread = f.get("unread_sql") or []
    if unread and not f["tables"]:  # a SQL dump over the read limit may create the user tables and insert people: not a pass
        names = ", ".join(f"{p} ({size / 1_048_576:.1f} Mo)" for p, size in unread[:3])
        names_en = ", ".join(f"{p} ({size / 1_048_576:.1f} MB)" for p, size in unread[:3])
        n, limit = f.get("unread_sql_total", len(unread)), f.get("read_limit", 0) // 1024
        return Result.inconclusive(T(f"{n} fichier(s) SQL au-delà de la limite de lecture ({limit} Ko) non lu(s) : {names} ; "
                                     f"{f['schemas_read']} autre(s) schéma(s) ou modèle(s) lu(s) sans champ de donnée personnelle.",
                                     f"{n} SQL file(s) over the read limit ({limit} KB) were not read: {names_en}; "
                                     f"{f['schemas_read']} other schema(s) or model(s) read without a personal-data field."),
                                   [Evidence(path=p, value=size, kind="missing") for p, size in unread[:10]], unread_sql=n, **details)
    forms = f.get("form_fields") or {}
    if not f["schemas_read"] and not f["tables"] and forms:  # no model read, but forms collect people's e-mail, name, phone…
        return _forms_unmeasured(f, forms, details, ("Aucun schéma de base de données ni modèle lu", "No database schema or model read"),
                                 ("leur conservation n'est pas mesurée", "how they are kept is not measured"))
    if not f["schemas_read"] and not f["tables"]:  # (a committed data layer counts only when it holds people's fields)
        return Result.not_applicable(T("Aucun schéma de base de données ni modèle lu.", "No database schema or model read."), **details)
    if not f["tables"] and forms:  # models without people, but forms collecting their e-mail or phone: kept elsewhere, not measured
        return _forms_unmeasured(f, forms, details, (f"{f['schemas_read']} schéma(s) ou modèle(s) lu(s) sans champ de donnée personnelle",
                                                     f"{f['schemas_read']} schema(s) or model(s) read without a personal-data field"),
                                 ("leur traitement n'est pas mesuré", "how they are processed is not measured"))
    if not f["tables"] and (named := _nominative_data(ctx)):
        return named
    if not f["tables"]:
        return Result.passed(T(f"{f['schemas_read']} schéma(s) ou modèle(s) lu(s) : aucun champ de donnée personnelle.",
                               f"{f['schemas_read']} schema(s) or model(s) read: no personal-data field."), score=10, **details)
    ev = [Evidence(path=t["path"], line=t["fields"][0]["line"],
                   value={"table": t["table"], "fields": [f"{x['name']} ({x['category']})" for x in t["fields"][:8]]}, kind="found")
          for t in f["tables"][:12]]
    cats_fr = ", ".join(f["labels"][c]["fr"] for c in f["categories"])
    cats_en = ", ".join(f["labels"][c]["en"] for c in f["categories"])
    t0 = f["tables"][0]
    example = f"{t0['table'] or t0['path']} : " + ", ".join(x["name"] for x in t0["fields"][:4])
    example_en = f"{t0['table'] or t0['path']}: " + ", ".join(x["name"] for x in t0["fields"][:4])
    sensitive = {"identifier", "birth"} & set(f["categories"])
    level = 2 if sensitive else 1
    special = f.get("special") or []
    if special:  # (GDPR art. 9: health data of people, forbidden unless an exception applies, with a DPIA)
        return _special_categories(f, special, ev, details)
    details["risk"] = _risk(level, f"Traite des données personnelles ({cats_fr}) dans {f['tables_total']} table(s) ou modèle(s), p. ex. {example} "
                                   f"({t0['path']}) : chaque réutilisateur devra les encadrer au titre du RGPD.",
                            f"Processes personal data ({cats_en}) in {f['tables_total']} table(s) or model(s), e.g. {example_en} "
                            f"({t0['path']}): every reuser must handle it under the GDPR.", [e.to_dict() for e in ev])
    tables = "; ".join(dict.fromkeys(f"{t['table'] or t['path']} ({', '.join(x['name'] for x in t['fields'][:4])})" for t in f["tables"][:4]))
    more = f" (+{f['tables_total'] - 4})" if f["tables_total"] > 4 else ""
    return Result.warn(T(f"Données personnelles dans {f['tables_total']} table(s) ou modèle(s) : {cats_fr}.",
                         f"Personal data in {f['tables_total']} table(s) or model(s): {cats_en}."), ev, score=6 if not sensitive else 5, **details).advise(T(
        f"Écrivez docs/rgpd.md pour les réutilisateurs : pour {tables}{more}, la finalité, la base légale, la durée de conservation et "
        "qui y accède ; joignez un modèle de registre et de mentions d'information, et retirez les champs dont le service n'a pas besoin.",
        f"Write docs/gdpr.md for reusers: for {tables}{more}, the purpose, the legal basis, the retention period and who has access; "
        "add a template record of processing and privacy notice, and drop the fields the service does not need."))


# -- impact ----------------------------------------------------------------------------------
@check(
    id="scaling.impact-indicators",
    family="scaling",
    effort="hours",
    title=T("Le projet montre ses indicateurs d'impact", "The project shows its impact indicators"),
    rationale=T(
        "Le programme demande à chaque projet de définir des indicateurs d'impact, notamment écologique : une page publique de "
        "statistiques ou d'impact, une route /stats ou une section « Impact » de la documentation permet au jury et aux territoires "
        "intéressés de juger ce que le service change.",
        "The programme requires every project to define impact indicators, ecological ones included: a public statistics or impact "
        "page, a /stats route or an \"Impact\" section of the docs lets the jury and interested territories judge what the service changes.",
    ),
    remediation=T(
        "Publiez une page /stats (usage, bénéficiaires, effets mesurés) et une section « Impact » dans le README qui définit les "
        "indicateurs, leur source et leur valeur.",
        "Publish a /stats page (usage, beneficiaries, measured effects) and an \"Impact\" section in the README defining the indicators, "
        "their source and their value.",
    ),
)
def impact_indicators(ctx) -> Result:
    f = ctx.fact("impact_indicators")
    ev = [Evidence(path=r["path"], line=r["line"], value=r["value"], kind="found") for r in f["routes"][:4]]
    ev += [Evidence(path=p, kind="found") for p in f["pages"][:4]]
    ev += [Evidence(path=s["path"], line=s["line"], value=s["value"], kind="found") for s in f["sections"][:4]]
    ev += [Evidence(path=s["path"], line=s["line"], value=s["value"], kind="found") for s in f["links"][:4]]
    if f["found"]:
        kinds_fr = [x for x, ok in (("route ou page de statistiques", f["routes"] or f["pages"]), ("section d'impact dans la documentation", f["sections"]),
                                     ("lien vers des statistiques publiques", f["links"])) if ok]
        kinds_en = [x for x, ok in (("statistics route or page", f["routes"] or f["pages"]), ("impact section in the docs", f["sections"]),
                                     ("link to public statistics", f["links"])) if ok]
        return Result.passed(T("Indicateurs d'impact : " + ", ".join(kinds_fr) + ".", "Impact indicators: " + ", ".join(kinds_en) + "."),
                             ev, score=10 if len(kinds_fr) >= 2 else 8)
    readme = (ctx.fact("readme") or {}).get("path") or "README.md"
    proj = ctx.fact("project") or {}
    served = proj.get("kind") in ("web-application", "api-service", "static-site")  # a service people visit can show a page
    return Result.warn(T("Aucun indicateur d'impact trouvé : ni page /stats, ni section « Impact » dans la documentation.",
                         "No impact indicator found: no /stats page, no \"Impact\" section in the docs."), score=3,
                       risk=_risk(1, "Aucun indicateur d'impact publié (ni page /stats, ni section « Impact ») : le jury ne peut pas mesurer ce que le service change.",
                                  "No impact indicator published (no /stats page, no \"Impact\" section): the jury cannot measure what the service changes.")).advise(T(
        f"Ajoutez à {readme} une section « Impact » : combien de collectivités, d'agents ou d'habitants l'utilisent, ce que le service a "
        "changé (temps gagné, données produites), avec la date de chaque chiffre"
        + (" ; publiez aussi ces chiffres sur une page /stats du service, mise à jour automatiquement." if served else "."),
        f"Add an \"Impact\" section to {readme}: how many local governments, staff or residents use it, what the service changed (time "
        "saved, data produced), with the date of each figure"
        + ("; also publish these figures on a /stats page of the service, updated automatically." if served else ".")))


def _nominative_data(ctx) -> Result | None:
    """Warn: the code reads a restricted data set that names people (MAJIC's and the land files' owners, hosting.yml's ``personal``),
    though no model read holds a personal field: the people are in the data it loads (issue 12, s37 rc37, a MAJIC loader)."""
    try:
        used = [r for r in (ctx.fact("hosting_dependencies") or {}).get("restricted") or [] if r.get("personal")]
    except FactError:
        return None
    if not used:
        return None
    names = ", ".join(r["name"] for r in used)
    who_fr = "; ".join(f"{r['name']} : {r['personal']['fr']}" for r in used)
    who_en = "; ".join(f"{r['name']}: {r['personal']['en']}" for r in used)
    ev = [Evidence(path=e["path"], line=e["line"], value=e["value"], kind="found") for r in used for e in r["evidence"][:2]]
    return Result.warn(T(f"Le code traite des données nominatives à accès restreint ({who_fr}), sans modèle de données lu qui les décrive.",
                         f"The code processes restricted data naming people ({who_en}), with no data model read that describes them."),
                       ev, score=5, restricted=[r["id"] for r in used]).advise(T(
        f"Écrivez docs/rgpd.md pour les réutilisateurs : quelles données de {names} le traitement charge et produit, la finalité, la base "
        "légale, la durée de conservation et qui y accède ; ne versionnez aucun extrait de ces fichiers.",
        f"Write docs/gdpr.md for reusers: which data of {names} the processing loads and produces, the purpose, the legal basis, the "
        "retention period and who has access; commit no extract of these files."))


def _forms_unmeasured(f: dict, forms: dict, details: dict, head: tuple[str, str], tail: tuple[str, str]) -> Result:
    """Inconclusive: forms collect people's e-mail, name, phone… (``forms``: category -> [(path, line, value)]) where no model read
    holds them; ``head`` says what was read, ``tail`` what is not measured (French, English)."""
    labels = f.get("labels") or {}
    cats_fr = ", ".join((labels.get(c) or {}).get("fr", c) for c in forms)
    cats_en = ", ".join((labels.get(c) or {}).get("en", c) for c in forms)
    first = next(iter(forms.values()))[0]
    return Result.inconclusive(T(f"{head[0]}, mais des formulaires recueillent des données personnelles ({cats_fr} : {first[0]}:{first[1]}) : {tail[0]}.",
                                 f"{head[1]}, but forms collect personal data ({cats_en}: {first[0]}:{first[1]}): {tail[1]}."),
                               [Evidence(path=x[0], line=x[1], value=x[2], kind="found") for fs in forms.values() for x in fs][:10],
                               form_fields=sorted(forms), **details)
