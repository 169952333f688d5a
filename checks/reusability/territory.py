"""reusability.territory-neutral and reusability.secrets. Longer than 400 lines: the two checks of what a repository must not carry
for another territory (its own values, its secrets) share their evidence helpers."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.lazyre import lazy_compile

from auditor.facts.files import CI_SYSTEMS
from auditor.facts.secret_assignments import ANDROID_GOOGLE_KEY_KIND, MEMBER_PASSWORD_KIND
from auditor.facts.secret_databases import DB_EXT
from auditor.facts.secret_known_defaults import DEFAULT_DSN_KIND
from auditor.facts.territory_communes import postcode_town_name
from auditor.facts.territory_name_echoes import path_words, territory_names
from auditor.facts.territory_samples import NAME_KINDS
from auditor.facts.tree import tree_of
from auditor.facts.territory_town_hall import flat_town
from auditor.facts.territory_values import spread_across_france
from auditor.facts.textscan import GIS_TOOL_EXT, MAX_FILE_BYTES as SCAN_MAX_BYTES, PER_FILE, sql_path
# a dependency bot's schedule (.github/dependabot.yml's timezone: "Pacific/Noumea", renovate.json's "timezone"): when the
# maintainers get their update requests, no setting of the software
_BOT_SCHEDULE = re.compile(r"(?:^|/)(?:dependabot\.ya?ml|renovate\.json5?|\.renovaterc(?:\.json)?)$", re.I)

from .common import code_free, copied_project, scan_capped, scan_note, textscan_ok
from .territory_own import (_deployment_settings, _enum_branches, _own_forge_repos, _own_hosts, _own_server_names, _registrable, _settings_scripts,
                           _tenant_hosts, _with_line_values)

def _gis_tool_file(path: str) -> bool:
    """A GIS or data-integration tool's workspace, project, layer definition or style (an FME .fmw, a QGIS .qlr/.qgs/.qml, an SLD):
    the program or the kit itself, whose servers, tables and extents another territory has to edit, not a deployment's settings."""
    return path.rsplit(".", 1)[-1].lower() in GIS_TOOL_EXT


def _ci_file(path: str) -> bool:
    """A continuous integration file at the root or in a sub-folder: a project template's (archetype-resources/.travis.yml of
    the projects it generates), a monorepo package's; its clock (TZ=Pacific/Noumea) is the test clock of a job."""
    parts = path.split("/")[-4:]
    return any(rx.search("/".join(parts[i:])) for i in range(len(parts)) for _, rx in CI_SYSTEMS)


KINDS = {  # in order of precedence when two signals hit the same line
    "territory.bbox": T("emprise géographique locale écrite en dur", "hard-coded local bounding box"),
    "territory.map-extent": T("emprise de carte locale écrite en dur", "hard-coded local map extent"),
    "territory.map-centre": T("centre de carte écrit en dur", "hard-coded map centre"),
    "territory.map-centre-xy": T("centre de carte écrit en dur (une valeur par axe)", "hard-coded map centre (one setting per axis)"),
    "territory.map-embed-centre": T("centre d'une carte Google Maps intégrée écrit en dur (paramètres !2d longitude, !3d latitude de l'adresse de l'iframe)",
                                    "hard-coded centre of an embedded Google Maps map (the iframe address's !2d longitude, !3d latitude)"),
    "territory.latlng": T("coordonnées d'un lieu écrites en dur", "hard-coded coordinates of a place"),
    "territory.coords": T("coordonnées d'un lieu écrites en dur", "hard-coded coordinates of a place"),
    "territory.latlng-copied": T("coordonnées d'un lieu écrites en dur", "hard-coded coordinates of a place"),
    "territory.commune-url": T("nom d'une commune écrit en dur dans l'adresse d'une page ou d'un widget d'un tiers (la météo de cette commune)",
                               "a commune's name hard-coded in the address of a third party's page or widget (that commune's weather)"),
    "territory.hydro-station": T("code d'une station ou d'un site hydrométrique (Hydro EauFrance) écrit en dur : un cours d'eau du territoire",
                                 "hard-coded code of a hydrometric station or site (Hydro EauFrance): a river of the territory"),
    "territory.commune-table": T("table des communes d'un territoire écrite en dur", "a table of one territory's communes hard-coded"),
    "territory.l93": T("coordonnées d'un lieu en Lambert-93 écrites en dur", "hard-coded Lambert-93 coordinates of a place"),
    "territory.insee": T("code INSEE de commune écrit en dur", "hard-coded INSEE municipality code"),
    "territory.siren": T("numéro SIREN/SIRET ou code EPCI écrit en dur", "hard-coded SIREN/SIRET number or EPCI code"),
    "territory.departement": T("code de département écrit en dur", "hard-coded département code"),
    "territory.code-prefix": T("numéro d'un territoire (région, département) collé en dur devant les codes de communes ou de départements reçus",
                               "one territory's number (a region's, a département's) hard-coded in front of the municipality or département codes received"),
    "territory.departement-url": T("code de département écrit en dur dans l'adresse d'une API (chemin ou filtre)",
                                   "hard-coded département code in an API's address (path or filter)"),
    "territory.data-name": T("nom de table ou de schéma d'un entrepôt portant le numéro d'un département écrit en dur",
                             "hard-coded table or schema name of a warehouse carrying one département's number"),
    "territory.osm-extract": T("fichier de l'extrait OpenStreetMap d'une seule région ou d'un seul département écrit en dur",
                               "hard-coded file of one region's or one département's OpenStreetMap extract"),
    "territory.sql-extent": T("emprise d'une couche locale écrite dans les métadonnées spatiales d'un script SQL (SDO_DIM_ELEMENT)",
                              "a local layer's extent written into a SQL script's spatial metadata (SDO_DIM_ELEMENT)"),
    "territory.sql-data-name": T("nom de table ou de schéma d'un entrepôt portant le nom, le sigle ou le numéro d'un territoire, écrit dans un script SQL",
                                 "table or schema name of a warehouse carrying one territory's name, acronym or number, written in a SQL script"),
    "territory.fme-table": T("table d'un entrepôt portant le nom ou le sigle d'un territoire, lue ou écrite par un espace de travail FME",
                             "table of a warehouse carrying one territory's name or acronym, read or written by an FME workspace"),
    "territory.departement-list": T("liste des départements d'un territoire écrite en dur", "hard-coded list of one territory's départements"),
    "territory.region-query": T("nom d'une région ajouté en dur à chaque adresse recherchée (« …, Martinique, France » d'une requête de géocodage)",
                                "one region's name hard-coded onto every address searched (\"…, Martinique, France\" of a geocoding query)"),
    "territory.region-departements": T("liste de tous les départements d'une région écrite en dur", "hard-coded list of every département of one region"),
    "territory.departement-names": T("liste des noms des départements d'un territoire écrite en dur", "hard-coded list of one territory's département names"),
    "territory.insee-range": T("plage des codes INSEE des communes d'un département écrite en dur (22000 <= code < 23000)",
                               "hard-coded range of one département's INSEE municipality codes (22000 <= code < 23000)"),
    "territory.sql-filter": T("filtre SQL sur le code d'un département ou d'une région", "SQL filter on one département's or region's code"),
    "territory.code-sql-filter": T("filtre SQL sur le code d'un département ou d'une région, écrit dans une requête du code",
                                   "SQL filter on one département's or region's code, written in a query of the code"),
    "territory.code-prefix-filter": T("code d'un département comparé au début du code INSEE d'une commune, écrit dans le code (code_insee[0:2] == \"93\", depcom.startswith(\"93\"))",
                                      "one département's code compared with the start of a municipality's INSEE code, written in the code (code_insee[0:2] == \"93\", depcom.startswith(\"93\"))"),
    "territory.sql-region": T("filtre SQL sur le nom d'une région", "SQL filter on one region's name"),
    "territory.authority-host": T("adresse du site, du portail de données ou du serveur SIG d'une collectivité ou d'un parc national ou régional (ou de l'opérateur public de services numériques ou de l'agence d'urbanisme d'un territoire) écrite en dur",
                                  "hard-coded address of one local government's or one national or regional park's (or one territory's public digital service operator's or urban planning agency's) website, data portal or GIS server"),
    "territory.site-name": T("domaine du site d'une collectivité ou d'un parc écrit en dur dans une chaîne du code", "one local government's or one park's site domain hard-coded in a string of the code"),
    "territory.ogc-workspace": T("couche d'un territoire lue sur un serveur cartographique dont le code écrit l'adresse (espace de travail GeoServer au nom d'une collectivité ou d'un lieu)",
                                 "one territory's layers read from a map server whose address the code writes (a GeoServer workspace named after a local government or a place)"),
    "territory.sql-host": T("adresse du site, du portail de données, du serveur SIG ou d'un autre serveur d'une collectivité ou d'un parc écrite en dur dans le code d'un script SQL ou dans les réglages de connexion qu'il insère",
                            "hard-coded address of one local government's or one park's website, data portal, GIS server or other server in a SQL script's code or in the connection settings it inserts"),
    "territory.code-filter": T("filtre du code d'analyse sur un département ou une région", "analysis code filtering one département or region"),
    "territory.sql-insee": T("filtre SQL sur les codes INSEE de communes précises", "SQL filter on given municipalities' INSEE codes"),
    "territory.sql-split-code": T("code d'un département ou d'une commune écrit dans un identifiant de parcelle ou de commune qu'un script SQL compose ou compare ('60' || idu, left(idu, 3) = '159')",
                                  "a département's or commune's code written into a parcel's or commune's identifier a SQL script builds or compares ('60' || idu, left(idu, 3) = '159')"),
    "territory.sql-insee-id": T("identifiant d'un réseau écrit dans un script SQL, portant le code INSEE de sa commune (FR:<code>:…)",
                                "a network's identifier written in a SQL script, holding its municipality's INSEE code (FR:<code>:…)"),
    # (before a commune's row: a list of one département's communes whose rows are also (code, name, postcode) is that list)
    "territory.sql-insee-rows": T("liste SQL de lieux d'un département repérés par les codes INSEE de ses communes", "SQL list of one département's places keyed by its municipalities' INSEE codes"),
    "territory.sql-authority-name": T("nom d'une intercommunalité, d'une métropole ou d'un département écrit dans les valeurs d'un script SQL",
                                      "name of one intercommunality, métropole or département written into a SQL script's values"),
    "territory.sql-body-name": T("nom d'un établissement public d'un territoire (parc national, parc naturel régional, syndicat mixte) écrit dans les valeurs d'un script SQL",
                                 "name of one territory's public body (national park, regional natural park, syndicat mixte) written into a SQL script's values"),
    "territory.sql-body-acronym": T("sigle de cet établissement (les initiales de son nom, écrit dans le même script) écrit dans les valeurs d'un script SQL",
                                    "acronym of that body (the initials of its name, written in the same script) written into a SQL script's values"),
    "territory.sql-commune-row": T("ligne d'une commune précise (code INSEE, nom, code postal) écrite dans un script SQL",
                                   "row of one given municipality (INSEE code, name, postal code) written into a SQL script"),
    "territory.domain": T("domaine ou adresse e-mail d'une collectivité écrit en dur", "hard-coded domain or e-mail address of a local government"),
    "territory.town-domain": T("domaine d'une commune écrit en dur, au nom de la commune dont l'adresse de la mairie est écrite dans le code",
                               "hard-coded domain of a commune, named as the commune whose town hall's address is written in the code"),
    "territory.region-mail": T("adresse e-mail sur un domaine au nom d'une région écrite en dur (l'expéditeur ou le contact de l'application)",
                               "hard-coded e-mail address on a domain named after a region (the application's sender or contact)"),
    "territory.name": T("nom d'une collectivité écrit en dur", "hard-coded name of a local government"),
    "territory.name-in-text": T("nom d'une collectivité écrit en dur dans un texte du programme (un titre, un message)",
                                "hard-coded name of a local government in a text of the program (a title, a message)"),
    "territory.mail-brand": T("marque d'une collectivité écrite en dur dans les mails envoyés (l'étiquette de leur objet, le nom de l'expéditeur)",
                              "hard-coded mark of a local government in the mails sent (their subject's tag, the sender's name)"),
    "territory.postal-address": T("code postal et commune d'une adresse écrits en dur", "hard-coded postal code and town of an address"),
    "territory.departement-sentence": T("nom d'un département (son conseil) écrit en dur", "hard-coded name of one département (its council)"),
    "territory.region-text": T("nom d'une région écrit en dur dans un texte de l'application (un titre, un message, une page)",
                               "one region's name hard-coded in a text of the application (a title, a message, a page)"),
    "territory.commune-options": T("liste des communes d'un territoire écrite en dur dans un formulaire (les options d'un <select>), au lieu d'un référentiel (COG de l'INSEE, geo.api.gouv.fr)",
                                   "hard-coded list of one territory's communes in a form (a <select>'s options), instead of a référentiel (INSEE's COG, geo.api.gouv.fr)"),
    "territory.commune-switch": T("communes d'un territoire comparées une à une dans le code (cinq ou plus, par leur nom court : case $commune == \"billere\")",
                                  "one territory's communes compared one by one in the code (five or more, by their short name: case $commune == \"billere\")"),
    "territory.overseas-body": T("nom d'un organisme public portant celui de son territoire d'outre-mer (« Office de l'eau Réunion ») écrit en dur dans un texte du programme",
                                 "one public body's name, carrying its overseas territory's (\"Office de l'eau Réunion\"), hard-coded in a text of the program"),
    "territory.region-platform": T("nom d'une plateforme régionale portant celui de sa région (GéoPicardie, GéoBretagne) écrit en dur dans le code (un menu, un titre, l'adresse d'un fichier)",
                                   "one regional platform's name, carrying its region's (GéoPicardie, GéoBretagne), hard-coded in the code (a menu, a title, a file's address)"),
    "territory.pays-name": T("nom d'un Pays ou d'un PETR (le territoire rural pour lequel l'application est écrite) écrit en dur",
                             "hard-coded name of one Pays or PETR (the rural territory the application is written for)"),
    "territory.body-acronym": T("sigle d'un organisme public d'un territoire (syndicat, collectivité) écrit en dur dans une valeur du code (un compte, un nom de produit)",
                                "one territory's public body's acronym (a syndicate's, a local government's) hard-coded in a value of the code (an account, a product name)"),
    "territory.syndicate-name": T("nom d'un syndicat de communes (SIVU, SIVOM, syndicat mixte : l'établissement pour lequel le code est écrit) écrit en dur",
                                  "hard-coded name of one syndicate of communes (SIVU, SIVOM, syndicat mixte: the body the code is written for)"),
    "territory.park-name": T("nom d'un parc national ou naturel régional (le territoire qu'il gère) écrit en dur",
                             "hard-coded name of one national or regional nature park (the territory it manages)"),
    "territory.authority-name": T("nom d'une collectivité écrit en dur", "hard-coded name of a local government"),
    "territory.epci-acronym": T("sigle d'une intercommunalité écrit en dur", "hard-coded acronym of an intercommunality"),
    "territory.city": T("nom d'une commune ou d'un département écrit en dur", "hard-coded name of a municipality or département"),
    "territory.commune": T("nom d'une commune écrit en dur", "hard-coded name of a municipality"),
    "territory.municipal-name": T("nom de la commune écrit en dur avec un service ou un lieu municipal (« Cimetière municipal de … »)",
                                  "the commune's name hard-coded with a municipal service or place (\"Municipal cemetery of …\")"),
    "territory.settings-commune": T("nom de la commune donné à une constante du code", "the commune's name given to a constant of the code"),
    "territory.settings-echo": T("nom de la commune que donne une constante, réécrit en dur dans le code ou une page",
                                 "the commune's name a constant gives, written again in the code or a page"),
    "territory.municipal-echo": T("nom de la commune d'après laquelle est nommé un service ou un lieu municipal, réécrit en dur dans le code ou une page",
                                  "the name of the commune a municipal service or place is named after, written again in the code or a page"),
    "territory.name-echo": T("nom du territoire du projet (celui qu'un autre texte du code donne déjà à sa collectivité, ou son sigle), réécrit en dur "
                             "dans un texte du programme", "the project's territory's name (the one another text of the code gives its local "
                             "government, or its acronym), written again in a text of the program"),
    "territory.cc-zone": T("projection conique conforme d'une zone (CC42 à CC50) écrite en dur", "hard-coded conic conformal zone projection (CC42 to CC50)"),
    "territory.overseas-crs": T("projection propre à un territoire d'outre-mer (zone UTM ou système légal des Antilles, de Guyane, de La Réunion, "
                                "de Mayotte ou de Saint-Pierre-et-Miquelon) écrite en dur",
                                "hard-coded projection of one overseas territory (the UTM zone or legal system of the Antilles, French Guiana, "
                                "La Réunion, Mayotte or Saint-Pierre-et-Miquelon)"),
    "territory.cc-srid": T("SRID d'une zone conique conforme (CC42 à CC50, une bande de latitude) fixé dans le schéma SQL",
                           "SRID of a conic conformal zone (CC42 to CC50, one band of latitude) fixed in the SQL schema"),
    "territory.cc-srid-field": T("SRID d'une zone conique conforme (CC42 à CC50) donné en dur à un champ ou un réglage du code",
                                 "SRID of a conic conformal zone (CC42 to CC50) hard-coded as a field's or setting's value in the code"),
    "territory.db-server": T("adresse du serveur de base de données d'une organisation écrite en dur",
                             "hard-coded address of one organisation's database server"),
    "territory.sql-epci": T("code SQL propre à une intercommunalité nommée", "SQL code specific to one named intercommunality"),
    "territory.sql-siren": T("filtre SQL sur le SIREN d'intercommunalités précises", "SQL filter on given intercommunalities' SIREN"),
    "territory.sql-siren-id": T("identifiant ou nom de fichier construit en SQL sur le SIREN d'une collectivité précise",
                                "id or file name built in SQL on one given public body's SIREN"),
    "territory.sql-like-place": T("filtre SQL sur un nom contenant celui d'une grande commune ou d'une région", "SQL filter on a name holding a large municipality's or a region's"),
    "territory.sql-commune-name": T("filtre SQL sur le nom de communes précises", "SQL filter on given municipalities' names"),
    "territory.shell-insee": T("codes INSEE des communes d'un territoire retenues par un script shell ou awk (filtre, liste de fichiers)",
                               "INSEE codes of one territory's municipalities kept by a shell or awk script (a filter, a list of files)"),
    "territory.shell-siren": T("SIREN de collectivités précises retenues par un script shell ou awk", "SIREN of given public bodies kept by a shell or awk script"),
    "territory.ogc-filter": T("filtre OGC d'un style (SLD) comparant un code INSEE, de département ou un SIREN à la valeur d'un territoire",
                              "OGC filter of a style (SLD) comparing an INSEE, département or SIREN code with one territory's value"),
    "territory.qgis-filter": T("expression QGIS d'un style ou d'un projet comparant un code INSEE, de département ou un SIREN à la valeur d'un territoire",
                               "QGIS expression of a style or project comparing an INSEE, département or SIREN code with one territory's value"),
    "territory.shell-ogr-filter": T("filtre d'une commande GDAL/OGR d'un script (-where, -cwhere, -sql) sur le code d'une commune, d'un département ou d'une région",
                                    "a script's GDAL/OGR command filtering (-where, -cwhere, -sql) on one commune's, département's or region's code"),
    "territory.shell-filter": T("filtre d'un script shell ou awk sur le code d'un département", "shell or awk script filtering on one département's code"),
    "territory.unc-share": T("partage réseau du serveur de fichiers d'une organisation écrit en dur",
                             "hard-coded network share of one organisation's file server"),
    "territory.ldap-base": T("base de l'annuaire (LDAP, Active Directory) d'une organisation écrite en dur",
                             "hard-coded base of one organisation's directory (LDAP, Active Directory)"),
    "territory.account-host": T("compte d'une collectivité sur un service partagé écrit en dur (sous-domaine à son nom)",
                                "hard-coded account of one local government on a shared service (a sub-domain in its name)"),
    "territory.account-host-path": T("instance d'un service partagé propre à une collectivité écrite en dur dans le chemin d'une adresse (hôte à son nom)",
                                     "one territory's instance of a shared service hard-coded in an address's path (a host named after it)"),
    "territory.account-name": T("identifiant de connexion au nom d'une collectivité écrit en dur",
                                "hard-coded login named after one local government"),
    "territory.school-zone": T("zone de vacances scolaires d'une académie écrite en dur (un territoire d'une autre zone modifie le code)",
                               "hard-coded school-holiday zone of one academy (a territory in another zone edits the code)"),
    "territory.time-zone": T("fuseau horaire d'un territoire d'outre-mer écrit en dur", "hard-coded time zone of one overseas territory"),
    "territory.constant-name": T("constante nommée d'après un département ou une région et portant ses valeurs (un autre territoire la renomme et la remplit)",
                                 "constant named after a département or a région holding its values (another territory renames and fills it again)"),
    "territory.body-number": T("nom d'un service départemental (SDIS et numéro du département) écrit en dur",
                               "hard-coded name of a département's service (an SDIS and the département's number)"),
    "territory.own-forge": T("dépôt de la collectivité (ou de l'opérateur public de services numériques) porteuse sur une forge publique écrit en dur (ses thèmes, ses correctifs, ses modules)",
                             "hard-coded repository of the sponsoring local government (or public digital service operator) on a public forge (its themes, patches, modules)"),
    "territory.enum": T("énumération des territoires pour lesquels le code est écrit, et branche du code sur l'un d'eux (un territoire de plus modifie le code)",
                        "enumeration of the territories the code is written for, and a branch of the code on one of them (a further territory edits the code)"),
    "territory.publisher-acronym": T("sigle de l'organisme qui publie le code (celui du domaine de ses contributeurs ou de son compte sur la forge) écrit en dur dans le programme (un enregistrement, un titre, un texte)",
                                     "acronym of the body publishing the code (its contributors' domain's or its forge account's) hard-coded in the program (a record, a heading, a text)"),
    "territory.schema-owner": T("sigle d'un organisme qui nomme à la fois le schéma de base de données où le code écrit et le producteur qu'il inscrit dans chaque enregistrement",
                                "acronym of one body naming both the database schema the code writes to and the producer it writes into every record"),
    "territory.territory-logo": T("logo d'une région ou d'un département (un financeur, un partenaire du territoire) affiché par une page, son fichier à son nom",
                                  "logo of a région or a département (a funder, a partner of the territory) shown by a page, its file named after it"),
    "territory.sponsor-tenant": T("adresse de l'instance d'un service propre à l'organisme porteur (un sous-domaine à son nom, comme <porteur>.<service>.fr) écrite en dur",
                                  "hard-coded address of the sponsoring body's own instance of a service (a sub-domain named after it, as <sponsor>.<service>.fr)"),
    "territory.own-host": T("adresse d'un serveur de la collectivité ou de l'opérateur public de services numériques porteur écrite en dur", "hard-coded address of one of the sponsoring local government's or public digital service operator's servers"),
}
CODE_CLASSES = ("code", "template")
_AROUND = " \t'\"`<>|–—·"  # (what encloses a value in the code: quotes, tag marks, a page title's separator)
# (and what territory.name reads before a name: a site's acronym and a title's separator, a logo's alternative text — "CTM - Collectivité
# Territoriale de Martinique" and "Logo Collectivité Territoriale de Martinique" are one name)
_NAME_LEAD = re.compile(r"^(?:[A-Z]{2,8}[ \t]+[-–—|:][ \t]+|[Ll]ogo[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l'|du[ \t]+|de[ \t]+)?)")


def _bare(value) -> str:
    """A finding's value without what encloses it nor what leads a name."""
    return _NAME_LEAD.sub("", str(value).strip(_AROUND), count=1)
_OVERSEAS = frozenset({"r01", "r02", "r03", "r04", "r06", "d971", "d972", "d973", "d974", "d976"})  # (regions' and départements' codes)
_PLACE = {"config": ("en configuration", "in configuration"), "data": ("dans les données", "in data"), "test": ("dans les tests", "in tests"),
          "doc": ("dans la documentation", "in docs"), "example": ("dans les exemples", "in examples"), "i18n": ("dans les traductions", "in translations"),
          "legal": ("dans les pages légales", "in legal pages"), "style": ("dans les styles", "in styles"), "other": ("dans d'autres fichiers", "in other files")}
# a page explaining the method (methodologie.tsx, pages/methodologie/index.vue): the territories its text names and the sites it links
# are the sources it cites and the comparisons it makes ("une base de données d'Île-de-France … environ 1800 bâtiments scolaires en
# Île-de-France"), text shown to readers, no setting of the code; its coordinates or codes stay judged
_METHOD_PAGE = lazy_compile(r"(?:^|/)m[ée]thodolog(?:ie|y|ies)(?:[-_][\w-]{0,60})?(?:/(?:index|page|\+page))?\.(?:[jt]sx|vue|svelte|astro|html?|mdx?|php)$", re.I)
CASE_BRANCH_LINES = 6  # (a name this many lines below a switch's case label on a territory code is that branch's value)
_CITED = ("territory.region-text", "territory.overseas-body", "territory.authority-host", "territory.domain", "territory.site-name", *NAME_KINDS)
POINTS = ("territory.coords", "territory.l93", "territory.latlng", "territory.latlng-copied", "territory.bbox", "territory.map-centre", "territory.map-centre-xy", "territory.map-embed-centre", "territory.map-extent")


@check(
    id="reusability.territory-neutral",
    family="reusability",
    effort="days",
    title=T("Le code ne contient pas les particularités d'un seul territoire", "The code holds no specifics of a single territory"),
    rationale=T(
        "C'est le premier obstacle que rencontre une deuxième collectivité : un code INSEE, un SIREN, le centre de carte, l'emprise, "
        "le nom ou le domaine de la ville d'origine écrits dans le code obligent à modifier et maintenir une copie divergente.",
        "This is the first thing a second territory trips on: an INSEE code, a SIREN, the map centre, the bounding box, the name or "
        "the domain of the original city written in the code force it to edit and maintain a diverging copy.",
    ),
    remediation=T(
        "Déplacez ces valeurs dans la configuration (variables d'environnement, fichier de réglages, table en base) avec un exemple "
        "dans le .env.example, ou dérivez-les d'un code INSEE configuré via geo.api.gouv.fr ; corrigez chaque ligne listée.",
        "Move these values to configuration (environment variables, a settings file, a database table) with an example in the "
        ".env.example, or derive them from one configured INSEE code through geo.api.gouv.fr; fix each listed line.",
    ),
    params={"penalty_per_file": 1.5},
)
def territory_neutral(ctx) -> Result:
    if copy := copied_project(ctx):
        return copy
    scan = textscan_ok(ctx)
    sig = scan["signals"]
    findings, elsewhere = [], 0
    where: dict[str, int] = {}  # the values seen outside the code, by class of file
    deployed = _deployment_settings(ctx) | _settings_scripts(ctx)
    # (and the per-territory variants a build script chooses by a variable, overrides/$NAME beside overrides/default/: s48 ff48)
    variants = tuple(f"{o['folder']}/{v}/" for o in ctx.fact("override_folders") or [] for v in o["variants"])
    deployed |= {e.path for e in tree_of(ctx) if e.path.startswith(variants)} if variants else set()
    seen = set()
    also: dict[tuple, list] = {}  # other values on a finding's line (one line of a view comparing 22 INSEE codes)
    senders = set(ctx.fact("mail_brand_senders") or [])  # (the settings-named files that send the mails they compose: config/nodemailer.config.js)
    # (a postal address is a territory's in a local government's code; a State service's, a ministry's on a certificate, is none)
    local = (ctx.fact("project") or {}).get("sponsor_type") in ("local-authority", "opsn")
    # (no publisher known: an address after a town hall's name is that commune's, territory.town-hall-address)
    town_hall = {(h[0], h[1]) for h in sig.get("territory.town-hall-address", [])} \
        if (ctx.fact("project") or {}).get("sponsor_type") in (None, "unknown") else set()
    # (and that address written again elsewhere, its postal code and town: the body's address on its contact page, "50 avenue du Général
    # de Gaulle 66220 SAINT PAUL DE FENOUILLET", the footer's under its name; issue 12, s37 fn37 = manelocana/SIVOM_du_Fenouilledes)
    own_towns = {_postcode_town(h[2]) for h in sig.get("territory.town-hall-address", [])} if town_hall else set()
    built = bool((ctx.fact("site_output") or {}).get("tool"))  # (the repository is a site generator's output: its pages are content)
    samples = ctx.fact("territory_samples") or {}  # (a debug form-filler's test data, a search field's placeholder examples)
    fixtures, examples, records = ({(p, n) for p, n in samples.get(k) or []} for k in ("fixtures", "examples", "samples"))
    for sid in KINDS:
        for h in sig.get(sid, []) if sid != "territory.town-domain" else []:  # (read below, against the towns of the addresses)
            if sid == "territory.postal-address" and not local and (h[0], h[1]) not in town_hall and _postcode_town(h[2]) not in own_towns:
                continue
            key = (h[0], h[1])
            if key in seen:
                also.setdefault(key, []).append((sid, h[2]))
                continue
            if sid == "territory.time-zone" and _BOT_SCHEDULE.search(h[0]):
                continue  # when a dependency bot runs (its schedule's timezone): no value of the software, in no class of file
            if h[0] in deployed:  # a deployment's own copy of a settings template (etc/customConfig.js beside customConfig.DIST.js)
                elsewhere += 1
                where["config"] = where.get("config", 0) + 1
            elif h[3] in CODE_CLASSES and key in fixtures:  # (a debug form-filler's TEST_RGA_DATA: a sample, as a test's)
                elsewhere += 1
                where["test"] = where.get("test", 0) + 1
            elif h[3] in CODE_CLASSES and (sid in NAME_KINDS and key in examples or key in records):
                # (a search field's placeholder examples; a class of sample records, ExternalResourceExamples.java's …_EXAMPLE)
                elsewhere += 1
                where["example"] = where.get("example", 0) + 1
            elif h[3] in CODE_CLASSES and (sid in _CITED and _METHOD_PAGE.search(h[0]) or built and h[0].lower().endswith((".html", ".htm"))):
                # (a methodology page's sources and comparisons; the pages of a site generator's output, the text of sources kept elsewhere)
                elsewhere += 1
                where["doc"] = where.get("doc", 0) + 1
            elif h[3] in CODE_CLASSES or (sid in ("territory.sql-filter", "territory.sql-insee", "territory.sql-insee-id", "territory.sql-split-code", "territory.sql-epci", "territory.sql-siren", "territory.sql-siren-id", "territory.sql-region", "territory.sql-commune-row", "territory.sql-authority-name", "territory.sql-body-name", "territory.sql-body-acronym", "territory.sql-commune-name", "territory.sql-like-place", "territory.cc-srid", "territory.sql-data-name", "territory.sql-insee-rows", "territory.sql-extent", "territory.sql-host",
                                                                  "territory.shell-insee", "territory.shell-siren", "territory.shell-filter", "territory.shell-ogr-filter") and h[3] in ("data", "config", "other")) \
                    or (sid == "territory.unc-share" and sql_path(scan, h[0])) \
                    or (h[3] in ("config", "data", "other") and _gis_tool_file(h[0])) \
                    or (sid == "territory.time-zone" and (h[3] in ("config", "other") and not _ci_file(h[0]) or h[3] == "data" and sql_path(scan, h[0]))) \
                    or (sid == "territory.authority-host" and h[3] == "i18n") \
                    or (sid == "territory.mail-brand" and h[3] == "config" and h[0] in senders):  # (a SQL function's code; a message sending people to the site; an overseas clock pinned in a Terraform module's scheduler or a compose file, not the test clock a CI job sets; a mail's tag in the settings-named module sending it)
                seen.add(key)
                findings.append((sid, h))
            else:
                elsewhere += 1
                where[h[3]] = where.get(h[3], 0) + 1
    # a host named as the town of a town hall's address counted above, in any file of the code: the commune's own domain
    # (https://www.saint-broladre.bzh/blog in three templates of the commune's theme, beside "35120 Saint-Broladre")
    towns = {flat_town(postcode_town_name(h[2])) for sid, h in findings if sid == "territory.postal-address" and postcode_town_name(h[2])}
    for h in sig.get("territory.town-domain", []) if towns else []:
        if (h[0], h[1]) not in seen and h[0] not in deployed and h[3] in CODE_CLASSES and flat_town(str(h[2]).lower().split(".")[-2]) in towns:
            seen.add((h[0], h[1]))
            findings.append(("territory.town-domain", h))
    # a town hall's or a town's name with a single word no list holds ("Mairie Villeconin"), when the repository names two files or more
    # after that word (blason-villeconin.png, villeconin.pot): a small commune's own site (s47 fh47; the signal territory.name-bare)
    own_words = path_words(e.path for e in tree_of(ctx))
    for h in sig.get("territory.name-bare", []):
        if (h[0], h[1]) not in seen and h[0] not in deployed and h[3] in CODE_CLASSES and territory_names([("territory.name-bare", h)], own_words)[0]:
            seen.add((h[0], h[1]))
            findings.append(("territory.name", h))
    # a database server named in the code's connection string (postgresql://@bdsigli.cus.fr:34000/…): the sponsor's warehouse,
    # which a second territory has to change in the code (the hosting fact has left out the project's own containers and the
    # placeholders of a form to fill)
    for h in _db_servers(ctx, sig):
        if (h[0], h[1]) in seen:  # (the server's domain is a listed local body's, cus.fr: the line says what it is, a database server)
            findings = [(sid, x) if (x[0], x[1]) != (h[0], h[1]) or sid != "territory.authority-host" else ("territory.db-server", h)
                        for sid, x in findings]
        elif h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.db-server", h))
    for h in _own_forge_repos(ctx, sig):  # the sponsor's other repositories a deployment script installs (its themes, its patches)
        if (h[0], h[1]) not in seen and h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.own-forge", h))
    for h in _own_hosts(ctx, sig):  # the sponsoring local government's servers called by the code (login.rgd.fr, its geoportal)
        if (h[0], h[1]) not in seen and h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.own-host", h))
    for h in _tenant_hosts(ctx, sig):  # the sponsor's own instance of a service, named after it (reyssouze.myliaq.fr)
        if (h[0], h[1]) not in seen and h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.sponsor-tenant", h))
    for h in _own_server_names(ctx, sig):  # the name a kit gives the sponsor's own site (ServerName geo.<authority>.dev), in its files
        if (h[0], h[1]) not in seen and h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.own-host", h))
    for h in ctx.fact("territory_echoes") or []:  # the commune a constant names, or a municipal service is named after, written again
        if (h[0], h[1]) not in seen and h[0] not in deployed:
            seen.add((h[0], h[1]))
            findings.append(("territory.settings-echo" if h[4:5] != ["municipal"] else "territory.municipal-echo", h[:4]))
    for h in _enum_branches(ctx):  # an enumeration of the product's few territories, and the code's branches on its constants
        if (h[0], h[1]) not in seen:
            seen.add((h[0], h[1]))
            findings.append(("territory.enum", h))
    # a web map exported from QGIS (qgis2web) opens on the extent of the map it exports, written into its generated scripts
    # (resources/qgis2web.js: map.getView().fit([…])): that view is the map's content, as its layers are, not a setting written by
    # hand; another territory exports its own map rather than editing the export
    export = ctx.fact("map_exports") or {}
    exported = set(export.get("paths") or [])
    content = [h for _, h in findings if h[0] in exported]
    findings = [(sid, h) for sid, h in findings if h[0] not in exported]
    # a file placing points across France (three or more territories, metropolitan France and overseas insets, or
    # three or more regions) draws a national map or lists examples: not the specifics of one territory
    points: dict[str, list] = {}
    for sid, h in findings:
        if sid in POINTS:
            points.setdefault(h[0], []).append(h[2])
    national = {p for p, excerpts in points.items() if spread_across_france(excerpts)}
    findings = [(sid, h) for sid, h in findings if not (h[0] in national and sid in POINTS)]
    # three or more distinct names (or codes) of the same kind in one file make a reference table
    # (all regions, all départements…), which handles every territory rather than one
    values: dict[tuple[str, str], set] = {}
    # (nor the names written in those branches, "Bienvenue à Forcalquier" a line below `case '04088':`: each commune's branch, s46 fd46)
    case_lines = {(h[0], h[1]) for sid, h in findings if sid == "territory.insee" and str(h[2])[:4].lower() == "case"}
    for sid, h in findings:
        if sid in NAME_KINDS and any((h[0], h[1] - k) in case_lines for k in range(1, CASE_BRANCH_LINES + 1)):
            continue
        if sid in ("territory.name", "territory.name-in-text", "territory.authority-name", "territory.epci-acronym", "territory.city", "territory.commune", "territory.municipal-name", "territory.insee", "territory.siren", "territory.departement",
                   "territory.departement-url", "territory.sql-commune-row", "territory.sql-authority-name", "territory.sql-body-name", "territory.sql-like-place", "territory.departement-sentence", "territory.postal-address",
                   "territory.region-text", "territory.overseas-body", "territory.region-platform", "territory.pays-name", "territory.territory-logo") \
                and not (sid == "territory.insee" and str(h[2])[:4].lower() == "case"):
            # (not a switch's case labels, `switch ($code_insee) { case '06088': … case '83137': … }`: a branch of the code for each
            # commune, which one more territory rewrites, no table handling every territory; s45 fg45)
            values.setdefault((h[0], sid), set()).add(h[2])
    # the same for hosts: three or more territories' portals or accounts named in one file (a harvester's list of portals
    # across France) are examples, not the one territory the code was written for
    for sid, h in findings:
        if sid in ("territory.authority-host", "territory.account-host", "territory.account-host-path", "territory.sql-host") and not str(h[2]).startswith("@"):
            host = str(h[2]).split("://")[-1].split("/")[0].lower()  # (one service's accounts: each host; authorities: each domain)
            values.setdefault((h[0], sid), set()).add(host if sid.startswith("territory.account-host") else _registrable(host))
    tables = {key for key, vs in values.items() if len(vs) >= 3}
    # a file whose codes make such a table (three départements' or communes' codes or more: a register's corrections keyed by wrong
    # INSEE codes, a mapping across France) holds the names written beside them as rows of it too (libelle_departement: "Morbihan")
    tables |= {(p, kind) for (p, sid) in list(tables) if sid in ("territory.insee", "territory.departement") for kind in NAME_KINDS}
    # a SQL file comparing three or more overseas regions' or départements' codes (a national dataset's regional rows mapped to the
    # overseas départements: region_code = '01' then '971', … '06' then '976') handles every overseas territory, not one
    overseas: dict[str, set] = {}
    for sid, h in findings:
        if sid == "territory.sql-filter":
            region = "reg" in str(h[2]).lower()
            overseas.setdefault(h[0], set()).update(("r" if region else "d") + c for c in re.findall(r"'(\w{2,3})'", str(h[2])))
    tables |= {(p, "territory.sql-filter") for p, codes in overseas.items() if len(codes) >= 3 and codes <= _OVERSEAS}
    # and with such a file, the project's data are the nation's, overseas included: a file filtering one overseas territory alone
    # treats that territory's gap in a national dataset (a land-use service's Guyane lands the OCS GE does not cover), not the
    # one territory the code was written for; so is the table it names after it there (lands_guyane)
    if any(len(codes) >= 3 and codes <= _OVERSEAS for codes in overseas.values()):
        gaps = {p for p, codes in overseas.items() if codes <= _OVERSEAS}
        tables |= {(p, sid) for p in gaps for sid in ("territory.sql-filter", "territory.sql-data-name")}
    # an intercommunality's initials among other bodies' names in one file (an enum of project owners across France: Bordeaux,
    # Brest Métropole, CCPHVA…) belong to that list too
    named: dict[str, set] = {}
    for (path, sid), vs in values.items():
        if sid in ("territory.name", "territory.name-in-text", "territory.authority-name", "territory.epci-acronym", "territory.city", "territory.commune"):
            named.setdefault(path, set()).update(vs)
    tables |= {(path, "territory.epci-acronym") for path, vs in named.items() if len(vs) >= 3}
    # a file naming five or more of France's regions holds a table of all regions (a national reference), not one territory's name
    # (nor one region's filter: its queries or its CASE map each region, a multi-region service's own list)
    regions: dict[str, set] = {}
    for h in sig.get("territory.region-list", []):
        regions.setdefault(h[0], set()).add(h[2])
    national_tables = {p for p, names in regions.items() if len(names) >= 5}
    findings = [(sid, h) for sid, h in findings if (h[0], sid) not in tables
                and not (h[0] in national_tables and sid in ("territory.name", "territory.name-in-text", "territory.authority-name", "territory.city", "territory.commune", "territory.departement",
                                                                           "territory.departement-sentence", "territory.sql-region"))]
    # the territory's name the findings kept give (« Mairie de X », « la communauté de communes X »), written again bare in the code's
    # text, and its acronym the text defines: values of that territory too (s39 fc39; territory_name_echoes)
    trusted, cited = set(territory_names(findings, path_words(e.path for e in tree_of(ctx)))[0]), {(h[0], h[1]) for _, h in findings}
    findings += [("territory.name-echo", h[:4]) for h in ctx.fact("territory_name_echoes") or []
                 if h[4] in trusted and (h[0], h[1]) not in cited and h[0] not in deployed]
    # the publishing body's own acronym written in capitals in the program (n_org = 'SMMAR', "Numéro du dossier SMMAR :"), the body
    # known from its committers' domain or its forge account (s42 fa42; territory_publisher)
    cited = {(h[0], h[1]) for _, h in findings}
    findings += [("territory.publisher-acronym", h[:4]) for h in ctx.fact("territory_publisher") or [] if (h[0], h[1]) not in cited and h[0] not in deployed]
    # one body's acronym naming the schema the code writes to and the producer of every record ('ABCD' AS producteur, -lco
    # SCHEMA='abcd_topo'): that body's names, edited by a second territory in every block (s45 fd45; territory_schema_owner)
    cited = {(h[0], h[1]) for _, h in findings}
    findings += [("territory.schema-owner", h[:4]) for h in ctx.fact("territory_schema_owner") or [] if (h[0], h[1]) not in cited and h[0] not in deployed]
    findings.sort(key=lambda f: (f[1][0], f[1][1]))
    files = sorted({h[0] for _, h in findings})
    # an authority's host after "@" is its mail domain (contact@strasbourg.eu), noted as such
    ev = [Evidence(path=h[0], line=h[1], value=_with_line_values(h[2], [v for s2, v in also.get((h[0], h[1]), []) if s2 == sid]), kind="finding",
                   note=KINDS["territory.domain" if sid == "territory.authority-host" and str(h[2]).startswith("@") else sid])
          for sid, h in findings[:200]]
    details = {"findings": len(findings), "files": len(files), "in_config_data_tests_docs": elsewhere, "scanned": scan.get("scanned")}
    if scan.get("scanned", 0) == 0:
        return Result.inconclusive(T("Aucun fichier texte lisible : rien à examiner.", "No readable text file: nothing to examine."), **details)
    # files that could hold a value (code, settings: an FME workspace, a QGIS layer definition of 3 MB) left unread for their size
    large = scan.get("unread_large") or {}
    n_large = int(large.get("count") or 0)
    unread_fr = f"{n_large} fichier(s) de plus de {SCAN_MAX_BYTES // 1024} Ko non lu(s) : " + ", ".join(large.get("paths") or []) + ("…" if n_large > len(large.get("paths") or []) else "")
    unread_en = f"{n_large} file(s) over {SCAN_MAX_BYTES // 1024} KB not read: " + ", ".join(large.get("paths") or []) + ("…" if n_large > len(large.get("paths") or []) else "")
    unread_ev = [Evidence(note=T(unread_fr, unread_en))] + [Evidence(path=p, kind="missing") for p in large.get("paths") or []] if n_large else []
    if n_large:
        details["unread_large"] = n_large
    if not findings and n_large:  # nothing in the files read, but not measured in those: neither a pass nor a zero
        return Result.inconclusive(T(f"Aucune valeur propre à un territoire dans les fichiers lus ; non mesuré : {unread_fr}.",
                                     f"No territory-specific value in the files read; not measured: {unread_en}."),
                                   unread_ev + [Evidence(note=scan_note(scan))], **details)
    # a program saved in a PLC maker's binary format, which no text scan reads (a street-lighting clock's Crouzet Soft .pcs, its
    # place and hours set in it): nothing found there is not nothing in it
    plc = (ctx.fact("inventory") or {}).get("languages", {}).get("Crouzet Soft program")
    if not findings and plc:
        return Result.inconclusive(T(f"Aucune valeur propre à un territoire dans les fichiers lus ; non mesuré : le programme d'automate "
                                     f"({plc} fichier(s) Crouzet Soft), un format binaire que ce contrôle ne lit pas.",
                                     f"No territory-specific value in the files read; not measured: the PLC program ({plc} Crouzet Soft "
                                     "file(s)), a binary format this check does not read."), [Evidence(note=scan_note(scan))], **details)
    # a tree without code, in which the scan read no file of code or page templates either (a default branch holding only its README):
    # nothing to be neutral or not, as the sibling checks say; a view alone (a .phtml the inventory counts as no source) is judged, and
    # so is a GIS kit's layer definitions, projects, styles or FME workspaces (the servers and extents they name are its settings)
    if not findings and not any((scan.get("classes") or {}).get(c) for c in CODE_CLASSES) \
            and not any(_gis_tool_file(e.path) for e in tree_of(ctx)) and (why := code_free(ctx)):
        return Result.not_applicable(T(f"{why['fr']} : aucune valeur de code à examiner.", f"{why['en']}: no code value to examine."), **details)
    if not findings:
        # say where the values outside the code were seen, never that a kind of file holds none: the signals do not all read
        # every kind of file (documentation is not searched for INSEE codes or coordinates)
        places = sorted(where, key=lambda c: (-where[c], c))
        seen_fr = ", ".join(f"{where[c]} {_PLACE.get(c, _PLACE['other'])[0]}" for c in places)
        seen_en = ", ".join(f"{where[c]} {_PLACE.get(c, _PLACE['other'])[1]}" for c in places)
        if content:
            h = content[0]
            return Result.passed(T(f"Carte web exportée de QGIS par {export['tool']} : les coordonnées écrites dans ses scripts générés "
                                   f"({h[0]} ligne {h[1]}) sont l'emprise et le contenu de cette carte, pas des réglages ; une autre collectivité "
                                   "exporte sa propre carte. Aucune autre valeur propre à un territoire dans le code.",
                                   f"A web map exported from QGIS by {export['tool']}: the coordinates written into its generated scripts "
                                   f"({h[0]} line {h[1]}) are that map's extent and content, not settings; another local government exports "
                                   "its own map. No other territory-specific value in the code."),
                                 [Evidence(path=x[0], line=x[1], value=x[2], kind="found") for x in content[:3]] + [Evidence(note=scan_note(scan))],
                                 map_content=len(content), **details)
        return Result.passed(T("Aucune valeur propre à un territoire dans le code" + (f" ; hors du code, ce qui est correct : {seen_fr}." if where else "."),
                               "No territory-specific value in the code" + (f"; outside it, which is fine: {seen_en}." if where else ".")),
                             [Evidence(note=scan_note(scan))], **details)
    score = min(7.0, 10 - ctx.params["penalty_per_file"] * len(files))  # any finding: at most a warning
    # (a value is counted without the quotes, tag marks or title separator around it: ">Mairie de X<" and ">Mairie de X | " are one)
    values = list(dict.fromkeys(_bare(h[2])[:40] for _, h in findings))
    # the count is of distinct values (one INSEE code compared on 17 lines is one value; one line comparing 22 codes holds 22), and
    # a lower bound when the scan kept only part of a kind's hits in a file
    kept = {(sid, (h[0], h[1])) for sid, h in findings}
    # (whole values: two repositories or URLs alike in their first 40 characters are two values)
    # (one value whatever its case: a town written in capitals on the contact page, "66220 SAINT PAUL DE FENOUILLET", as in the footer)
    distinct = {_bare(h[2]).casefold() for _, h in findings} | {_bare(v).casefold() for (sid, key) in kept for s2, v in also.get(key, []) if s2 == sid}
    capped = scan_capped(sig, {sid for sid, _ in findings}, files)
    count_fr = ("au moins " if capped else "") + f"{len(distinct)}"
    count_en = ("at least " if capped else "") + f"{len(distinct)}"
    shown = ", ".join(f"« {v} »" for v in values[:3]) + (f" (+{len(values) - 3})" if len(values) > 3 else "")
    where_fr = f"{shown}, dans {files[0]}" + (f" et {len(files) - 1} autre(s) fichier(s) (lignes relevées ci-dessus)" if len(files) > 1 else f" ligne {findings[0][1][1]}")
    where_en = (shown.replace("« ", "\"").replace(" »", "\"") + f", in {files[0]}"
                + (f" and {len(files) - 1} more file(s) (lines listed above)" if len(files) > 1 else f" line {findings[0][1][1]}"))
    texts = any(h[3] == "i18n" for _, h in findings)  # (a translated message sending people to the authority's site)
    # only SQL scripts (a data model's schema, its warehouse's tables, its layers' extents): no settings file reads them, the
    # script's parameters do (a variable of SQL*Plus or psql, a table of the model's settings), and an extent derives from the data
    sql_only = all(sql_path(scan, h[0]) for _, h in findings)
    advice = T(f"Sortez des scripts SQL les valeurs propres à votre territoire — {where_fr} — et passez-les en paramètres du script "
               "(une variable de SQL*Plus ou de psql, &schema ou :schema, ou une table de paramètres du modèle) ; une emprise se calcule "
               "depuis les données (SDO_AGGR_MBR, ST_Extent) : une autre collectivité n'aura qu'à changer ces paramètres.",
               f"Move the values specific to your territory out of the SQL scripts — {where_en} — and pass them as the script's parameters "
               "(a SQL*Plus or psql variable, &schema or :schema, or a table of the model's settings); an extent is computed from the data "
               "(SDO_AGGR_MBR, ST_Extent): another local government will only have to change those parameters.") if sql_only else None
    ev += unread_ev
    # the files too large to be read are named in the message too: the count is of the files read (a 1 MB export service falling
    # back to the commune's INSEE code beyond the bound, s35 d35), not of the whole code
    more_fr = f" dans les fichiers lus ; {unread_fr}" if n_large else ""
    more_en = f" in the files read; {unread_en}" if n_large else ""
    return Result.scored(score, T(f"{count_fr[0].upper() + count_fr[1:]} valeur(s) propre(s) à un territoire écrite(s) en dur dans {len(files)} fichier(s) de code"
                                  + (" ou de messages" if texts else "") + (f" (l'analyse garde {PER_FILE} lignes par fichier et par sorte)" if capped else "")
                                  + more_fr + ".",
                                  f"{count_en[0].upper() + count_en[1:]} territory-specific value(s) hard-coded in {len(files)} code" + (" or message" if texts else "")
                                  + " file(s)" + (f" (the scan keeps {PER_FILE} lines per file and kind)" if capped else "") + more_en + "."),
                         ev, **details).advise(advice or T(
        f"Sortez du code les valeurs propres à votre territoire — {where_fr} — et lisez-les depuis un fichier de configuration "
        "(par exemple config/territoire.yml) ou des variables d'environnement décrites dans .env.example : une autre collectivité "
        "n'aura qu'à changer ce fichier.",
        f"Move the values specific to your territory out of the code — {where_en} — and read them from a configuration file "
        "(for instance config/territory.yml) or environment variables described in .env.example: another local government "
        "will only have to change that file."))


def _db_servers(ctx, sig: dict) -> list[list]:
    """Database connection strings in code whose server has a name in a domain (not a private IP, not a container), as
    ``[path, line, value, class]`` with the hosting fact's value (credentials taken out)."""
    internal = {(x["path"], x["line"]): x["value"] for x in (ctx.fact("hosting_dependencies") or {}).get("internal", [])
                if "://" in x["value"] and "." in x["host"] and re.search(r"[a-z]", x["host"].rsplit(".", 1)[-1])}
    return [[h[0], h[1], internal[(h[0], h[1])], h[3]] for h in sig.get("scaling.dburl", []) if h[3] == "code" and (h[0], h[1]) in internal]


def _places(findings: list[dict], limit: int = 4) -> str:
    """Where the secrets are (path:line and variable), never their values."""
    # (a finding without a line — a key store, a zipped QGIS project — is its file)
    places = list(dict.fromkeys(f"{f['path']}" + (f":{f['line']}" if f.get("line") is not None else "")
                                + (f" ({f['variable']})" if f.get("variable") else "") for f in findings))
    return ", ".join(places[:limit]) + (f" (+{len(places) - limit})" if len(places) > limit else "")


# the reasons a committed value is a development default (secret_values.dev_default, env_value_finding; the secrets fact's local
# database addresses), in the order the message names them
_TEST_PASSWORD_KINDS = ("Secret Keyword", "Password literal in code", MEMBER_PASSWORD_KIND)
_DEFAULT_REASONS = (("path", "chemin", "path"), ("name", "nom", "name"), ("placeholder", "valeur de remplissage", "filler value"),
                    ("account", "compte local", "local account"), ("local", "base d'un conteneur de service", "a service container's database"),
                    ("framework", "secret de développement d'un framework", "a framework's development secret"),
                    ("upstream", "valeur par défaut du projet amont copié", "the copied upstream's default"),
                    ("public", "valeur par défaut publiée par l'éditeur", "a default its vendor publishes"),
                    ("refused", "valeur de développement que le code refuse en production", "a development value the code refuses in production"))


@check(
    id="reusability.secrets",
    family="reusability",
    effort="hours",
    title=T("Aucun secret n'est versionné", "No secret is committed"),
    rationale=T(
        "Une clé, un mot de passe ou un jeton publié dans le dépôt est compromis pour tous ceux qui l'ont cloné, et empêche de publier "
        "le code ou de le confier à un autre territoire sans audit de sécurité.",
        "A key, password or token published in the repository is compromised for everyone who cloned it, and prevents publishing the "
        "code or handing it to another territory without a security review.",
    ),
    remediation=T(
        "Révoquez et remplacez chaque secret listé, lisez-le depuis l'environnement, retirez-le de l'historique (git filter-repo) et "
        "ajoutez un contrôle en CI (detect-secrets, gitleaks) ; ne versionnez que des .env.example sans valeurs réelles.",
        "Revoke and replace each listed secret, read it from the environment, remove it from the history (git filter-repo) and add a "
        "CI check (detect-secrets, gitleaks); commit only .env.example files without real values.",
    ),
)
def secrets(ctx) -> Result:
    value = ctx.fact("secrets")
    findings = value["findings"]
    aside_classes = ("test", "doc", "example", "dev-config")  # test data, docs, templates, dev/CI throw-away settings
    # (a Google API key in a server's sample settings is a real key, of a shape no placeholder has: portal-ext-sample.properties)
    # (nor is a cookie jar's session cookie, in a .txt file taken for a document: bin/curl/cookiesC38.txt's .ASPXAUTH)
    # (nor a person's own account published in a page: a course page's private mailbox and its password, the secrets fact's "account";
    # nor a deployment guide's table of the production's secret settings, its "published")
    findings = [dict(f, **{"class": "config"}) if (f["kind"] in ("Google API key in server configuration", ANDROID_GOOGLE_KEY_KIND)
                                                   and f["class"] in ("example", "dev-config"))
                or (f["kind"] == "Session cookie" and f["class"] in ("doc", "example")) or ((f.get("account") or f.get("published")) and f["class"] == "doc") else f for f in findings]
    code_like = [f for f in findings if f["class"] not in aside_classes]
    strong = [f for f in code_like if f["strength"] == "strong"]
    weak = [f for f in code_like if f["strength"] == "weak"]
    aside = [f for f in findings if f["class"] in aside_classes]
    # (a password a test's fixture or factory gives its throw-away account — a pytest fixture's create_user(password="testpass123"),
    # a factory's password = "…": the test database's, a test value with nothing to revoke nor to review; set aside and counted.
    # A test's random-looking string or a named service's key stays a hint; a test signing in to a live server is strong: s45 fb45)
    test_values = [f for f in aside if f["class"] == "test" and f["strength"] == "weak" and f["kind"] in _TEST_PASSWORD_KINDS]
    aside = [f for f in aside if f not in test_values]
    tests_fr = (f" ; {len(test_values)} mot(s) de passe de comptes de test (fixtures, fabriques) mis de côté : valeurs de test, rien à "
                "révoquer") if test_values else ""
    tests_en = f"; {len(test_values)} password(s) of test accounts (fixtures, factories) set aside: test values, nothing to revoke" if test_values else ""
    defaults = len([f for f in aside if f.get("default")]) + value.get("local_dev_urls", 0)  # (development defaults: nothing to revoke)
    # (named by the reasons found only: a framework's development secret is named where one was set aside)
    reasons = {f["default"] for f in aside if f.get("default")} | ({"local"} if value.get("local_dev_urls", 0) else set())
    named = [(fr, en) for key, fr, en in _DEFAULT_REASONS if key in reasons]
    kinds_fr = f" ({', '.join(fr for fr, _ in named)})" if named else ""
    kinds_en = f" ({', '.join(en for _, en in named)})" if named else ""
    defaults_fr = f" ; {defaults} valeur(s) par défaut de développement mise(s) de côté{kinds_fr}, rien à révoquer" if defaults else ""
    defaults_en = f"; {defaults} development default(s) set aside{kinds_en}, nothing to revoke" if defaults else ""

    def ev(fs, kind="finding"):
        # path, line and kind of secret only: the value never leaves the secrets fact
        strong_note = T("Secret probable (type détecté) : révoquez-le et retirez-le.", "Probable secret (detected type): revoke and remove it.")
        weak_note = T("À vérifier (entropie, mot-clé ou valeur par défaut) : si c'est un vrai secret, révoquez-le et lisez-le depuis l'environnement.",
                      "To review (entropy, keyword or default value): if it is a real secret, revoke it and read it from the environment.")
        default_note = T("Valeur par défaut de développement (chemin, nom, valeur de remplissage, compte local, secret de développement d'un framework, valeur de développement que le code refuse en production, valeur du projet amont copié ou publiée par l'éditeur) : rien à révoquer ; en production, donnez la vraie valeur par l'environnement.",
                         "Development default (path, name, filler value, local account, a framework's development secret, a development value the code refuses in production, the copied upstream's or its vendor's published value): nothing to revoke; in production, give the real value through the environment.")
        # (a Google key can be restricted rather than revoked: to the page's address and to the one API it calls)
        google_note = T("Clé d'API Google (AIza…) : remplacez-la par une clé restreinte dans la console Google Cloud (référents HTTP du site, "
                        "seule API appelée) ou appelez l'API depuis un serveur qui la lit dans l'environnement.",
                        "Google API key (AIza…): replace it with a key restricted in the Google Cloud console (the site's HTTP referrers, "
                        "the one API called) or call the API from a server that reads it from the environment.")
        # (an Android app's key, in its resources or manifest: compiled into the app, restricted to the app, not to a site)
        android_note = T("Clé d'API Google (AIza…) d'une application Android, compilée dans l'application : restreignez-la dans la console "
                         "Google Cloud aux applications Android (nom du paquet et empreinte SHA-1 du certificat de signature) et à la seule "
                         "API appelée (Maps SDK for Android), et ne la versionnez plus : mettez-la dans local.properties ou secrets.properties, que lit le plugin "
                         "Secrets Gradle for Android.",
                         "Google API key (AIza…) of an Android app, compiled into the app: restrict it in the Google Cloud console to "
                         "Android apps (package name and signing certificate's SHA-1 fingerprint) and to the one API called (Maps SDK for "
                         "Android), and stop committing it: put it in local.properties or secrets.properties, which the Secrets Gradle Plugin for Android reads.")
        # (a value kept in a committed compiled file, __pycache__/*.pyc: the file goes too, its source may have lost the value)
        compiled_note = T("Valeur gardée par un fichier Python compilé versionné (.pyc, lu par ses chaînes constantes) : révoquez-la, "
                          "retirez le fichier du dépôt et de l'historique et ignorez __pycache__/ et *.pyc (.gitignore).",
                          "Value kept in a committed compiled Python file (.pyc, read through its string constants): revoke it, remove "
                          "the file from the repository and its history, and ignore __pycache__/ and *.pyc (.gitignore).")
        # (a value a committed source map embeds, sourcesContent of a JavaScript build: the built site publishes it)
        def map_note(f):
            return T(f"Valeur du fichier source {f.get('embedded')} que ce source map versionné embarque (sourcesContent) : le site publié "
                     "la livre avec lui ; révoquez-la, retirez les fichiers .map du dépôt et de l'historique, et construisez sans source map "
                     "(GENERATE_SOURCEMAP=false, build.sourcemap: false).",
                     f"Value of the source file {f.get('embedded')} embedded in this committed source map (sourcesContent): the published "
                     "site serves it; revoke it, remove the .map files from the repository and its history, and build without source maps "
                     "(GENERATE_SOURCEMAP=false, build.sourcemap: false).")
        # (a product's default password on a named server: the server's real credential, to change there)
        known_note = T("Mot de passe par défaut bien connu du produit (postgres, root, admin…) d'un compte sur un serveur nommé : quiconque "
                       "atteint ce réseau s'y connecte ; changez-le sur le serveur, puis lisez-le depuis l'environnement.",
                       "A product's well-known default password (postgres, root, admin…) of an account on a named server: anyone who "
                       "reaches that network signs in with it; change it on the server, then read it from the environment.")
        # (an application's database committed with the code, read as bytes only: its accounts and keys go with every clone)
        database_note = T("Base de données de l'application versionnée (SQLite, lue comme octets, jamais ouverte) : elle garde des comptes "
                          "(empreintes de mots de passe) et, pour PocketBase, les clés qui signent les jetons d'authentification ; retirez-la "
                          "du dépôt et de l'historique, ignorez-la (.gitignore) et, si une instance a tourné avec, recréez ses comptes et ses clés.",
                          "The application's database committed (SQLite, read as bytes, never opened): it keeps accounts (password hashes) "
                          "and, for PocketBase, the keys signing the auth tokens; remove it from the repository and its history, ignore it "
                          "(.gitignore) and, if an instance ran with it, recreate its accounts and keys.")
        return [Evidence(path=f["path"], line=f["line"], value=f["kind"] + (f" ({f['variable']})" if f.get("variable") else ""), kind=kind,
                         note=default_note if f.get("default") else database_note if f.get("database") else map_note(f) if f.get("source_map") else compiled_note if f.get("compiled") else known_note if f["kind"] == DEFAULT_DSN_KIND else
                         (android_note if f["kind"] == ANDROID_GOOGLE_KEY_KIND else google_note if f["kind"].startswith("Google API key")
                          else strong_note)
                         if f["strength"] == "strong" else weak_note)
                for f in fs[:100]]

    details = {"strong": len(strong), "weak": len(weak), "in_tests_or_docs": len(aside), "scanned": value["scanned"], "sql_read": value.get("sql_read", 0),
               "candidates": value["candidates"], "complete": value["complete"],
               "acknowledged_in_baseline": value.get("acknowledged", 0), "placeholder_credentials": value.get("placeholders", 0), "development_defaults": defaults,
               "compiled_read": value.get("compiled_read", 0), "test_values": len(test_values)}
    if strong:
        score = max(0.0, 3 - len(strong) * 0.5)
        sent = [f for f in strong if f["kind"] == "CI secrets sent to an outside host"]  # (secret_assignments: the GhostAction pattern)
        where = _places(sent)
        google = any(f["kind"].startswith("Google API key") and f["kind"] != ANDROID_GOOGLE_KEY_KIND for f in strong)
        android = any(f["kind"] == ANDROID_GOOGLE_KEY_KIND for f in strong)
        compiled = any(f.get("compiled") and not f.get("source_map") for f in strong)
        mapped = any(f.get("source_map") for f in strong)
        database = any(f.get("database") for f in strong)
        return Result.fail(T(f"{len(strong)} secret(s) probable(s) versionné(s) ({len(weak)} autre(s) indice(s) plus faible(s){defaults_fr})"
                             + (f", dont un workflow qui envoie des secrets de la CI vers un hôte extérieur ({where}) : supprimez-le et révoquez ces secrets." if sent else "."),
                             f"{len(strong)} probable secret(s) committed ({len(weak)} weaker hint(s){defaults_en})"
                             + (f", including a workflow sending CI secrets to an outside host ({where}): delete it and revoke those secrets." if sent else ".")),
                           ev(strong) + ev(weak), score=score,
                           **details).advise(_database_advice(strong) if all(f.get("database") for f in strong) else T(
            f"Révoquez aujourd'hui puis remplacez chaque secret — {_places(strong)} — auprès du service qui l'a émis ; lisez la nouvelle "
            "valeur depuis l'environnement (une ligne sans valeur dans .env.example), retirez l'ancienne de l'historique "
            "(git filter-repo --replace-text) et ajoutez detect-secrets ou gitleaks à l'intégration continue."
            + (" Une clé d'API Google (AIza…) qu'une page du navigateur doit porter se remplace par une clé restreinte dans la console "
               "Google Cloud (référents HTTP du site, seule API appelée)." if google else "")
            + (" Une clé d'API Google d'une application Android se restreint dans la console Google Cloud aux applications Android "
               "(nom du paquet et empreinte SHA-1 du certificat de signature) et à la seule API appelée ; gardez-la hors du dépôt "
               "(local.properties, lu par le plugin Secrets Gradle for Android)." if android else "")
            + (" Retirez les fichiers Python compilés versionnés (__pycache__/, *.pyc) et ignorez-les (.gitignore) : ils gardent les "
               "valeurs du code tel qu'il était compilé." if compiled else "")
            + (" Retirez les source maps versionnés (*.js.map) et construisez sans eux (GENERATE_SOURCEMAP=false, build.sourcemap: false) : "
               "leur sourcesContent publie le code source entier, fichiers de configuration ignorés compris." if mapped else "")
            + (" Retirez du dépôt le dossier de données de l'application (pb_data/, *.db) et ignorez-le (.gitignore) : ses comptes et ses "
               "clés de signature des jetons servent à quiconque lance le dépôt ; sur toute instance qui a tourné avec, régénérez ces clés et "
               "changez les mots de passe." if database else ""),
            f"Revoke today then replace each secret — {_places(strong)} — with the service that issued it; read the new value from the "
            "environment (a line without a value in .env.example), remove the old one from the history (git filter-repo --replace-text) "
            "and add detect-secrets or gitleaks to continuous integration."
            + (" A Google API key (AIza…) a browser page must carry is replaced by one restricted in the Google Cloud console "
               "(the site's HTTP referrers, the one API it calls)." if google else "")
            + (" An Android app's Google API key is restricted in the Google Cloud console to Android apps (package name and signing "
               "certificate's SHA-1 fingerprint) and to the one API it calls; keep it out of the repository (local.properties, read by "
               "the Secrets Gradle Plugin for Android)." if android else "")
            + (" Remove the committed compiled Python files (__pycache__/, *.pyc) and ignore them (.gitignore): they keep the values of "
               "the code as it was compiled." if compiled else "")
            + (" Remove the committed source maps (*.js.map) and build without them (GENERATE_SOURCEMAP=false, build.sourcemap: false): "
               "their sourcesContent publishes the whole source code, ignored configuration files included." if mapped else "")
            + (" Remove the application's data folder (pb_data/, *.db) from the repository and ignore it (.gitignore): its accounts and "
               "token-signing keys serve whoever runs the repository; on any instance that ran with it, regenerate those keys and change "
               "the passwords." if database else "")))
    if weak:
        score = max(5.0, 10 - len(weak) * 0.25)
        return Result.scored(score, T(f"Aucun secret avéré ; {len(weak)} chaîne(s) ressemblant à un secret (entropie élevée, mot-clé, valeur par défaut) à vérifier{defaults_fr}.",
                                      f"No certain secret; {len(weak)} string(s) that look like a secret (high entropy, keyword, default value) to review{defaults_en}."),
                             ev(weak), **details).advise(T(
            f"Vérifiez {_places(weak)} : un vrai secret se révoque et se lit depuis l'environnement ; une valeur sans danger "
            "(exemple, valeur de test) s'inscrit dans la base de référence de detect-secrets (detect-secrets scan > .secrets.baseline) "
            "pour ne plus être signalée.",
            f"Review {_places(weak)}: a real secret is revoked and read from the environment; a harmless value (example, test value) "
            "goes into detect-secrets' baseline (detect-secrets scan > .secrets.baseline) so that it is no longer flagged."))
    unread = value.get("unread_sql") or []
    if unread:  # a SQL dump over the read limit may insert accounts with their passwords: not a pass
        n = value.get("unread_sql_total", len(unread))
        names_fr = ", ".join(f"{p} ({size / 1_048_576:.1f} Mo)" for p, size in unread[:3])
        names_en = ", ".join(f"{p} ({size / 1_048_576:.1f} MB)" for p, size in unread[:3])
        sql = all(p.lower().endswith((".sql", ".pgsql", ".psql")) for p, _ in unread)  # (or a Django project's JSON dump: data.json)
        # (or a committed SQLite database, pb_data/data.db, over the limit: s47 fi47)
        databases = any(p.lower().endswith(tuple(f".{x}" for x in DB_EXT)) or "/pb_data/" in f"/{p.lower()}" for p, _ in unread)
        what_fr, what_en = (("fichier(s) SQL", "SQL file(s)") if sql else
                            ("base(s) de données ou export(s) (SQLite, SQL, JSON de Django)", "database(s) or dump(s) (SQLite, SQL, Django JSON)") if databases else
                            ("export(s) de base de données (SQL, JSON de Django)", "database dump(s) (SQL, Django JSON)"))
        return Result.inconclusive(T(f"Aucun secret détecté dans {value['scanned']} fichiers, mais {n} {what_fr} au-delà de la limite de "
                                     f"lecture non lu(s) : {names_fr} (un export de base peut contenir des comptes et leurs mots de passe).",
                                     f"No secret detected in {value['scanned']} files, but {n} {what_en} over the read limit were not read: "
                                     f"{names_en} (a database dump may hold accounts and their passwords)."),
                                   [Evidence(path=p, value=size, kind="missing") for p, size in unread[:10]], unread_sql=n, **details)
    if maps := value.get("unread_maps") or []:  # (a build's source map over the read limit: the sources it embeds, unread, never a pass)
        n = value.get("unread_maps_total", len(maps))
        names_fr = ", ".join(f"{p} ({size / 1_048_576:.1f} Mo)" for p, size in maps[:3])
        names_en = ", ".join(f"{p} ({size / 1_048_576:.1f} MB)" for p, size in maps[:3])
        return Result.inconclusive(T(f"Aucun secret détecté dans {value['scanned']} fichiers, mais {n} source map(s) versionné(s) au-delà de la limite "
                                     f"de lecture non lu(s) : {names_fr} ; leur sourcesContent peut embarquer des fichiers de configuration que .gitignore "
                                     "garde hors du dépôt (non vérifiable sans les lire).",
                                     f"No secret detected in {value['scanned']} files, but {n} committed source map(s) over the read limit were not read: "
                                     f"{names_en}; their sourcesContent may embed configuration files .gitignore keeps out of the repository (not "
                                     "verifiable without reading them)."),
                                   [Evidence(path=p, value=size, kind="missing") for p, size in maps[:10]], unread_maps=n, **details).advise(T(
            "Relancez l'audit avec une limite de lecture plus haute (--max-file-size 8388608) pour lire ces source maps, ou retirez-les du "
            "dépôt et construisez sans eux (GENERATE_SOURCEMAP=false, build.sourcemap: false).",
            "Audit again with a higher read limit (--max-file-size 8388608) to read these source maps, or remove them from the repository "
            "and build without them (GENERATE_SOURCEMAP=false, build.sourcemap: false)."))
    if big := value.get("unread_large") or []:  # (text files over the scan's hard ceiling: not read, said, never a pass)
        n, names = value.get("unread_large_total", len(big)), ", ".join(big[:5])
        return Result.inconclusive(T(f"Aucun secret détecté dans {value['scanned']} fichiers, mais {n} fichier(s) texte de plus de 8 Mo non lu(s) : "
                                     f"{names}.", f"No secret detected in {value['scanned']} files, but {n} text file(s) over 8 MB were not read: "
                                     f"{names}."), [Evidence(path=p, kind="missing") for p in big[:10]], unread_large=n, **details)
    if not value["complete"]:
        compiled = value.get("compiled_candidates", 0)  # (committed .pyc files, read up to their own bounds)
        compiled_fr = f" et {value.get('compiled_read', 0)} fichier(s) Python compilé(s) (.pyc) sur {compiled}" if compiled else ""
        compiled_en = f" and {value.get('compiled_read', 0)} of {compiled} compiled Python file(s) (.pyc)" if compiled else ""
        return Result.inconclusive(T(f"Analyse des secrets incomplète : {value['scanned']} fichier(s) lu(s) sur {value['candidates']}{compiled_fr}, dans l'ordre "
                                     "des chemins, jusqu'aux bornes de l'analyse (nombre de fichiers, octets lus ou constats).",
                                     f"Secret scan incomplete: {value['scanned']} of {value['candidates']} file(s){compiled_en} read, in path order, up to the "
                                     "scan's bounds (files, bytes read or findings)."), **details)
    # (a Google key in the address of a map a page loads, an iframe's or a script's: the page's browser key, public by design; said, to restrict)
    keys, n_keys = value.get("browser_keys") or [], value.get("browser_keys_total", 0)
    where_keys = ", ".join(f"{p}:{n}" for p, n in keys[:3])
    keys_fr = (f" ; {n_keys} clé(s) Google de navigateur dans l'adresse d'une carte d'une page ({where_keys}), publique(s) par conception : "
               "restreignez-la(les) aux référents HTTP du site et à la seule API appelée dans la console Google Cloud") if n_keys else ""
    keys_en = (f"; {n_keys} Google browser key(s) in the address of a page's map ({where_keys}), public by design: restrict it (them) to "
               "the site's HTTP referrers and the one API called in the Google Cloud console") if n_keys else ""
    keys_ev = [Evidence(path=p, line=n, value="Google browser key (AIza…)", kind="found") for p, n in keys]
    # (a development default set aside, a Symfony .env's APP_SECRET, is nothing to review: counted as such, not as a hint — s45 fh45)
    hints = [f for f in aside if not f.get("default")]
    if hints:
        return Result.passed(T(f"Aucun secret dans le code ; {len(hints)} indice(s) dans les tests, la documentation, les modèles ou la CI, à vérifier{defaults_fr}{tests_fr}{keys_fr}.",
                               f"No secret in the code; {len(hints)} hint(s) in tests, docs, templates or CI, to review{defaults_en}{tests_en}{keys_en}."), ev(aside, kind="found") + keys_ev, score=9, **details)
    if aside and value["scanned"]:
        return Result.passed(T(f"Aucun secret détecté dans {value['scanned']} fichiers (detect-secrets){defaults_fr}{tests_fr}{keys_fr}.",
                               f"No secret detected in {value['scanned']} files (detect-secrets){defaults_en}{tests_en}{keys_en}."), ev(aside, kind="found") + keys_ev, **details)
    if value["scanned"] == 0 and value.get("candidates"):  # every file that could hold a secret is binary: nothing was read
        return Result.inconclusive(T(f"Aucun des {value['candidates']} fichier(s) où chercher des secrets ne se lit comme du texte (contenu "
                                     "binaire) : rien n'a été lu, rien n'est jugé.",
                                     f"None of the {value['candidates']} file(s) to search for secrets reads as text (binary content): "
                                     "nothing was read, nothing is judged."), **details)
    # (SQL scripts are read for the passwords they insert or give an account, not by detect-secrets: counted apart)
    sql_fr = f" et {value['sql_read']} script(s) SQL (mots de passe insérés ou donnés à un compte)" if value.get("sql_read") else ""
    sql_en = f" and {value['sql_read']} SQL script(s) (passwords inserted or given to an account)" if value.get("sql_read") else ""
    # (committed compiled Python files, read through their string constants: counted apart too)
    sql_fr += f" et {value['compiled_read']} fichier(s) Python compilé(s) (.pyc, chaînes constantes)" if value.get("compiled_read") else ""
    sql_en += f" and {value['compiled_read']} compiled Python file(s) (.pyc, string constants)" if value.get("compiled_read") else ""
    return Result.passed(T(f"Aucun secret détecté dans {value['scanned']} fichiers (detect-secrets){sql_fr}{tests_fr}{keys_fr}.",
                           f"No secret detected in {value['scanned']} files (detect-secrets){sql_en}{tests_en}{keys_en}."), keys_ev, **details)


def _database_advice(strong: list[dict]) -> T:
    """The advice when every probable secret is a committed database of the application (s47 fi47): no value to revoke at an issuer,
    the file itself to remove, and the accounts and keys it served to recreate."""
    where = _places(strong)
    return T(f"Retirez du dépôt et de l'historique (git filter-repo --path … --invert-paths) la base de données de l'application — {where} — "
             "et son dossier de données (pb_data/), puis ignorez-les (.gitignore) : ses comptes et ses clés de signature des jetons servent à "
             "quiconque lance le dépôt. Sur toute instance qui a tourné avec, régénérez ces clés et changez les mots de passe des comptes ; "
             "livrez à la place les migrations ou un script qui crée une base vide.",
             f"Remove the application's database — {where} — and its data folder (pb_data/) from the repository and its history (git "
             "filter-repo --path … --invert-paths), then ignore them (.gitignore): its accounts and token-signing keys serve whoever runs "
             "the repository. On any instance that ran with it, regenerate those keys and change the accounts' passwords; ship the "
             "migrations or a script creating an empty database instead.")


def _postcode_town(value) -> tuple[str, str]:
    """An address's postal code and town, letters only (66220 Saint Paul de Fenouillet, 66220 SAINT PAUL DE FENOUILLET: one)."""
    return str(value)[:5], flat_town(postcode_town_name(value))  # (68760 - Willer-sur-Thur: the town after the dash)
