"""Labels for people, in French (default) and English. Check texts live beside each check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

LANGS = ("fr", "en")

LABELS: dict[str, dict[str, str]] = {
    "status.pass": {"fr": "conforme", "en": "pass"},
    "status.warn": {"fr": "à améliorer", "en": "warning"},
    "status.fail": {"fr": "non conforme", "en": "fail"},
    "status.not_applicable": {"fr": "sans objet", "en": "not applicable"},
    "status.inconclusive": {"fr": "non concluant", "en": "inconclusive"},
    "status.error": {"fr": "erreur", "en": "error"},
    "family.licensing": {"fr": "Licence", "en": "Licensing"},
    "family.documentation": {"fr": "Documentation", "en": "Documentation"},
    "family.reusability": {"fr": "Réutilisabilité", "en": "Reusability"},
    "family.interoperability": {"fr": "Interopérabilité", "en": "Interoperability"},
    "family.maintenance": {"fr": "Maintenance", "en": "Maintenance"},
    "effort.minutes": {"fr": "quelques minutes", "en": "minutes"},
    "effort.hours": {"fr": "quelques heures", "en": "hours"},
    "effort.days": {"fr": "quelques jours", "en": "days"},
    "report.title": {"fr": "Rapport de maturité", "en": "Readiness report"},
    "report.level": {"fr": "Niveau", "en": "Level"},
    "report.next_level": {"fr": "Niveau suivant", "en": "Next level"},
    "report.requires": {"fr": "Il faut encore", "en": "Still needed"},
    "report.overall": {"fr": "Score global", "en": "Overall score"},
    "report.coverage": {"fr": "Couverture", "en": "Coverage"},
    "report.criteria": {"fr": "Critères du jury", "en": "Jury criteria"},
    "report.families": {"fr": "Familles", "en": "Families"},
    "report.action_plan": {"fr": "Plan d'action", "en": "Action plan"},
    "report.findings": {"fr": "Points à traiter", "en": "Findings to address"},
    "report.remediation": {"fr": "Comment corriger", "en": "How to fix"},
    "report.rationale": {"fr": "Pourquoi c'est important", "en": "Why it matters"},
    "report.evidence": {"fr": "Éléments relevés", "en": "Evidence"},
    "report.gain": {"fr": "gain", "en": "gain"},
    "report.effort": {"fr": "effort", "en": "effort"},
    "report.unmeasured": {"fr": "Non mesuré", "en": "Not measured"},
    "report.notes": {"fr": "Remarques", "en": "Notes"},
    "report.commit": {"fr": "Commit", "en": "Commit"},
    "report.as_of": {"fr": "Date d'audit", "en": "Audited as of"},
    "report.ruleset": {"fr": "Référentiel", "en": "Ruleset"},
    "report.repository": {"fr": "Dépôt", "en": "Repository"},
    "report.gate_failed": {"fr": "Seuil non atteint", "en": "Gate not met"},
    "report.gate_passed": {"fr": "Seuil atteint", "en": "Gate met"},
    "report.no_level": {"fr": "aucun", "en": "none"},
    "report.unlocks": {"fr": "requis pour le niveau suivant", "en": "required for the next level"},
    "report.not_scored": {"fr": "n/m", "en": "n/m"},
    # portfolio dashboard (auditor batch)
    "dashboard.title": {"fr": "Tableau de bord du portefeuille", "en": "Portfolio dashboard"},
    "dashboard.generated": {"fr": "Généré le", "en": "Generated on"},
    "dashboard.batch": {"fr": "Lot", "en": "Batch"},
    "dashboard.ruleset": {"fr": "Référentiel", "en": "Ruleset"},
    "dashboard.projects": {"fr": "projets", "en": "projects"},
    "dashboard.audited": {"fr": "audités", "en": "audited"},
    "dashboard.failed": {"fr": "en échec", "en": "failed"},
    "dashboard.invalid": {"fr": "entrées invalides", "en": "invalid entries"},
    "dashboard.distribution": {"fr": "Répartition par niveau", "en": "Level distribution"},
    "dashboard.table": {"fr": "Projets", "en": "Projects"},
    "dashboard.filters": {"fr": "Filtres", "en": "Filters"},
    "dashboard.phase": {"fr": "Phase", "en": "Phase"},
    "dashboard.tag": {"fr": "Étiquette", "en": "Tag"},
    "dashboard.level": {"fr": "Niveau", "en": "Level"},
    "dashboard.all": {"fr": "Tous", "en": "All"},
    "dashboard.search": {"fr": "Recherche", "en": "Search"},
    "dashboard.min": {"fr": "min.", "en": "min."},
    "dashboard.shown": {"fr": "projets affichés", "en": "projects shown"},
    "dashboard.id": {"fr": "Identifiant", "en": "Id"},
    "dashboard.name": {"fr": "Projet", "en": "Project"},
    "dashboard.territory": {"fr": "Territoire", "en": "Territory"},
    "dashboard.overall": {"fr": "Score global", "en": "Overall score"},
    "dashboard.coverage": {"fr": "Couverture", "en": "Coverage"},
    "dashboard.change": {"fr": "Évolution", "en": "Change"},
    "dashboard.reports": {"fr": "Rapports", "en": "Reports"},
    "dashboard.repo": {"fr": "dépôt", "en": "repository"},
    "dashboard.failures": {"fr": "Audits en échec", "en": "Failed audits"},
    "dashboard.reason": {"fr": "Motif", "en": "Reason"},
    "dashboard.kind": {"fr": "Type", "en": "Kind"},
    "dashboard.invalid_title": {"fr": "Entrées invalides du portefeuille (ignorées)", "en": "Invalid portfolio entries (skipped)"},
    "dashboard.line": {"fr": "Ligne", "en": "Line"},
    "dashboard.message": {"fr": "Problème", "en": "Problem"},
    "dashboard.new": {"fr": "nouveau", "en": "new"},
    "dashboard.none_failed": {"fr": "Aucun audit en échec.", "en": "No failed audit."},
    "dashboard.failed_row": {"fr": "échec", "en": "failed"},
    "dashboard.reset": {"fr": "Réinitialiser", "en": "Reset"},
    "dashboard.sort_hint": {"fr": "Cliquer sur un en-tête de colonne pour trier.", "en": "Click a column header to sort."},
    "dashboard.phases.candidate": {"fr": "Candidature", "en": "Candidate"},
    "dashboard.phases.investigation": {"fr": "Instruction", "en": "Investigation"},
    "dashboard.phases.acceleration": {"fr": "Accélération", "en": "Acceleration"},
    "dashboard.phases.transfer": {"fr": "Transfert", "en": "Transfer"},
    "dashboard.kinds.unreachable": {"fr": "injoignable", "en": "unreachable"},
    "dashboard.kinds.timeout": {"fr": "délai dépassé", "en": "timed out"},
    "dashboard.kinds.error": {"fr": "erreur", "en": "error"},
    "dashboard.kinds.crash": {"fr": "erreur interne", "en": "internal error"},
    "dashboard.up": {"fr": "niveau en hausse", "en": "level up"},
    "dashboard.down": {"fr": "niveau en baisse", "en": "level down"},
    "dashboard.previous": {"fr": "précédent", "en": "previous"},
    "html.human": {"fr": "À évaluer par une personne", "en": "Needs a human"},
    "html.human_intro": {"fr": "Ces critères du référentiel ne se mesurent pas dans un dépôt : les contrôles cités les éclairent, une personne conclut.",
                         "en": "These criteria of the ruleset cannot be measured in a repository: the checks listed inform them, a person concludes."},
    "html.human_part": {"fr": "Ce qu'une personne vérifie", "en": "What a person checks"},
    "html.informed_by": {"fr": "Contrôles utiles", "en": "Informing checks"},
    # --- HTML report ---
    "html.kicker": {"fr": "Guichet territorial pour la transition écologique — audit de code", "en": "Guichet territorial for the ecological transition — code audit"},
    "html.skip_to_plan": {"fr": "Aller au plan d'action", "en": "Skip to the action plan"},
    "html.contents": {"fr": "Sommaire", "en": "Contents"},
    "html.summary": {"fr": "Synthèse", "en": "Summary"},
    "html.ref": {"fr": "Référence", "en": "Ref"},
    "html.commit_date": {"fr": "commit du", "en": "committed on"},
    "html.level_reached": {"fr": "Niveau de maturité atteint", "en": "Readiness level reached"},
    "html.ladder": {"fr": "Échelle des niveaux", "en": "Level ladder"},
    "html.ladder_reached": {"fr": "franchi", "en": "passed"},
    "html.ladder_current": {"fr": "niveau atteint", "en": "level reached"},
    "html.ladder_next": {"fr": "prochaine étape", "en": "next step"},
    "html.ladder_todo": {"fr": "à venir", "en": "later"},
    "html.top_level": {"fr": "Le niveau le plus haut de l'échelle est atteint.", "en": "The top level of the ladder is reached."},
    "html.currently": {"fr": "actuellement", "en": "currently"},
    "html.needed": {"fr": "attendu", "en": "expected"},
    "html.not_run": {"fr": "non exécuté", "en": "not run"},
    "html.criterion": {"fr": "Critère", "en": "Criterion"},
    "html.chart_families": {"fr": "Score de chaque famille de contrôles, sur 100", "en": "Score of each check family, out of 100"},
    "html.chart_families_caption": {"fr": "Scores sur 100 par famille ; une barre hachurée signale une famille non mesurée. Les mêmes valeurs figurent dans le tableau ci-dessous.",
                                    "en": "Scores out of 100 by family; a hatched bar marks a family that could not be measured. The table below gives the same values."},
    "html.table_families": {"fr": "Scores et couverture par famille", "en": "Scores and coverage by family"},
    "html.family": {"fr": "Famille", "en": "Family"},
    "html.score": {"fr": "Score", "en": "Score"},
    "html.checks_count": {"fr": "Contrôles", "en": "Checks"},
    "html.plan_intro": {"fr": "Les changements qui feraient le plus progresser le score, du plus utile au moins utile. Le gain est en points sur le score global (sur 100).",
                        "en": "The changes that would raise the score most, most useful first. The gain is in points of the overall score (out of 100)."},
    "html.plan_empty": {"fr": "Aucune action prioritaire : tous les contrôles mesurés sont au maximum.", "en": "No priority action: every measured check is at its maximum."},
    "html.gain_points": {"fr": "+{n} points", "en": "+{n} points"},
    "html.coverage_intro": {"fr": "Part du poids des contrôles applicables qui a pu être mesurée : {n}. Les contrôles non mesurés ne comptent pas dans le score : ils baissent la couverture.",
                            "en": "Share of the weight of applicable checks that could be measured: {n}. Checks that could not be measured do not count in the score: they lower the coverage."},
    "html.all_measured": {"fr": "Tous les contrôles applicables ont pu être mesurés.", "en": "Every applicable check could be measured."},
    "html.skipped": {"fr": "{n} fichier(s) non lu(s) (trop gros, binaires ou liens).", "en": "{n} file(s) not read (too big, binary or links)."},
    "html.trend": {"fr": "Évolution", "en": "Trend"},
    "html.chart_trend": {"fr": "Évolution du score global et des critères au fil des audits", "en": "Overall and criteria scores over the audits"},
    "html.table_trend": {"fr": "Scores des audits successifs", "en": "Scores of successive audits"},
    "html.this_audit": {"fr": "cet audit", "en": "this audit"},
    "html.checks": {"fr": "Détail des contrôles", "en": "Every check"},
    "html.folded": {"fr": "{n} contrôle(s) conforme(s) ou sans objet", "en": "{n} passed or not applicable check(s)"},
    "html.no_checks": {"fr": "Aucun contrôle dans cette famille.", "en": "No check in this family."},
    "html.weight": {"fr": "poids", "en": "weight"},
    "html.missing": {"fr": "absent", "en": "missing"},
    "html.evidence_more": {"fr": "… et {n} autre(s) élément(s), voir le rapport JSON.", "en": "… and {n} more, see the JSON report."},
    "html.generated_by": {"fr": "Rapport produit par {tool} le {date}", "en": "Report produced by {tool} on {date}"},
    "html.schema": {"fr": "schéma du rapport", "en": "report schema"},
    "html.not_measured": {"fr": "non mesuré", "en": "not measured"},
    "html.points": {"fr": "points", "en": "points"},
    # --- Markdown ---
    "md.truncated": {"fr": "Rapport tronqué pour rester sous la limite de 1 Mio : {n} contrôle(s) non affiché(s), voir le rapport HTML ou JSON.",
                     "en": "Report truncated to stay under the 1 MiB limit: {n} check(s) not shown, see the HTML or JSON report."},
    # --- CSV ---
    "csv.generated_at": {"fr": "Rapport produit le", "en": "Generated on"},
    "csv.project": {"fr": "Projet", "en": "Project"},
    "csv.commit_date": {"fr": "Date du commit", "en": "Commit date"},
    "csv.ruleset_version": {"fr": "Version du référentiel", "en": "Ruleset version"},
    "csv.level_id": {"fr": "Code du niveau", "en": "Level id"},
    "csv.coverage_pct": {"fr": "Couverture (%)", "en": "Coverage (%)"},
    "csv.gate_passed": {"fr": "Seuil atteint", "en": "Gate met"},
    "csv.license": {"fr": "Licence détectée", "en": "Detected license"},
    "csv.readme": {"fr": "README", "en": "README"},
    "csv.commits_365d": {"fr": "Commits sur 12 mois", "en": "Commits in 12 months"},
    "csv.authors_365d": {"fr": "Auteurs sur 12 mois", "en": "Authors in 12 months"},
    "csv.last_commit_date": {"fr": "Dernier commit", "en": "Last commit"},
    "csv.tags": {"fr": "Étiquettes (tags)", "en": "Tags"},
    "csv.main_language": {"fr": "Langage principal", "en": "Main language"},
    "csv.tool_version": {"fr": "Version de l'auditeur", "en": "Auditor version"},
    "csv.yes": {"fr": "oui", "en": "yes"},
    "csv.no": {"fr": "non", "en": "no"},
    "html.disclaimer": {"fr": "Ce rapport mesure des signaux automatiques dans le dépôt ; il éclaire l'avis du jury sans le remplacer.",
                        "en": "This report measures automatic signals in the repository; it informs the jury's opinion without replacing it."},
    # --- declarations (.auditor.yml) and auditor fix ---
    "decl.title": {"fr": "Déclarations du projet (.auditor.yml)", "en": "The project's declarations (.auditor.yml)"},
    "decl.item": {"fr": "Déclaration", "en": "Declaration"},
    "decl.declared": {"fr": "Déclaré", "en": "Declared"},
    "decl.verified": {"fr": "Vérifié par l'outil", "en": "Verified by the tool"},
    "decl.v.agrees": {"fr": "concorde", "en": "agrees"},
    "decl.v.disagrees": {"fr": "contredit", "en": "contradicted"},
    "decl.v.form-ok": {"fr": "adresse bien formée", "en": "well-formed address"},
    "decl.v.form-bad": {"fr": "adresse mal formée", "en": "malformed address"},
    "decl.v.found": {"fr": "trouvé dans le dépôt", "en": "found in the repository"},
    "decl.v.not-found": {"fr": "introuvable dans le dépôt", "en": "not found in the repository"},
    "decl.v.declared-only": {"fr": "non vérifiable", "en": "cannot be verified"},
    "decl.error": {"fr": "Fichier de déclarations invalide, ignoré", "en": "Invalid declarations file, ignored"},
    "decl.exceptions": {"fr": "Exceptions déclarées", "en": "Declared exceptions"},
    "decl.exc.check": {"fr": "Contrôle", "en": "Check"},
    "decl.exc.scope": {"fr": "Portée", "en": "Scope"},
    "decl.exc.reason": {"fr": "Justification", "en": "Reason"},
    "decl.exc.by": {"fr": "Décidée par", "en": "Decided by"},
    "decl.exc.until": {"fr": "Jusqu'au", "en": "Until"},
    "decl.exc.state": {"fr": "État", "en": "State"},
    "decl.exc.expired": {"fr": "expirée", "en": "expired"},
    "decl.exc.valid": {"fr": "valide", "en": "valid"},
    "decl.exc.counted": {"fr": "compte dans le score", "en": "counts in the score"},
    "decl.exc.listed": {"fr": "listée, ne change pas le score", "en": "listed, does not change the score"},
    "decl.exc.matches": {"fr": "constat(s) couvert(s)", "en": "finding(s) covered"},
    "decl.exc.whole": {"fr": "tout le contrôle", "en": "the whole check"},
    "decl.excepted": {"fr": "Exception appliquée : statut mesuré", "en": "Exception applied: measured status"},
    "fix.can_fix": {"fr": "auditor fix peut l'écrire", "en": "auditor fix can write it"},
}

# `auditor discover`: the ranked list of the catalogue (reports/discover.py).
LABELS.update({
    "discover.title": {"fr": "Repérage des candidats", "en": "Candidate discovery"},
    "discover.intro": {"fr": "Dépôts du catalogue classés par pertinence pour la transition écologique et par maturité (audit léger : licence, README, fichiers communautaires).",
                       "en": "Catalogue repositories ranked by relevance to the ecological transition and by readiness (light audit: licence, README, community files)."},
    "discover.generated": {"fr": "Généré le", "en": "Generated on"},
    "discover.catalogue": {"fr": "Catalogue", "en": "Catalogue"},
    "discover.counts": {"fr": "{catalogue} dépôts au catalogue, {kept} retenus par les filtres, {relevant} pertinents, {shortlist} audités en priorité",
                        "en": "{catalogue} repositories in the catalogue, {kept} kept by the filters, {relevant} relevant, {shortlist} audited first"},
    "discover.taxonomy": {"fr": "Thèmes (version {version})", "en": "Themes (version {version})"},
    "discover.rank": {"fr": "Rang", "en": "Rank"},
    "discover.repository": {"fr": "Dépôt", "en": "Repository"},
    "discover.organisation": {"fr": "Organisation", "en": "Organisation"},
    "discover.org_type": {"fr": "Type d'organisation", "en": "Organisation type"},
    "discover.territory": {"fr": "Territoire", "en": "Territory"},
    "discover.themes": {"fr": "Thèmes", "en": "Themes"},
    "discover.theme": {"fr": "Thème", "en": "Theme"},
    "discover.relevance": {"fr": "Pertinence", "en": "Relevance"},
    "discover.readiness": {"fr": "Maturité", "en": "Readiness"},
    "discover.priority": {"fr": "Priorité", "en": "Priority"},
    "discover.level": {"fr": "Niveau", "en": "Level"},
    "discover.license": {"fr": "Licence", "en": "Licence"},
    "discover.kind": {"fr": "Type de projet", "en": "Project kind"},
    "discover.updated": {"fr": "Dernière modification", "en": "Last change"},
    "discover.evidence": {"fr": "Termes relevés", "en": "Terms found"},
    "discover.report": {"fr": "Rapport", "en": "Report"},
    "discover.status": {"fr": "État", "en": "Status"},
    "discover.not_audited": {"fr": "non audité", "en": "not audited"},
    "discover.failed": {"fr": "audit impossible", "en": "audit failed"},
    "discover.all": {"fr": "Tous", "en": "All"},
    "discover.search": {"fr": "Recherche", "en": "Search"},
    "discover.shown": {"fr": "dépôts affichés", "en": "repositories shown"},
    "discover.field.name": {"fr": "nom", "en": "name"},
    "discover.field.topics": {"fr": "mots-clés", "en": "topics"},
    "discover.field.description": {"fr": "description", "en": "description"},
    "discover.field.readme": {"fr": "README", "en": "README"},
})


def t(key: str, lang: str = "fr") -> str:
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["fr"]


def pick(text: Any, lang: str = "fr") -> str:
    """The text in ``lang`` from a {fr, en} mapping (or the value itself when it is a string)."""
    if isinstance(text, dict):
        return str(text.get(lang) or text.get("fr") or text.get("en") or "")
    return "" if text is None else str(text)


def fmt_number(value: float | int | None, lang: str = "fr", digits: int = 0, group: bool = True) -> str:
    """``value`` with ``digits`` decimals: French uses a decimal comma and a narrow no-break space between
    thousands; ``group=False`` leaves thousands ungrouped (for spreadsheets)."""
    if value is None:
        return t("report.not_scored", lang)
    s = f"{value:,.{digits}f}" if group else f"{value:.{digits}f}"
    if lang == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    return s


def fmt_date(iso: str | None, lang: str = "fr") -> str:
    if not iso:
        return "—"
    try:
        d = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y-%m-%d")
