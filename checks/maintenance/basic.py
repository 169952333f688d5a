"""Activity and releases, from the git history (always available offline).

Unlike OpenSSF Scorecard's *Maintained* (12 commits or issues in 90 days), a stable project that
releases rarely but regularly and still receives fixes is not called dead: the score is the best of
a commit-based measure (active weeks in the last year) and a release-based floor.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check


COUNTING_RULE = T(
    "Les nombres de commits comptent le travail écrit (commits de fusion exclus) ; « dernier commit » est la dernière modification "
    "de la branche, fusions comprises (la date que la forge affiche) ; celui d'une personne laisse les robots de côté.",
    "Commit counts are the authored work (merge commits excluded); \"last commit\" is the branch's last change, merges included "
    "(the date the forge shows); a person's last commit leaves bots aside.")


@check(
    id="maintenance.activity",
    family="maintenance",
    effort="days",
    needs_history=True,
    title=T("Le projet est maintenu", "The project is maintained"),
    rationale=T(
        "Un projet qui n'évolue plus ne corrige plus ses failles ni ses dépendances : une collectivité qui le réutilise en hérite seule. "
        "Un projet stable qui publie des versions régulières et reçoit des correctifs reste, lui, maintenu.",
        "A project that no longer changes no longer fixes its flaws or dependencies: a local government that reuses it inherits them alone. "
        "A stable project that releases regularly and still receives fixes is maintained.",
    ),
    remediation=T(
        "Publiez régulièrement les évolutions dans le dépôt public (pas seulement dans un dépôt interne), au moins une "
        "version datée par un tag chaque année, et indiquez dans le README qui maintient le projet.",
        "Publish changes regularly in the public repository (not only in an internal one), at least one release "
        "marked by a tag every year, and say in the README who maintains the project.",
    ),
    params={"active_weeks_for_full": 16, "stable_max_days_since_commit": 180},
)
def activity(ctx) -> Result:
    act = ctx.fact("history_activity")
    if not act.get("available"):
        return Result.inconclusive(act["reason"])
    res = _activity(ctx, act)
    if future := act.get("future_commits"):  # (a wrong clock: 2099) said, so that the last date of the facts and the count agree
        res.message = T(f"{res.message['fr']} {future} commit(s) daté(s) après le jour de l'audit, laissé(s) de côté (ni récent(s), ni dernier).",
                        f"{res.message['en']} {future} commit(s) dated after the audit day, left out (neither recent nor the last one).")
        res.details["future_commits"] = future
    return res


def _activity(ctx, act: dict) -> Result:
    rel = ctx.fact("releases")
    if rel.get("work_elsewhere"):
        return Result.inconclusive(rel["work_elsewhere"])
    hc, weeks, fixes = act["human_commits_365d"], act["active_weeks_365d"], act["fix_commits_365d"]
    dlast = act["days_since_last_human_commit"]
    r365 = rel.get("releases_365d") or 0
    full = max(1, int(ctx.params.get("active_weeks_for_full", 16)))
    stable_days = int(ctx.params.get("stable_max_days_since_commit", 180))
    value = {k: act.get(k) for k in ("human_commits_90d", "human_commits_365d", "bot_commits_365d", "active_weeks_365d",
                                     "fix_commits_365d", "days_since_last_human_commit", "days_since_last_commit", "project_age_days")}
    value["releases_365d"] = r365
    value["days_since_last_release"] = rel.get("days_since_last_release")
    ev = [Evidence(value=value, note=COUNTING_RULE)]
    facts_fr = (f"{hc} commit(s) de personnes sur 365 jours ({act['human_commits_90d']} sur 90 jours), "
                f"{weeks} semaine(s) active(s), {r365} version(s) publiée(s) dans l'année")
    facts_en = (f"{hc} commit(s) by people in 365 days ({act['human_commits_90d']} in 90 days), "
                f"{weeks} active week(s), {r365} release(s) in the year")
    if hc == 0:
        # (dlast counts a person's merge: within the year, a person only merged what others, or bots, wrote)
        merged = T(f" ; une personne a fusionné une branche il y a {dlast} jours", f"; a person merged a branch {dlast} days ago") \
            if dlast is not None and dlast <= 365 else T("", "")
        if r365:
            return Result.warn(T(f"Aucun commit écrit par une personne depuis un an, mais {r365} version(s) publiée(s){merged['fr']}.",
                                 f"No commit written by a person for a year, but {r365} release(s) published{merged['en']}."), ev, score=4)
        if act["bot_commits_365d"]:
            last_fr = merged["fr"] if merged["fr"] else f" ; dernier commit d'une personne il y a {dlast} jours"
            last_en = merged["en"] if merged["en"] else f"; last commit by a person {dlast} days ago"
            return Result.fail(T(f"Seuls des robots ont écrit des modifications depuis un an ({act['bot_commits_365d']} commit(s)){last_fr}.",
                                 f"Only bots wrote changes in the last year ({act['bot_commits_365d']} commit(s)){last_en}."), ev, score=1)
        if merged["fr"]:
            return Result.fail(T(f"Aucun commit écrit dans les 365 derniers jours{merged['fr']}.",
                                 f"No commit written in the last 365 days{merged['en']}."), ev)
        since = T(f" (dernier il y a {dlast} jours)", f" (last one {dlast} days ago)") if dlast is not None else T("", "")
        return Result.fail(T(f"Aucun commit dans les 365 derniers jours{since['fr']}.",
                             f"No commit in the last 365 days{since['en']}."), ev)
    commit_score = 10 * min(1.0, weeks / full)
    floor, why = 0.0, None
    if r365 and dlast is not None and dlast <= stable_days:
        floor, why = 8.0, T("projet stable mais maintenu (version dans l'année et modification récente)",
                            "stable but maintained project (release in the year and recent change)")
    elif (r365 or fixes) and dlast is not None and dlast <= 365:
        floor, why = 5.0, (T(f"{fixes} correctif(s) dans l'année", f"{fixes} fix(es) in the year") if not r365 else  # (not "releases"
                           T("versions dans l'année", "releases in the year") if not fixes else                 # beside "0 release")
                           T(f"versions et {fixes} correctif(s) dans l'année", f"releases and {fixes} fix(es) in the year"))
    score = max(commit_score, floor)
    quiet = T("", "")
    if dlast is not None and dlast > stable_days:
        score = min(score, 5.0)  # silent for over six months, whatever the year before looked like
        quiet = T(f" ; aucun commit depuis {dlast} jours", f"; no commit for {dlast} days")
    elif dlast is not None and dlast > 90:
        score = min(score, 8.0)
    msg = T(facts_fr + (f" ; {why['fr']}" if why and floor >= commit_score else "") + quiet["fr"] + ".",
            facts_en + (f"; {why['en']}" if why and floor >= commit_score else "") + quiet["en"] + ".")
    age = act.get("project_age_days")
    if age is not None and age < 90:
        msg = T(msg["fr"] + f" Projet récent ({age} jours) : à revoir plus tard.", msg["en"] + f" Young project ({age} days): review again later.")
    return Result.scored(score, msg, ev)


@check(
    id="maintenance.releases",
    family="maintenance",
    effort="hours",
    needs_history=True,
    title=T("Des versions sont publiées régulièrement", "Releases are published regularly"),
    rationale=T(
        "Une version numérotée et datée (tag) permet à une autre collectivité d'installer un état connu, de suivre les "
        "changements et de planifier ses mises à jour ; sans version, elle réutilise un instantané sans garantie.",
        "A numbered, dated release (tag) lets another local government install a known state, follow changes and "
        "plan its upgrades; without releases it reuses a snapshot with no guarantee.",
    ),
    remediation=T(
        "Marquez chaque version par un tag de version sémantique (git tag -a v1.2.0), au moins une fois par an, "
        "et tenez un CHANGELOG ; sur GitHub ou GitLab, publiez une « release » pour chaque tag.",
        "Mark each release with a semantic-version tag (git tag -a v1.2.0), at least once a year, and keep a "
        "CHANGELOG; on GitHub or GitLab, publish a release for each tag.",
    ),
    params={"max_days_since_release": 365},
)
def releases(ctx) -> Result:
    rel = ctx.fact("releases")
    if not rel.get("available"):
        return Result.inconclusive(rel["reason"])
    ev = [Evidence(value={k: rel[k] for k in ("tags", "semver_tags", "releases_365d", "releases_730d",
                                              "median_days_between_releases_730d", "last_release", "last_release_date",
                                              "days_since_last_release")})]
    if not rel["tags"]:
        ev.append(Evidence(kind="missing", note=T("Aucun tag : créez-en un par version.", "No tag: create one per release.")))
        return Result.fail(T("Aucun tag de version dans le dépôt.", "No release tag in the repository."), ev).advise(T(
            "Publiez une première version : git tag -a v1.0.0 -m \"Version 1.0.0\" puis git push origin v1.0.0, avec un CHANGELOG.md "
            "qui dit ce qu'elle contient ; ensuite un tag vX.Y.Z à chaque version livrée.",
            "Publish a first release: git tag -a v1.0.0 -m \"Version 1.0.0\" then git push origin v1.0.0, with a CHANGELOG.md "
            "saying what it holds; then a vX.Y.Z tag for every release shipped."))
    days = rel["days_since_last_release"]
    limit = int(ctx.params.get("max_days_since_release", 365))
    last = f"{rel['last_release']} ({rel['last_release_date'][:10]})"
    elsewhere = rel.get("last_release_elsewhere")  # (the plugins of a repository live and are released on their own branches)
    last_fr = last + (", sur une autre branche que celle auditée" if elsewhere else "")
    last_en = last + (", on another branch than the one audited" if elsewhere else "")
    if days <= limit:
        score = 8 + (1 if rel["releases_730d"] >= 2 else 0) + (1 if rel["semver_tags"] else 0)
        gap = rel["median_days_between_releases_730d"]
        cadence = (T(f", intervalle médian {gap:g} jours", f", median interval {gap:g} days") if gap is not None else T("", ""))
        msg = T(f"Dernière version {last_fr}, il y a {days} jours ; {rel['releases_730d']} version(s) sur deux ans{cadence['fr']}.",
                f"Last release {last_en}, {days} days ago; {rel['releases_730d']} release(s) in two years{cadence['en']}.")
    elif rel["releases_730d"]:
        score = 5
        msg = T(f"Dernière version {last_fr}, il y a {days} jours (plus d'un an).", f"Last release {last_en}, {days} days ago (over a year).")
    else:
        score = 2
        msg = T(f"Aucune version depuis deux ans (dernière : {last_fr}).", f"No release for two years (last: {last_en}).")
    if not rel["semver_tags"]:
        score -= 1
        msg = T(msg["fr"] + " Les tags ne suivent pas la version sémantique.", msg["en"] + " Tags do not follow semantic versioning.")
    if pre := rel.get("later_pre_release"):  # (a later pre-release, not counted as a release: said, never dropped silently)
        when = f"{pre['name']} ({pre['date'][:10]}, {pre['days']}"
        msg = T(msg["fr"].replace("Aucune version depuis", "Aucune version stable depuis")
                + f" Pré-version plus récente, non comptée comme version : {when} jours).",
                msg["en"].replace("No release for", "No stable release for") + f" A later pre-release, not counted as a release: {when} days ago).")
        ev.append(Evidence(value=pre, note=T("pré-version postérieure à la dernière version", "pre-release after the last release")))
    result = Result.scored(score, msg, ev)
    if days > limit and rel.get("commits_since_last_release") == 0 and rel["semver_tags"]:
        # (the audited commit is the last release itself: no change to gather, the next version comes with the next change)
        nxt = _next_version(rel["last_release"])
        result.advise(T(f"Le commit audité est la dernière version, {last} : rien n'a changé depuis. Si le projet est maintenu, publiez la "
                        f"prochaine version ({nxt}) avec le prochain changement livré, au moins une fois par an, et décrivez-la dans le "
                        "CHANGELOG.md ; sinon dites dans le README qu'il n'évolue plus.",
                        f"The audited commit is the last release, {last}: nothing has changed since. If the project is maintained, publish "
                        f"the next release ({nxt}) with the next change shipped, at least once a year, and describe it in CHANGELOG.md; "
                        "otherwise say in the README that it no longer evolves."))
    elif days > limit or not rel["semver_tags"]:
        nxt = _next_version(rel["last_release"])
        num = re.sub(r"^.*?(\d)", r"\1", nxt, count=1)
        result.advise(T(f"Publiez une version qui rassemble les changements depuis {last} : git tag -a {nxt} -m \"Version {num}\" "
                        f"puis git push origin {nxt}, et décrivez-la dans le CHANGELOG.md"
                        + ("" if rel["semver_tags"] else " ; nommez les prochaines selon la version sémantique (vMAJEUR.MINEUR.CORRECTIF)") + ".",
                        f"Publish a release gathering the changes since {last}: git tag -a {nxt} -m \"Version {num}\" "
                        f"then git push origin {nxt}, and describe it in CHANGELOG.md"
                        + ("" if rel["semver_tags"] else "; name the next ones by semantic versioning (vMAJOR.MINOR.PATCH)") + "."))
    return result


def _next_version(last: str | None) -> str:
    """The minor version after ``last`` in its spelling (v1.4.2 → v1.5.0, 2.3 → 2.4.0), v1.0.0 when it is not a semantic version."""
    import re

    # (and in a prefixed spelling, a module's name before its version: plugin-crmclient-2.1.2 → plugin-crmclient-2.2.0, s48 ff48)
    m = re.match(r"^((?:[A-Za-z][\w.-]*?[-_/])?v?)(\d+)\.(\d+)(?:\.(\d+))?$", (last or "").strip())
    if not m:
        return "v1.0.0"
    return f"{m.group(1) or ''}{m.group(2)}.{int(m.group(3)) + 1}.0"
