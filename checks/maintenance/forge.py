"""Checks fed by the forge (GitHub, GitLab) — inconclusive, never zero, when it cannot be asked —
and the review check, which falls back on the git history (merge commits, trailers) offline."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check
from auditor.checks.reusability.common import copied_runtime_libraries, no_runtime_kind
from auditor.facts.inventory import NO_UPDATE_BOT, manifest_ecosystem
from auditor.facts.cleaned_outputs import TEMPLATED_PACKAGE_JSON
from auditor.facts.requirement_files import no_runtime_reason, runtime_manifests

from .update_config import update_config as _update_config


def _forge(ctx, section: str | None = None):
    """(forge fact, None) or (None, inconclusive result)."""
    f = ctx.fact("forge")
    if not f.get("available"):  # no forge to ask (a checkout without a remote) or not reached: not measured
        return None, Result.inconclusive(f["reason"])
    if section is not None and section not in f:
        reason = (f.get("partial") or {}).get(section) or {"fr": "donnée non collectée", "en": "data not collected"}
        return None, Result.inconclusive(reason)
    return f, None


def _hours(h: float) -> dict[str, str]:
    if h < 48:
        return T(f"{h:g} h", f"{h:g} h")
    return T(f"{h / 24:.1f} jours", f"{h / 24:.1f} days")


@check(
    id="maintenance.not-archived",
    family="maintenance",
    effort="minutes",
    title=T("Le dépôt n'est pas archivé", "The repository is not archived"),
    rationale=T(
        "Un dépôt archivé sur la forge n'accepte plus ni tickets ni contributions : ses mainteneurs l'ont déclaré terminé.",
        "An archived repository accepts neither issues nor contributions: its maintainers have declared it finished.",
    ),
    remediation=T(
        "Si le projet vit encore, désarchivez-le ou indiquez dans le README le dépôt qui lui succède.",
        "If the project is still alive, unarchive it, or point in the README to the repository that succeeds it.",
    ),
)
def not_archived(ctx) -> Result:
    notice = ctx.fact("readme_status")["notice"]  # (the README's own "Deprecated: moved to …", "Ce dépôt n'est plus maintenu")
    f, res = _forge(ctx, "repo")
    if res:  # the forge not reached: the README's notice, written in the audited commit, still says where the project stands
        return _declared(ctx, notice, T(f" Forge : {res.message['fr'].rstrip('.')}.", f" Forge: {res.message['en'].rstrip('.')}.")) if notice else res
    repo = f["repo"]
    ev = [Evidence(value={k: repo.get(k) for k in ("archived", "fork", "description", "topics", "homepage", "stars", "forks",
                                                   "open_issues", "default_branch", "pushed_at")})]
    if repo["archived"]:
        if f.get("as_of_in_past"):
            if notice:  # (archived today; the README of the audited commit already said so)
                return _declared(ctx, notice, T(f" Il est archivé aujourd'hui sur {f['host']}.", f" It is archived today on {f['host']}."), ev)
            return Result.inconclusive(T("Dépôt archivé aujourd'hui ; son état à la date d'audit n'est pas connu.",
                                         "Repository archived today; its state at the audit date is unknown."), ev)
        said = _notice_words(notice)
        return Result.fail(T(f"Le dépôt est archivé sur {f['host']}{said['fr']}.", f"The repository is archived on {f['host']}{said['en']}."),
                           ev + _notice_evidence(notice))
    if notice:
        return _declared(ctx, notice, T(f" Il n'est pas archivé sur {f['host']}.", f" It is not archived on {f['host']}."), ev)
    fork = T(" (c'est une divergence — fork — d'un autre dépôt)", " (it is a fork of another repository)") if repo.get("fork") else T("", "")
    return Result.passed(T(f"Le dépôt n'est pas archivé sur {f['host']}{fork['fr']}.", f"The repository is not archived on {f['host']}{fork['en']}."), ev)


def _notice_evidence(notice: dict | None) -> list[Evidence]:
    if not notice:
        return []
    return [Evidence(path=notice["path"], line=notice["line"], value=notice["text"], kind="finding",
                     note=T("le README déclare le projet terminé" if notice["state"] == "finished" else "le README indique où le projet vit désormais",
                            "the README declares the project finished" if notice["state"] == "finished" else "the README says where the project lives now"))]


def _notice_words(notice: dict | None) -> dict[str, str]:
    if not notice:
        return T("", "")
    return T(f", et son README le dit ({notice['path']}:{notice['line']} : « {notice['text']} »)",
             f", and its README says so ({notice['path']}:{notice['line']}: \"{notice['text']}\")")


def _declared(ctx, notice: dict, forge: dict[str, str], ev: list[Evidence] | None = None) -> Result:
    """The README declares the project finished (deprecated, archived, abandoned, unmaintained: fail) or says it lives elsewhere now
    (a pointer to its successor: warn), with the line as evidence; ``forge`` says what the forge said, or that it was not asked."""
    from auditor.facts.project import judged_kind_text

    kind = judged_kind_text(ctx.fact("project") or {})  # (said undecided when no file decided it: no placeholder kind named)
    where = f"{notice['path']}:{notice['line']}"
    succ = notice.get("successor")
    to_fr, to_en = (f" ; dépôt successeur indiqué : {succ}", f"; successor repository given: {succ}") if succ else ("", "")
    ev = _notice_evidence(notice) + (ev or [])
    if succ:
        ev.append(Evidence(value=succ, kind="found", note=T("dépôt successeur", "successor repository")))
    if notice["state"] == "finished":
        result = Result.fail(T(f"Le README déclare ce projet ({kind['fr']}) terminé — obsolète, archivé ou abandonné par ses mainteneurs "
                               f"({where} : « {notice['text']} »){to_fr}.{forge['fr']}",
                               f"The README declares this project ({kind['en']}) finished — deprecated, archived or abandoned by its "
                               f"maintainers ({where}: \"{notice['text']}\"){to_en}.{forge['en']}"), ev, readme_notice=notice)
    else:
        result = Result.warn(T(f"Le README indique que ce projet ({kind['fr']}) vit désormais ailleurs ({where} : « {notice['text']} ») : "
                               f"ce dépôt n'est plus celui où il évolue{to_fr}.{forge['fr']}",
                               f"The README says this project ({kind['en']}) now lives elsewhere ({where}: \"{notice['text']}\"): this "
                               f"repository is no longer where it evolves{to_en}.{forge['en']}"), ev, score=3, readme_notice=notice)
    if succ:
        return result.advise(T(f"Évaluez le dépôt successeur ({succ}) plutôt que celui-ci ; sur la forge, archivez ce dépôt pour qu'il "
                               "n'attire plus ni tickets ni contributions.",
                               f"Assess the successor repository ({succ}) rather than this one; on the forge, archive this repository so "
                               "that it no longer draws issues or contributions."))
    return result.advise(T("Si le projet vit encore, retirez l'avis du README et dites qui le maintient ; sinon archivez le dépôt sur la forge.",
                           "If the project is still alive, remove the notice from the README and say who maintains it; otherwise archive "
                           "the repository on the forge."))


@check(
    id="maintenance.responsiveness",
    family="maintenance",
    effort="days",
    title=T("Les demandes reçoivent une réponse rapide", "Requests get a quick answer"),
    rationale=T(
        "Une collectivité qui signale un problème ou propose une amélioration doit obtenir une réponse : le délai de "
        "première réponse (CHAOSS) mesure si le projet écoute ses utilisateurs.",
        "A local government that reports a problem or proposes an improvement needs an answer: the time to first "
        "response (CHAOSS) shows whether the project listens to its users.",
    ),
    remediation=T(
        "Organisez un tour de veille sur les tickets et demandes de fusion (au moins une réponse sous une semaine), "
        "utilisez des modèles de tickets et indiquez dans le README où et comment obtenir de l'aide.",
        "Set up a rota to watch issues and change requests (at least one answer within a week), use issue templates, "
        "and say in the README where and how to get help.",
    ),
    params={"full_hours": 72, "good_hours": 168, "late_hours": 720},
)
def responsiveness(ctx) -> Result:
    f, res = _forge(ctx, "responsiveness")
    if res:
        return res
    r = f["responsiveness"]
    ev = [Evidence(value=r)]
    if not r.get("comments_complete", True) and f.get("as_of_in_past"):
        return Result.inconclusive(T("Trop de commentaires pour reconstituer l'année de la date d'audit avec le nombre borné de requêtes.",
                                     "Too many comments to rebuild the year of the audit date within the bounded number of requests."), ev)
    if not r["items_365d"]:
        return Result.not_applicable(T("Aucun ticket ni demande de fusion ouvert par une personne dans l'année.",
                                       "No issue or change request opened by a person in the year."))
    evaluated = r.get("sampled", r["items_365d"]) or r["items_365d"]
    if not r["responded"]:
        return Result.fail(T(f"Aucune des {evaluated} demande(s) examinée(s) n'a reçu de réponse d'une autre personne.",
                             f"None of the {evaluated} request(s) examined got an answer from another person."), ev)
    h = r["median_hours_to_first_response"]
    p = ctx.params
    base = 10 if h <= p.get("full_hours", 72) else 8 if h <= p.get("good_hours", 168) else 5 if h <= p.get("late_hours", 720) else 2
    share = r["responded"] / evaluated
    score = base * (0.5 + 0.5 * share)
    d = _hours(h)
    return Result.scored(score, T(f"Délai médian de première réponse : {d['fr']} ; {r['responded']} demande(s) sur {evaluated} ont reçu une réponse.",
                                  f"Median time to first response: {d['en']}; {r['responded']} of {evaluated} request(s) got an answer."), ev)


@check(
    id="maintenance.closure-ratio",
    family="maintenance",
    effort="days",
    title=T("Les demandes de fusion sont traitées", "Change requests are dealt with"),
    rationale=T(
        "Le ratio de clôture des demandes de fusion (CHAOSS) compare les demandes fermées ou fusionnées aux demandes "
        "ouvertes sur l'année : proche de 1, l'équipe suit le rythme des contributions.",
        "The change request closure ratio (CHAOSS) compares change requests closed or merged with those opened in "
        "the year: near 1, the team keeps up with contributions.",
    ),
    remediation=T(
        "Relisez, fusionnez ou refermez (avec une explication) les demandes de fusion en attente ; fermez celles qui "
        "sont abandonnées.",
        "Review, merge, or close (with an explanation) the pending change requests; close the abandoned ones.",
    ),
    params={"ratio_for_full": 0.8},
)
def closure_ratio(ctx) -> Result:
    f, res = _forge(ctx, "changes")
    if res:
        return res
    c = f["changes"]
    ev = [Evidence(value={k: c.get(k) for k in ("opened_365d", "closed_365d", "merged_365d", "closure_ratio", "median_hours_to_merge", "truncated")})]
    if c.get("truncated") and f.get("as_of_in_past"):
        return Result.inconclusive(T("Trop de demandes de fusion pour reconstituer l'année de la date d'audit avec le nombre borné de requêtes.",
                                     "Too many change requests to rebuild the year of the audit date within the bounded number of requests."), ev)
    if not c["opened_365d"]:
        return Result.not_applicable(T("Aucune demande de fusion ouverte par une personne dans l'année.",
                                       "No change request opened by a person in the year."))
    ratio = c["closure_ratio"]
    full = float(ctx.params.get("ratio_for_full", 0.8)) or 0.8
    merge = ""
    merge_en = ""
    if c["median_hours_to_merge"] is not None:
        d = _hours(c["median_hours_to_merge"])
        merge, merge_en = f" ; délai médian de fusion {d['fr']}", f"; median time to merge {d['en']}"
    return Result.scored(10 * min(1.0, ratio / full),
                         T(f"{c['closed_365d']} demande(s) fermée(s) ou fusionnée(s) pour {c['opened_365d']} ouverte(s) dans l'année "
                           f"(ratio {ratio:.2f}){merge}.",
                           f"{c['closed_365d']} change request(s) closed or merged for {c['opened_365d']} opened in the year "
                           f"(ratio {ratio:.2f}){merge_en}."), ev)


@check(
    id="maintenance.review",
    family="maintenance",
    effort="hours",
    needs_history=True,
    title=T("Les modifications sont relues avant intégration", "Changes are reviewed before they are merged"),
    rationale=T(
        "Une modification relue par une autre personne diffuse la connaissance du code et arrête des erreurs ; pour une "
        "collectivité qui réutilise le projet, c'est une garantie de qualité.",
        "A change reviewed by another person spreads knowledge of the code and stops mistakes; for a local government "
        "that reuses the project, it is a quality guarantee.",
    ),
    remediation=T(
        "Protégez la branche principale, passez par des demandes de fusion (pull/merge requests) et exigez au moins "
        "une approbation avant fusion.",
        "Protect the main branch, go through pull/merge requests and require at least one approval before merging.",
    ),
)
def review(ctx) -> Result:
    f = ctx.fact("forge")
    changes = f.get("changes") if f.get("available") else None
    if changes and changes.get("sampled_for_review"):
        n, k = changes["sampled_for_review"], changes["reviewed"]
        ev = [Evidence(value={"source": "forge", "sampled": n, "reviewed": k, "branch_protection": f.get("branch_protection")})]
        return Result.scored(10 * k / n, T(f"{k} des {n} dernières demandes fusionnées ont été relues par une autre personne ({f['host']}).",
                                           f"{k} of the last {n} merged change requests were reviewed by another person ({f['host']})."),
                             ev, source="forge")
    h = ctx.fact("review_history")
    if not h.get("available"):
        return Result.inconclusive(h["reason"])
    if not h["changes_365d"]:
        return Result.not_applicable(T("Aucune modification de personne sur la branche principale dans l'année.",
                                       "No change by a person on the main branch in the year."))
    ev = [Evidence(value={"source": "git", **{k: h.get(k, 0) for k in ("changes_365d", "via_merge_request", "via_gerrit_change",
                                                                         "with_review_trailer", "direct", "self_merged")}}),
          Evidence(value=h["direct_examples"], note=T("Exemples de commits poussés directement ou fusionnés par leur propre auteur.",
                                                      "Examples of commits pushed directly or merged by their own author."))]
    share = h["share_reviewed"]
    n_self = h.get("self_merged", 0)
    self_fr = f", {n_self} fusionnée(s) par l'auteur de tous leurs commits (pas une relecture)" if n_self else ""
    self_en = f", {n_self} merged by the author of all their commits (not a review)" if n_self else ""
    why = ""
    why_en = ""
    if not f.get("available"):
        why = " (forge non consultée : estimation d'après l'historique git, fusions et mentions Reviewed-by)"
        why_en = " (forge not queried: estimated from the git history, merges and Reviewed-by trailers)"
    g = h.get("via_gerrit_change", 0)  # a commit carrying Gerrit's Change-Id went through a Gerrit change (its review)
    g_fr = f" (dont {g} change(s) Gerrit, reconnus à leur mention Change-Id)" if g else ""
    g_en = f" ({g} of them Gerrit changes, known by their Change-Id trailer)" if g else ""
    result = Result.scored(10 * share, T(f"{h['via_merge_request'] + h['with_review_trailer']} des {h['changes_365d']} modifications de l'année "
                                       f"sont passées par une demande de fusion{g_fr} ou portent une relecture ; {h['direct']} poussée(s) directement"
                                       f"{self_fr}{why}.",
                                       f"{h['via_merge_request'] + h['with_review_trailer']} of the {h['changes_365d']} changes of the year went "
                                       f"through a change request{g_en} or carry a review; {h['direct']} pushed directly{self_en}{why_en}."),
                           ev, source="git")
    if h["direct"] or n_self:
        host = str(f.get("host") or "") if f.get("available") else ""
        result.advise(_review_todo("github" if "github" in host else "gitlab" if "gitlab" in host else None, h["direct"], n_self))
    return result


def _review_todo(forge: str | None, direct: int, self_merged: int) -> T:
    """Where this repository's forge turns on reviews, for the pushes and self-merges counted."""
    seen_fr = f"{direct} modification(s) poussée(s) directement" + (f" et {self_merged} fusionnée(s) par leur auteur" if self_merged else "")
    seen_en = f"{direct} change(s) pushed directly" + (f" and {self_merged} merged by their author" if self_merged else "")
    if forge == "github":
        how_fr = ("sur GitHub, Settings › Branches (ou Rules › Rulesets) : protégez la branche principale, cochez « Require a pull request "
                  "before merging » avec au moins 1 approbation")
        how_en = ("on GitHub, Settings › Branches (or Rules › Rulesets): protect the main branch and tick 'Require a pull request before "
                  "merging' with at least 1 approval")
    elif forge == "gitlab":
        how_fr = ("sur GitLab, Paramètres › Dépôt › Branches protégées : « Autorisé à pousser » à « Personne » pour la branche principale ; "
                  "Paramètres › Demandes de fusion : au moins 1 approbation, l'auteur ne pouvant approuver sa propre demande")
        how_en = ("on GitLab, Settings › Repository › Protected branches: 'Allowed to push' set to 'No one' on the main branch; "
                  "Settings › Merge requests: at least 1 approval, authors not approving their own requests")
    else:  # forge not read (offline, unknown host): both usual places
        how_fr = ("protégez la branche principale et exigez au moins une approbation d'une autre personne avant toute fusion (GitHub : "
                  "Settings › Branches, « Require a pull request before merging » ; GitLab : Paramètres › Dépôt › Branches protégées, "
                  "puis Paramètres › Demandes de fusion, approbations)")
        how_en = ("protect the main branch and require at least one approval by another person before merging (GitHub: Settings › "
                  "Branches, 'Require a pull request before merging'; GitLab: Settings › Repository › Protected branches, then "
                  "Settings › Merge requests, approvals)")
    return T(f"{seen_fr} dans l'année : {how_fr}. Passez ensuite chaque changement par une demande de fusion relue.",
             f"{seen_en} in the year: {how_en}. Then send every change through a reviewed change request.")


def _every_update_misdirected(d: dict) -> bool:
    """Every configuration file (dependabot.yml) is pointed at no manifest: a Renovate configuration beside it still works."""
    wrong = {m["path"] for m in d.get("misdirected") or []}
    return bool(wrong) and set(d["config"]) <= wrong


@check(
    id="maintenance.dependency-updates",
    family="maintenance",
    effort="hours",
    title=T("Les dépendances sont mises à jour automatiquement", "Dependencies are updated automatically"),
    rationale=T(
        "Des dépendances à jour corrigent les failles connues ; Dependabot ou Renovate proposent ces mises à jour, "
        "encore faut-il les fusionner. Une configuration sans fusion ne protège pas.",
        "Up-to-date dependencies fix known flaws; Dependabot or Renovate propose the updates, but they must be "
        "merged. A configuration whose changes are never merged protects nothing.",
    ),
    remediation=T(
        "Ajoutez .github/dependabot.yml (GitHub) ou renovate.json (GitHub, GitLab) et fusionnez régulièrement les "
        "demandes qu'ils ouvrent, par exemple en regroupant les mises à jour mineures chaque semaine.",
        "Add .github/dependabot.yml (GitHub) or renovate.json (GitHub, GitLab) and merge the requests they open "
        "regularly, for instance grouping minor updates weekly.",
    ),
)
def dependency_updates(ctx) -> Result:
    d = ctx.fact("dependency_updates")
    listed = [m for m in (ctx.fact("manifests") or {}).get("manifests") or [] if m["dependencies"] or m["dev_dependencies"]]
    # (a Helm chart's dependabot.yml updating its images: a configuration to judge, though no manifest the tool reads)
    # (the manifests a bot could update: an R package's DESCRIPTION is none, nor a Debian control file)
    updatable = [p for p in d["manifests"] if manifest_ecosystem(p) not in NO_BOT]
    # (nor the template a build writes package.json from, package.json.template: no bot reads it — s48 ff48)
    listed = [dict(m, ecosystem="template") if m["path"] in TEMPLATED_PACKAGE_JSON else m for m in listed]
    if not updatable and not d["config"] and not any(m["ecosystem"] not in NO_BOT | {"template"} for m in listed):
        # the plugins a QGIS Deployment Toolbelt profile or a JCMS plugin's dependencies.list pins, a Debian package's control
        # file, a Kivy app's buildozer.spec, an R package's DESCRIPTION: no bot updates those lists
        hosts = [m["path"] for m in listed if m["ecosystem"] in NO_BOT | {"template"}] or [p for p in d["manifests"] if p not in updatable]
        if hosts:
            return Result.not_applicable(T(f"Seulement des listes de dépendances que ni Dependabot ni Renovate ne mettent à jour ({', '.join(hosts[:3])}).",
                                           f"Only dependency lists that neither Dependabot nor Renovate updates ({', '.join(hosts[:3])})."))
        return Result.not_applicable(T("Aucun manifeste de dépendances (package.json, pyproject.toml…).",
                                       "No dependency manifest (package.json, pyproject.toml…)."))
    # (and the manifests only the manifests fact reads: a .NET project file's PackageReference)
    # (and an Xcode project's Swift packages, declared in its project.pbxproj)
    paths = list(d["manifests"]) + sorted(m["path"] for m in listed if m["ecosystem"] in ("nuget", "swiftpm") and m["path"] not in d["manifests"])
    ev = [Evidence(path=p, kind="found") for p in d["config"]]
    ev.append(Evidence(value={"tools": d["tools"], "bot_updates_365d": d["bot_updates_365d"],
                              "last_bot_update_date": d["last_bot_update_date"]}))
    tools = ", ".join(d["tools"])
    misdirected = d.get("misdirected") or []
    if d["config"] and misdirected and not d.get("bot_updates_365d") and _every_update_misdirected(d):
        # (every update of the configuration watches a directory with no manifest of its ecosystem: nothing to merge, ever; the fix
        # is the directory, not a review of proposals that cannot exist: issue 12, s45 fe45)
        ev += [Evidence(path=m["path"], value=f"{m['ecosystem']} {m['directory']}", kind="finding") for m in misdirected[:3]]
        first = misdirected[0]
        where = ", ".join("/" + x if x != "/" else x for x in first["manifests_in"])
        fix_fr = f"indiquez directory: {where.split(', ')[0]}" if where else "indiquez le dossier de ses manifestes dans directory"
        fix_en = f"set directory: {where.split(', ')[0]}" if where else "set directory to the folder of its manifests"
        return Result.warn(T(f"{tools} configuré dans {first['path']}, mais pour {first['ecosystem']} dans {first['directory']}, où il n'y a "
                             f"aucun manifeste de cet écosystème{f' (il y en a dans : {where})' if where else ''} : il ne peut rien proposer.",
                             f"{tools} configured in {first['path']}, but for {first['ecosystem']} in {first['directory']}, where there is "
                             f"no manifest of that ecosystem{f' (there are some in: {where})' if where else ''}: it can propose nothing."),
                           ev, score=3).advise(T(
            f"Corrigez {first['path']} : pour package-ecosystem: {first['ecosystem']}, {fix_fr}, là où est le manifeste ; puis fusionnez "
            "régulièrement les propositions qu'il ouvrira.",
            f"Fix {first['path']}: for package-ecosystem: {first['ecosystem']}, {fix_en}, where the manifest is; then merge the proposals "
            "it opens regularly."))
    if d["config"]:
        if d["bot_updates_365d"] is None:
            return Result.warn(T(f"{tools} configuré ; historique indisponible pour vérifier les fusions.",
                                 f"{tools} configured; no history to check that its changes are merged."), ev, score=6)
        if d["bot_updates_365d"]:
            return Result.passed(T(f"{tools} configuré ; {d['bot_updates_365d']} mise(s) à jour fusionnée(s) dans l'année.",
                                   f"{tools} configured; {d['bot_updates_365d']} update(s) merged in the year."), ev)
        config = ", ".join(d["config"][:2])
        return Result.warn(T(f"{tools} configuré, mais aucune de ses mises à jour fusionnée dans l'année.",
                             f"{tools} configured, but none of its updates merged in the year."), ev, score=5).advise(T(
            f"Relisez et fusionnez les propositions ouvertes de {tools} (configuré dans {config}), en commençant par les correctifs de "
            "sécurité ; si elles sont trop nombreuses, regroupez-les (groups dans Dependabot, packageRules dans Renovate) et planifiez "
            "une revue chaque semaine.",
            f"Review and merge {tools}'s open proposals (configured in {config}), security fixes first; if there are too many, "
            "group them (groups in Dependabot, packageRules in Renovate) and plan a weekly review."))
    if d["bot_updates_365d"]:
        return Result.passed(T(f"{d['bot_updates_365d']} mise(s) à jour de robot fusionnée(s) dans l'année (configuration hors du dépôt).",
                               f"{d['bot_updates_365d']} bot update(s) merged in the year (configured outside the repository)."), ev, score=8)
    declared = (ctx.fact("manifests") or {}).get("manifests") or []
    if declared and not any(p.rsplit("/", 1)[-1].lower() == "dockerfile" for p in d["manifests"]) and not any(m.get("error") for m in declared):
        # a widget's package.json, a Sphinx manual's requirements.txt, a QGIS plugin's tests tools: nothing a bot would keep up to
        # date for the users (reusability.dependencies' "no runtime dependency" rules), whatever it updated in the past
        if not runtime_manifests(declared) and not (ctx.fact("python_imports") or {}).get("third_party"):
            fr, en = no_runtime_reason(declared)  # (unless copied libraries outside any manifest: dependencies no bot reads)
            return copied_runtime_libraries(ctx) or Result.not_applicable(T(f"Aucune dépendance d'exécution à tenir à jour ({fr}) : rien à mettre à jour.",
                                           f"No runtime dependency to keep up to date ({en}): nothing to update."))
        if why := no_runtime_kind(ctx, declared):
            return Result.not_applicable(T(f"{why[0]} : rien à mettre à jour.", f"{why[1]}: nothing to update."))
    if d["last_bot_update_date"]:
        # Dependabot's requests merged in the past (GitHub's security updates need no file): used, but not in the year
        day = d["last_bot_update_date"][:10]
        return Result.warn(T(f"Mises à jour par robot (Dependabot, Renovate) fusionnées jusqu'au {day}, aucune dans l'année ; "
                             "aucune configuration dans le dépôt.",
                             f"Bot updates (Dependabot, Renovate) merged until {day}, none in the year; no configuration in the "
                             "repository."), ev, score=4).advise(_update_config(ctx, paths))
    ev.append(Evidence(kind="missing", path=".github/dependabot.yml"))
    return Result.fail(T("Ni Dependabot ni Renovate : aucune mise à jour automatique des dépendances.",
                         "Neither Dependabot nor Renovate: no automatic dependency updates."), ev).advise(_update_config(ctx, paths))


NO_BOT = NO_UPDATE_BOT  # lists of dependencies neither Dependabot nor Renovate reads (one list with reusability.dependencies)
