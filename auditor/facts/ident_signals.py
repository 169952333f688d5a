"""Text signals of the identifiers a project handles as fields, not values (``interoperability.identifiers`` and the
reference-data rule of ``interoperability.public-building-blocks``): INSEE, SIREN/SIRET, EPCI codes named in code, data
frames, SQL columns and joins, postal addresses, and the services that give or check them. Registered through
:data:`auditor.facts.signal_registry.SIGNAL_MODULES` (kept apart from :mod:`auditor.facts.signals`, which stays under 400 lines).

It is longer than 400 lines because each identifier family (INSEE, SIREN/SIRET, EPCI, addresses) keeps its field patterns and
its services' patterns side by side, so that a field and the service that checks it are changed together."""

from __future__ import annotations

import re

from auditor.facts.contact_card import contact_card_label
from auditor.facts.scaling.signals import in_block_comment as _in_block_comment, in_code_note
from auditor.facts.signal_registry import signal
from auditor.facts.ui_names import icon_component, widget_name
from auditor.lazyre import lazy_compile

PLACES = ("code", "template", "config", "other")

# -- identifiers used as fields (not values) -------------------------------------------------------
# "cog" that is no COG: an icon named in a template's attribute (tabIcon='cog', btnIcon='cog me-2', icon_url='cog', a React-Bootstrap
# <Glyphicon glyph="cog" />), Congo's ISO 3166 alpha-3 code in a table of countries ('COG':'CG', alpha3: 'COG')
_ICON_VALUE = re.compile(r"""(?:icon|glyph)\w{0,8}['"]?\s*[=:]\s*['"][\w -]{0,30}$""", re.I)
# ... or a glyph of an icon font's manifest ("cog": {"codepoint": 61710, "source": "svg/cog.svg"}: fontcustom, IcoMoon, Fontello)
# an icon's class named "cog" (GRUB's `menuentry "…" --class cog-solid`, Font Awesome's cog-solid, an HTML class="cog"): a gear icon,
# not the Code officiel géographique (issue 12, s45 fg45 = abotzung/foguefi's boot menus)
_ICON_CLASS = re.compile(r"-[a-z]")
_CLASS_OPTION = re.compile(r"""(?:--class[ \t]+|\bclass(?:Name)?[ \t]*=[ \t]*["'{][\w -]{0,40})$""")
_GLYPH_ENTRY = re.compile(r"""^['"]?\s*:\s*\{[^{}]{0,80}?(?:codepoint|unicode|glyph|\.svg\b)""", re.I)
# ... or any glyph of an icon-font tool's configuration, the file naming its glyph set (Fontello's config.json: "css_prefix_text", a
# "glyphs" list of {"uid", "css": "cog-alt", "code", "src"}; IcoMoon's selection.json: "IcoMoonType", "icons" of {"properties":
# {"name": "cog"}}): an icon set, no data; its glyph names are no fields (issue 12, s37 fg37 = OPEN-ENT-NG/ent-mobile)
_ICON_FONT_CONFIG = re.compile(r"""["'](?:css_prefix_text|css_use_suffix|IcoMoonType)["']\s*:|["']glyphs["']\s*:\s*\[\s*\{\s*["'](?:uid|css|code)["']\s*:""")


def icon_font_config(text: str) -> bool:
    """The text is an icon-font tool's configuration (Fontello, IcoMoon): read in its first 4 KB, where the tool writes its header."""
    return bool(_ICON_FONT_CONFIG.search(text, 0, 4096))


_ISO_ALPHA3 = re.compile(r"""alpha_?3['"]?\s*:\s*['"]COG\b|['"]COG['"]\s*:\s*['"]CG['"]""")
# ... or GDAL's Cloud Optimized GeoTIFF: the driver an option names (gdal_translate -of COG, driver="COG", format='COG', "profil cog"),
# or "COG" written in capitals in a file that writes COG with GDAL (a batch file's "REM conversion du vrt en COG" above its
# gdal_translate -of COG), on a line naming no commune, INSEE code nor the Code officiel géographique (s24, meldig/raste_process)
_FORMAT_OPTION = re.compile(r"""(?:-of|-f|--of|--format|\bformat|\bdriver|\bprofile?|\bprofil)['"]?[^\S\n]*[=:]?[^\S\n]*['"]?$""", re.I)
_GDAL_COG = re.compile(r"""-(?:of|f)[^\S\n]+["']?COG\b|\b(?:format|driver)[^\S\n]*[=:][^\S\n]*["']COG["']|cloud[- ]optimi[sz]ed""", re.I)
_COG_OF_COMMUNES = re.compile(r"insee|commune|g[ée]ographique|officiel", re.I)


# the text a page shows, given to Elm's Html.text in the page's code (text "Siret: 823 705 009 00020", [text "INSEE"] as a link's
# label): words of the page, no field the code handles (issue 12, s24 o3: a commune's site written in Elm)
_DISPLAYED = re.compile(r"""(?<![\w.$])text[^\S\n]+"[^"\n]*$""")


# the text of an HTML element, between its opening tag and the next tag on the line, nothing interpolated (a methodology table's
# cell, <td>… les valeurs renseignées dans SIREN sont des fourchettes…</td>, <td>geo_siret.shp</td>, over lines too): words shown, no
# field the code reads (<td>{row.siren}</td>, <td><?= $r['siret'] ?></td> still name one)
_ELEMENT_TEXT = re.compile(r"""<(?:td|th|p|li|dd|dt|caption|span|div|h[1-6]|b|strong|em|i|small|figcaption|blockquote)\b[^<>]*>[^<>{}$`]*$""", re.I)
_TEXT_TO_TAG = re.compile(r"""[^<>{}$`]*<""")


def displayed_text(m: re.Match) -> bool:
    start = m.string.rfind("\n", 0, m.start()) + 1
    if _DISPLAYED.search(m.string, start, m.start() + 1):
        return True
    # (a cell's text may run over several lines: read back to its tag and on to the next one, 2,000 characters at most)
    return bool(_ELEMENT_TEXT.search(m.string, max(0, m.start() - 2000), m.start())) \
        and bool(_TEXT_TO_TAG.match(m.string, m.end(), m.end() + 2000))


# a data source's credit, the text of a layer's source key ({fuente: "65 - SIREN / 64 - Tourisme 64 / Huesca - AragonOpenData"}, source:
# "Base SIRENE de l'INSEE"): the register the data came from, named for the page's readers, no field the code handles (a mapping's
# source: "siren", one word, still names a column)
_SOURCE_VALUE = re.compile(r"""\b(?:sources?|fuentes?|fontes?|provenance|cr[ée]dits?|attributions?|copyright)['"]?[^\S\n]*[:=][^\S\n]*(['"`])([^'"`\n]*)$""", re.I)

_SQL_WORDS = re.compile(r"\b(?:select|from|where|join|insert|update|group\s+by)\b", re.I)


def source_credit(m: re.Match) -> bool:
    start = m.string.rfind("\n", 0, m.start()) + 1
    value = _SOURCE_VALUE.search(m.string, start, m.start())
    if not value:
        return False
    rest = m.string[m.end(): m.end() + 300]
    close = rest.find(value.group(1))
    text = value.group(2) + m.group(0) + " " + rest[:close]
    # (a query kept under that name, source = "SELECT siren, nom FROM …", reads the field)
    return close != -1 and len(re.findall(r"[^\W\d_]{2,}", text)) >= 3 and not _SQL_WORDS.search(text)


def _gdal_cog(m: re.Match) -> bool:
    if _FORMAT_OPTION.search(m.string, max(0, m.start() - 20), m.start()):
        return True
    if m.group(1) != "COG" or not _GDAL_COG.search(m.string, 0, 200_000):
        return False
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    return not _COG_OF_COMMUNES.search(m.string, start, end if end != -1 else len(m.string))


# (and a département's code in French word order written in English or short, a setting's name: CODE_DEPARTMENT = ["05", "38"] of
# a Flask application's config.py.sample filtering its dashboard by département, CODE_DEPT; issue 12, s36 h36 = PnEcrins/GeoConstats;
# not department_code, a company's department as often as a French département)
# (insee_com, insee_dep, insee_reg: the IGN ADMIN EXPRESS names a join on ref_geo.li_municipalities reads, the level in full with a
# suffix too, insee_commune_ref, not its name, insee_commune_nom; ridet: New Caledonia's SIRET, from the ISEE's RIDET register)
# (and a lookup by the INSEE code, getCommuneFromInsee(commune) in a JCMS page's search: a commune found by its code)
signal("ident.fields", r"""(?:\b|(?<=_)|(?<=[a-z]From)|(?<=[a-z]By))((?:(?<=[a-z]From)|(?<=[a-z]By))(?:Code_?)?Insee\b|code_?insee|codeInsee|insee_?code|inseeCode|insee_(?:com(?:mune)?|dep(?:t|artement)?|reg(?:ion)?)(?:_(?!(?:nom|name|lib|libelle|label|pop)\b)[a-z0-9]{1,12})?|communes?_?insee|communeInsee|code_?commune|communes?_codes?|codeCommune|citycode|siren|siret|ridet|code_?epci|codeEpci|epci_?code|code_?departement|codeDepartement|code_?department|codeDepartment|code_?dept|codeDept|code_?region|codeRegion|(?<![-._])(?<!express )(?<!express)cog\b(?!['"]\s*(?:[,;}\])\n]|$))(?!\.(?:png|svg|gif|jpe?g|ico|webp)\b))\b""",  # not an icon ("fa-cog", "glyph": "cog") nor IGN's Admin Express COG; prefixed fields too (destinataire_code_commune)
       ("insee", "commune", "citycode", "siren", "siret", "ridet", "epci", "departement", "department", "dept", "region", "cog"), classes=PLACES,
       accept=lambda m: not displayed_text(m) and not source_credit(m) and not icon_font_config(m.string) and not widget_name(m) and not icon_component(m) and (m.group(1).lower() != "cog" or not (_ICON_VALUE.search(m.string, max(0, m.start() - 60), m.start())
                                                             or _GLYPH_ENTRY.match(m.string[m.end():m.end() + 120])
                                                             or _ICON_CLASS.match(m.string, m.end())
                                                             or _CLASS_OPTION.search(m.string, max(0, m.start() - 60), m.start())
                                                             or _ISO_ALPHA3.search(m.string, max(0, m.start() - 60), m.end() + 12)
                                                             or _gdal_cog(m))))
# The code of an area of GeoNature's geographic referential (ref_geo.l_areas.area_code, the LAreas model): the INSEE code of the
# communes and départements its installation loads from IGN's ADMIN EXPRESS, which an application built on ref_geo keeps, joins or
# filters by (a model's area_code column, LAreas.area_code.in_(config["CODE_DEPARTMENT"]), substring(ref_geo.l_areas.area_code from 1
# for 2) in SQL; issue 12, s36 h36 = PnEcrins/GeoConstats). Only in a file naming ref_geo's areas: elsewhere an area_code is a phone
# number's prefix. (interoperability.identifiers reads it as an INSEE field taken from that referential)
_REF_GEO_AREAS = lazy_compile(r"\bref_geo\b|\bl_areas\b|\bLAreas\b|\bbib_areas_types\b|\bBibAreasTypes?\b")
signal("ident.ref-geo-code", r"""(?<![\w$])(area_code|areaCode)\b""", ("area_code", "areacode"), classes=PLACES + ("data",), group=1,
       accept=lambda m: bool(_REF_GEO_AREAS.search(m.string)))
# A territory's code by its statistical name, code_geo / codeGeo (INSEE's CODGEO, the "code géographique" of a commune, an EPCI, a
# département at the level a row is given): the key of territorial statistics an API filters on (WHERE echelle = $1 AND code_geo =
# $2, its territoire parameter "codes Insee en lien avec l'échelle"; issue 12, s36 r36 = remifroger/apur-api), counted only in a file
# naming a territorial level or the INSEE (not a shortcode's geo="lat,lng" built in a variable so named)
_TERRITORY_LEVEL = lazy_compile(r"\b(?:[ée]chelles?|territoires?|communes?|communal\w*|intercommunal\w*|epci|d[ée]partements?|r[ée]gions?|insee|"
                                r"iris|cog|arrondissements?|cantons?|scale|levels?)\b", re.I)
signal("ident.geo-code", r"""(?:(?<![\w$])|(?<=_))(code_?geo|codeGeo)\b""", ("code_geo", "codegeo"), classes=PLACES + ("data",), group=1,
       accept=lambda m: bool(_TERRITORY_LEVEL.search(m.string)))
# a column an analysis script reads or joins on, named as a string (df['insee'], communes[['l_epci', 'c_cainsee']], on='depcom')
# (a person's "INSEE number", NINSEE / no_insee / num_insee beside NOM, PRENOM, DATNAI, is the social-security number: no
# local government's nor company's identifier)
# (or by the header of Opendatasoft's georef-france-* tables, $record['Code Officiel Commune'] of a Symfony command loading the
# communes, keyed by that INSEE code, from the portal's CSV export: the official code whatever the variable holding it)
# (not INSEE's population count, insee_pop / pop_insee, a denominator; and the code with its vintage, CODGEO_2025, the COG of that year)
signal("ident.columns", r"""(?<![\w$])['"](?!(?:n|no|num|numero|nir)_?insee['"])(?![a-z_]{0,12}insee_?pop(?:ulation)?['"]|pop_?insee['"])([a-z_]{0,12}insee[a-z_]{0,8}|depcom|codgeo(?:_\d{4})?|siren|siret|ridet|[a-z_]{1,8}_(?:siren|siret|ridet)|"""
       r"""code[ _]officiel[ _](?:courant[ _])?(?:commune|epci|d[ée]partement|r[ée]gion))['"]""",
       ("insee", "depcom", "codgeo", "siren", "siret", "ridet", "officiel"), classes=("code",), group=1, accept=lambda m: not displayed_text(m) and not widget_name(m) and not icon_component(m))
# Postal addresses handled by the code (a form's field, a model's column): what API Adresse geocodes and checks
# (not French prose's "l'adresse :" / "d'adresse :" in a message: echo "L'application est accessible à l'adresse : http://…")
# The bare word "adresse" alone is as often a web or e-mail address in a sentence ("veuillez vous rendre à cette adresse : <a href=…>")
# or one free-text field of a contact block (a GDPR form's 'Adresse' between 'Raison sociale' and 'Numéro de téléphone', 'Adresse
# email du DPO'): no address data the public reference would geocode (s21 k2, libriciel/idelibre). It counts beside another part of
# a postal address in the lines around it (a postcode, a town, a street, coordinates, a geocoding call), or as a record's key with
# no contact field beside it (a box's {nom, adresse}); never after a determiner of prose ("cette adresse :", "votre adresse :").
_BARE_ADDRESS = lazy_compile(r"adresses?", re.I)
_PROSE_BEFORE = lazy_compile(r"""\b(?:cette|cet|une|votre|vos|notre|nos|mon|ma|mes|son|sa|ses|leur|leurs|nouvelle|bonne|m[êe]me)\s+$""", re.I)
_POSTAL_PART = lazy_compile(r"""(?:\b|(?<=_))(?:code_?postal|codePostal|postcode|postal_?code|zip_?code|zipCode|cp|ville|communes?|city|town|"""
                          r"""voie|rue|street|lieu_?dit|lat(?:itude)?|lng|lon|longitude|geocod\w*|citycode|insee)(?=\b|_)""", re.I)
# a person's or an organisation's contact beside it: its phone, e-mail, company number, legal name, data protection officer
# (or the type declaring it named for an e-mail: a Java entity `class Mail { @Size(max = 100) private String adresse; boolean notifiable; }`
# holds the address a notice is mailed to, s29 j29 = reader m21o3, a certificate-expiry service)
_CONTACT_PART = lazy_compile(r"""t[ée]l[ée]phone|phone|e-?mail|courriel|siret|siren|raison[ _]?sociale|(?:\b|(?<=_))(?:tel|fax|ape|dpo)(?=\b|_)"""
                             r"""|\b(?:class|record|struct|interface)[ \t]+\w*(?:mail|courriel)\w*""", re.I)
_ADDRESS_WINDOW = 400  # characters each side of the word: the fields of the same form, model or table


# a web framework's routing object the word names (adresses = Blueprint('flora_occitania', __name__), then
# app.register_blueprint(adresses, …): an ethnobotany application's routes, issue 12, s35 s35): the program's own name for a group of
# routes, no address field
_ROUTER_AFTER = lazy_compile(r"""[ \t]*=[ \t]*(?:[\w.]+\.)?(?:Blueprint|APIRouter|Router|Namespace)[ \t]*\(""")
_ROUTER_BEFORE = lazy_compile(r"""\b(?:register_blueprint|include_router|add_namespace|register_router)[ \t]*\([ \t]*$""")


# a free-text address taken in: a form's or a request's field on the word's line (form.adresse.value, request.form['adresse'],
# $_POST['adresse'], a Dash dcc.Input(id='adresse'), a Shiny textInput("adresse", …), a Symfony ->add('adresse', TextType::class)):
# the input an address autocomplete serves (issue 12, s36 n36); or a model's declared field (`private String adresse = ""` of an
# entity class, `adresse: str`, `adresse = models.CharField(…)`): the record the project creates and updates, through its forms or
# its API, not a key of rows it reads from elsewhere and shows
_DECLARED_BEFORE = lazy_compile(r"""\b(?:private|public|protected|internal)[^\S\n]+(?:[\w.<>\[\]?,]+[^\S\n]+)*\$?$""")
_DECLARED_AFTER = lazy_compile(r"""['"]?[^\S\n]*(?:\??[^\S\n]*:[^\S\n]*(?:Optional\[)?(?:str|string|text)\b|=[^\S\n]*(?:[\w$]+\.)*\w*(?:Field|Column|Char|Text|String)[^\S\n]*\()""", re.I)
_ENTERED_PART = lazy_compile(r"""\bforms?\b|\.value\b|\binputs?\b|\w*Input[^\S\n]*\(|\$_(?:POST|GET|REQUEST)\b|\brequest\.|\breq\.body\b|"""
                             r"""\bFormData\b|v-model|ngModel|formControlName|\b(?:Text|Char|String)(?:Type|Field)\b|\btextInput\b""", re.I)


def _address_word(m: re.Match) -> str | None:
    """How the matched word names an address: "postal" (a postal field by its own name, or the bare word beside another part of a
    postal address or taken in by a form), "text" (the bare word as a record's key with no part of a postal address nor a contact
    field beside it: a free-text address the project stores or shows), or None (prose, a route's name, a contact block)."""
    word = m.group(1)
    if not _BARE_ADDRESS.fullmatch(word):
        return "postal"  # a postal field by its own name (code_postal, streetAddress, nom_voie, geocode…)
    if _PROSE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) or contact_card_label(m):
        return None  # a sentence's "cette adresse :", "votre adresse :"; a page's contact card, <h5>Adresse :</h5> over its own address
    if _ROUTER_AFTER.match(m.string, m.end(), m.end() + 80) or _ROUTER_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # a routing object's name (a Flask Blueprint, a FastAPI router), no address
    start, end = max(0, m.start() - _ADDRESS_WINDOW), m.end() + _ADDRESS_WINDOW
    if _POSTAL_PART.search(m.string, start, end):
        return "postal"
    if _CONTACT_PART.search(m.string, start, end):
        return None
    line_start, line_end = m.string.rfind("\n", 0, m.start()) + 1, m.string.find("\n", m.end())
    if _ENTERED_PART.search(m.string, line_start, line_end if line_end >= 0 else len(m.string)):
        return "postal"
    if _DECLARED_BEFORE.search(m.string, line_start, m.start()) or _DECLARED_AFTER.match(m.string, m.end(), m.end() + 80):
        return "postal"
    return "text"


def _postal_address(m: re.Match) -> bool:
    return _address_word(m) == "postal"


def _text_address(m: re.Match) -> bool:
    return _address_word(m) == "text"


signal("ident.address", r"""\b(code_?postal|codePostal|postcode|postal_?code|zip_?code|zipCode|adresse_?postale|(?:postal|street|billing|shipping|mailing) address|"""
       r"""streetAddress|nom_?(?:de_?)?voie|num[ée]ro_?(?:de_?)?voie|libelle_?voie|geocod\w*|(?<![\w-])(?<![lLdD]['’])adresses?(?=['"]?\s*[:=,)\]]))""",
       ("postal", "postcode", "zip", "address", "voie", "geocod", "adresse"), classes=("code", "template"), accept=_postal_address)
# ... and the bare word as a record's key with nothing of a postal address nor of a contact beside it, not taken in by a form: a
# free-text address the project stores or shows (a directory's {nom, adresse} read from its data and displayed, issue 12, s36 n36 =
# PnMercantour/PAEC): an address handled only where the project geocodes addresses (interoperability.public-building-blocks)
signal("ident.address-text", r"""(?<![\w-])(?<![lLdD]['’])(adresses?)(?=['"]?\s*[:=,)\]])""", ("adresse",), classes=("code", "template"),
       accept=_text_address)
# ... and an address column of a Rails schema dump's table that keeps a latitude and a longitude beside it (db/schema.rb's
# `t.text "address"` with `t.float "latitude"`, `t.float "longitude"`: the Geocoder gem's shape, addresses geocoded into positions —
# a Decidim platform's proposals, meetings, budgets' projects; issue 12, s47 fd47 = aubryprieur/eurometropole): addresses the project
# takes in and geocodes, which the API Adresse serves
_RAILS_TABLE_START = lazy_compile(r"""^[ \t]*create_table[ \t(]""", re.M)
_RAILS_TABLE_END = lazy_compile(r"""^[ \t]*end[ \t]*$""", re.M)
_RAILS_LAT = lazy_compile(r"""^[ \t]*t\.(?:float|decimal|double|numeric|real)[ \t(]+["'](?:\w+_)?lat(?:itude)?["']""", re.M)
_RAILS_LON = lazy_compile(r"""^[ \t]*t\.(?:float|decimal|double|numeric|real)[ \t(]+["'](?:\w+_)?(?:longitude|lng|lon)["']""", re.M)


def _geocoded_table(m: re.Match) -> bool:
    """The column's create_table block (from the last create_table before it to the next bare ``end``) keeps a latitude and a longitude."""
    starts = [s.start() for s in _RAILS_TABLE_START.finditer(m.string, max(0, m.start() - 20_000), m.start())]
    end = _RAILS_TABLE_END.search(m.string, m.end())
    if not starts or not end or end.start() - starts[-1] > 40_000:
        return False
    block = m.string[starts[-1]:end.start()]
    return bool(_RAILS_LAT.search(block)) and bool(_RAILS_LON.search(block))


signal("ident.address-geocoded", r"""^[ \t]*t\.(?:string|text)[ \t(]+["']((?:\w+_)?address)["']""", ("address",), flags=re.M,
       exts={"rb"}, classes=("code", "config", "data", "other"), group=1, accept=_geocoded_table)
# ... and a form's input asking for one by its label or placeholder (label="Adresse personnelle du Président", placeholder="Adresse
# complète du siège social", <label>Adresse complète *</label>, "Street address"): a postal address the application takes in and
# keeps, which the API Adresse would complete — not an e-mail, IP or web address (issue 12, s38 fi38 = Samuelalhadef/reservation-chartrette)
signal("ident.address-input", r"""(?:\b(?:placeholder|label)[ \t]*=[ \t]*\{?[ \t]*["'`]|<label\b[^<>]{0,300}>[ \t\r\n]{0,80})"""
       r"""((?:adresses?|address|street[ \t]+address)\b(?![ \t]*(?:e-?mail|mail|[ée]lectronique|de[ \t]+messagerie|courriel|ip|mac|web|url|internet|du[ \t]+site)\b)[^"'`<>\n]{0,80})""",
       ("placeholder", "label"), classes=("code", "template"), group=1)
# ... and a form's input asking for a postal code by its label or placeholder (<label for="txt_CP">Code Postal</label> beside Ville and
# the street, placeholder="Postal code"): the parts of a postal address typed in, read as an address handled only where the project
# geocodes addresses, said otherwise (issue 12, s41 fm41 = renowong/faaa-multifac)
signal("ident.address-label", r"""(?:\b(?:placeholder|label)[ \t]*=[ \t]*\{?[ \t]*["'`]|<label\b[^<>]{0,300}>[ \t\r\n]{0,80})"""
       r"""((?:code[ \t]+postal|postal[ \t]+code|zip[ \t]*code|postcode)\b[^"'`<>\n]{0,40})""",
       ("postal", "zip", "postcode"), classes=("code", "template"), group=1)
# A data model's identifier columns: INSEE, SIREN/SIRET, EPCI codes typed in the SQL that creates the tables (or its string in an ETL's code)
# (the words in either order: insee_code, commune_code, epci_code as much as code_insee; a MySQL table of communes'
# `insee_code Integer NOT NULL` for an address autocompletion)
signal("ident.sql-columns", r"""\b(code_?insee|insee(?:_?(?:com|commune|dep|reg|epci|code))?|depcom|code_?commune|commune_code|siren|siret|code_?epci|epci_code|siren_?epci|code_?dep(?:artement)?|code_?reg(?:ion)?)\s+(?:character varying|varchar|char(?:acter)?|text|integer|int|bpchar)\b""",
       ("insee", "depcom", "commune", "siren", "siret", "epci", "code_dep", "code_reg", "codedep", "codereg"), exts={"sql", "pgsql", "plpgsql", "psql", "ts", "js", "mjs", "py", "php", "java", "rb"}, group=1)
# ... or declared with its type in a typed language's model: a TypeScript interface or type (insee: string, siret?: string; the address
# types of a front end's address search: insee, fantoir), a Python dataclass or pydantic model (code_insee: str)
# (FANTOIR, now TOPO: the DGFiP's national code of streets and places, keyed by commune; IRIS: INSEE's infra-communal areas)
# (and the commune's code named in English, "township" or "municipality" for commune — a tree inventory's pydantic townshipCode:
# Optional[int], labelled "Code INSEE" — its type optional too; issue 12, s35 ac35 = naturalsolutions/ecoteka)
signal("ident.typed-fields", r"""(?<![\w$.])(code_?insee|codeInsee|insee(?:_?(?:com|commune|dep|reg|epci))?|inseeCode|depcom|codgeo|code_?commune|codeCommune|"""
       r"""(?:township|municipality)_?[Cc]ode|"""
       r"""siren|siret|code_?epci|codeEpci|fantoir|code_?iris|codeIris)\??[^\S\n]*:[^\S\n]*(?:Optional\[)?(?:string|number|str|int)\b""",
       ("insee", "depcom", "codgeo", "commune", "siren", "siret", "epci", "fantoir", "iris", "township", "municipality"), exts={"ts", "tsx", "vue", "py"},
       classes=("code",), group=1)
# ... or read by SQL through a table-qualified column: a join or a filter on the communes' INSEE code
# (LEFT JOIN ref_geo.li_municipalities c ON a.commune = c.insee_com)
signal("ident.sql-references", r"""\b[a-z_][\w]*\.(code_?insee|insee(?:_(?:com|commune|dep|reg))?|depcom|code_?commune|siren|siret|code_?epci|siren_?epci)\b(?!\.)""",
       ("insee", "depcom", "commune", "siren", "siret", "epci"), exts={"sql", "pgsql", "plpgsql", "psql"}, group=1)
# A data model's documented schema: tables created in SQL and described with COMMENT ON
# (not one inside a /* … */ block: a statement put aside, the commented-out CREATE SCHEMA and its COMMENT ON; issue 12, s37 fh37 =
# sigagglocompiegne/urba_patri_verna)
signal("data.sql-comment", r"""^[^\S\n]*(COMMENT\s+ON\s+(?:TABLE|COLUMN|VIEW|MATERIALIZED VIEW|SCHEMA)\s+[\w."]+)""", ("comment",),
       flags=re.I | re.M, exts={"sql", "pgsql", "plpgsql", "psql"}, accept=lambda m: not _in_block_comment(m))
# A CMS plugin's own tables, declared in its code for the host to create (SPIP's <prefix>_declarer_tables_objets_sql(), WordPress's dbDelta())
signal("data.cms-tables", r"""(\bfunction\s+\w+_declarer_tables_(?:objets_sql|principales|auxiliaires)\s*\(|\bdbDelta\s*\()""",
       ("declarer_tables_", "dbdelta"), exts={"php"}, classes=("code",))
# (API Adresse answers each address with its commune's INSEE code, citycode: a reference for the codes too)
# (and the SIRENE register as a dataset of an open-data portal: Opendatasoft's economicref-france-sirene-v3, a portal's copy of
# data.gouv.fr's "base Sirene" — a dataset whose name holds "sirene", in its URL or its "dataset" setting; not a "sirene" alarm sound)
signal("ident.services", r"""((?:/datasets?/|[?&]dataset=|\bdataset['"]?\s*[:=]\s*['"])[\w.-]*(?<![a-z])sirene(?![a-z])[\w.-]*|(?:api-adresse\.data\.gouv\.fr|data\.geopf\.fr/geocodage|recherche-entreprises\.api\.gouv\.fr|entreprise\.api\.gouv\.fr|api\.insee\.fr|annuaire-entreprises\.data\.gouv\.fr|entreprise\.data\.gouv\.fr|geo\.api\.gouv\.fr)[\w/.-]*|stdnum\.fr|python-stdnum|@etalab/decoupage-administratif|decoupage-administratif|luhn)""",
       ("sirene", "api-adresse", "geopf.fr/geocodage", "recherche-entreprises", "entreprise.api", "api.insee", "annuaire-entreprises", "entreprise.data", "geo.api.gouv",
        "stdnum", "decoupage-administratif", "luhn"),
       accept=lambda m: "." not in m.group(0) or not in_code_note(m))  # (a service's host in a comment: named, not called)

# A code looked up in a geographic referential by the code itself (a platform's geocodes plugin asked getCityByCode(sent),
# getCountryByCode(…), getCityByDateAndCode(date, code) for the communes of a birth date, a service's findCommuneByInsee(…)): the
# value sent is checked against the official geographic code's list, the absent one rejected (issue 12, s48 fc48)
signal("ident.referential-lookup",
       r"""(?<![\w$])((?:get|find|lookup|search|fetch|load|recherche)(?:City|Cities|Commune|Communes|Country|Countries|Pays|Departement|"""
       r"""Departements|Department|Region|Epci|Town|Municipality)(?:List)?By(?:\w{0,20}And)?(?:Code|CodeInsee|Insee|Cog|InseeCode)s?)\s*\(""",
       ("code", "insee", "cog"), flags=0, classes=("code",), group=1, accept=lambda m: not in_code_note(m))

# A validator of its own for an identifier: a function or method named to parse or check a SIRET, SIREN or INSEE code (def
# _parse_siret(…) raising SiretInvalideErreur when it has not 14 digits), or the exception it raises — the value is checked, as
# python-stdnum would check it
signal("ident.validation", r"""\b(?:def|function|fun|func|class|(?:public|private|protected|static|final)\s+(?:static\s+)?[\w<>\[\]]+)\s+"""
       r"""(_{0,2}(?:parse|valid(?:ate|er)?|check|verif(?:y|ier)?|is_?valid|controle?r?|est_?valide?)_?(?:siret|siren|code_?insee|insee)\w*|"""
       r"""(?:siret|siren)\w*?(?:valid\w*|invalid\w*|check\w*|verif\w*|erreur|error|exception)|invalid_?(?:siret|siren)\w*)\s*[(:{]""",
       ("siret", "siren", "insee"), classes=("code",), group=1)
# ... or a function given an identifier (its first parameter: cog_commune, code_insee, siret) whose body raises or throws when the
# value's length is not the code's (territoires.py's departement_depuis_cog raising ErreurTerritoires on a code of 4 characters,
# s35 c35): the value is checked, whatever the function's name; a function only slicing it checks nothing
_ID_PARAM = r"(?:cog|code_?insee|insee|code_?commune|codgeo|depcom|siret|siren)\w*"
signal("ident.length-check", r"""\b(?:def|function)\s+\w+\s*\(\s*(?:self\s*,\s*)?(""" + _ID_PARAM + r""")\b[^)\n]*\)""",
       ("cog", "insee", "commune", "codgeo", "depcom", "siret", "siren"), classes=("code",), group=1,
       accept=lambda m: _raises_on_length(m))
_LENGTH_TEST = lazy_compile(r"""\blen\([^()\n]{1,60}\)\s*(?:!=|<|>|not\s+in)|\.length\s*(?:!==?|<|>)""")
_RAISE = lazy_compile(r"""^[ \t]*(?:raise|throw)\b""", re.M)


def _raises_on_length(m) -> bool:
    """The function's body (its lines indented deeper than the def, or to the closing brace of a function at the line's start;
    at most 3,000 characters) tests a length and raises or throws."""
    s = m.string
    line_start = s.rfind("\n", 0, m.start()) + 1
    indent = len(s[line_start:m.start()]) - len(s[line_start:m.start()].lstrip())
    start = s.find("\n", m.end()) + 1
    if not start:
        return False
    body = []
    for line in s[start:start + 3000].split("\n"):
        if line.strip() and (len(line) - len(line.lstrip()) <= indent) and not line.lstrip().startswith(("}", ")")):
            break  # (the next statement at the def's level)
        body.append(line)
        if line.strip() == "}" and len(line) - len(line.lstrip()) == indent:
            break  # (a JavaScript function's closing brace)
    text = "\n".join(body)
    test = _LENGTH_TEST.search(text)
    return bool(test and _RAISE.search(text, test.end()))


# A referential file the code loads and checks for its identifier columns (an ETL's commune referential: required_cols =
# {'Nom de la commune', 'Code INSEE Commune', 'Population'} then assert required_cols.issubset(df.columns); an INSEE-SIREN
# transcoding file's {'INSEE_COM', 'SIREN'}): the official codes are read from the reference and checked, not typed by hand
signal("ident.referential-check",
       r"""^[^\S\n]*(?:self\.)?\w*(?:required|expected|mandatory|needed|obligatoire|attendu)\w*\s*=\s*(?:set\(\s*|frozenset\(\s*)?[{\[(]"""
       r"""[^}\])\n]{0,300}?['"]([^'"\n]{0,40}?(?:insee|siren|siret|codgeo|depcom|code[ _]?commune|code[ _]?epci)[^'"\n]{0,40})['"]""",
       ("required", "expected", "mandatory", "needed", "obligatoire", "attendu"), flags=re.I | re.M, classes=("code",), group=1,
       accept=lambda m: bool(_COLUMNS_CHECK.search(m.string, m.end(), m.end() + 800)) and bool(_TABLE_READ.search(m.string)))
_COLUMNS_CHECK = lazy_compile(r"\.(?:issubset|issuperset|difference)\s*\([^\n]*columns|\.columns\b[^\n]*\.(?:issubset|issuperset|difference)\b|"
                              r"\bnot\s+in\s+[\w.]*\.columns\b|\bin\s+[\w.]*\.columns\b[^\n]*(?:raise|assert|missing|manquant)|"
                              r"(?:assert|raise)[^\n]*\.columns\b")
_TABLE_READ = lazy_compile(r"\bread_(?:csv|excel|parquet|table|json)\s*\(|\bDictReader\s*\(|\bread\.(?:csv|xlsx|delim)\s*\(")


# A form platform's validator named for the identifier: w.c.s.'s (Publik's) validation types "siren-fr" and "siret-fr", which check
# the number's length and key (its validate_siren, validate_siret), given as a field's validation (a form generator writing
# validation = '"siret-fr"' for "avec validation code SIRET"; {'type': 'siret-fr'}): the value is checked, by the platform
signal("ident.named-validator", r"""\bvalidation\b[^\n]{0,40}?['"]((?:siren|siret)-fr)['"]""", ("siren-fr", "siret-fr"),
       classes=("code", "template", "config"), group=1)

# -- identifiers filled from the public reference, or described as identifiers ---------------------------------
# Codes read from IGN's ADMIN EXPRESS (the official boundaries of communes, EPCI and départements with their INSEE and SIREN codes):
# a query joining its tables (ref_adminexpress.r_admexp_epci_fr, referentiel.ign_ade_epci) fills the identifiers from the reference
# (or an "ign" schema's express_* tables: ign.express_commune, ign.express_epci)
# (or BD TOPO's communes, ign.bdtopo_commune, also after a comma of a FROM list; or a table called the communal reference,
# referentiel_communal or a referentiel schema's commune, that a dashboard loads from ADMIN EXPRESS: s29 m21o4, s44 fd44)
signal("ident.reference-tables", r"""(?:\b(?:from|join)\s+(?=(?:"?\w+"?\.)?"?\w*(?:admin_?express|admexp|ign_ade)\w*"?|"?ign\w*"?\."?express_\w+"?)|\b(?:from|join)\s+(?=(?:(?:"?\w+"?\.)?"?(?:referentiel_communal|ref_communes?)|"?r[ée]f[ée]rentiels?"?\."?communes?)"?(?=[\s,;)]))|(?:\b(?:from|join)\s+|,\s*)(?=(?:"?\w+"?\.)?"?\w*bd_?topo\w*commune\w*"?(?=[\s,;)])))"""
       r"""((?:"?\w+"?\.)?"?\w*(?:admin_?express|admexp|ign_ade)\w*"?|"?ign\w*"?\."?express_\w+"?|(?:"?\w+"?\.)?"?(?:\w*bd_?topo\w*commune\w*|referentiel_communal|ref_communes?)"?(?=[\s,;)])|"?r[ée]f[ée]rentiels?"?\."?communes?"?(?=[\s,;)]))""",
       ("adminexpress", "admin_express", "admexp", "ign_ade", "express_", "bdtopo", "bd_topo", "referentiel_communal", "ref_commune", "rentiel."),
       classes=("code", "template", "config", "other", "data"), group=1)
# A column documented as an identifier, whatever its name (numcom, code_officiel): PostgreSQL's COMMENT ON COLUMN … IS 'Code INSEE du
# site', or the row of a data dictionary in Markdown (| numcom | Code INSEE de la structure | varchar(5) |), typed as a column
_IDENT_WORD = r"""\b(?:code\s+|num[ée]ro\s+(?:de\s+|du\s+|d')?(?:l'|la\s+)?)?(insee|siren|siret|epci)\b"""
signal("ident.described", r"""^[^\S\n]*COMMENT\s+ON\s+COLUMN\s+[\w."]+\s+IS\s+E?'[^'\n]{0,120}?""" + _IDENT_WORD,
       ("insee", "siren", "siret", "epci"), flags=re.I | re.M, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1)
# A form's label, help or error text naming the code the user enters or picks ("Code INSEE,\nCelui-ci sera ajouté…" beside a commune
# picker of a QGIS plugin, "N° SIRET invalide"): the code is an identifier field of the service, whatever the variable's name
signal("ident.ui-label", r"""(?<=['"])[^'"\n]{0,40}?\b(?:code|n°|num[ée]ro)\s+(?:de\s+|du\s+|d')?(insee|siren|siret)\b""",
       ("insee", "siren", "siret"), classes=("code",), group=1)
signal("ident.dictionary", r"""^(?=[^\n]*\|\s*`?(?:varchar|character varying|char|text|integer|int|bigint|numeric|string|entier|texte|cha[iî]ne|caract[eè]res?)\b)"""
       r"""\|\s*`?[a-z][a-z0-9_]{1,40}`?\s*\|[^|\n]{0,160}?""" + _IDENT_WORD,
       ("insee", "siren", "siret", "epci"), flags=re.I | re.M, exts={"md", "markdown", "rst", "txt"}, group=1)
# Codes a data model's SQL fills or checks from a reference of communes or addresses, in its triggers and views: the commune's INSEE
# code taken from the communes' boundaries by position (NEW.insee = (SELECT insee FROM r_osm.geo_vm_osm_commune_arc WHERE
# st_intersects(NEW.geom, geom))), an object refused outside them (… FROM r_osm.geo_vm_osm_commune_arcba c WHERE ST_Contains(c.geom,
# NEW.geom)), a trigger function named for it (EXECUTE PROCEDURE public.ft_r_commune_pl()), a column documented as coming from the
# address reference (COMMENT ON COLUMN … IS 'Identifiant … du point adresse (issu de la BAL)')
_SPATIAL = r"st_(?:intersects|contains|within|covers|coveredby|dwithin)"
_COMMUNE_TABLE = r"""((?:"?\w+"?\.)?"?\w*commun\w*"?)"""
signal("ident.sql-reference-fill",
       r"""\bselect\s+(?:\w+\.)?(?:code_?insee|insee(?:_?com(?:mune)?)?|depcom|code_?commune)\s+(?:into\s+[\w.]+\s+)?from\s+""" + _COMMUNE_TABLE
       + r"""|\bselect\s+""" + _SPATIAL + r"""\s*\([^;()]{0,120}\)\s+from\s+""" + _COMMUNE_TABLE
       + r"""|\bfrom\s+""" + _COMMUNE_TABLE + r"""(?:\s+(?:as\s+)?\w+)?\s+where\s+(?:not\s+)?""" + _SPATIAL + r"""\s*\("""
       + r"""|\bexecute\s+(?:procedure|function)\s+((?:\w+\.)?\w*(?:commune|insee)\w*)\s*\("""
       + r"""|^[^\S\n]*comment\s+on\s+column\s+[\w."]+\s+is\s+e?'(?:[^'\n]|''){0,160}?\b(?:issue?s?\s+(?:de\s+la|du|des)\s+(BAL|BAN)|base\s+(?:adresse|d'adresses?)\s+(?:locale|nationale))\b""",
       ("commun", "comment"), flags=re.I | re.M, exts={"sql", "pgsql", "plpgsql", "psql"})

# The contact and keywords of a metadata record or an OGC service's capabilities (ISO 19139 CI_Address / CI_ResponsibleParty, OWS
# ServiceProvider / ServiceContact, a PHP CSW's $ows_City and $ows_Keywords[]): the publisher's own address and the record's words,
# no address or place the code looks up (interoperability.public-building-blocks leaves place hits near them out; s18 c2, cigalsace/
# xml2csw's `$ows_City = 'Strasbourg'`, zaphirweb's gmd:postalCode of a point of contact)
signal("meta.contact-block", r"""\b(?:CI_Address|CI_Contact|CI_ResponsibleParty)\b|\bows:(?:ServiceProvider|ServiceContact|ContactInfo)\b|\$ows_\w+""",
       ("ci_address", "ci_contact", "ci_responsibleparty", "ows:", "$ows_"), flags=0, classes=PLACES)

# A table or model of communes the project keeps itself (sipf/codespostaux-api's Rails schema: create_table "communes" with their
# libelle and code, served by its API; a Django `class Commune(models.Model)`; a Doctrine entity `class Commune` with its SQL
# migration's CREATE TABLE commune (…); a Laravel Schema::create('communes', …)): the reference data the public APIs give
# (geo.api.gouv.fr), held as a local copy — a place handled (interoperability.public-building-blocks)
_COMMUNE_MODEL = (r"""\bcreate_table[ \t(]+["':]?(communes?)\b"""
                  r"""|^[ \t]*(?:(?:final|abstract|public|export|data|default)[ \t]+)*class[ \t]+(Communes?)\b(?![ \t]*[=.;,)])"""
                  r"""|(?i:\bcreate[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"]?(communes?)[`"]?[ \t]*\()"""
                  r"""|\bSchema::create\([ \t]*['"](communes?)['"]""")
_COMMUNE_HINTS = ("create_table", "class commune", "create table", "schema::create")
_COMMUNE_EXTS = {"rb", "py", "php", "java", "kt", "ts", "js", "sql", "pgsql", "psql"}
signal("ident.commune-table", _COMMUNE_MODEL, _COMMUNE_HINTS, flags=re.M, exts=_COMMUNE_EXTS, classes=("code", "config"))

# ... and the same table or model holding its communes by their name alone: a name column (nomCommune, nom_commune, name, libelle)
# and no code of the commune (INSEE code, code_commune, COG, depcom, codgeo, code; a postcode is no commune's identifier), which
# the rows of the project's other tables point to — communes held by name, no identifier to join with anyone else's data
# (interoperability.identifiers; issue 12, s37 fe37 = stemarono/semGirondeEnergies: a Doctrine entity Commune(id, nomCommune))
_MODEL_END = re.compile(r"""\n[ \t]*(?:(?:final|abstract|public|export|data|default)[ \t]+)*class[ \t]|create[ \t]+table\b|\bcreate_table\b|Schema::create\(""", re.I)
_NAME_FIELD = re.compile(r"""(?<![A-Za-z])(?:nom|name|libell?e|label|intitul[ée])(?=[A-Z_\s'"`:;,)=]|$)|(?<=[a-z])(?:Nom|Name|Libell?e|Label)(?![a-z])""")
_CODE_FIELD = re.compile(r"""(?i:insee|depcom|codgeo|(?<![a-z])cog(?![a-z])|(?<![a-z])code(?![_ ]?postal|[a-z]))|(?<=[a-z])Code(?!Postal|[a-z])""")


def _model_body(m: re.Match) -> str:
    """The declaration a commune model's match opens: the columns of a CREATE TABLE up to its closing parenthesis, or the text up
    to the next class or table (bounded to 8,000 characters)."""
    text = m.string[m.end(): m.end() + 8000]
    if m.group(0).endswith("("):
        depth = 1
        for i, ch in enumerate(text):
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                return text[:i]
    end = _MODEL_END.search(text)
    return text[: end.start()] if end else text


def _held_by_name(m: re.Match) -> bool:
    body = _model_body(m)
    return bool(_NAME_FIELD.search(body)) and not _CODE_FIELD.search(body)


signal("ident.commune-by-name", _COMMUNE_MODEL, _COMMUNE_HINTS, flags=re.M, exts=_COMMUNE_EXTS, classes=("code", "config"),
       accept=_held_by_name)
