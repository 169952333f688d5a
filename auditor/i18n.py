"""Labels for people, in French (default) and English. Check texts live beside each check."""

from __future__ import annotations

import re
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
    "family.scaling": {"fr": "Risques de passage à l'échelle", "en": "Scaling risks"},
    "report.scaling_risks": {"fr": "Risques pour le passage à l'échelle", "en": "Risks for scaling up"},
    "report.scaling_data": {"fr": "Données utilisées", "en": "Data used"},
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
    "report.in_general": {"fr": "En général", "en": "In general"},
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
    "report.kind": {"fr": "Type de projet jugé", "en": "Kind of project judged"},
    "report.sponsor": {"fr": "Porteur", "en": "Sponsor"},
    "kind.web-application": {"fr": "application web", "en": "web application"},
    "kind.api-service": {"fr": "service d'API", "en": "API service"},
    "kind.library": {"fr": "bibliothèque ou paquet", "en": "library or package"},
    "kind.cli-tool": {"fr": "outil en ligne de commande", "en": "command-line tool"},
    "kind.data-model": {"fr": "modèle de données ou schéma de base de données", "en": "data model or database schema"},
    "kind.gis-kit": {"fr": "kit SIG (projet QGIS, styles, SQL)", "en": "GIS kit (QGIS project, styles, SQL)"},
    "kind.data-specification": {"fr": "spécification ou schéma de données", "en": "data specification or schema"},
    "kind.static-site": {"fr": "site ou carte statique", "en": "static site or map"},
    "kind.analysis": {"fr": "analyse ou carnet (notebook)", "en": "analysis or notebook"},
    "kind.infrastructure": {"fr": "infrastructure", "en": "infrastructure"},
    "sponsor.state": {"fr": "service de l'État", "en": "State service"},
    "sponsor.local-authority": {"fr": "collectivité territoriale", "en": "local authority"},
    "sponsor.opsn": {"fr": "opérateur public de services numériques (OPSN)", "en": "public digital-services operator (OPSN)"},
    "sponsor.association": {"fr": "association", "en": "association"},
    "sponsor.company": {"fr": "entreprise", "en": "company"},
    "sponsor.unknown": {"fr": "non renseigné", "en": "unknown"},
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
    "html.ladder_start": {"fr": "point de départ, dépassé", "en": "starting point, left behind"},
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
    # --- progress on a terminal (auditor/cli/progress.py) ---
    "progress.acquire": {"fr": "Récupération du dépôt", "en": "Fetching the repository"},
    "progress.snapshot": {"fr": "Lecture des fichiers", "en": "Reading the files"},
    "progress.checks": {"fr": "Contrôle", "en": "Check"},
    "progress.report": {"fr": "Rapport", "en": "Report"},
    # --- the jury's page (reports/summary.py) ---
    "summary.title": {"fr": "Synthèse pour le jury", "en": "Summary for the jury"},
    "summary.project": {"fr": "Le projet", "en": "The project"},
    "summary.no_description": {"fr": "Le README ne dit pas en une phrase ce que fait le projet.", "en": "The README does not say in one sentence what the project does."},
    "summary.kind": {"fr": "Type de projet", "en": "Kind of project"},
    "summary.sponsor": {"fr": "Porteur", "en": "Carried by"},
    "summary.sponsor_unknown": {"fr": "type de porteur non déclaré", "en": "sponsor type not stated"},
    "summary.organisations": {"fr": "Organisations vues dans l'historique", "en": "Organisations seen in the history"},
    "summary.organisations_none": {"fr": "aucune adresse d'organisation reconnue dans les commits de l'année", "en": "no organisation address recognised in the year's commits"},
    "summary.public": {"fr": "public", "en": "public body"},
    "summary.needs": {"fr": "il faut encore", "en": "still needed"},
    "summary.measures": {"fr": "Ce qu'il mesure", "en": "What it measures"},
    "summary.makeup": {"fr": "Composition", "en": "Made of"},
    "summary.risks": {"fr": "Risques pour le passage à l'échelle", "en": "Risks for scaling up"},
    "summary.no_risks": {"fr": "Aucun risque notable relevé.", "en": "No notable risk found."},
    "summary.findings": {"fr": "Ce qui pèse le plus sur le score", "en": "What weighs most on the score"},
    "summary.weighs": {"fr": "{n} points en jeu", "en": "{n} points at stake"},
    "summary.no_findings": {"fr": "Aucun contrôle en échec ou à améliorer.", "en": "No failing or warning check."},
    "summary.actions": {"fr": "Les actions les plus utiles", "en": "The most useful actions"},
    "summary.files": {"fr": "Fichiers concernés", "en": "Files concerned"},
    "summary.appendix": {"fr": "Le détail de chaque contrôle figure en annexe.", "en": "Every check is detailed in the appendix."},
    "html.levels_families": {"fr": "Niveaux et familles de contrôles", "en": "Levels and check families"},
    "html.appendix": {"fr": "Annexe — détail de l'audit", "en": "Appendix — audit details"},
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


_NBSP_BEFORE = re.compile(r"(?<=[^\s\u00a0\u202f]) ?([:;!?»])(?=\s|$|[),.])")
_NBSP_AFTER = re.compile(r"« ?")
_PERCENT = re.compile(r"(?<=\d) ?%")


def typo_fr(text: str) -> str:
    """French typography: a no-break space before « : ; ! ? » and a closing guillemet, after an opening
    one, and before a percent sign (``26%`` → ``26 %``)."""
    s = _NBSP_BEFORE.sub("\u00a0\\1", text)
    s = _NBSP_AFTER.sub("«\u00a0", s)
    return _PERCENT.sub("\u00a0%", s)


def t(key: str, lang: str = "fr") -> str:
    entry = LABELS.get(key)
    if entry is None:
        return key
    s = entry.get(lang) or entry["fr"]
    return typo_fr(s) if lang == "fr" else s


def pick(text: Any, lang: str = "fr") -> str:
    """The text in ``lang`` from a {fr, en} mapping (or the value itself when it is a string); French text
    gets French typography."""
    if isinstance(text, dict):
        s = str(text.get(lang) or text.get("fr") or text.get("en") or "")
        return typo_fr(s) if lang == "fr" and text.get("fr") else s
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


def fmt_score(value: float | int | None, lang: str = "fr") -> str:
    """A score (0–100 or 0–10) as every view shows it: the value the report stores (one decimal), never
    rounded further, so a threshold missed by half a point never reads as reached; "70" rather than "70,0"."""
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return t("report.not_scored", lang)
    v = round(float(value), 1)
    return fmt_number(v, lang, 0 if v.is_integer() else 1)


def colon(lang: str = "fr") -> str:
    """": " in English, " : " with a no-break space in French (French typography)."""
    return "\u00a0: " if lang == "fr" else ": "


def percent(value: float | int | None, lang: str = "fr") -> str:
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return "—"
    return f"{fmt_number(value, lang)}\u00a0%" if lang == "fr" else f"{fmt_number(value, lang)}%"


def fmt_date(iso: str | None, lang: str = "fr") -> str:
    if not iso:
        return "—"
    try:
        d = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y-%m-%d")


# --- Evidence values for people (reports/evidence.py turns a check's JSON value into a sentence) ---
# The key of a value that a check records, as a label for people.
EVIDENCE_KEYS: dict[str, dict[str, str]] = {
    "ecosystem": {"fr": "écosystème", "en": "ecosystem"},
    "lockfile": {"fr": "fichier de verrouillage", "en": "lockfile"},
    "dependencies": {"fr": "dépendances", "en": "dependencies"},
    "function": {"fr": "fonction", "en": "function"},
    "cc": {"fr": "complexité cyclomatique", "en": "cyclomatic complexity"},
    "maintainability_index": {"fr": "indice de maintenabilité", "en": "maintainability index"},
    "archived": {"fr": "archivé", "en": "archived"},
    "fork": {"fr": "copie d'un autre dépôt", "en": "fork"},
    "description": {"fr": "description", "en": "description"},
    "topics": {"fr": "thèmes", "en": "topics"},
    "homepage": {"fr": "site", "en": "homepage"},
    "stars": {"fr": "étoiles", "en": "stars"},
    "forks": {"fr": "copies (forks)", "en": "forks"},
    "open_issues": {"fr": "tickets ouverts", "en": "open issues"},
    "default_branch": {"fr": "branche par défaut", "en": "default branch"},
    "pushed_at": {"fr": "dernier envoi", "en": "last push"},
    "opened_365d": {"fr": "ouvertes en 12 mois", "en": "opened in 12 months"},
    "closed_365d": {"fr": "fermées en 12 mois", "en": "closed in 12 months"},
    "merged_365d": {"fr": "fusionnées en 12 mois", "en": "merged in 12 months"},
    "closure_ratio": {"fr": "taux de clôture", "en": "closure ratio"},
    "median_hours_to_merge": {"fr": "délai médian avant fusion (heures)", "en": "median hours to merge"},
    "truncated": {"fr": "liste tronquée", "en": "list truncated"},
    "source": {"fr": "source", "en": "source"},
    "sampled": {"fr": "changements examinés", "en": "changes sampled"},
    "reviewed": {"fr": "relus", "en": "reviewed"},
    "branch_protection": {"fr": "branche protégée", "en": "branch protection"},
    "changes_365d": {"fr": "changements en 12 mois", "en": "changes in 12 months"},
    "via_merge_request": {"fr": "par demande de fusion", "en": "through a merge request"},
    "with_review_trailer": {"fr": "avec mention de relecture", "en": "with a review trailer"},
    "direct": {"fr": "poussés directement", "en": "pushed directly"},
    "tools": {"fr": "outils", "en": "tools"},
    "bot_updates_365d": {"fr": "mises à jour par robot en 12 mois", "en": "bot updates in 12 months"},
    "last_bot_update_date": {"fr": "dernière mise à jour par robot", "en": "last bot update"},
    "active_365d": {"fr": "personnes actives en 12 mois", "en": "active people in 12 months"},
    "human_commits_365d": {"fr": "commits de personnes en 12 mois", "en": "commits by people in 12 months"},
    "human_commits_90d": {"fr": "commits de personnes en 90 jours", "en": "commits by people in 90 days"},
    "bot_commits_365d": {"fr": "commits de robots en 12 mois", "en": "bot commits in 12 months"},
    "absence_factor": {"fr": "facteur d'absence", "en": "absence factor"},
    "new_365d": {"fr": "nouvelles personnes en 12 mois", "en": "newcomers in 12 months"},
    "all_time": {"fr": "contributeurs depuis le début", "en": "contributors ever"},
    "top": {"fr": "principaux auteurs", "en": "main authors"},
    "bots_365d": {"fr": "robots en 12 mois", "en": "bots in 12 months"},
    "organisations": {"fr": "organisations", "en": "organisations"},
    "individuals": {"fr": "personnes sans organisation", "en": "individuals"},
    "unknown": {"fr": "inconnus", "en": "unknown"},
    "problems": {"fr": "problèmes", "en": "problems"},
    "version": {"fr": "version", "en": "version"},
    "kind": {"fr": "type", "en": "kind"},
    "operations": {"fr": "opérations", "en": "operations"},
    "families": {"fr": "familles de polices", "en": "font families"},
    "bytes": {"fr": "octets", "en": "bytes"},
    "modern_share": {"fr": "part d'images modernes", "en": "share of modern images"},
    "raster_images": {"fr": "images matricielles", "en": "raster images"},
    "value": {"fr": "valeur", "en": "value"},
    "ids": {"fr": "licences", "en": "licenses"},
    "expression": {"fr": "licence", "en": "license"},
    "confidence": {"fr": "confiance", "en": "confidence"},
    "method": {"fr": "méthode", "en": "method"},
    "candidates": {"fr": "candidates", "en": "candidates"},
    "modified": {"fr": "texte modifié", "en": "modified text"},
    "bundled": {"fr": "code embarqué", "en": "bundled code"},
    "name": {"fr": "nom", "en": "name"},
    "license": {"fr": "licence", "en": "license"},
    "reason": {"fr": "motif", "en": "reason"},
    "missing": {"fr": "manque", "en": "missing"},
    "section": {"fr": "section", "en": "section"},
    "via": {"fr": "repérée par", "en": "found through"},
    "text": {"fr": "texte", "en": "text"},
    "signal": {"fr": "signal", "en": "signal"},
    "language": {"fr": "langue", "en": "language"},
    "shares": {"fr": "répartition", "en": "shares"},
    "words": {"fr": "mots", "en": "words"},
    "format": {"fr": "format", "en": "format"},
    "doc_files": {"fr": "fichiers de documentation", "en": "documentation files"},
    "prefilled": {"fr": "champs préremplis", "en": "prefilled fields"},
    "key": {"fr": "champ", "en": "field"},
    "level": {"fr": "gravité", "en": "severity"},
    "lines": {"fr": "lignes", "en": "lines"},
    "comment_density": {"fr": "densité de commentaires", "en": "comment density"},
    "declarations": {"fr": "déclarations publiques", "en": "public declarations"},
    "documented": {"fr": "documentées", "en": "documented"},
    "undocumented": {"fr": "non documentées", "en": "undocumented"},
    "too_large": {"fr": "trop gros", "en": "too large"},
    "beyond_max_files": {"fr": "au-delà de la limite", "en": "beyond the limit"},
    "unparsed": {"fr": "illisibles", "en": "unparsed"},
    "out_of_time": {"fr": "faute de temps", "en": "out of time"},
    "comment_language": {"fr": "langue des commentaires", "en": "comment language"},
    "active_weeks_365d": {"fr": "semaines actives en 12 mois", "en": "active weeks in 12 months"},
    "fix_commits_365d": {"fr": "corrections en 12 mois", "en": "fixes in 12 months"},
    "days_since_last_human_commit": {"fr": "jours depuis le dernier commit d'une personne", "en": "days since the last commit by a person"},
    "project_age_days": {"fr": "âge du projet (jours)", "en": "project age (days)"},
    "releases_365d": {"fr": "versions publiées en 12 mois", "en": "releases in 12 months"},
    "releases_730d": {"fr": "versions publiées en 24 mois", "en": "releases in 24 months"},
    "days_since_last_release": {"fr": "jours depuis la dernière version", "en": "days since the last release"},
    "tags": {"fr": "tags", "en": "tags"},
    "semver_tags": {"fr": "tags de version sémantique", "en": "semantic version tags"},
    "median_days_between_releases_730d": {"fr": "jours médians entre deux versions (24 mois)", "en": "median days between releases (24 months)"},
    "last_release": {"fr": "dernière version", "en": "last release"},
    "last_release_date": {"fr": "date de la dernière version", "en": "last release date"},
    "commits_365d": {"fr": "commits en 12 mois", "en": "commits in 12 months"},
    "authors_365d": {"fr": "auteurs en 12 mois", "en": "authors in 12 months"},
    "variable": {"fr": "variable", "en": "variable"},
    "path": {"fr": "fichier", "en": "file"},
    "line": {"fr": "ligne", "en": "line"},
    "count": {"fr": "nombre", "en": "count"},
    "share": {"fr": "part", "en": "share"},
    "url": {"fr": "adresse", "en": "address"},
    "tool": {"fr": "outil", "en": "tool"},
    "status": {"fr": "état", "en": "status"},
    "verdict": {"fr": "verdict", "en": "verdict"},
    "dev": {"fr": "développement seulement", "en": "development only"},
    "domain": {"fr": "domaine", "en": "domain"},
    "doc": {"fr": "de documentation", "en": "documentation"},
    "test": {"fr": "de test", "en": "test"},
    "vendored": {"fr": "tiers", "en": "vendored"},
    "generated": {"fr": "générés", "en": "generated"},
    "minified": {"fr": "minifiés", "en": "minified"},
    "over_budget": {"fr": "hors budget", "en": "over budget"},
    "unparsable": {"fr": "illisibles", "en": "unparsable"},
    "public": {"fr": "organisme public", "en": "public body"},
    "commits": {"fr": "commits", "en": "commits"},
    "authors": {"fr": "auteurs", "en": "authors"},
}

# Fixed values a check records (tokens, not text from the repository), as words for people.
EVIDENCE_WORDS: dict[str, dict[str, str]] = {
    "install document": {"fr": "document d'installation", "en": "installation document"},
    "template": {"fr": "modèle de configuration", "en": "configuration template"},
    "settings": {"fr": "documentation des réglages", "en": "settings documentation"},
    "README configuration": {"fr": "section Configuration du README", "en": "README configuration section"},
    "locale files": {"fr": "fichiers de traduction", "en": "translation files"},
    "container": {"fr": "image de conteneur", "en": "container image"},
    "test": {"fr": "test", "en": "test"},
    "language:test": {"fr": "test", "en": "test"},
    "tests": {"fr": "tests", "en": "tests"},
    "linter": {"fr": "analyse statique (linter)", "en": "linter"},
    "CI": {"fr": "intégration continue", "en": "continuous integration"},
    "GraphQL schema": {"fr": "schéma GraphQL", "en": "GraphQL schema"},
    "Table Schema / Data Package": {"fr": "schéma de données (Table Schema / Data Package)", "en": "Table Schema / Data Package"},
    "geo file": {"fr": "fichier géographique", "en": "geographic file"},
    "accessibility page": {"fr": "page d'accessibilité", "en": "accessibility page"},
    "eco-design page": {"fr": "page d'écoconception", "en": "eco-design page"},
    "browser targets": {"fr": "navigateurs visés", "en": "browser targets"},
    "budget": {"fr": "budget de performance", "en": "performance budget"},
    "security_contact": {"fr": "contact de sécurité", "en": "security contact"},
    "contributing": {"fr": "guide de contribution", "en": "contribution guide"},
    "code_of_conduct": {"fr": "code de conduite", "en": "code of conduct"},
    "security": {"fr": "politique de sécurité", "en": "security policy"},
    "changelog": {"fr": "journal des modifications", "en": "changelog"},
    "issue_templates": {"fr": "modèles de tickets", "en": "issue templates"},
    "governance": {"fr": "gouvernance", "en": "governance"},
    "support": {"fr": "support", "en": "support"},
    "codeowners": {"fr": "responsables du code", "en": "code owners"},
    "roadmap": {"fr": "feuille de route", "en": "roadmap"},
    "authors": {"fr": "liste des mainteneurs", "en": "maintainers list"},
    "issue_template": {"fr": "modèle de ticket", "en": "issue template"},
    "pr_template": {"fr": "modèle de demande de fusion", "en": "pull/merge request template"},
    "issue_tracker": {"fr": "lien vers le suivi des tickets", "en": "link to the issue tracker"},
    "demo": {"fr": "lien vers le service ou une démo", "en": "link to the service or a demo"},
    "openness_badge": {"fr": "badge de niveau d'ouverture", "en": "openness badge"},
    "a11y_statement": {"fr": "déclaration d'accessibilité (RGAA)", "en": "accessibility statement (RGAA)"},
    "eco_statement": {"fr": "déclaration d'écoconception (RGESN)", "en": "eco-design statement (RGESN)"},
    "browser_targets": {"fr": "navigateurs cibles", "en": "browser targets"},
    "font_budget": {"fr": "budget de polices", "en": "font budget"},
    "image_formats": {"fr": "formats d'images", "en": "image formats"},
    "page_budget": {"fr": "budget de page", "en": "page budget"},
    "a11y_tooling": {"fr": "tests d'accessibilité", "en": "accessibility tests"},
    "DSFR": {"fr": "Système de design de l'État (DSFR)", "en": "State design system (DSFR)"},
    ".env.example": {"fr": "modèle .env.example", "en": ".env.example template"},
    "dependabot/renovate": {"fr": "Dependabot ou Renovate", "en": "Dependabot or Renovate"},
    "folder": {"fr": "dossier de documentation", "en": "documentation folder"},
    "site": {"fr": "site de documentation", "en": "documentation site"},
    "architecture": {"fr": "architecture", "en": "architecture"},
    "deployment": {"fr": "déploiement", "en": "deployment"},
    "installation": {"fr": "installation", "en": "installation"},
    "usage": {"fr": "utilisation", "en": "usage"},
    "configuration": {"fr": "configuration", "en": "configuration"},
    "license-file": {"fr": "fichier de licence", "en": "license file"},
    "manifest": {"fr": "manifeste", "en": "manifest"},
    "publiccode": {"fr": "publiccode.yml", "en": "publiccode.yml"},
    "readme": {"fr": "README", "en": "README"},
    "reuse": {"fr": "REUSE", "en": "REUSE"},
    "spdx-headers": {"fr": "en-têtes SPDX", "en": "SPDX headers"},
    "copyright": {"fr": "copyright", "en": "copyright"},
    "license": {"fr": "licence", "en": "license"},
    "api": {"fr": "API", "en": "API"},
    "section:purpose": {"fr": "présentation", "en": "purpose"},
    "section:install": {"fr": "installation", "en": "installation"},
    "section:usage": {"fr": "utilisation", "en": "usage"},
    "section:configuration": {"fr": "configuration", "en": "configuration"},
    "section:deployment": {"fr": "déploiement", "en": "deployment"},
    "section:contributing": {"fr": "contribuer", "en": "contributing"},
    "section:license": {"fr": "licence", "en": "license"},
    "section:contact": {"fr": "contact", "en": "contact"},
    "via:sentence": {"fr": "phrase", "en": "sentence"},
    "via:heading": {"fr": "titre", "en": "heading"},
    "via:link": {"fr": "lien", "en": "link"},
    "git": {"fr": "historique git", "en": "git history"},
    "forge": {"fr": "forge", "en": "forge"},
    "link": {"fr": "lien", "en": "link"},
    "heading": {"fr": "titre", "en": "heading"},
    "error": {"fr": "erreur", "en": "error"},
    "warning": {"fr": "avertissement", "en": "warning"},
    "incompatible": {"fr": "incompatible", "en": "incompatible"},
    "conditional": {"fr": "sous condition", "en": "conditional"},
    "strong": {"fr": "avéré", "en": "strong"},
    "weak": {"fr": "à vérifier", "en": "to review"},
    "no license declared": {"fr": "aucune licence déclarée", "en": "no license declared"},
    "license not understood": {"fr": "licence non reconnue", "en": "license not understood"},
    "custom license": {"fr": "licence propre au projet", "en": "custom license"},
    "licensecheck matrix": {"fr": "table de compatibilité de licensecheck", "en": "licensecheck matrix"},
    "licensecheck does not know this license": {"fr": "licence inconnue de licensecheck", "en": "licensecheck does not know this license"},
    "unreadable or too big": {"fr": "illisible ou trop gros", "en": "unreadable or too big"},
    "package.json without package-lock.json: licenses not pinned": {
        "fr": "package.json sans package-lock.json : les licences ne sont pas figées", "en": "package.json without package-lock.json: licenses not pinned"},
    # detect-secrets kinds
    "Basic Auth Credentials": {"fr": "identifiants dans une adresse", "en": "credentials in an address"},
    "Secret Keyword": {"fr": "mot-clé de secret", "en": "secret keyword"},
    "Hex High Entropy String": {"fr": "chaîne hexadécimale aléatoire", "en": "random hexadecimal string"},
    "Base64 High Entropy String": {"fr": "chaîne Base64 aléatoire", "en": "random Base64 string"},
    "Private Key": {"fr": "clé privée", "en": "private key"},
    "AWS Access Key": {"fr": "clé d'accès AWS", "en": "AWS access key"},
    "JSON Web Token": {"fr": "jeton JWT", "en": "JSON Web Token"},
    "GitHub Token": {"fr": "jeton GitHub", "en": "GitHub token"},
    "GitLab Token": {"fr": "jeton GitLab", "en": "GitLab token"},
    "Slack Token": {"fr": "jeton Slack", "en": "Slack token"},
    "Stripe Access Key": {"fr": "clé Stripe", "en": "Stripe key"},
    "Twilio API Key": {"fr": "clé d'API Twilio", "en": "Twilio API key"},
    "SendGrid API Key": {"fr": "clé d'API SendGrid", "en": "SendGrid API key"},
    "Mailchimp Access Key": {"fr": "clé Mailchimp", "en": "Mailchimp key"},
    "NPM tokens": {"fr": "jeton npm", "en": "npm token"},
    "Azure Storage Account access key": {"fr": "clé de stockage Azure", "en": "Azure storage key"},
    "Artifactory Credentials": {"fr": "identifiants Artifactory", "en": "Artifactory credentials"},
    "Discord Bot Token": {"fr": "jeton Discord", "en": "Discord token"},
    "Telegram Bot Token": {"fr": "jeton Telegram", "en": "Telegram token"},
    "OpenAI Token": {"fr": "jeton OpenAI", "en": "OpenAI token"},
    "PyPI upload token": {"fr": "jeton PyPI", "en": "PyPI token"},
}

# Fixed sentences with a part that varies (a tool's or a check's English reason), as (pattern, fr, en).
EVIDENCE_PATTERNS: list[tuple[str, str, str]] = [
    (r"^(?P<a>[\w .+-]+): this file carries no license data$", "{a} : ce fichier ne dit rien des licences", "{a}: this file carries no license data"),
    (r"^(?P<a>\d+) Python dependencies without license data \(offline: .*\)$",
     "{a} dépendance(s) Python sans licence connue (index des paquets non interrogé hors ligne)",
     "{a} Python dependencies without license data (package index not queried offline)"),
    (r"^(?P<a>\d+) Python dependencies without license data \(.*\)$",
     "{a} dépendance(s) Python sans licence connue (index des paquets indisponible ou délai dépassé)",
     "{a} Python dependencies without license data (package index unavailable or out of time)"),
    (r"^invalid JSON: (?P<a>.*)$", "JSON invalide ({a})", "invalid JSON ({a})"),
    (r"^licensecheck failed: (?P<a>.*)$", "échec de licensecheck ({a})", "licensecheck failed ({a})"),
    (r"^(?P<a>.+) \(free-text license\)$", "{a} (licence écrite en texte libre)", "{a} (free-text license)"),
]

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "fr": {"fr": "français", "en": "French"}, "en": {"fr": "anglais", "en": "English"},
    "de": {"fr": "allemand", "en": "German"}, "es": {"fr": "espagnol", "en": "Spanish"},
    "it": {"fr": "italien", "en": "Italian"}, "nl": {"fr": "néerlandais", "en": "Dutch"},
    "pt": {"fr": "portugais", "en": "Portuguese"}, "br": {"fr": "breton", "en": "Breton"},
    "ca": {"fr": "catalan", "en": "Catalan"}, "eu": {"fr": "basque", "en": "Basque"},
    "oc": {"fr": "occitan", "en": "Occitan"}, "co": {"fr": "corse", "en": "Corsican"},
}


_EVIDENCE_RX = [(re.compile(p), fr, en) for p, fr, en in EVIDENCE_PATTERNS]


def known_phrase(s: str, lang: str = "fr", key: str | None = None) -> str | None:
    """A fixed word or sentence a check records (a token, a tool's English reason), in ``lang``; None
    when ``s`` is not one (then it is data, such as a name or text from the repository)."""
    if key and f"{key}:{s}" in EVIDENCE_WORDS:
        return pick(EVIDENCE_WORDS[f"{key}:{s}"], lang)
    if s in EVIDENCE_WORDS:
        return pick(EVIDENCE_WORDS[s], lang)
    for rx, fr, en in _EVIDENCE_RX:
        m = rx.match(s)
        if m:
            return pick({"fr": fr, "en": en}, lang).format(**{k: v[:200] for k, v in m.groupdict().items()})
    return None
