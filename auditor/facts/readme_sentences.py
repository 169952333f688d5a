"""How a paragraph of a README gives a section by its sentences: a link to or a mention of the document that holds it (INSTALL.md,
CONTRIBUTING.md), a short sentence with a topic word and a pointer, a licence name, an address, a settings step."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlparse

from auditor.facts.document import URL, Block, norm
from auditor.facts.readme_announced import announced_gives, forward_only
from auditor.facts.readme_asides import CODE_PATH
from auditor.pathparts import TEMPLATE_ALT
from auditor.facts.readme_contact import IDENTIFIER, MAX_SENTENCE_WORDS, TRACKER_WORDS, address, channel_sentence, contact_paragraph, without_settings
from auditor.facts.readme_cues import CONFIGURE_STEP, WELCOME, command_paragraph, copies_sample_settings, dependency_install_sentence, homepages_only, names_another_tool, usage_example
from auditor.facts.readme_forms import STACK_PARTS, bare_site_page, dev_tool_object, without_linked_names
from auditor.facts.readme_headings import INSTALL_EXPLICIT, _has_phrase
from auditor.facts.readme_roles import another_tools_pages, contribution_elsewhere, other_links
from auditor.facts.readme_lookalikes import deploy_moment_only
from auditor.facts.readme_shapes import another_tools_setup, install_moment_only
from auditor.facts.readme_signals import BADGE_HOSTS
from auditor.facts.readme_words import ACCESS_RIGHT, CONTACT_FEATURE, DOC_FILE_SECTIONS, K8S_KINDS, POINTER, PUT_TO_USE, SECTION_SENTENCE_WORDS, SPDX_LIKE, TERMS_HEADING, THIRD_PARTY_PART
from auditor.lazyre import lazy_compile
from auditor.licenses.notices import names_in

_FILE_MENTION = lazy_compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w.-]+\.(?:md|rst|adoc|txt|html))\b", re.I)

# A step that creates a file in a folder of the repository ("Pour ajouter un cas d'usage il suffit de créer un nouveau fichier dans le dossier
# `_use_cases`", "To add a page, create a new file in the `_posts` folder"): the repository's content edited, no use of the project
# (a new file authored, not a data file dropped in an input folder: "Déposer le fichier dans le dossier `input`" is a use)
_NEW_FILE_STEP = lazy_compile(r"\b(?:creer|creez|ajouter|ajoutez|create|add) (?:un|a) (?:nouveau|nouvel|new) (?:fichier|file)\b"
                              r".{0,40}\b(?:dans|in|into|sous|under) (?:le |la |the )?(?:dossier|repertoire|folder|directory)\b")

# "les cas d'usage", "use cases": the situations it serves, listed (a showcase site's "page Cas d'usage"), no word on how to use it
# (and a path, `/cas_usage/`; "First usage is Poitiers Vélo iOS App": the first application using the project, a reuser)
_USE_CASES = lazy_compile(r"\bcas (?:d )?(?:usages?|utilisations?)\b|\buse ?cases?\b|"
                          r"\b(?:first|main|primary|premier|premiere|principal|principale) (?:usages?|uses?|utilisations?) (?:is|was|will be|est|etait|sera)\b")


# A licence someone needs to hold to run the tool (a vendor's product, a subscription), not the project's own
# The licence word as one item of a list of three or more, in a sentence on the data ("rôle, licence, fréquence de mise à jour, niveau d'intégration": what a
# document records of each data source, s34 l34): a field of something else, no pointer to the project's licence
_LISTED_LICENCE = lazy_compile(r"(?:^|[^,]),\s{0,3}licen[cs]es?\s{0,3},|,[^,]{1,60},\s{0,3}licen[cs]es?\b|\blicen[cs]es?\s{0,3},[^,]{1,60},", re.I)
_OF_DATA = lazy_compile(r"donn[ée]es|data|sources?\b|jeux|millésimes?", re.I)  # (a sentence on the data: docs/SOURCES_DONNEES.md)
_NEEDS_LICENCE = lazy_compile(r"\b(?:you need|needs?|needed|requires?|required|requis|requise|necessite|il faut|must have|doit disposer)\b.{0,80}\blicen[cs]es?\b")
# A licence named beside its word ("la licence MIT vous permet de réutiliser ce code", "under the Apache 2.0 license"): the project's
# licence stated outright, read in a sentence of any length up to MAX_LICENCE_WORDS (the 30-word limit is for a topic word and a pointer)
_NAMED_LICENCE = lazy_compile(r"\blicen[cs]es?\b(?:\W{1,5}\w{1,20}){0,3}?\W{1,5}(?:MIT|Apache|AGPL|LGPL|GPL|EUPL|MPL|CeCILL|BSD|ISC|Etalab|CC[- ]BY|Unlicense)\b|"
                              r"\b(?:MIT|Apache|AGPL|LGPL|GPL|EUPL|MPL|CeCILL|BSD|ISC|Etalab|CC[- ]BY|Unlicense)(?:\W{1,5}[\w.]{1,20}){0,2}?\W{1,5}licen[cs]ed?\b", re.I)
MAX_LICENCE_WORDS = 60
# The terms of reuse: the code's licence and the name or brand that may not be taken with it ("vous ne pouvez pas réutiliser la marque X"):
# a guide linked there ("guide de personnalisation") tells reusers how to rebrand their copy, no settings of the project
_BRAND_TERMS = lazy_compile(r"\b(?:marque|marques|trademarks?|brand|branding|logo|logos|nom commercial)\b")
_FOLDER = lazy_compile(r"(?<![\w/.:-])(?:\.{1,2}/)?(?:[\w.-]+/)+(?![\w/])")  # a folder's path, written with its final slash ("deploy/env/")
# a sentence that turns contributions away ("merci de ne plus y contribuer", "no longer accepting contributions"): an archived
# project's notice, no guide to contribute
_NO_CONTRIBUTION = lazy_compile(r"\b(?:ne (?:plus|pas) (?:y )?contribuer|n accept\w* plus (?:de |les |aucune )?contributions?|"
                                r"no longer (?:accept\w* |take\w* |welcom\w* )?(?:contributions?|pull requests?|merge requests?)|"
                                r"(?:do not|don t|please do not|please don t) (?:contribute|open (?:a |any )?(?:pull|merge) requests?)|"
                                r"not accepting (?:any )?(?:new )?contributions?)\b")
# How the program is started, said in prose where a README has no usage chapter (issue 12, s37 fb37 = InseeFr/Omphale, "Le code Omphale"):
# where its launcher is, with its source's path ("Le lanceur de batch de Omphale 2010 se trouve à cet endroit : omphale-batch/
# src/main/java/…/Lanceur.java", "The launch script is bin/run.sh"; not an entry point in a tour of the code), or the argument its launch takes ("L'argument à renseigner lors du
# lancement du batch est BATCH_CHARGEMENT", "the argument to pass when running it is --full")
_LAUNCHER = lazy_compile(r"\b(?:(?:le |les |the )?(?:lanceurs?|launchers?|scripts? de lancement|classes? de lancement|launch scripts?)) (?:\w+ ){0,6}?"
                         r"(?:se trouve|se trouvent|se situe|est situee?|sont situes|is located|are located|lives|is in|est dans|est|is)\b")
_LAUNCH_SOURCE = lazy_compile(r"(?<![\w.])(?:[\w-]+/)+[\w-]+\.(?:java|kt|scala|py|rb|js|ts|go|rs|cs|sh|r|jl)\b|(?<![\w.])[\w-]+\.(?:java|kt|scala|py|sh)\b", re.I)
_LAUNCH_ARGUMENT = lazy_compile(r"\barguments? (?:a renseigner|a passer|a donner|a fournir|attendus?|to (?:pass|give|provide|set)|expected) "
                                r"(?:lors du|au|a son|when|on|at) (?:lancement|demarrage|execution|launch|launching|running|run|start|starting|startup)\b")

# the program launched on the command line with its arguments, counted or listed ("il peut être lancé en ligne de commande avec deux
# arguments :", "it can be run from the command line with the following parameters"; issue 12, s39 fi39 = MickaelLehayPaysDeLaLoire/
# DisplayTimeOut, a README with no chapter: each argument's meaning and "DisplayTimeOut.exe 25 20" follow); not "lancé en ligne de
# commande" alone, which says not how
_COMMAND_LINE_ARGUMENTS = lazy_compile(r"\b(?:lance|lancee|lances|lancer|execute|executee|executer|appele|appelee|run|started|launched|called|invoked) "
                                       r"(?:en|depuis la|depuis une|par la|from the|from a|on the|in the|a la) (?:ligne de commandes?|command line|"
                                       r"invite de commandes?|terminal|console) (?:avec|with) (?:un|une|deux|trois|quatre|\d|les|des|the|its|ses|the following|"
                                       r"les \w+ suivants?|following) ?(?:\w+ )?(?:arguments?|parametres?|parameters?|options?)\b")
_ARGUMENT_VALUE = lazy_compile(r"(?<![\w-])(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|--?[a-z][\w-]*)(?![\w-])")  # (the value given: BATCH_CHARGEMENT, --full)


def launch_sentence(sentence: str) -> bool:
    """A sentence that says how the program is started: where its launcher's source is (with that source's path), or the argument
    its launch takes, named. A launcher without its path ("Le lanceur est généré par Maven"), arguments without their values, say
    nothing of the use."""
    normed = norm(sentence)
    return bool(_LAUNCHER.search(normed) and _LAUNCH_SOURCE.search(sentence) or _LAUNCH_ARGUMENT.search(normed) and _ARGUMENT_VALUE.search(sentence)
                or _COMMAND_LINE_ARGUMENTS.search(normed))


_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?;])\s+|(?<!\s)\s+[-–—]\s+")  # (?<!\s): from a blank run\'s start only, linear


_CLAUSE_SPLIT = lazy_compile(r"\s+:\s+")  # (French typography: a space before the colon; not a URL's nor a time's)


def _sentences(text: str):
    """The paragraph's sentences; one too long to be read as a whole is read clause by clause, cut at its spaced colons
    ("Sauvegardez la clef dans la variable d'environnement X : la méthode la plus sûre est…")."""
    for sentence in _SENTENCE_SPLIT.split(text):
        if len(sentence.split()) > MAX_SENTENCE_WORDS:
            yield from _CLAUSE_SPLIT.split(sentence)
        else:
            yield sentence


def _sentence_gives(name: str, normed: str, sentence: str, pointer: bool) -> bool:
    """Whether a sentence that names the topic ``name`` gives that section: with a pointer; for the
    license a license name, for contact an address or the issue tracker, for install the announce of
    initialisation scripts, for configuration a step that tells to set the settings."""
    if name == "license":
        if _NEEDS_LICENCE.search(normed) and not SPDX_LIKE.search(sentence):
            return False  # ("you need at least one user with a Microsoft Entra ID P1 license": a product licence to run the tool)
        if _LISTED_LICENCE.search(sentence) and _OF_DATA.search(sentence) and not SPDX_LIKE.search(sentence) and not names_in(sentence, limit=1):
            return False  # ("documentées dans X : rôle, licence, fréquence…": an item of a list, no licence of the project)
        # (a licence named in full gives it as its short name does: "Licence : GNU General Public License v3.0", a "Label : value" field)
        return (pointer or bool(SPDX_LIKE.search(sentence)) or bool(names_in(sentence, limit=1))) and not THIRD_PARTY_PART.search(normed)  # ("Le projet inclut le fichier X sous licence CC-BY")
    if name == "contact":  # "nous contacter au travers des issues de ce dépôt": the tracker is the channel
        return pointer or bool(address(sentence)) or (any(_has_phrase(normed, w) for w in TRACKER_WORDS) and any(  # (not a
            _has_phrase(normed, w) for w in SECTION_SENTENCE_WORDS["contact"] if w != "contact"))  # program's "contact l'imap … Tickets")
    if name == "install" and any(_has_phrase(normed, w) for w in INSTALL_EXPLICIT):
        return True  # "Script d'initialisation de la base de données": the steps follow, as a list of scripts
    if name == "configuration" and CONFIGURE_STEP.search(normed):
        return True
    return pointer


# A setting named in a sentence that tells to give it a value: docker's flag "-e STYLE=autrestyle" (or --env), or a setting's name written
# in capitals with an underscore that the sentence calls a setting ("en remplaçant la variable d'environnement OSM_PBF dans
# docker-compose.yml"). With a verb that sets it, the sentence says how the program is configured (s25 l25: docker-geopic, -mapnik)
_ENV_FLAG = lazy_compile(r"(?<![\w-])(?:-e|--env)[ =]{1,3}[A-Z][A-Z0-9_]{0,60}=")
_SETTING_NAME = lazy_compile(r"(?<![\w.$/-])[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6}(?![\w.(])")
_SETS_IT = lazy_compile(r"\b(?:configurer|configurez|configurant|parametrer|parametrez|remplacer|remplacez|remplacant|changer|changez|changeant|modifier|"
                        r"modifiez|modifiant|definir|definissez|definissant|renseigner|renseignez|renseignant|ajouter|ajoutez|ajoutant|preciser|"
                        r"precisez|passer|passez|fixer|fixez|configure|configuring|replace|replacing|change|changing|set|setting|override|"
                        r"overriding|add|adding|pass|passing|specify|specifying|edit|editing)\b")
# a name in capitals is a setting only where the sentence calls it one ("CODE_INSEE" in "ce jeu de données modifié" is a column)
_SETTING_NOUN = lazy_compile(r"\b(?:variables? d environn?e?ments?|environment variables?|env vars?|variables?|parametres?|parameters?|settings?|reglages?|"
                             r"options?|configuration|configurer|configurez|configure|parametrer|parametrez)\b")


def names_a_setting(sentence: str) -> bool:
    """A prose sentence that gives a setting its value: it names the setting (a ``-e NAME=`` flag, a ``NAME_IN_CAPITALS``) and
    tells to set it or calls it a setting ("Configurer le conteneur pour un autre style (-e STYLE=autrestyle)", "ajouter -e
    GITPULL=yes"). A bare ``docker run -p 8080:80 image`` names none."""
    if len(sentence.split()) > MAX_SENTENCE_WORDS or command_paragraph(sentence):
        return False
    normed = norm(sentence)
    return bool(_SETS_IT.search(normed) and (_ENV_FLAG.search(sentence) or _SETTING_NAME.search(sentence) and _SETTING_NOUN.search(normed)))


def in_labels_of(block: Block, sentence: str) -> bool:
    """The sentence holds one of the paragraph's links (its label)."""
    return any(label and label in sentence for _, label in block.links)


def _only_in_labels(normed: str, words, labels: list[str]) -> bool:
    """Every topic word of the sentence is inside one of ``labels`` (the labels of links leading nowhere)."""
    rest = f" {normed} "
    for label in sorted(labels, key=len, reverse=True):
        rest = rest.replace(f" {label} ", " ")
    return not any(_has_phrase(rest.strip(), w) for w in words) and any(_has_phrase(label, w) for label in labels for w in words)


_SETTINGS_FILE = lazy_compile(r"(?<![\w/])(?:[\w-]*(?:config|configuration|settings|parametres|parametrage)[\w-]*\.(?:json|ya?ml|toml|ini|properties|env)|\.env)\b", re.I)
_TEMPLATE_NAME = lazy_compile(rf"(?<![\w/])\.?[\w-]+\.(?:{TEMPLATE_ALT})\b", re.I)  # (a settings template's name)


def _anchor_sections(fragment: str) -> list[str] | None:
    """The sections a link's anchor names ("#configuration"), None when it names none (no anchor, "#readme", "#L12")."""
    from auditor.facts.readme_headings import heading_sections

    return (heading_sections(fragment.replace("-", " ")) or None) if fragment else None


def anchor_key(text: str) -> str:
    """The form a heading and an in-page link's anchor are compared in ("## 2. Utilisation de l'API" and "#2-utilisation-de-lapi")."""
    return norm(unquote(text).replace("-", " ")).replace(" ", "")


# a site's home page that is a documentation site all the same ("https://docs.outil.fr", "https://outil.readthedocs.io/")
_DOCS_HOST = lazy_compile(r"^(?:docs?|documentation|wiki|guides?|aide|help|manuel|manual|support)\.|\.(?:readthedocs\.io|gitbook\.io|readme\.io)$")


def _leads_nowhere(url: str, anchors: frozenset | None) -> bool:
    """A link that is no document on its label's topic: an in-page anchor to no heading of the README ("[Utilisation](#utilisation)"
    with no such chapter), or the home page of a site that is no documentation site ("[Utilisation](https://service.example.fr)")."""
    if url.startswith("#"):
        return anchors is not None and len(url) > 1 and anchor_key(url[1:]) not in anchors
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and parsed.path in ("", "/") and not parsed.query and not parsed.fragment \
        and not _DOCS_HOST.search((parsed.hostname or "").lower())


class Targets:
    """The repository's files and folders, to tell a README's link or file mention that leads to no file of it ("voir
    [INSTALL.md](INSTALL.md)" with no INSTALL.md): such a pointer gives no section. ``files``: the snapshot's paths (a dict or a
    set); None when the repository is not known (every target is taken as there)."""

    def __init__(self, files, readme_path: str):
        self.files, self.base = files, posixpath.dirname(readme_path)
        self._dirs: set[str] | None = None
        self._names: set[str] | None = None

    def _there(self, target: str) -> bool:
        if target in self.files or any(p in self.files for p in _parents(target)):  # (or inside a submodule, a symlinked folder)
            return True
        if self._dirs is None:
            self._dirs = {d for f in self.files for d in _parents(f)}
        return target in self._dirs

    def missing(self, ref: str, mention: bool = False) -> bool:
        """The link ``ref`` (or the file name mentioned in the text, ``mention``) names a path of the repository that is not there:
        not another site, not an anchor, not a path leaving the repository (the forge's ../../issues), not a folder."""
        if self.files is None:
            return False
        parsed = urlparse(ref.strip())
        if parsed.scheme or parsed.netloc or not parsed.path or ref.startswith(("#", "mailto:", "{", "<", "$")):
            return False
        rel = unquote(parsed.path).rstrip("/")
        target = posixpath.normpath(rel.lstrip("/") if rel.startswith("/") else posixpath.join(self.base, rel))
        if not rel or target.startswith(("../", "-/")) or target in ("..", ".") or "/-/" in target:
            return False  # (leaving the repository, or a forge's page: GitLab's /-/wikis/home)
        if self._there(target) or self._there(posixpath.normpath(rel.lstrip("/"))):
            return False
        if mention and "/" not in rel:  # a file named in the text by its name alone ("voir config.md"): anywhere in the repository
            if self._names is None:
                self._names = {posixpath.basename(f) for f in self.files}
            return rel not in self._names
        return True


def _parents(path: str):
    parts = path.split("/")[:-1]
    for i in range(1, len(parts) + 1):
        yield "/".join(parts[:i])


# A folder the README points to by name ("Full commands are located in the ./ws directory", "voir le dossier doc/tutoriels") or by a
# link, whose documents are the use's pages, named for commands, usage, tutorials or guides (pyrolyse's ws/commands_00_test_case_
# generation.md, ws/network_stack/ip/commands_01_traffic_generation.md…, issue 12, s37 fb37): the usage is there, as in a USAGE.md
_FOLDER_BEFORE = lazy_compile(r"(?<![\w/.-])(?:\./)?((?:[\w-][\w.-]{0,60}/){0,4}[\w-][\w.-]{0,60})/?[`'\"»]?\s+(?:directory|folder)\b", re.I)  # "the ./ws directory"
_FOLDER_AFTER = lazy_compile(r"\b(?:directory|folder|dossier|repertoire|répertoire)\s+[`'\"«]?\s?(?:\./)?((?:[\w-][\w.-]{0,60}/){0,4}[\w-][\w.-]{0,60})/?(?![\w/.-])", re.I)
_USE_PAGE = lazy_compile(r"(?:^|[-_. ])(?:commands?|commandes?|usage|utilisation|tutorials?|tutoriels?|how[-_]?to|user[-_]guide|guide[-_]utilisateur|"
                         r"manual|manuel)(?:[-_. ]|$)", re.I)
_PAGE_EXT = (".md", ".rst", ".txt", ".adoc", ".html", ".pdf", ".ipynb")


def usage_folder(text: str, links: list[str], targets: "Targets") -> bool:
    """The paragraph names (or links) a folder of the repository holding two documents or more named as the use's pages."""
    names = _FOLDER_BEFORE.findall(text[:4000]) + _FOLDER_AFTER.findall(text[:4000]) + [u for u in links if u and "://" not in u and not u.startswith("#")]
    names = [n for n in dict.fromkeys(n.strip("./").rstrip("/") for n in names[:20]) if n]
    paths = sorted(targets.files)[:20000] if names and targets.files is not None else []
    for name in names:
        folder = posixpath.normpath(posixpath.join(targets.base, name)) + "/"
        pages = [p for p in paths if p.startswith(folder) and p.lower().endswith(_PAGE_EXT) and _USE_PAGE.search(posixpath.basename(p))]
        if len(pages) >= 2:
            return True
    return False


# the sections a reader follows to another document: a pointer to a file that is not there gives none of them
FOLLOWED = ("install", "usage", "configuration", "deployment", "contributing")


def sentence_sections(block: Block, anchors: frozenset | None = None, targets: Targets | None = None, announced=None, own=frozenset()) -> list[str]:
    """Sections that a paragraph gives explicitly: a link to the document that covers them
    (INSTALL.md, CONTRIBUTING.md…), or a short sentence holding a topic noun and a pointer (a link,
    a file name, "voir", "see"…); for the license, a license name; for contact, an address. A topic word that is only the label of a
    link leading nowhere (an anchor to no heading of ``anchors``, a site's home page) gives nothing: "[Utilisation](#utilisation)"
    with no such chapter, "[Utilisation](https://service.example.fr)". ``announced``: a function giving the README's text below the
    paragraph, read when a sentence's only pointer leads there ("suivez les étapes suivantes :"): the topics it names count as far as
    that text holds them (:mod:`auditor.facts.readme_announced`). ``own``: the words of the README's title (the project's name): a link
    to another tool's site, which the sentence names, gives no section of the project."""
    if block.badge_only or not block.text or command_paragraph(block.text):  # ("mvn license:check": a command, no sentence)
        return []
    nowhere = [norm(label) for u, label in block.links if label and norm(label) and _leads_nowhere(u, anchors)]
    # every link of the paragraph an anchor to no chapter ("Pour l'utilisation, voir [ci-dessous](#utilisation)" with none below):
    # what it points to is not there
    dead_anchors = bool(block.links) and all(u.startswith("#") and _leads_nowhere(u, anchors) for u, _ in block.links)
    found = []
    doc_links = [u for u, _ in block.links if u and not u.startswith("#") and not any(h in u for h in BADGE_HOSTS)]  # #chapter: a heading
    # (a link to another chapter of the document, docs/deployment.md#configuration, gives that chapter's section, not the document's)
    dead = {u for u, _ in block.links if targets is not None and u and targets.missing(u)} | \
        {m for m in _FILE_MENTION.findall(block.text) if targets is not None and targets.missing(m, mention=True)}
    nowhere += [norm(label) for u, label in block.links if label and norm(label) and u in dead]  # (a link to a file that is not there)
    mentioned = [(urlparse(u).path or u, _anchor_sections(urlparse(u).fragment)) for u in doc_links if not bare_site_page(u, block.links) and u not in dead] \
        + [(m, None) for m in _FILE_MENTION.findall(block.text) if m not in dead]
    for name, rx in DOC_FILE_SECTIONS.items():
        if any(rx.search(m.rstrip("/")) and (anchor is None or name in anchor) for m, anchor in mentioned) \
                and not (name == "deployment" and K8S_KINDS.search(block.text)):
            found.append(name)
    labels = [label for u, label in block.links if label and u in doc_links]
    reuse_terms = bool(SPDX_LIKE.search(block.text) and _BRAND_TERMS.search(norm(block.text)))  # (the licence and the brand not to take)
    for sentence in _sentences(block.text):
        normed = norm(CODE_PATH.sub(" ", sentence))  # ("Éditer ./constants/contact.js": a file to edit, its name no topic)
        long = len(normed.split()) > MAX_SENTENCE_WORDS
        if not normed or long and not (len(normed.split()) <= MAX_LICENCE_WORDS and _NAMED_LICENCE.search(sentence)):
            continue  # (a long sentence is read for the licence it names only)
        linked_names = [m.group(1) for m in URL.finditer(sentence)] + [u for u, _ in block.links if u in sentence]
        named = without_linked_names(norm(URL.sub(" ", CODE_PATH.sub(" ", _FOLDER.sub(" ", sentence)))), linked_names)  # (an address's words: its page's;
        # a folder's, "read config from deploy/env/": its name)
        by_text = bool(POINTER.search(normed)) or bool(_FILE_MENTION.search(sentence))
        prose = without_linked_names(norm(IDENTIFIER.sub(" ", URL.sub(" ", CODE_PATH.sub(" ", sentence)))), linked_names)  # (nor a word inside an identifier: `inbound_email_token`)
        in_labels = [lab for lab in labels if lab in sentence]
        pointer = by_text or bool(in_labels) or bool(URL.search(sentence))
        # ("Si vous souhaitez installer et configurer X, suivez les étapes suivantes :": the steps below are what it points to)
        below = announced is not None and not in_labels and not URL.search(sentence) and not _FILE_MENTION.search(sentence) and forward_only(normed, POINTER)
        topics = [n for n, words in SECTION_SENTENCE_WORDS.items() if below and words and any(_has_phrase(named, w) for w in words)]
        for name, words in SECTION_SENTENCE_WORDS.items():
            if long and name != "license" or name == "configuration" and reuse_terms:
                continue
            if name == "contact" and address(sentence) and not address(without_settings(sentence)):
                continue  # ("VAPID_SUBJECT=mailto:contact@tous-voisins.fr": a setting's value, nobody to write to)
            if name in found or not words or not any(_has_phrase(named if name != "contact" else prose, w) for w in words) or (
                    name == "contributing" and (not any(_has_phrase(ACCESS_RIGHT.sub(" ", PUT_TO_USE.sub(" ", named)), w) for w in words) or _NO_CONTRIBUTION.search(normed))) or (name == "usage" and (TERMS_HEADING.search(normed) or not any(_has_phrase(_USE_CASES.sub(" ", named), w) for w in words))) or (name == "contact" and CONTACT_FEATURE.search(prose) and not address(sentence) and not any(
                    _has_phrase(prose, w) for w in words if w != "contact")) or (name == "deployment" and (K8S_KINDS.search(sentence) or deploy_moment_only(normed))) or (name == "install" and (
                    install_moment_only(normed) or (another_tools_setup(normed, sentence) and not _FILE_MENTION.search(sentence) and all(u.startswith(("http://", "https://")) for u, lab in block.links if lab in in_labels)))):
                continue
            if nowhere and _only_in_labels(named if name != "contact" else prose, words, nowhere) or (
                    dead_anchors and name in ("install", "usage", "configuration", "deployment", "contributing") and in_labels_of(block, sentence)
                    and not _FILE_MENTION.search(sentence) and not URL.search(sentence)):
                continue  # ("[Utilisation](https://service.example.fr)": the topic only names a link to the site's home page)
            refs = [u for u, label in block.links if label and label in sentence] + _FILE_MENTION.findall(sentence)
            if dead and name in FOLLOWED and refs and all(r in dead for r in refs) and not URL.search(sentence):
                continue  # ("Installation : voir [INSTALL.md](INSTALL.md)" with no INSTALL.md: the steps are not there)
            if name in ("install", "usage", "configuration") and dev_tool_object(named, [w for w in words if _has_phrase(named, w)]) \
                    or name == "usage" and dev_tool_object(named, [w for w in words if _has_phrase(named, w)], STACK_PARTS):
                continue  # ("pour une utilisation de rubocop plus rapide en local": the contributors' linter, not the project's usage;
                # "l'utilisation de librairies maintenues": the stack's components)
            link_only = pointer and not by_text and not URL.search(sentence)
            if link_only and (names_another_tool(words, normed, in_labels) or homepages_only(block.links, in_labels, words, normed) or other_links(name, block.links, in_labels, words, sentence)
                              or name in FOLLOWED and another_tools_pages(block.links, in_labels, normed, own, words)
                              or name == "contributing" and contribution_elsewhere(block.links, in_labels, words, normed)):
                continue  # ("[how to use it](https://storybook.js.org/…)" after "learn more about storybook": that tool's use)
            if name in FOLLOWED and in_labels and _only_in_labels(named, words, [norm(lab) for lab in in_labels]) \
                    and another_tools_pages(block.links, in_labels, norm(block.text), own, words):
                continue  # ("… installer Node.js via NVM-Windows. Pour plus de détails, voir la section [Usage](https://github.com/coreybutler/
                # nvm-windows#usage)": the topic is only the label of a link to the page of a tool the paragraph names; issue 12, s36 m34o1)
            if _sentence_gives(name, normed, sentence, announced_gives(name, announced(), topics) if below else pointer):
                found.append(name)
    if "configuration" not in found and copies_sample_settings(block.text, doc_links):
        found.append("configuration")
    if "configuration" not in found and any(names_a_setting(x) for x in _SENTENCE_SPLIT.split(block.text)):
        found.append("configuration")  # ("Pour mettre à jour le dépôt des styles, ajouter -e GITPULL=yes": a setting and its value)
    found += ["contributing"] if "contributing" not in found and WELCOME.search(norm(block.text)) else []
    bare = IDENTIFIER.sub(" ", _TEMPLATE_NAME.sub(" ", block.text))  # (".env file using the example in .env.example": a file to copy, no "for example";
    # a file's name holds no verb of the sentence: "like the file 2020_create_indexes.js for example" creates nothing)
    found += ["usage"] if "usage" not in found and not _SETTINGS_FILE.search(block.text) and not _NEW_FILE_STEP.search(norm(bare)) and usage_example(  # ("To run, the project need a
        norm(bare), [norm(s) for s in _SENTENCE_SPLIT.split(bare)]) else []  # configuration.json file. Example value…": a settings step); "Pour déclarer un module, instanciez X. Par exemple :"
    if "usage" not in found and any(launch_sentence(x) for x in _SENTENCE_SPLIT.split(block.text)[:40]):
        found.append("usage")  # ("Le lanceur de batch … se trouve à cet endroit : …/batch/Lanceur.java", "L'argument à renseigner lors du lancement est X")
    if "usage" not in found and targets is not None and usage_folder(block.text, [u for u, _ in block.links], targets):
        found.append("usage")  # ("Full commands are located in the ./ws directory": ws/commands_00_….md, ws/…/commands_01_….md)
    if "install" not in found and not block.item and dependency_install_sentence(block.text):
        found.append("install")  # ("Pour initialiser composer il faut utiliser composer install --ignore-platform-reqs": s45 fh45; a list's
        # item is one of numbered steps, read as the list's install from its first step)
    if "contact" not in found and (contact_paragraph(block, doc_links) or channel_sentence(block)):
        found.append("contact")
    return found

