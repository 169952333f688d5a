"""Who keeps the project alive: contributors (CHAOSS contributor absence factor) and organisations."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import FactError
from auditor.facts.history import is_public_domain, registrable_domain
from auditor.facts.scaling.common import domain_type
from auditor.facts.scaling.people import hired_domains, sponsor_domains


def _fork_words(ctx) -> tuple[list[Evidence], str, str]:
    """A fork told by its history (fork_history): its evidence, and the sentence the message adds ("" when it is no such fork)."""
    try:
        fork = ctx.fact("fork_history")
    except FactError:
        fork = None
    if not fork:
        return [], "", ""
    ev = [Evidence(path=fork["path"], line=fork["line"], value=fork["repository"], kind="finding",
                   note=T(f"Fork : {fork['commits'] - fork['own_commits']} des {fork['commits']} commits, de {fork['upstream_people']} personnes, "
                          f"sont ceux de {fork['repository']} ; {fork['own_commits']} seulement sont propres au dépôt (depuis le {fork['since']}).",
                          f"Fork: {fork['commits'] - fork['own_commits']} of the {fork['commits']} commits, by {fork['upstream_people']} people, are "
                          f"{fork['repository']}'s; only {fork['own_commits']} are the repository's own (since {fork['since']})."))]
    return ev, (f" Ce dépôt est un fork de {fork['repository']} (nommé dans {fork['path']}) : ses auteurs sont pour l'essentiel ceux de ce "
                f"projet ; seuls ses {fork['own_commits']} dernier(s) commit(s), de {fork['own_people']} personne(s) depuis le {fork['since']}, "
                "sont les siens."), \
        (f" This repository is a fork of {fork['repository']} (named in {fork['path']}): its authors are mostly that project's; only its "
         f"last {fork['own_commits']} commit(s), by {fork['own_people']} person(s) since {fork['since']}, are its own.")


@check(
    id="maintenance.contributors",
    family="maintenance",
    effort="days",
    needs_history=True,
    title=T("Le projet ne dépend pas d'une seule personne", "The project does not depend on a single person"),
    rationale=T(
        "Si une ou deux personnes font l'essentiel des modifications, leur départ arrête le projet (facteur d'absence "
        "des contributeurs, CHAOSS). Les robots (Dependabot, Renovate…) ne comptent pas.",
        "When one or two people make most of the changes, their departure stops the project (CHAOSS contributor "
        "absence factor). Bots (Dependabot, Renovate…) do not count.",
    ),
    remediation=T(
        "Partagez la maintenance : documentez l'installation et la contribution (CONTRIBUTING), relisez et fusionnez les "
        "contributions externes, confiez des droits de maintenance à au moins trois personnes, si possible de structures différentes.",
        "Share maintenance: document setup and contribution (CONTRIBUTING), review and merge outside contributions, and "
        "give maintainer rights to at least three people, ideally from different organisations.",
    ),
    params={"factor_for_full": 3},
)
def contributors(ctx) -> Result:
    c = ctx.fact("contributors")
    if not c.get("available"):
        return Result.inconclusive(c["reason"])
    ev = [Evidence(value={k: c[k] for k in ("active_365d", "human_commits_365d", "absence_factor", "new_365d", "all_time",
                                            "bot_commits_365d")}),
          Evidence(value={"top": c["top"], "bots_365d": c["bots_365d"]},
                   note=T("Principaux auteurs des 365 derniers jours (robots à part).", "Main authors of the last 365 days (bots apart)."))]
    fork_ev, fork_fr, fork_en = _fork_words(ctx)  # (another project's history under a tail of its own: said, the measure unchanged)
    ev += fork_ev
    if not c["active_365d"]:
        if (ctx.fact("releases") or {}).get("work_elsewhere"):
            return Result.inconclusive(ctx.fact("releases")["work_elsewhere"], ev)
        return Result.fail(T("Aucune personne n'a modifié le dépôt depuis un an." + fork_fr, "No person changed the repository in the last year." + fork_en), ev)
    af, full = c["absence_factor"], max(1, int(ctx.params.get("factor_for_full", 3)))
    score = 10 * min(1.0, (af - 1) / max(1, full - 1)) if full > 1 else 10
    score = max(score, 2.0)
    if c["new_365d"] and score < 10:
        score = min(10, score + 1)
    top = c["top"][0]
    msg = T(f"Facteur d'absence : {af} ({c['active_365d']} auteur(s) actif(s) sur un an, {c['new_365d']} nouveau(x)) ; "
            f"{top['name']} a fait {round(100 * top['share'])} % des commits.",
            f"Absence factor: {af} ({c['active_365d']} active author(s) in a year, {c['new_365d']} new); "
            f"{top['name']} made {round(100 * top['share'])}% of the commits.")
    if fork_fr:
        msg = T(msg["fr"] + fork_fr, msg["en"] + fork_en)
    return Result.scored(score, msg, ev)


@check(
    id="maintenance.organisations",
    family="maintenance",
    effort="days",
    needs_history=True,
    title=T("Plusieurs organisations contribuent", "Several organisations contribute"),
    rationale=T(
        "Un commun numérique est porté par plusieurs structures : quand plusieurs collectivités ou organismes publics "
        "contribuent, le projet survit au départ de l'une d'elles et répond aux besoins de plusieurs territoires.",
        "A digital commons is carried by several organisations: when several local governments or public bodies "
        "contribute, the project survives the departure of one of them and meets the needs of several territories.",
    ),
    remediation=T(
        "Ouvrez la gouvernance (feuille de route, comité d'utilisateurs), invitez les collectivités utilisatrices à "
        "contribuer et demandez aux contributeurs de signer leurs commits avec leur adresse professionnelle.",
        "Open the governance (roadmap, users' committee), invite the local governments that use the project to "
        "contribute, and ask contributors to sign their commits with their work address.",
    ),
    params={"public_domains": []},
)
def organisations(ctx) -> Result:
    o = ctx.fact("organisations")
    if not o.get("available"):
        return Result.inconclusive(o["reason"])
    extra = tuple(ctx.params.get("public_domains") or ())
    # a public sponsor's own domain (named like its forge account: opt.nc for opt-nc) is a public body's, as
    # scaling.contributor-organisations counts it
    sponsor = sponsor_domains(ctx) or (lambda reg: False)
    orgs = [dict(x, public=x["public"] or is_public_domain(x["domain"], extra) or sponsor(x["domain"])) for x in o["organisations"]]
    # (a domain no list types, neither public nor a listed company's: of unknown type, said so, as
    # scaling.contributor-organisations says it — smavd.org, a syndicat mixte's, is no known private organisation)
    # (an unlisted domain whose server the project depends on as its contractor's, the hired company contributor_types and
    # scaling.hosting name, is a company here too: one typing of the domain for every check)
    hired = hired_domains(ctx)
    orgs = [dict(x, type="public" if x["public"] else "company" if domain_type(x["domain"]).get("listed")
                 or registrable_domain(x["domain"]) in hired else "organisation") for x in orgs]
    n, npub = len(orgs), sum(1 for x in orgs if x["public"])
    untyped = [x["domain"] for x in orgs if x["type"] == "organisation"][:5]
    ev = [Evidence(value={"organisations": orgs[:30], "individuals": o["individuals"], "unknown": o["unknown"]})]
    names_fr = ", ".join(x["domain"] + (" (public)" if x["public"] else "") for x in orgs[:8])
    names_en = names_fr
    if n == 0:
        if o["individuals"] or o["unknown"]:
            return Result.warn(T(f"Aucune organisation identifiable : {o['individuals']} contributeur(s) avec une adresse personnelle ou masquée.",
                                 f"No identifiable organisation: {o['individuals']} contributor(s) with a personal or masked address."), ev, score=3)
        if (ctx.fact("releases") or {}).get("work_elsewhere"):
            return Result.inconclusive(ctx.fact("releases")["work_elsewhere"], ev)
        return Result.fail(T("Aucune contribution humaine dans l'année.", "No human contribution in the year."), ev)
    single = [x for x in orgs if not x["public"] and x["authors"] == 1]
    effective = n - 0.5 * len(single)
    score = 10 if npub >= 2 else min(10.0, 2 + 3 * effective)
    note_fr = note_en = ""
    if single:
        note_fr = f" ({len(single)} domaine(s) d'un seul auteur, peut-être personnel(s), comptés pour moitié)"
        note_en = f" ({len(single)} single-author domain(s), possibly personal, counted as half)"
    if untyped:
        note_fr += f". De type inconnu (domaine absent de la liste d'organisations de l'outil) : {', '.join(untyped)}"
        note_en += f". Of unknown type (a domain not in the tool's list of organisations): {', '.join(untyped)}"
    return Result.scored(score, T(f"{n} organisation(s) dans l'année, dont {npub} publique(s) : {names_fr}{note_fr}.",
                                  f"{n} organisation(s) in the year, {npub} of them public: {names_en}{note_en}."), ev, warn_at=3)
