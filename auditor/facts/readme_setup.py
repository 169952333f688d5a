"""Setup steps a README gives under another heading than "Installation": the chapter on the software the project is set up in
("### Dans PostGres/PostGIS:" then the tables and the view to create, "### Dans Geoserver:" then "Créer une couche…" and the SQL of the
layer: a GIS kit's or a data model's installation), and the numbered step that adds the project itself into its host ("3. Ajouter une vue
avec l'URL personnalisée du widget": a Grist widget, a plugin, an extension installed where it runs).

Judged by the body, with guards: the heading names only that software (with "dans", "sous", "in"…), and the chapter holds an
imperative setup step (créer, lancer, copier, exécuter, activer…; create, run, copy…) or a SQL block that creates; the host step is an
item of a list, and the README speaks of that same widget or plugin in a heading ("# Utilisation du widget")."""

from __future__ import annotations

from auditor.facts.document import Block, norm
from auditor.facts.readme_cues import INSTALL_COMMAND
from auditor.lazyre import lazy_compile

# software a project is set up in or on (its tables in PostgreSQL, its layer in GeoServer, its widget in Grist): :func:`norm` forms
_SOFTWARE = (r"postgres|postgresql|postgis|pgadmin|geoserver|mapserver|qgis|qgis server|lizmap|geonetwork|mviewer|grist|mysql|mariadb|"
             r"oracle|sql server|sqlite|spatialite|apache|nginx|tomcat|wordpress|drupal|metabase|superset|grafana|keycloak|elasticsearch")
SETUP_HEADING = lazy_compile(rf"^(?:\d+ )*(?:(?:dans|sous|sur|avec|cote|in|on|inside|within) )?(?:le |la |l |les |the |votre |your )?"
                             rf"(?:(?:base|serveur|server|instance) (?:de donnees )?)?(?:{_SOFTWARE})(?: (?:{_SOFTWARE}|server|serveur|database))*$")
# an imperative setup step, at the start of a paragraph or a list item ("Créer une couche…", "Il faut ensuite créer une vue…")
SETUP_STEP = lazy_compile(r"^(?:\d+ )?(?:(?:il faut|il est necessaire de|vous devez|on doit|you need to|you must)(?: ensuite| d abord| alors)? )?"
                          r"(?:creer|creez|lancer|lancez|copier|copiez|executer|executez|installer|installez|activer|activez|importer|importez|"
                          r"charger|chargez|publier|publiez|declarer|declarez|deployer|deployez|restaurer|restaurez|"
                          r"create|run|copy|execute|install|enable|import|load|publish|deploy|restore)\b")
_SQL_DDL = lazy_compile(r"(?im)^[ \t]*(?:create|alter|grant)[ \t]+(?:or replace[ \t]+)?(?:table|view|materialized|schema|extension|index|role|user|database|function)\b")
_FENCE = lazy_compile(r"(?m)^[ \t]*(?:```|~~~)")
# a step that adds the project itself into its host ("Ajouter une vue avec l'URL personnalisée du widget", "Install the plugin from…")
_UNITS = r"widget|extension|plugin|greffon|add on|addon|module complementaire"
HOST_STEP = lazy_compile(rf"^(?:ajouter|ajoutez|installer|installez|integrer|integrez|inserer|inserez|add|install|embed|insert)\b.{{0,120}}?"
                         rf"\b(?:du|le|de ce|ce|cet|cette|l|the|this) ({_UNITS})\b")
_OWN_UNIT = lazy_compile(rf"\b(?:du|le|de ce|ce|cet|cette|l|the|this|de l) ({_UNITS})\b")


def _chapter(blocks: list[Block], i: int) -> list[Block]:
    """The blocks under the heading ``blocks[i]`` up to the next heading of its level or higher (sub-chapters included)."""
    level = blocks[i].level or 1
    out = []
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        out.append(b)
    return out


def _chapter_text(lines: list[str], blocks: list[Block], i: int) -> str:
    level = blocks[i].level or 1
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 1) <= level and b.line), len(lines) + 1)
    return "\n".join(lines[blocks[i].line:end - 1])


def setup_chapter(blocks: list[Block], lines: list[str]) -> tuple[str, Block] | None:
    """``("heading", heading)`` of the first chapter on the software the project is set up in whose body gives setup steps, else
    ``("sentence", step)`` of the first list item adding the project's own widget or plugin into its host, else None."""
    for i, b in enumerate(blocks):
        if b.kind != "heading" or not SETUP_HEADING.match(norm(b.text)):
            continue
        body = _chapter(blocks, i)
        if any(x.kind == "paragraph" and not x.code and SETUP_STEP.match(norm(x.text)) for x in body):
            return "heading", b
        text = _chapter_text(lines, blocks, i)
        if _FENCE.search(text) and _SQL_DDL.search(text):
            return "heading", b
    units = {m.group(1) for b in blocks if b.kind == "heading" for m in _OWN_UNIT.finditer(norm(b.text))}
    for b in blocks:
        if b.kind == "paragraph" and b.item and (m := HOST_STEP.match(norm(b.text))) and m.group(1) in units:
            return "sentence", b
    return None


# the first step of setting up a copy, said in words in a list ("simply clone this repository (typically in /etc/georchestra)",
# "Cloner ce dépôt", "Clonez le dépôt puis …"): the repository is installed by cloning it
_CLONE_STEP = lazy_compile(r"^(?:\d+ )?(?:(?:simply|just|first|d abord|tout d abord|premierement|il faut|vous devez|you need to|you must) )?"
                           r"(?:clone|cloner|clonez|git clone) (?:this|the|our|ce|le|notre|cette|du) ?(?:git )?(?:repository|repo|depot|projet|project)\b")


def clone_step(blocks: list[Block], sections) -> Block | None:
    """A list item telling to clone this repository, with another step after it in the same list, outside a contributing chapter
    (``sections``: a heading's sections): how a copy is set up, an installation said in words."""
    heading = None
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            heading = b
            continue
        if not (b.item and _CLONE_STEP.match(norm(b.text))) or (heading is not None and "contributing" in sections(heading.text)):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "paragraph" and nxt.item:
            return b
    return None


def install_step(b: Block) -> bool:
    """A numbered step whose first sentence runs the package manager's install ("1. With npm install, when prompted to choose directory
    to copy fonts file @gouv : put assets/fonts", "2. After npm install, run npm run watch"): a step of the project's installation,
    written in prose rather than as a bare command."""
    return b.kind == "paragraph" and b.step and bool(INSTALL_COMMAND.search(b.text.split(". ", 1)[0]))
