"""A README sentence that has the reader give the project its environment variables ("Here is the list of environment variables
you can provide to set up the script:", "You also need to set up environment variables: copy config/env.example to .env.local and
change them", "Renseignez les variables d'environnement suivantes :"): its settings, which a "## Configuration" chapter would give.
A one-script README with no heading (reader s22 a4: a regional open-data export job) and a step inside an installation chapter
(reader s22 a3: a State service's Rails application) held their configuration in such a sentence only.

Judged by the sentence: the environment variables named, and a verb that sets, gives, fills, copies or changes them (or the list
of them that follows), in one normalised sentence of at most :data:`MAX_WORDS` words; a sentence saying that none is needed gives
nothing ("No environment variable is required").
"""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

MAX_WORDS = 60

_VARIABLES = lazy_compile(r"\b(?:environment variables?|env(?:ironment)? vars?|variables? d environnement|variables? d env)\b")
_SET = lazy_compile(r"\b(?:set ?up|set|setting|define|defined|provide|provided|fill|filled|copy|change|edit|adjust|export|override|"
                    r"configure|definir|definissez|renseigner|renseignez|fournir|fournissez|positionner|positionnez|copier|copiez|"
                    r"modifier|modifiez|adapter|adaptez|editer|editez|configurer|configurez|surcharger|list|liste|following|suivantes?|"
                    r"add|ajouter|ajoutez)\b")  # ("Don't forget to add to `/public_website` … the `.env` with the correct environment variables")
_NONE = lazy_compile(r"\b(?:no|without|aucune?|sans|pas de|ni) (?:\w+ ){0,2}?(?:environment variables?|env vars?|variables? d environnement)\b")


# a remark in parentheses ("compiler en local (setup plus fastidieux concernant les variables d'environnement …)"): the variables named in
# passing, in a comparison of two ways to build, no step that sets them
_ASIDE = lazy_compile(r"\([^()]{0,600}\)")


def environment_sentence(sentence: str) -> bool:
    """The sentence (as written) has the reader set the project's environment variables, or lists them."""
    normed = norm(sentence)
    return (len(normed.split()) <= MAX_WORDS and bool(_VARIABLES.search(normed)) and bool(_SET.search(normed))
            and not _NONE.search(normed) and bool(_VARIABLES.search(norm(_ASIDE.sub(" ", sentence)))))


# "Fichiers privés à ajouter :" over `./api/.env` `./expo/.env.local` (under "# Installation environnement"): the settings files each
# copy is given, its configuration; a list of data files to add ("Fichiers à ajouter : data/communes.csv") is none
_FILES_TO_ADD = lazy_compile(r"^(?:les |the |vos |your )?(?:\w+ )?(?:fichiers?|files?) (?:\w+ ){0,2}?(?:a ajouter|a creer|a fournir|a placer|a renseigner|to add|to create|"
                             r"to provide|to fill)\b")
_SETTINGS_NAME = lazy_compile(r"(?<![\w-])\.env(?:\.[\w-]+)?(?![\w-])|(?<![\w-])[\w-]*(?:config|settings|parametres|parameters|secrets?)[\w-]*"
                              r"\.(?:json|ya?ml|toml|ini|php|js|py|properties|env)\b", re.I)


def settings_files_to_add(blocks: list) -> tuple[int, str] | None:
    """The paragraph announcing the settings files to add (its line and text), when the paragraphs right after it (before any heading)
    name them."""
    for i, b in enumerate(blocks):
        if b.kind != "paragraph" or not _FILES_TO_ADD.match(norm(b.text)) or not b.text.rstrip().endswith(":"):
            continue
        after = []
        for nxt in blocks[i + 1:i + 4]:
            if nxt.kind == "heading":
                break
            after.append(nxt.text)
        if any(_SETTINGS_NAME.search(t) for t in after):
            return b.line, b.text
    return None


# a variable's name as the environment holds it: capitals, digits and at least one underscore ("SIRIUS_MONGODB_URI", "AUTH_JWT_SECRET")
_VARIABLE_NAME = lazy_compile(r"(?<![\w$.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w.(-])")
MIN_VARIABLES = 3


# A heading that is the word environment alone ("# Environnement", "## Environment"), and the template of an environment file
# ("src/core/settings/env.dist", ".env.example", "env.sample"): the chapter points to the settings to give
_ENVIRONMENT_ALONE = lazy_compile(r"(?:\d+ )*(?:(?:l |the )?environn?ements?|env)")
_ENV_TEMPLATE = lazy_compile(r"(?<![\w-])\.?env(?:[._-][\w-]+)?\.(?:dist|example|exemple|sample|template|tpl)\b", re.I)


def variables_chapter(heading: str, own: str) -> bool:
    """A chapter headed by the word environment alone whose first paragraph points to an environment file's template, or a chapter whose heading or first paragraph speaks of environment variables and whose own text (up to the next heading) names
    three or more of them ("### Variable d'environnement": "Les variables d'environnement … Celles utilisées sont :" over `SIRIUS_ENV;
    SIRIUS_MONGODB_URI; AUTH_JWT_SECRET; …`): the settings the project reads, its configuration, whatever the heading's wording. Variables
    named in passing later in a chapter on something else ("### Using alembic": "`demo` env will use `DATABASE_URL` env var") are not it."""
    first = next((p for p in re.split(r"\n\s*\n", own) if p.strip()), "")
    if _ENVIRONMENT_ALONE.fullmatch(norm(heading)) and _ENV_TEMPLATE.search(first[:1000]):
        return True  # ("# Environnement": "Se référer au fichier src/core/settings/env.dist": the template of the settings to give)
    if not _VARIABLES.search(norm(heading + " " + first[:1000])) or _NONE.search(norm(heading + " " + first[:1000])):
        return False
    return len(set(_VARIABLE_NAME.findall(own[:20000]))) >= MIN_VARIABLES


# "The environment variable `APPLICATION_SCHEME` and `APPLICATION_HOST` are useful for swagger configuration. (default: `http` and
# `localhost:8080`)" (issue 12, s41 fd41 = InseeFr/lunatic-pdf-api, under "## Docker"): the settings named with their defaults, what a
# configuration chapter gives; a variable named without a default, or defaults without a variable's name, are none
_DEFAULT = lazy_compile(r"\b(?:defaults?|par defaut|valeurs? par defaut|defaut|defaults? to|defaulting to)\b")


def variables_with_defaults(paragraph: str) -> bool:
    """A short paragraph (at most :data:`MAX_WORDS` words) speaking of environment variables, naming one or more (``APP_HOST``) and
    giving their default values."""
    normed = norm(paragraph)
    return (len(normed.split()) <= MAX_WORDS and bool(_VARIABLES.search(normed)) and not _NONE.search(normed)
            and bool(_DEFAULT.search(norm(_VARIABLE_NAME.sub(" ", paragraph)))) and bool(_VARIABLE_NAME.search(paragraph)))  # (not DEFAULT_LANG)


# "Les seuils des tests sont personnalisables. Pour cela, il faut modifier l'option "jdc_thresholds"", "The thresholds can be customised:
# set the option …" (a package's options, a script's parameters): what can be adjusted and the option that adjusts it, the settings
_ADJUSTABLE = lazy_compile(r"\b(?:sont|est|are|is|(?:can|may|peut|peuvent) (?:be|etre)) (?:\w+ )?(?:personnalisables?|configurables?|parametrables?|reglables?|"
                           r"customi[sz]able|adjustable|personnalisee?s?|customi[sz]ed|ajustee?s?|adjusted)\b")
_SET_OPTION = lazy_compile(r"\b(?:modifier|modifiez|changer|changez|definir|definissez|regler|reglez|renseigner|renseignez|modify|change|set|edit|adjust|override) "
                           r"(?:l |la |le |les |the |this |these |cette |ces )?(?:\w+ )?(?:options?|parametres?|parameters?|settings?|reglages?)\b")


def option_to_set(paragraph: str) -> bool:
    """A short paragraph (at most :data:`MAX_WORDS` words) saying what can be adjusted and having the reader set the option or the
    parameter that adjusts it: a configuration section in all but name (a feature said customisable, with no option to set, is none)."""
    normed = norm(paragraph)
    return len(normed.split()) <= MAX_WORDS and bool(_ADJUSTABLE.search(normed)) and bool(_SET_OPTION.search(normed))


# A table of the environment variables (its first column headed "Variable d'environnement", "Environment variable", "Env var", or
# "Variable"/"Nom"/"Name" over names such as BASE_URL): the settings and their defaults, a configuration section wherever it stands
# (issue 12, s36 v36 = dtc-innovation/dataviz-finances-montreuil: "| Variable d'environnement | Valeur par défaut | Utilité |" over BASE_URL
# and NODE_ENV inside the "## Déploiement" chapter)
_TABLE_ROW = lazy_compile(r"^[ \t]*\|?([^|\n]*)\|", re.M)
_GENERIC_HEADER = lazy_compile(r"(?:nom (?:de la )?)?variables?|(?:variable )?names?|noms?|cles?|keys?")
_ROW_NAME = lazy_compile(r"[`*_\s]*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)[`*_\s]*")
MAX_TABLE_LINES = 2000


def variables_table(own: str) -> bool:
    """The chapter's own text holds a Markdown table whose first column lists environment variables: headed by environment variables
    (one name below is enough), or by a bare "Variable"/"Name" over two names or more written as variables (BASE_URL, NODE_ENV)."""
    lines = own.split("\n")[:MAX_TABLE_LINES]
    for i, line in enumerate(lines[:-2]):
        head = _TABLE_ROW.match(line)
        if not head or line.count("|") < 2 or not re.fullmatch(r"[\s|:-]*-{3,}[\s|:-]*", lines[i + 1] or "x"):
            continue
        names = []
        for row in lines[i + 2:i + 202]:
            cell = _TABLE_ROW.match(row)
            if not cell or "|" not in row:
                break
            if m := _ROW_NAME.fullmatch(cell.group(1)):
                names.append(m.group(1))
        header = norm(head.group(1))
        if names and _VARIABLES.fullmatch(header) or _GENERIC_HEADER.fullmatch(header) and sum("_" in n for n in names) >= 2:
            return True
    return False


# "You'll have to create a `.env` file in the root directory of the project, with the following content:" over a block of
# `VITE_API_BASE_URL=https://…` (issue 12, s40 fe40 = reader rv40, InseeFrLab/ACDC under "## Quickstart"): the settings file written
# out, its settings and their values, the configuration; a block that runs commands after such a sentence gives none
_WRITE_FILE = lazy_compile(r"\b(?:create|add|write|put|make|edit|fill|creer|creez|ajouter|ajoutez|ecrire|ecrivez|mettre|mettez|placer|placez|"
                           r"editer|editez|remplir|remplissez|renseigner|renseignez)\b")
_CONTENT = lazy_compile(r"\b(?:(?:the )?following (?:content|contents|lines?|variables?|values?|settings)|(?:le |les )?(?:contenu|lignes?|variables?|valeurs?) "
                        r"suivante?s?|containing|contenant|with (?:this|these) (?:content|contents|lines?|variables?))\b")
_FENCE = lazy_compile(r"^[ \t]{0,3}(?:```|~~~)")
_ASSIGN_LINE = lazy_compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]{1,60}[ \t]*=")
_NOTE_LINE = lazy_compile(r"^[ \t]*(?:#|//|$)")


def _fenced_after(lines: list[str], line: int) -> list[str] | None:
    """The lines of the fenced block right after the paragraph starting at ``line`` (blank lines between them), or None."""
    i = line - 1
    while i < len(lines) and lines[i].strip() and not _FENCE.match(lines[i]):
        i += 1
    while i < len(lines) and not lines[i].strip() and i < line + 40:
        i += 1
    if i >= len(lines) or not _FENCE.match(lines[i]):
        return None
    body = []
    for ln in lines[i + 1:i + 201]:
        if _FENCE.match(ln):
            return body
        body.append(ln)
    return None


def settings_file_content(blocks: list, lines: list[str]) -> tuple[int, str] | None:
    """The paragraph telling to create (or fill) a settings file with the content shown (its line and text), when the fenced block
    right after it sets variables and does nothing else (``NAME=value`` lines, comments)."""
    for b in blocks[:400]:
        if b.kind != "paragraph" or not _SETTINGS_NAME.search(b.text):
            continue
        normed = norm(b.text)
        if len(normed.split()) > MAX_WORDS or not _WRITE_FILE.search(normed) or not (_CONTENT.search(normed) or b.text.rstrip().endswith(":")):
            continue
        body = [ln for ln in (_fenced_after(lines, b.line) or []) if not _NOTE_LINE.match(ln)]
        if body and all(_ASSIGN_LINE.match(ln) for ln in body):
            return b.line, b.text
    return None


# A table of the keys of the project's settings files: its first column headed by the keys ("Champs", "Clé", "Propriété", "Option",
# "Paramètre", "Name"…), another column telling whether each is required or its default ("Requis", "Valeur par défaut", "Default"),
# two keys at least, in a chapter (or its parent chapter) that names the settings files holding them ("dans les fichiers yaml",
# `onboarding.yml`): the keys one sets, a configuration section whatever its heading (issue 12, s42 fq42 = SocialGouv/1000jours-blues,
# "#### Onboarding" under "## Les modules"); a table of features, or of an endpoint's parameters with no settings file named, is none
_KEY_HEADER = lazy_compile(r"(?:nom (?:du |de la |de l )?)?(?:champs?|fields?|cles?|keys?|proprietes?|propert(?:y|ies)|attributs?|attributes?|options?|"
                           r"parametres?|parameters?|settings?|reglages?)|noms?|names?")
_FLAG_HEADER = lazy_compile(r"(?:requis|requise?s?|required|obligatoires?|mandatory|optionnel(?:le)?s?|optional|(?:valeurs? )?par defaut|defaut|"
                            r"defaults?|default values?)")
_SETTINGS_EXT = lazy_compile(r"\w\.(?:ya?ml|json|toml|ini|properties|conf)\b|(?<![\w-])\.env\b", re.I)
_SETTINGS_WORDS = lazy_compile(r"\b(?:fichiers?|files?) (?:de )?(?:ya?ml|json|toml|configuration|config|parametres|parametrage|reglages)\b|"
                               r"\b(?:ya?ml|json|toml|configuration|config|settings) files?\b")


def _cells(line: str) -> list[str]:
    return [norm(c) for c in line.strip().strip("|").split("|")]


def settings_table(own: str, context: str = "") -> bool:
    """The chapter's own text holds a table of settings keys with their required flag or default, and it or ``context`` (the parent
    chapter's own text) names a settings file (a .yml, .json, .toml, .env… or "fichiers yaml", "configuration file")."""
    if not any(_SETTINGS_EXT.search(t[:20000]) or _SETTINGS_WORDS.search(norm(t[:20000])) for t in (own, context)):
        return False
    lines = own.split("\n")[:MAX_TABLE_LINES]
    for i, line in enumerate(lines[:-2]):
        if line.count("|") < 2 or not re.fullmatch(r"[\s|:-]*-{3,}[\s|:-]*", lines[i + 1] or "x"):
            continue
        head = _cells(line)
        rows = 0
        for row in lines[i + 2:i + 202]:
            if "|" not in row or not row.strip():
                break
            rows += 1
        if len(head) >= 2 and rows >= 2 and _KEY_HEADER.fullmatch(head[0]) and any(_FLAG_HEADER.fullmatch(c) for c in head[1:]):
            return True
    return False
