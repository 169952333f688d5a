"""Chapters whose heading names a section their prose does not give: a usage heading over who uses the project (institutions,
studies), a contributing heading over sharing content on the service (courses, resources). Texts are raw chapter bodies."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# a mark of a how-to: code, a command, a list of steps or options, a table, a link or an image, a sub-chapter
_MARKS = lazy_compile(r"`|^[^\S\n]*(?:[-*+]|\d+[.)])\s|^ {4}|^\t|^[^\S\n]*[|#>]|\]\(|\]\[|https?://|<[a-z]", re.M)
_MAX_WORDS = 400

# words of a how-to sentence: a step, a command, an option, an example, an action the reader takes
_HOW_TO = lazy_compile(r"\b(?:commandes?|commands?|options?|parametres?|parameters?|arguments?|exemples?|examples?|etapes?|steps?|"
                       r"lancer|lancez|lance[rz]?|executer|executez|run|running|launch|installer|installez|install|cliquer|cliquez|click|"
                       r"ouvrir|ouvrez|open|taper|tapez|type|saisir|saisissez|appeler|appelez|call|importer|importez|import|charger|chargez|load|"
                       r"utilisez|use the|using the|pour (?:utiliser|lancer|executer|simuler|realiser|demarrer|faire tourner)|to (?:use|run|start|launch)|"
                       r"vous pouvez|you can|il suffit|suffit de|just|simply|how to|comment (?:utiliser|lancer|faire))\b")
# who uses the project, or for what: "Ce modèle est mobilisé lors des exercices de projection … conduits par le COR", "is used by"
_USED_BY = lazy_compile(r"\b(?:est|sont|a ete|ont ete|is|are|has been|have been|was|were)(?: \w+){0,2}? (?:utilises?|utilisees?|mobilises?|mobilisees?|"
                        r"employes?|employees?|exploites?|exploitees?|used|employed|relied on) (?:par|lors|dans|pour|au sein|by|in|for|within|at)\b"
                        r"|\b(?:utilise|utilisent|mobilise|mobilisent|use|uses) (?:ce|cet|cette|le|la|l|this|the) (?:modele|outil|logiciel|projet|model|tool|software|project)\b")


def _prose_only(body: str) -> bool:
    text = body.strip()
    return bool(text) and len(text.split()) <= _MAX_WORDS and not _MARKS.search(text)


def users_not_usage(body: str) -> bool:
    """A usage chapter that is prose only (no code, list, link, table), names who uses the project or in what setting (``est mobilisé
    lors des exercices … conduits par le COR``, ``is used by``) and has no how-to word (command, option, example, step, run, open…):
    who uses the project, its purpose, no usage section (s39 fj39 = InseeFr/Destinie-2's "## Utilisation")."""
    if not _prose_only(body):
        return False
    normed = norm(body)
    return bool(_USED_BY.search(normed)) and not _HOW_TO.search(normed)


# contributing to the project's code: the forge and the development ("issues", "pull requests", "fork", "le code", "développement")
_DEV_WORDS = lazy_compile(r"\b(?:issues?|tickets?|pull requests?|merge requests?|pr|mr|forks?|forker|forkez|branches?|commits?|git|github|gitlab|"
                          r"code|codes? sources?|source code|developpements?|developpeurs?|developpeuses?|development|developers?|bugs?|anomalies?|"
                          r"patch|patches|correctifs?|contributing|guide de contribution|depot|repository|repo|fonctionnalites?|features?|traduction|translations?)\b")
# sharing content on the service: "En partageant vos cours et vos ressources", "share your courses, data, reviews"
_CONTENT_SHARE = lazy_compile(r"\b(?:partag\w+|publi\w+|depos\w+|ajout\w+|propos\w+|share|sharing|shares|publish\w*|upload\w*|add|adding|submit\w*) "
                              r"(?:(?:vos|votre|leurs?|des|de|your|their|own) ){1,2}(?:\w+ )?(?:cours|ressources?|contenus?|sequences?|fiches?|activites?|"
                              r"lecons?|exercices?|donnees|avis|retours?|experiences?|photos?|articles?|courses?|resources?|contents?|lessons?|"
                              r"data|reviews?|stories|materials?|supports?)\b")


def content_not_contributing(body: str) -> bool:
    """A contributing chapter that is prose only and asks the reader to share content on the service (``En partageant vos cours et vos
    ressources…``), with no word of the forge or the development (issue, pull request, code…): contributing to the service's content,
    no contributing section (s39 fj39 = betagouv/science-infuse's "Pourquoi contribuer à Ada ?")."""
    if not _prose_only(body):
        return False
    normed = norm(body)
    return bool(_CONTENT_SHARE.search(normed)) and not _DEV_WORDS.search(normed)


# a question heading asking how to contribute ("Puis-je écrire un Post-Mortem et comment contribuer ?", "How can I contribute?")
_QUESTION = lazy_compile(r"^(?:\d+ )*(?:comment|pourquoi|puis je|peut on|peux je|qui|how|why|can i|can we|can you|who)\b")
# writing one of the product's documents: "peut rédiger un Post-Mortem", "Copiez alors le fichier", "write a report from the template"
_WRITE_DOCUMENT = lazy_compile(r"\b(?:rediger|redigez|redige|ecrire|ecrivez|copier|copiez|remplir|remplissez|write|writes|copy|fill in|fill out) "
                               r"(?:\w+ ){0,3}?(?:modeles?|templates?|fichiers?|documents?|rapports?|reports?|fiches?|post mortems?|comptes? rendus?|"
                               r"notes?)\b")


def document_contribution(heading_text: str, body: str) -> bool:
    """A contributing heading asked as a question ("Puis-je écrire un Post-Mortem et comment contribuer ?") over a short text that has
    the reader write or copy one of the product's documents (a report, a post-mortem from its template) with no code, no word of the
    forge or the development (issue, branch, pull request, code, CONTRIBUTING…): a contribution to those documents, not the project's
    contributing guide (issue 12, s42 fq42 = DNUM-SocialGouv/eclaire's "## Post-Mortems")."""
    heading = norm(heading_text)
    if not (heading_text.rstrip().endswith("?") or _QUESTION.match(heading)) or "```" in body or "~~~" in body:
        return False
    normed = norm(body)
    return 0 < len(normed.split()) <= _MAX_WORDS and not _DEV_WORDS.search(normed) and bool(_WRITE_DOCUMENT.search(normed))
