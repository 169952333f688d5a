"""What a library copied into a repository is: its name, version and licence, read from its file name
and its first bytes (``/*! jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license */``,
``//! moment.js  //! version : 2.27.0  //! license : MIT``, ``var VERSION = '4.17.15'``).

Pure functions of a path and a text: the inventory decides WHICH files are vendored
(:mod:`auditor.facts.inventory`); this module only describes them. Nothing is executed.

Longer than 400 lines: the table of known library names and every banner shape they are read from stay in one place, so that
the inventory and the pasted-code fact name a copied library the same way.
"""

from __future__ import annotations

import itertools
import re

from auditor.lazyre import lazy_compile
from auditor.textlines import line_breaks

# File names of well-known JavaScript/CSS libraries copied into projects (optionally with a version and a
# build suffix: "chart.js@2.8.0.js", "jquery-3.7.1.min.js", "leaflet-src.js", "moment-with-locales.js").
KNOWN_NAMES = (
    "jquery", "jquery-ui", "jquery-migrate", "jquery.datatables", "datatables", "dataTables.bootstrap", "lodash", "underscore",
    "moment", "moment-timezone", "moment-with-locales", "chart", "chartjs", "d3", "leaflet", "leaflet.markercluster",
    "leaflet.draw", "esri-leaflet", "ol", "openlayers", "ol-ext", "proj4", "proj4js", "turf", "bootstrap", "bootstrap-table",
    "bootstrap-select", "bootstrap-datepicker", "bootstrap-multiselect", "bootstrap-clockpicker", "bootstrap-autocomplete",
    "popper", "select2", "highcharts", "highstock", "echarts", "mapbox-gl", "maplibre-gl", "jszip", "papaparse", "sweetalert",
    "sweetalert2", "toastr", "font-awesome", "fontawesome", "vue", "vue.global", "vuex", "vue-router", "react", "react-dom",
    "axios", "handlebars", "mustache", "backbone", "knockout", "angular", "three", "cesium", "pdfmake", "vfs_fonts",
    "html2canvas", "jspdf", "clipboard", "dompurify", "purify", "marked", "showdown", "hammer", "fullcalendar", "flatpickr",
    "pikaday", "swiper", "slick", "masonry", "modernizr", "normalize", "animate", "luxon", "dayjs", "numeral", "localforage",
    "sortable", "codemirror", "tinymce", "tiny_mce", "ckeditor", "quill", "summernote", "chosen", "typeahead", "raphael", "c3", "plotly",
    "vega", "vega-lite", "vega-embed", "require", "requirejs", "dojo", "mootools", "prototype", "zepto", "js.cookie",
    "jquery.cookie", "bluebird", "rxjs", "i18next", "alpine", "htmx", "socket.io", "chroma", "simple-statistics", "topojson",
    "wellknown", "terraformer", "jsts", "geostats", "nouislider", "ion.rangeslider", "spin", "nprogress", "pace", "tether",
    "filesaver", "xlsx", "tabletools", "mapml", "geoext", "ext-all", "polyfill", "babel-polyfill", "core-js", "whatwg-fetch",
    "es6-promise", "fetch", "promise", "url-polyfill", "intl", "qrcode", "jsbarcode", "sockjs", "stomp", "mithril", "preact",
    "svelte", "immutable", "redux", "mobx", "rangy", "medium-editor", "trumbowyg", "dropzone", "fine-uploader", "cropper",
    "lightbox", "fancybox", "magnific-popup", "photoswipe", "owl.carousel", "isotope", "imagesloaded", "waypoints", "scrollreveal",
    "aos", "gsap", "tweenmax", "anime", "velocity", "tippy", "intro", "shepherd", "driver", "hopscotch", "mathjax", "katex",
    "prism", "highlight", "jsoneditor", "ace", "monaco", "tablesorter", "list", "mark", "fuse", "lunr", "flexsearch", "elasticlunr",
    "energize", "jquery.highlight", "jquery.tocify",
    "json2", "json3", "json-js",  # (Douglas Crockford's JSON polyfill, copied beside old pages)
    "canvas2image", "canvas-toblob",  # (saving a map or a chart as an image)
    "pmtiles",  # (Protomaps' PMTiles reader, copied beside MapLibre: js/pmtiles.js, its esbuild build with no banner)
    # (the cookie-consent manager of many French public sites, copied as tarteaucitron.js with no banner, its release a date stamp)
    "tarteaucitron", "tarteaucitron.services",
)
_NAME_ALT = "|".join(sorted((re.escape(n) for n in KNOWN_NAMES), key=len, reverse=True))
# (and Visual Studio's IntelliSense companions a NuGet package installs beside the library: jquery-1.10.2.intellisense.js,
# jquery-1.7.1-vsdoc.js, documentation comments for the editor, the library's all the same)
_SUFFIXES = r"(?:[.-](?:min|src|umd|esm|bundle|full|all|debug|slim|core|prod|production|dev|development|global|browser|standalone|pkgd|combined|compressed|intellisense|vsdoc))*"
# (a pre-release or patch letter glued to the numbers, as Sencha names Ext JS 4.1.1a and jQuery UI named 1.8rc3)
_VERSION = r"v?(?P<version>\d+(?:\.\d+){1,3}(?:(?:a|b|c|rc|alpha|beta|pre|dev|ga|final|p)\d*)?(?:-[a-z]+\.?\d*)?)"
_AT_MAJOR = r"@(?P<major>\d+)"  # npm's name@major, as a CDN URL names it: turf@6.js
# (a leading underscore: a Sprockets/Middleman partial, source/javascripts/lib/_lunr.js)
KNOWN_FILE = lazy_compile(rf"^_?(?P<name>{_NAME_ALT})(?:\.js)?(?:[.@_-]{_VERSION}|{_AT_MAJOR})?{_SUFFIXES}\.(?:js|css)$", re.I)
# a well-known library's name opening a file's name, followed by a glued version (a release's letter or dotted numbers:
# mootools12b.js, not ol3.js, OpenLayers 3's own name) or a build's word after a hyphen (mootools-doc.js, mootools-more.js); the names KNOWN_FILE reads whole are left to it
KNOWN_PREFIX = lazy_compile(rf"^_?(?P<name>{_NAME_ALT})(?:\d+(?:[a-z]\w*|(?:\.\d+)+[\w.]*)|-(?:doc|docs|more|core|full|compat|nocompat|packed|pack|compressed|uncompressed|lite|light|custom|latest|release|beta|alpha|rc\d*)(?:[.-][\w.-]*)?)\.(?:js|css)$", re.I)
# Any JS/CSS file whose name carries a version ("geoportal-2.1.3.js", "mylib.v1.2.min.js"): a copied release.
VERSIONED_FILE = lazy_compile(rf"^(?P<name>[a-z][\w.]*?(?:-[a-z][\w.]*?)*)(?:\.js)?(?:[.@_-]{_VERSION}|{_AT_MAJOR}){_SUFFIXES}\.(?:js|css)$", re.I)

# jQuery plugins copied beside a site's own scripts, often without their banner (js/jquery.maskedinput.js): their names, as their
# authors published them (a project's own plugin has a name of its own: jquery.carte-mairie.js)
JQUERY_PLUGINS = (
    "validate", "validation", "form", "easing", "mousewheel", "scrollto", "localscroll", "lazyload", "colorbox", "fancybox", "maskedinput",
    "mask", "inputmask", "blockui", "tablesorter", "jeditable", "qtip", "tipsy", "hoverintent", "cycle", "cycle2", "cycle.all", "flexslider",
    "bxslider", "nivo.slider", "magnific-popup", "autocomplete", "timepicker", "ui.touch-punch", "slimscroll", "nicescroll",
    "mcustomscrollbar", "sticky", "sticky-kit", "waypoints", "countdown", "placeholder", "metadata", "json", "fileupload", "iframe-transport",
    "caret", "tagsinput", "jcarousel", "lightbox", "smooth-scroll", "appear", "matchheight", "sparkline", "knob", "flot", "jqplot",
    "tooltipster", "simplemodal", "treeview", "jstree", "contextmenu", "printelement", "print", "serializejson", "address", "history",
    "ba-bbq", "ba-hashchange", "hashchange", "scrollup", "stellar", "parallax", "lettering", "fittext", "dotdotdot", "jscrollpane",
    "elevatezoom", "zoom", "raty", "rateit", "minicolors", "colorpicker", "datetimepicker", "multiselect", "quicksearch", "livequery",
    "tmpl", "cookies", "storageapi", "query-object", "ui.datepicker-fr", "datepicker-fr", "scrollbar", "scrolltofixed", "nestable",
    "dragtable", "floatthead", "stickytableheaders", "tabletojson", "csv", "base64", "md5", "noty", "gritter", "growl", "notify", "uniform",
)
_PLUGIN_ALT = "|".join(sorted((re.escape(n) for n in JQUERY_PLUGINS), key=len, reverse=True))
JQUERY_PLUGIN_FILE = lazy_compile(rf"^jquery[.-](?:{_PLUGIN_ALT})(?:[.-]v?\d+(?:\.\d+){{0,3}})?(?:[.-](?:min|pack|packed|pkgd|src))*\.js$", re.I)

# Leaflet plugins copied beside a map's own scripts, often without a banner or with one giving no version (Control.FullScreen.js,
# leaflet-heat.js): their file names as their authors publish them; a project's own Leaflet control has a name of its own
LEAFLET_PLUGINS = (
    "control.fullscreen", "leaflet.fullscreen", "leaflet-fullscreen", "leaflet-heat", "leaflet.heat", "heatmap", "easyprint",
    "leaflet.easyprint", "leaflet-easyprint", "bundle.easyprint", "leaflet.awesome-markers", "leaflet_awesome_number_markers",
    "leaflet.awesomenumbermarkers", "control.geocoder", "leaflet-control-geocoder", "l.control.locate", "leaflet.locatecontrol",
    "control.minimap", "leaflet.groupedlayercontrol", "leaflet.coordinates", "leaflet-sidebar", "l.control.sidebar",
    "leaflet-measure", "leaflet.measure", "leaflet.measurecontrol", "leaflet-routing-machine", "leaflet-omnivore", "leaflet.label",
    "leaflet-search", "leaflet.polylinedecorator", "leaflet.polylinemeasure", "easy-button", "leaflet.easybutton", "leaflet-providers",
    "leaflet.wms", "leaflet-hash", "l.control.zoomslider", "leaflet.zoomhome", "leaflet-geojson-vt", "leaflet.vectorgrid",
    "leaflet.markercluster.layersupport", "leaflet.featuregroup.subgroup", "leaflet-tilelayer-wmts", "leaflet.browser.print",
    "leaflet.snogylop", "leaflet.textpath", "leaflet-bing-layer", "leaflet.spin", "leaflet.loading", "control.loading",
    "leaflet.contextmenu", "leaflet-panel-layers", "leaflet.styledlayercontrol", "leaflet.extra-markers", "leaflet.extramarkers",
)
LEAFLET_PLUGIN_FILE = lazy_compile(rf"^(?:{'|'.join(sorted((re.escape(n) for n in LEAFLET_PLUGINS), key=len, reverse=True))})"
                                   r"(?:[.-]v?\d+(?:\.\d+){0,3})?(?:[.-](?:min|src|umd))*\.js$", re.I)
# a Leaflet plugin's code: it extends Leaflet's classes (L.Control.FullScreen = L.Control.extend({…}), L.heatLayer = function…), under
# the name Rollup binds Leaflet to when the plugin's own module has an L too (L$1.Symbol.Dash = L$1.Class.extend({…}) in
# Leaflet.PolylineDecorator's UMD build, leaflet.polylineDecorator.js)
LEAFLET_EXTENDED = lazy_compile(r"\bL(?:\$\d)?\.[A-Z]\w*(?:\.[A-Z]\w*)?\.extend\(|\bL(?:\$\d)?\.[a-z]\w*\s*=\s*function\b")


# A Leaflet plugin's module as its author ships it, under a name of the plugins' convention (Leaflet.Export as leaflet_export.js,
# leaflet.x.js, leaflet-x.js, L.Control.X.js) and without a banner: the whole file one function given Leaflet's global
# ("(function (L, undefined) { … })(L);"), or the plugins' UMD template loading "leaflet", that hooks into Leaflet's classes
# (L.Map.addInitHook, L.Map.include, L.Control.X = L.Control.extend) and makes no map of its own nor reaches any element of a page by
# its id: a library for any map, copied in (issue 12, s36 g36 = PnEcrins/GeoConstats). The project's own map script makes its map
# (L.map('map')) or finds its page's elements; its own control in a file of another name stays its own.
_LEAFLET_NAMED = lazy_compile(r"^(?:leaflet|l[._-]control|control)[._-][a-z][\w.-]*\.js$", re.I)
_GIVEN_L_OPEN = lazy_compile(r"\A[;!]?\s*\(?\s*function\s*\(\s*L\s*[,)]")
_GIVEN_L_CLOSE = lazy_compile(r"\(\s*(?:window\.)?L\s*(?:,\s*[\w.]+\s*)*\)\s*\)?\s*;?\s*\Z")
_LEAFLET_UMD = lazy_compile(r"""\bdefine\(\s*\[\s*['"]leaflet['"]|\brequire\(\s*['"]leaflet['"]\s*\)""")
_LEAFLET_HOOKED = lazy_compile(r"\bL\.[A-Z]\w*(?:\.[A-Z]\w*)?\.(?:addInitHook|include|mergeOptions|extend)\(|\bL\.[a-z]\w*\s*=\s*function\b")
_MAP_MADE = lazy_compile(r"\bL\.map\s*\(|\bnew\s+L\.Map\s*\(")
_PAGE_ELEMENT = lazy_compile(r"""\bgetElementById\(\s*['"`]|\b(?:querySelector(?:All)?|\$|jQuery)\(\s*['"`]#[\w-]""")
_LEADING_COMMENTS = lazy_compile(r"\A(?:\s*//[^\n]*|\s*/\*(?:[^*]|\*(?!/)){0,4000}\*/)*\s*")


# Or its leading comment names the plugin's home repository after the file ("// credits: https://github.com/turban/Leaflet.Mask"
# atop L.Mask.js, that defines L.Mask = L.Polygon.extend and L.mask; s36 g36 = PnCevennes/porteconnaissance_pq): the plugin's
# "Leaflet."/"L." prefix aside, the repository and the file share their name; not the project's own (its README's title)
_FORGE_REPOSITORY = lazy_compile(r"\b(?:github\.com|gitlab\.com|framagit\.org|bitbucket\.org)/[\w.-]{1,100}/([\w.-]{1,100})", re.I)
_LEAFLET_PREFIX = lazy_compile(r"^(?:leaflet[._-]?|l\.)", re.I)


def _plain_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _LEAFLET_PREFIX.sub("", re.sub(r"(?:[.-]min)?\.js$", "", name, flags=re.I)).lower())


def _leaflet_home(name: str, comments: str, own: str) -> bool:
    stem = _plain_name(name)
    return len(stem) >= 3 and any(_LEAFLET_PREFIX.match(repo) and _plain_name(repo) == stem and not (own and (stem in own or own in _plain_name(repo)))
                                  for repo in (m.group(1).removesuffix(".git") for m in _FORGE_REPOSITORY.finditer(comments[:4000])))


def leaflet_plugin_module(name: str, text: str, own: str = "") -> bool:
    """The file (``name``, its whole ``text``) is a Leaflet plugin's module: see the comments above (``own``: the project's name,
    squeezed, never a plugin's home)."""
    lead = _LEADING_COMMENTS.match(text).end()
    body = text[lead:]
    if not _LEAFLET_HOOKED.search(body):
        return False
    if _leaflet_home(name, text[:lead], own):
        return True
    if not _LEAFLET_NAMED.match(name) or KNOWN_FILE.match(name):
        return False
    wrapped = bool(_GIVEN_L_OPEN.match(body)) and bool(_GIVEN_L_CLOSE.search(body[-200:]))
    return (wrapped or bool(_LEAFLET_UMD.search(body[:2000]))) and not _MAP_MADE.search(body) and not _PAGE_ELEMENT.search(body)


# a jQuery plugin's file name, whatever the plugin (jquery.quicksearch.js), and its code extending jQuery as a minifier writes it
# (!function(t){t.fn.quicksearch=function(…)…}(jQuery,this,document))
JQUERY_NAMED = lazy_compile(r"^jquery[.-][\w.-]+\.js$", re.I)
JQUERY_EXTENDED = lazy_compile(r"[\w$]\.fn\.[\w$]+\s*=|\bjQuery\.fn\b|\(\s*jQuery\s*[,)]")
MINIFIED_MIN_CHARS = 1000


def minified_shape(head: str) -> bool:
    """Minified code by its shape, from a file's first bytes (a bounded read): at least :data:`MINIFIED_MIN_CHARS` characters,
    lines averaging over 300 characters (or no line break at all), and hardly any spaces (fewer than one character in twelve):
    what a minifier writes, not a person. Shorter heads are not judged."""
    text = head.rstrip("\r\n")
    if len(text) < MINIFIED_MIN_CHARS:
        return False
    return len(text) / (line_breaks(text) + 1) > 300 and text.count(" ") * 12 < len(text)


# ISO 639-1 language codes: the names of a library's translation files (bootstrap-datepicker.fr.js, moment/locale/pt-br.js)
LANGUAGE_CODES = frozenset("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en
eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km
kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi
pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
ve vi vo wa wo xh yi yo za zh zu""".split())
HEAD_BYTES = 16 * 1024  # where a version constant or a banner is looked for
_CONSTANT = lazy_compile(r"\bVERSION\s*=\s*['\"](\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)['\"]")  # lodash: var VERSION = '4.17.15'
_SPLIT_VERSION = lazy_compile(r"\bmajorVersion\s*[:=]\s*['\"](\d{1,3})['\"]\s*,\s*minorVersion\s*[:=]\s*['\"](\d{1,3}(?:\.\d{1,4}){0,2})['\"]")
_HEAD_VERSION = (
    lazy_compile(r"(?:^|[\s*/!])(?:[\w.-]+\s+)?v(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\b"),  # "jQuery v3.7.1", "Chart.js v2.8.0"
    # "version : 2.27.0", "@version 1.2"; not a licence's ("GNU General Public License version 3.0" atop Ext JS's StatusBar ux)
    lazy_compile(r"(?<!licen[cs]e\s)(?<!licen[cs]e,\s)\b@?version\s*[:=]?\s*['\"]?v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)", re.I),
    _CONSTANT,
    lazy_compile(r"^[^\S\n]*(?:/\*[*!]?|//!?|\*)\s*[A-Za-z][\w.@/ -]{1,40}?\s(\d+\.\d+\.\d+(?:-[\w.]+)?)\b", re.M),  # "Leaflet 1.9.4,"
    # a first line holding only a release and its date ("// 4.3.8 (2016-03-15)" atop TinyMCE's builds): that release
    lazy_compile(r"\A[^\S\n]*(?:/\*[*!]?|//!?)[^\S\n]*v?(\d+\.\d+\.\d+(?:-[\w.]+)?)[^\S\n]+\(\d{4}-\d{2}-\d{2}\)[^\S\n]*(?:\*/)?[^\S\n]*$", re.M),
)
# a licence's name just before a version ("Apache License v2.0", "GPL v3", "the MIT License, version 2.0", "CeCILL v2.1")
_LICENCE_BEFORE = lazy_compile(r"(?:licen[cs]e|\b[AL]?GPL|\bMPL|\bEPL|\bEUPL|\bCeCILL|\bCC[- ]BY(?:-SA)?)[\s,]*(?:version\s*|v\.?\s*)?$", re.I)
# Licence named in a banner -> SPDX id (first match wins: the specific names before the families).
_LICENCES = (
    # the French CeCILL family, before the BSD it says it is compatible with ("licence CeCILL-B (Free BSD compatible)" atop IGN's SDK)
    (lazy_compile(r"\bCeCILL[- _]?B\b", re.I), "CECILL-B"),
    (lazy_compile(r"\bCeCILL[- _]?C\b", re.I), "CECILL-C"),
    (lazy_compile(r"\bCeCILL[- _]?v?2\.1\b", re.I), "CECILL-2.1"),
    (lazy_compile(r"\bCeCILL[- _]?v?2(?:\.0)?\b(?!\.\d)", re.I), "CECILL-2.0"),
    # a licence written out rather than named (zip.js: "Redistribution and use in source and binary forms… 3. The names of the
    # authors may not be used to endorse…"; "Permission is hereby granted, free of charge…")
    (lazy_compile(r"Redistribution and use in source and binary forms[\s\S]{0,1500}?(?:Neither the name|3\.\s+The names? of)", re.I), "BSD-3-Clause"),
    (lazy_compile(r"\bBSD[- ]?3[- ]?(?:Clause|point)|\bNew BSD\b|\bModified BSD\b", re.I), "BSD-3-Clause"),
    (lazy_compile(r"Redistribution and use in source and binary forms", re.I), "BSD-2-Clause"),
    (lazy_compile(r"\bBSD[- ]?2[- ]?Clause|\bSimplified BSD\b|\bFreeBSD\b", re.I), "BSD-2-Clause"),
    (lazy_compile(r"\bApache(?: License)?,?\s*(?:Version\s*|v)?2(?:\.0)?\b|\bApache-2\.0\b", re.I), "Apache-2.0"),
    (lazy_compile(r"\bMPL[- ]?2(?:\.0)?\b|Mozilla Public License,?\s*(?:v\.?|version)\s*2", re.I), "MPL-2.0"),
    (lazy_compile(r"\bLGPL[- ]?v?3|\bLesser General Public License,? version 3", re.I), "LGPL-3.0"),
    (lazy_compile(r"\bLGPL[- ]?v?2\.1", re.I), "LGPL-2.1"),
    (lazy_compile(r"\bAGPL[- ]?v?3", re.I), "AGPL-3.0"),
    (lazy_compile(r"\bGPL[- ]?v?3|\b(?:General|GNU) Public License,? version 3", re.I), "GPL-3.0"),  # ("the GNU Public License, version 3" atop MDN's JXON)
    (lazy_compile(r"\bGPL[- ]?v?2|(?<!Lesser )(?<!Library )\b(?:General|GNU) Public License,? version 2(?!\.[1-9])", re.I), "GPL-2.0"),
    (lazy_compile(r"Permission is hereby granted,? free of charge", re.I), "MIT"),
    (lazy_compile(r"\bMIT\b|\bX11\b|opensource\.org/licenses/mit|jquery\.org/license", re.I), "MIT"),  # (jquery.org/license: MIT)
    (lazy_compile(r"\bISC\b"), "ISC"),
    (lazy_compile(r"\bCC0\b", re.I), "CC0-1.0"),
    (lazy_compile(r"\bUnlicense\b", re.I), "Unlicense"),
    (lazy_compile(r"\bBSD\b"), "BSD"),
    (lazy_compile(r"\bWTFPL\b", re.I), "WTFPL"),
    # a commercial vendor's own licence page as the only licence (Highsoft's "License: www.highcharts.com/license" atop
    # highcharts.src.js, Highstock's and Highmaps' alike): paid for any non-personal use, no open licence
    (lazy_compile(r"\b(?:www\.)?highcharts\.com/license\b|\bshop\.highsoft\.com\b", re.I), "LicenseRef-proprietary"),
    # or its terms of service ("Mapbox GL JS is Copyright © 2020 Mapbox and subject to the Mapbox Terms of Service", atop mapbox-gl.js
    # since v2.0): a vendor's contract for its service, no open licence
    (lazy_compile(r"\b(?:subject to|governed by) the [A-Z][\w.-]{0,40}(?: [A-Z][\w.-]{0,40}){0,3} Terms of (?:Service|Use)\b"), "LicenseRef-proprietary"),
)
_SUFFIX_END = lazy_compile(_SUFFIXES.replace("*", "+") + "$", re.I)
# (a download builder's release name: jquery-ui-1.10.3.custom.css)
_VERSION_END = lazy_compile(r"(?:\.js)?(?:[.@_-]v?\d+(?:\.\d+){1,3}(?:(?:a|b|c|rc|alpha|beta|pre|dev|ga|final|p)\d*)?(?:-[a-z]+\.?\d*)?(?:[.-]custom)?|@\d+)$", re.I)
_JS_END = lazy_compile(r"\.js$")
_BANNER_END = lazy_compile(r"\*/|\n\s*\n|\n\s*[^/*\s]")  # end of the first comment block
_LINE_BANNER_END = lazy_compile(r"\*/|\n(?:[ \t]*\n)+(?![ \t]*//)|\n[ \t]*[^/*\s]")  # a // banner's end: blank lines go on to more // lines


def stem(name: str) -> str:
    """``chart.js@2.8.0.js`` -> ``chart``, ``jquery-3.7.1.min.js`` -> ``jquery``, ``leaflet-src.css`` -> ``leaflet``."""
    low = re.sub(r"\.(js|css)$", "", name.lower()).lstrip("_.")  # (a hidden copy, .sorttable.js: sorttable)
    for rx in (_SUFFIX_END, _VERSION_END, _SUFFIX_END, _JS_END):
        low = rx.sub("", low)
    # (a known library's build under a name of its own, mootools12b.js or mootools-doc.js: that library)
    prefixed = KNOWN_PREFIX.match(name.lstrip("_"))
    return prefixed.group("name").lower() if prefixed else low or name.lower()


def banner(head: str) -> str:
    """The leading comment block of a file (a licence or version banner lives there), at most 2,000 characters. A header stamped
    above a library's own preserved banner (a build's licence plugin writing the project's Apache-2.0 header atop
    jquery-1.7.1.min.js, then "/*! jQuery v1.7.1 jquery.com | jquery.org/license */") gives way to that banner."""
    head = _CHARSET.sub("", head, count=1)  # (a stylesheet's @charset "UTF-8"; line opening it, above its banner)
    first = _first_block(head)
    rest = head.lstrip()[len(first):].lstrip() if first and not first.startswith("/*!") else ""
    return _first_block(rest) if rest.startswith("/*!") else first


_CHARSET = lazy_compile(r"""\A\ufeff?\s*@charset[ \t]+["'][\w-]{1,40}["'];[ \t]*\r?\n""", re.I)


def without_charset(head: str) -> str:
    """A file's first bytes without the ``@charset "UTF-8";`` line a stylesheet may open on, above its banner (animate.css)."""
    return _CHARSET.sub("", head, count=1)


# a leading comment's first name, then a stop, a comma or a dash ("yt-player. MIT License. Feross Aboukhadijeh" atop a site builder's
# assets/ytplayer/index.js)
_FIRST_NAME = lazy_compile(r"\A[\s/*!#]*([A-Za-z][\w.-]{1,40}?)(?:\.js|\.css)?[ \t]*(?:[.,:|]|[ \t]-[ \t])")
_LICENCE_WORD = lazy_compile(r"licen[cs]e|\bMIT\b|\b[AL]?GPL\b|\bBSD\b|apache|\bMPL\b|\bISC\b", re.I)


def folder_library(path: str, top: str) -> str | None:
    """The library a file's leading comment (``top``) names when it names the folder holding the file, with a licence ("yt-player. MIT
    License. Feross Aboukhadijeh" atop assets/ytplayer/index.js): that library's name as the banner writes it, lower case; else None.
    A project's own file names the project or nothing, seldom a folder of its scripts with a licence of its own."""
    segs = path.split("/")
    m = _FIRST_NAME.match(top) if top and len(segs) >= 2 else None
    if not m or not _LICENCE_WORD.search(top):
        return None
    name = m.group(1).rstrip(".-")
    folder = squeeze(re.sub(r"[-_.]?v?\d+(?:\.\d+)+.*$", "", segs[-2]))  # (a folder may carry the release: yt-player-3.4.2/)
    return name.lower() if len(squeeze(name)) >= 3 and squeeze(name).removesuffix("js") == folder.removesuffix("js") else None
# a banner's tag naming the library's home repository ("@website https://github.com/pytesNET/tail.DateTime" atop tail.datetime's
# stylesheets, whatever their files' names: tailDT.css, filter.css)
_HOME_TAG = lazy_compile(r"@(?:website|homepage|home|link|url|see|repository)[ \t]+https?://github\.com/[\w.-]+/([\w.-]+?)(?:\.git)?/?[ \t]*\r?$", re.I | re.M)


def _first_block(head: str) -> str:
    text = head[:2000]
    stripped = text.lstrip()
    if not stripped.startswith(("/*", "//")):
        return ""
    end = stripped.find("*/", 2)
    if stripped.startswith("/*") and not stripped.startswith("/**") and not re.match(r"/\*[^\n]*\n(?:[ \t]*\n)*[ \t]*\*(?!/)", stripped):
        # a block whose lines carry no "*" gutter ("/*\n    json2.js\n    2011-10-19\n\n    Public Domain."; GeoExt's "/*\n\nCopyright
        # (c) 2008-2010, The Open Source Geospatial Foundation" and its "    * Redistributions…" list): all of it, up to "*/"
        return stripped[: end + 2] if end >= 0 else stripped
    if stripped.startswith("//"):
        # a run of // lines, blank lines between (Backbone's "//     Backbone.js 1.0.0", a blank line, then "//     (c) 2010-2013 …" and
        # "//     Backbone may be freely distributed under the MIT license."): one banner, up to the first line of code
        m = _LINE_BANNER_END.search(stripped, 2)
        return stripped[: m.end()] if m else stripped
    m = _BANNER_END.search(stripped, 2)
    return stripped[: m.end()] if m else stripped


_CHOICE = lazy_compile(r"\b(?:or|ou)\b|\bdual", re.I)
# two licences side by side in a banner ("MIT/GPL2 Licensed" atop html5shiv, "MIT and GPL licenses", "MIT, GPL"): the
# dual licensing of the jQuery era, a choice; a banner never asks for both at once
_LISTED = lazy_compile(r"\s*(?:/|,|&|\+|and|et)\s*(?:the\s+)?", re.I)


# a JSDoc/PHPDoc @license tag line: one per licence offered ("@license …mit-license.html MIT License" then "@license …gpl.html GPL2
# License" atop jquery.customSelect.js), a dual licence
_LICENSE_TAG_LINE = lazy_compile(r"^[ \t]*\*?[ \t]*@licen[cs]e\b[^\n]{0,200}", re.M)


def licence_in(text: str) -> str | None:
    """The licence a banner names; two licences offered as a choice ("GPL v2 or BSD 3 point style", "Dual licensed under
    the MIT or GPL Version 2 licenses", two @license tag lines) as an OR expression, so the one compatible with the project is taken."""
    tagged: list[str] = []
    for line in _LICENSE_TAG_LINE.findall(text)[:4]:
        one = _licence_named(line)
        if one and one not in tagged:
            tagged.append(one)
    if len(tagged) >= 2:
        return f"{tagged[0]} OR {tagged[1]}"
    return _licence_named(text)


def _licence_named(text: str) -> str | None:
    found: list[tuple[int, int, str]] = []
    for rx, spdx in _LICENCES:
        m = rx.search(text)
        if m and not any(a <= m.start() < b for a, b, _ in found) and spdx not in {x for _, _, x in found}:
            found.append((m.start(), m.end(), spdx))
    if not found:
        return None
    first = min(found)
    second = min((f for f in found if f[0] > first[0]), default=None)
    if second and second[0] - first[1] <= 40 and (_CHOICE.search(text, first[1], second[0]) or _CHOICE.search(text[:first[0]][-40:])
                                                  or _LISTED.fullmatch(text, first[1], second[0])):
        return f"{first[2]} OR {second[2]}"
    return next(spdx for rx, spdx in _LICENCES if any(x == spdx for _, _, x in found))


_PHP_OPEN = lazy_compile(r"\A\ufeff?\s*<\?php\b")  # (after a byte order mark too)


def source_licence(head: str) -> str | None:
    """The licence a PHP source's leading doc comment names (``<?php /** PHPExcel … @license …/lgpl-2.1.txt LGPL */``), None
    when it names none (a Python file's is not read)."""
    m = _PHP_OPEN.match(head)
    if not m:
        return None
    top = banner(head[m.end():])
    return licence_in(top) if top else None


# A PHP file's leading doc block (whole, up to PHP_DOC_BYTES: its tags may follow a long list of contributors' notes)
PHP_DOC_BYTES = 4096
_PHP_DOC_BLOCK = lazy_compile(r"\A\ufeff?\s*<\?php\b\s*(/\*\*[\s\S]*?(?:\*/|\Z))")
# its @package or @subpackage tag, and a project's page on a forge (the package's home: "@package PHPMailer … @link
# https://github.com/PHPMailer/PHPMailer/", "Website: http://sourceforge.net/projects/simplehtmldom/ … @subpackage simple_html_dom")
_PHP_PACKAGE = lazy_compile(r"^[^\S\n]*\*?[^\S\n]*@(?:sub)?package[^\S\n]+([A-Za-z][\w.-]{1,40})[^\S\n]*$", re.M)
_PHP_FORGE = lazy_compile(r"\b(?:(?:github\.com|gitlab\.com|bitbucket\.org)/[\w.-]+|sourceforge\.net/projects)/([\w.-]+?)(?:\.git)?(?:[/#?\s]|$)", re.I)
# its first line when it is a name (one to three words, before " - " and what the class does): "Mortar", "PHPMailer - PHP email…"
_PHP_TITLE = lazy_compile(r"\A/\*\*[^\S\n]*\n[^\S\n]*\*[^\S\n]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})[^\S\n]*(?:-[^\n]*)?\n")
_PHP_RELEASE = lazy_compile(r"^[^\S\n]*\*?[^\S\n]*@?version[^\S\n]*:?[^\S\n]+v?(\d+(?:\.\d+){1,3})\b", re.I | re.M)


# A PHP class copied as one file under a name of the project's choosing (Parsedown as parse-markdown.php, s43 fd43): its leading
# comment's title is the class's own name, over the home site named after it and a copyright line ("# Parsedown / # http://parsedown.org
# / # (c) Emanuil Rusev"); its version a constant of the class (const version = '1.8.0-beta-4')
_PHP_CLASS = lazy_compile(r"^[^\S\n]*(?:(?:abstract|final)[^\S\n]+)?class[^\S\n]+([A-Za-z_]\w{2,40})\b", re.M)
_CLASS_VERSION = lazy_compile(r"\bconst[^\S\n]+version[^\S\n]*=[^\S\n]*['\"]v?(\d+(?:\.\d+){1,3}(?:-[\w.-]+)?)['\"]", re.I)
_COMMENT_MARKS = lazy_compile(r"^[^\S\n]*(?:#+|//+|/\*+|\*+/?)")
_HOME_HOST = lazy_compile(r"https?://(?:www\.)?([\w-]+)\.[a-z]{2,}", re.I)
_COPYRIGHT_MARK = lazy_compile(r"\(c\)|©|\bcopyright\b", re.I)


def php_class_banner(head: str) -> dict | None:
    """``{"name", "version", "license"}`` when a PHP file's leading comment is the banner of the class it declares (see above), else
    None: its first line is the class's name, it gives a home site whose host carries that name and a copyright line."""
    text = re.sub(r"\A\ufeff?\s*<\?php\b", "", head)
    lines = []
    for line in text.splitlines()[:40]:
        if line.strip():
            if not (m := _COMMENT_MARKS.match(line)):
                break
            if words := line[m.end():].strip(" \t*/#"):
                lines.append(words)
    declared = _PHP_CLASS.search(text)
    key = squeeze(declared.group(1)) if declared else ""
    if not lines or len(key) < 4 or squeeze(lines[0]) != key:
        return None
    comment = "\n".join(lines)
    if not (_COPYRIGHT_MARK.search(comment) and any(key in squeeze(h.group(1)) for h in _HOME_HOST.finditer(comment))):
        return None
    version = _CLASS_VERSION.search(text)
    return {"name": declared.group(1).lower(), "version": version.group(1) if version else None, "license": licence_in(comment)}


def php_library(head: str) -> dict | None:
    """``{"name", "version", "license"}`` of a PHP library copied as one file, from its leading doc block (``head``: the file's first
    bytes): named after the package whose home on a forge it gives (``@package PHPMailer`` with github.com/PHPMailer/PHPMailer,
    ``@subpackage simple_html_dom`` with sourceforge.net/projects/simplehtmldom), or after its first line when that is a name
    ("Mortar", then ``@subpackage Imap``: mortar-imap), or the class whose banner its leading comment is (:func:`php_class_banner`);
    None when it names nothing."""
    m = _PHP_DOC_BLOCK.match(head)
    if not m:
        return php_class_banner(head)
    doc = m.group(1)
    homes = {squeeze(h.group(1)): h.group(1) for h in _PHP_FORGE.finditer(doc)}
    name = next((homes[squeeze(p.group(1))] for p in _PHP_PACKAGE.finditer(doc) if squeeze(p.group(1)) in homes), None)
    if name is None and (title := _PHP_TITLE.match(doc)):
        name = title.group(1)
        sub = re.search(r"@subpackage[^\S\n]+([A-Za-z][\w.-]{1,40})", doc)
        if sub and squeeze(sub.group(1)) not in squeeze(name):
            name = f"{name} {sub.group(1)}"
    if not name or len(squeeze(name)) < 3:
        return None
    version = _PHP_RELEASE.search(doc)
    return {"name": re.sub(r"[\s_]+", "-", name.strip().lower()), "version": version.group(1) if version else None, "license": licence_in(doc)}


# A banner that opens on its library's name and version ("/*! Select2 4.0.12 | https://…" atop Select2's i18n/af.js, "/*!\n * Font
# Awesome Free 5.12.0 by @fontawesome" atop Font Awesome's css/all.css): the library those files belong to, whatever their names.
# A two-part version ends its line ("/*\n * Ext Core Library 3.0\n * http://extjs.com/" atop each of Ext Core's sources).
# (a release's revision may follow its number: "jqPlot 1.0.8r1250" is jqPlot 1.0.8)
# (below a ruler, the part's file after the library's name: "/* =====…\n * Bootstrap: affix.js v3.0.0" atop Bootstrap 3's sources)
# (or in brackets, a two-part one too: "//Mask JavaScript API (v0.3) - <author>" atop a town's js/masks.js)
BANNER_NAME = lazy_compile(r"^\s*(?:/\*[*!]?|//!?)(?:[^\S\n]*[=~#-]{4,}[^\S\n]*\n)?[\s*]*([A-Za-z][\w.]*(?: [A-Z][\w.]*){0,2})(?::[^\S\n]+[\w.-]+\.(?:js|css))?\s+(?:v?(\d+\.\d+\.\d+(?:-[\w.]+)?(?=r\d+\b|\b)|\d+\.\d+(?=[ \t]*\r?\n))|\(v?(\d+\.\d+(?:\.\d+)?)\))")


# A banner giving its library's release after " - ver." ("/*\n    TimelineJS - ver. 2.35.1 - 2014-11-19" atop each of TimelineJS's
# stylesheets), or a build's date stamp there ("TimelineJS - ver. 2014-12-09-18-51-25" atop its locale scripts): that library's file,
# whatever its name (the version when it is one, else none)
VER_BANNER = lazy_compile(r"^\s*(?:/\*[*!]?|//!?)[\s*]*([A-Za-z][\w.]*(?: [A-Z][\w.]*){0,2})[ \t]+-[ \t]+ver(?:sion)?\.?[ \t]+"
                          r"(?:v?(\d+\.\d+(?:\.\d+)?)\b|\d{4}-\d{2}-\d{2}\b)([^\s\S])?")


# A banner naming a library and one of its modules ("/*!\n * # Semantic UI - Accordion"): the file is a part of that library.
# Anchored at the head (\A): its leading [\s/*!#]* runs over the banner's first lines, from position 0 alone, never from each line.
_PART_OF = lazy_compile(r"\A[\s/*!#]*([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})[ \t]+-[ \t]+([A-Z][\w. ]{1,40})\s*$", re.M)
# Names a project gives its own entry files: a library copied under such a name is named by its banner's title instead.
# A banner's line naming the library a generic-named file is built on, with its version ("Based on: Bootstrap v4.1.3")
_BASED_ON = lazy_compile(r"^[ \t/*!#]*(?:based on|bas[ée] sur)[ \t]*:?[ \t]*([A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*){0,2}?)[ \t]+v?(\d+\.\d+(?:\.\d+)?)\b", re.I | re.M)
GENERIC_STEMS = {"main", "index", "app", "script", "scripts", "style", "styles", "custom", "common", "bundle", "site"}
# A banner's title: a name of up to seven words (an npm scope allowed) and the version after it ("@panoramax/web-viewer v4.1.0")
_TITLE = lazy_compile(r"^(@?[A-Za-z][\w./-]*(?:[ \t]+[A-Za-z][\w.-]*){0,6}?)[ \t]+v?(\d+\.\d+(?:\.\d+)?)\b")


# jsDelivr's banner atop a file it served ("Minified by jsDelivr using Terser v5.19.2. / Original file: /npm/ol@10.7.0/dist/ol.js",
# "Skipped minification because…"): the npm package (or GitHub repository) and the version it was cut from
_JSDELIVR = lazy_compile(r"^[ \t]*\*?[ \t]*Original file:[ \t]*/(?:npm/((?:@[\w.-]+/)?[\w.-]+)|gh/[\w.-]+/([\w.-]+))@v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)/", re.M)


_PART_VERSION = lazy_compile(r"""\b[A-Za-z_$][\w$]*\.([A-Za-z]+)Version\s*=\s*["']v?(\d+\.\d+(?:\.\d+)?)["']""")

_REQUIRED = lazy_compile(r"@requires?\b|\brequires\b|\bdepends[ \t]+on\b", re.I)  # (a line naming a library the file needs)


_DATE_STAMP = lazy_compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # a release named by its date: 20230203


def own_object_version(lib: str, head: str) -> str | None:
    """The version a file gives, in its first lines, to a top-level object named after the library (``var tarteaucitron = {
    "version": 20230203`` or ``var MooTools = {'version': '1.2dev'}``): a release number or a date stamp; None when none."""
    m = re.search(rf"^[^\S\n]*(?:var|let|const)[^\S\n]+{re.escape(lib)}[^\S\n]*=[^\S\n]*\{{\s*['\"]?version['\"]?[^\S\n]*:[^\S\n]*"
                  r"['\"]?v?(\d+\.\d+(?:\.\d+)?|(?:19|20)\d{6})\b", head[:4096], re.I | re.M)
    return m.group(1) if m else None


GLOBAL_SPAN = 600  # characters after the assignment of the library's global where its object's version key is looked for
_OBJECT_VERSION = lazy_compile(r"""[{,][^\S\n]*['"]?version['"]?[^\S\n]*:[^\S\n]*['"]v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)['"]""")


def global_object_version(lib: str, head: str) -> str | None:
    """The version key of the object a library's code assigns to its global, named after it, in the lines that follow the assignment
    (CKEditor 4's minified ckeditor.js: ``window.CKEDITOR||(window.CKEDITOR=function(){var a=…,d={timestamp:"N2M9",version:"4.21.0",``):
    None when the global is not assigned in ``head`` or no version key follows it within :data:`GLOBAL_SPAN` characters."""
    if len(lib) < 3:
        return None
    m = re.search(rf"(?<![\w$.])(?:window\.)?{re.escape(lib)}[^\S\n]*=(?!=)", head, re.I)
    found = _OBJECT_VERSION.search(head, m.end(), m.end() + GLOBAL_SPAN) if m else None
    return found.group(1) if found else None


def describe(path: str, head: str) -> dict:
    """``{"name", "version", "license"}`` of a copied library (version and licence None when not said). A file whose name is not
    a known library's but whose banner opens on a library's name and version (a locale file af.js, a part all.css) is named
    after that library; the version is the one written after the library's own name when the banner lists several (a
    download builder's bundle: "Included libraries: JSZip 2.5.0, DataTables 1.13.1…")."""
    name = path.rsplit("/", 1)[-1]
    m = KNOWN_FILE.match(name) or VERSIONED_FILE.match(name)
    version = (m.group("version") or m.group("major")) if m else None
    top = banner(head)
    lib = stem(name)
    named = (BANNER_NAME.match(top) or VER_BANNER.match(top) or VER_BANNER.match(head)) if top else None  # (a known name's file of another library: Ext JS's dd/DropZone.js, "Ext JS Library 3.0.3")
    if named and squeeze(lib) not in squeeze(named.group(1)) and squeeze(named.group(1)) not in squeeze(lib):
        lib, version = re.sub(r"\s+", "-", named.group(1).strip().lower()), version or named.group(2) or named.group(3)
    elif named and lib[: len(named.group(1).strip()) + 1] in {re.sub(r"\s+", "-", named.group(1).strip().lower()) + sep for sep in "-."}:
        # a library's optional part named after it, whose banner is the library's own ("Bootstrap v3.3.5" atop bootstrap-theme.css,
        # "jqPlot 1.0.8r1250" atop each of jqPlot's plugins, jqplot.barRenderer.min.js): the library, not one more
        lib, version = re.sub(r"\s+", "-", named.group(1).strip().lower()), version or named.group(2) or named.group(3)
    elif named and squeeze(named.group(1)) == squeeze(lib) and (named.group(2) or named.group(3)):
        # the library's own banner states its version, over its file's name: a file replaced in place keeps its old name
        # (jquery-3.6.0.min.js opening on "/*! jQuery v3.7.1": jQuery 3.7.1; issue 12, s37 fj37 = jdev-org/carte-fibre)
        version = named.group(2) or named.group(3)
    elif named and named.re is VER_BANNER.compiled() and squeeze(named.group(1)) != squeeze(lib):
        # ("TimelineJS - ver. 2.35.1" atop timeline.css, "… ver. 2014-12-09…" atop its locale fr.js: the name it gives, whatever the file's)
        lib, version = named.group(1).strip().lower(), version or named.group(2)
    if not named and top and not KNOWN_FILE.match(name) and (granted := granted_library(top)) \
            and squeeze(lib) not in squeeze(granted) and squeeze(granted) not in squeeze(lib):
        lib = re.sub(r"\s+", "-", granted.lower())  # (effects.js, "script.aculo.us is freely distributable under…": script.aculo.us's)
    home = _HOME_TAG.search(top) if top and not named and not KNOWN_FILE.match(name) else None
    if home and squeeze(home.group(1)) not in squeeze(lib) and squeeze(lib) not in squeeze(home.group(1)):
        lib = home.group(1).lower()  # (its banner's home repository names it: tail.datetime for tailDT.css)
    if version is None and top:
        # (or in brackets after its file's name: "selectize.css (v0.11.2)")
        own = re.search(rf"\b{re.escape(lib)}(?:\.js|\.css)?,?\s+\(?v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\b", top, re.I)
        # (or alone on the banner's next line, right under its name: "/*!\n * Autolinker.js\n * 3.11.1\n *\n * Copyright(c) 2019…")
        own = own or re.search(rf"^[ \t/*!#]*{re.escape(lib)}(?:\.js|\.css)?[ \t]*\r?\n[ \t]*\*?[ \t]*v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)[ \t]*\r?$",
                               top, re.I | re.M)
        version = own.group(1) if own else None
    if version is None:
        for rx in _HEAD_VERSION:
            text = head[:HEAD_BYTES] if rx is _CONSTANT else top
            # (a licence's version is not the library's: "Licensed under the Apache License v2.0" atop bootstrap-datepicker.css)
            # (nor a required library's: "@requires jQuery v1.2.2 or later" atop Coin Slider 1.0, s43 fd43)
            found = next((f for f in itertools.islice(rx.finditer(text), 8) if not _LICENCE_BEFORE.search(text, max(0, f.start(1) - 40), f.start(1))
                          and not _REQUIRED.search(text, text.rfind("\n", 0, f.start(1)) + 1, f.start(1))), None)
            if found:
                version = found.group(1)
                break
    if version is None:  # a version set on the library's object in its code (mustache.version = "0.7.3")
        own_set = re.search(rf"\b{re.escape(lib)}\.version\s*=\s*['\"]v?(\d+\.\d+(?:\.\d+)?)['\"]", head[:HEAD_BYTES], re.I)
        version = own_set.group(1) if own_set else None
    if version is None:  # (or in the object its global is assigned, a minified build's: window.CKEDITOR=function(){…d={…version:"4.21.0"…)
        version = global_object_version(lib, head[:HEAD_BYTES])
    if version is None:  # (or on its namespace, named after its part: Leaflet.label's L.labelVersion="0.2.1", s37 fj37)
        for m in itertools.islice(_PART_VERSION.finditer(head[:HEAD_BYTES]), 8):
            if len(m.group(1)) >= 3 and m.group(1).lower() in squeeze(lib):
                version = m.group(2)
                break
    if version is None:  # a major and a minor version set apart (TinyMCE 3: majorVersion:"3",minorVersion:"3.9.2" is 3.3.9.2)
        split = _SPLIT_VERSION.search(head[:HEAD_BYTES])
        version = f"{split.group(1)}.{split.group(2)}" if split else None
    if version and re.match(r"\d{5,}", version):
        version = None  # no release is numbered 50000: an example's data size (Leaflet.markercluster's realworld.50000.1.js)
    if version is None:  # a release numbered by its date on the library's own object (var tarteaucitron = {"version": 20230203, …})
        dated = own_object_version(lib, head)
        version = dated if dated and _DATE_STAMP.fullmatch(dated) else None
    part = _PART_OF.match(top) if top and not version and not KNOWN_FILE.match(name) else None
    if part and squeeze(lib) in squeeze(part.group(2)):  # "# Semantic UI - Accordion" atop accordion.js: a module of Semantic UI
        lib = re.sub(r"\s+", "-", part.group(1).strip().lower())
    if version and re.match(r"0\.0\.0(\b|-)", version):
        version = None  # an unversioned build's placeholder ("@version 0.0.0-no-version" atop vis-graph3d.min.js)
    # main.js, index.css: the banner names the library ("jQuery File Upload Plugin JS Example 8.9.1"); so it does for a file named by a
    # number (a CMS export's content id, 17733009432117339_content1.css under "jQuery UI CSS Framework 1.8.16")
    if (lib in GENERIC_STEMS or re.match(r"\d{5}", lib)) and top:
        titled = _TITLE.match(re.sub(r"^[\s/*!#]+", "", re.sub(r"(?m)^[ \t]*\*[ \t]?", "", top.lstrip("/*! \n"))))
        if titled:
            words = re.sub(r"(\s+(?:js|example|demo|plugin|library))+$", "", titled.group(1).strip(), flags=re.I)
            lib = re.sub(r"\s+", "-", words.lower())
            version = version or titled.group(2)
        elif re.match(r"\d{5}", lib) and (named_line := re.match(r"([A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*){0,4})[ \t]*$",
                                                                  re.sub(r"^[\s/*!#]+", "", top).split("\n", 1)[0])):
            lib = re.sub(r"\s+", "-", named_line.group(1).lower())  # (its banner's first line, no version: "Datepicker for Bootstrap")
        elif folder_named := folder_library(path, top):
            lib = folder_named  # (its banner names, with a licence, the folder it sits in: "yt-player. MIT License." atop ytplayer/index.js)
        elif based := _BASED_ON.search(top):  # ("Wireframe Pingendo template … / Based on: Bootstrap v4.1.3" atop styles.css: Bootstrap's
            lib, version = re.sub(r"\s+", "-", based.group(1).lower()), based.group(2)  # build, never a library "styles"; s44 fm44)
    # a build's flavour is no other library: "Masonry PACKAGED v4.2.2" atop a theme's scripts.js is Masonry (its .pkgd build)
    lib = re.sub(r"(?<=\w)[.-](?:packaged|pkgd)$", "", lib)
    if served := _JSDELIVR.search(head[:2000]):  # (the CDN's word on what it served outranks the file's name and its stamped banner)
        lib, version = (served.group(1) or served.group(2)).lower(), served.group(3)
    return {"name": lib, "version": version, "license": (licence_in(top) if top else None) or _later_licence(head)}


_TAG_BYTES = 4096  # where a library's @license tag is looked for past its first comment block


def _later_licence(head: str) -> str | None:
    """The licence a library states past its first comment block: in the comment blocks that follow it before any code (DataTables'
    "/*! DataTables 1.10.7 */" then "/** … available under the following license: MIT license */"), or on a JSDoc ``@license`` tag
    within its first bytes, kept by minifiers for that purpose (FastClick's "@license MIT License" inside its wrapper function)."""
    lead = leading_comments(_CHARSET.sub("", head, count=1))
    tags = "\n".join(_LICENSE_TAG_LINE.findall(head[:_TAG_BYTES])[:4])
    return (licence_in(lead) if lead else None) or (licence_in(tags) if tags else None)


# A permissive licence's grant written out in a file's leading comment, under a named holder ("Copyright (c) 2013 Gildas
# Lormeau. All rights reserved. Redistribution and use in source and binary forms…" atop zip.js's inflate.js): that holder's
# licence text, carried by each file of a library copied without a banner of the /*! kind.
_GRANT = lazy_compile(r"Redistribution and use in source and binary forms|Permission is hereby granted,? free of charge"
                      r"|Licensed under the Apache License", re.I)
# (a range of years with an en dash, "2011–2015"; never the grant's own "copyright notice" or "copyright holders"; a PHPDoc tag
# before the line it holds, "@copyright Copyright (c) 2009, Robert Hafner", names the holder once)
_HOLDER = lazy_compile(r"copyright\s*(?:\(c\)|©)?\s*(?:copyright\b\s*(?:\(c\)|©)?\s*)?(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s+)?(?:by\s+)?"
                       r"(?!notice\b|holders?\b)([A-Za-zÀ-ÿ][^\n.,<(]{2,60})", re.I)


def squeeze(text: str) -> str:
    """Letters and digits only, lower case ("Gildas Lormeau" -> "gildaslormeau")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def copyright_holder(head: str) -> str | None:
    """The holder a file's leading comment names on its copyright line (squeezed: "Copyright (c) 2015 serli. All rights reserved." ->
    "serli"), with or without a licence grant; None when it names none."""
    top = banner(head)
    m = _HOLDER.search(top) if top else None
    holder = squeeze(m.group(1)) if m else ""
    return holder if len(holder) >= 3 and holder not in ("allrightsreserved", "holders", "holder", "notice") else None


def licence_holder(head: str) -> str | None:
    """The holder named by a licence grant written out in a file's leading comment (squeezed), or None when the leading
    comment holds no such grant."""
    top = banner(head)
    return copyright_holder(head) if top and _GRANT.search(top) else None



# A licence sentence whose subject is the library itself, written out at a line's start ("script.aculo.us is freely distributable under
# the terms of an MIT-style license" atop script.aculo.us's effects.js, "Prototype is freely distributable under…", "Underscore may be
# freely distributed under the MIT license"): the subject is the library the file belongs to, whatever the file's name.
_GRANTED_SUBJECT = lazy_compile(r"^[ \t]*(?://+!?|/?\*+!?|#+)?[ \t]*(?P<name>[A-Za-z][\w.$+-]*(?:[ \t]+[A-Za-z][\w.$+-]*){0,2}?)[ \t]+"
                                r"(?:is|are|may[ \t]+be|can[ \t]+be)[ \t]+(?:freely[ \t]+)?(?:re)?(?:distributable|distributed|released|licen[cs]ed)"
                                r"[ \t]+under\b", re.M)
# the words opening a licence sentence about the file, the program or the project rather than a library by its name ("This file is
# distributed under…", "The software is released under…", "Ce programme est…")
_GENERIC_SUBJECTS = frozenset({"this", "it", "that", "the", "these", "which", "all", "each", "any", "everything", "code", "file", "files",
                               "software", "program", "library", "plugin", "project", "script", "module", "source", "sources", "work",
                               "content", "package", "application", "app", "you", "we", "and", "or", "but", "also", "licensed",
                               "released", "distributed"})


def granted_library(top: str) -> str | None:
    """The library a leading comment names as the subject of its licence sentence ("script.aculo.us is freely distributable under the
    terms of an MIT-style license" -> "script.aculo.us"), as written; None when the sentence speaks of "this file", "the software"… or
    there is none."""
    for m in itertools.islice(_GRANTED_SUBJECT.finditer(top or ""), 4):
        name = m.group("name").strip(" .")
        if name.split()[0].lower() not in _GENERIC_SUBJECTS and len(squeeze(name)) >= 3:
            return name
    return None

def names_file(text: str, name: str) -> bool:
    """A script names another file as a string to load ('z-worker.js' in zip.js's ``inflater: ['z-worker.js', 'inflate.js']``)."""
    return bool(re.search(rf"""['"](?:[\w./-]*/)?{re.escape(name)}['"]""", text))


def leading_comments(text: str, limit: int = 4096) -> str:
    """The comment lines a script opens on, blank lines between them included, within its first ``limit`` characters: a
    banner written as several ``//`` blocks ("// The MIT License (MIT)", a blank line, "// Typed.js | Copyright (c) 2014 Matt
    Boldt", a blank line, "// Permission is hereby granted…"), which :func:`banner` stops at the first blank line of."""
    lines: list[str] = []
    in_block = False
    for line in text[:limit].splitlines():
        s = line.strip()
        if in_block or not s or s.startswith("//"):
            in_block = in_block and "*/" not in s
        elif s.startswith("/*"):
            in_block = "*/" not in s[2:]
        else:
            break
        lines.append(line)
    return "\n".join(lines)


def self_named_grant(name: str, text: str) -> str | None:
    """The holder (squeezed) when a script's leading comments write out a permissive licence grant and name the file itself on
    a copyright line ("Typed.js | Copyright (c) 2014 Matt Boldt" above the MIT grant, atop js/plugins/x/typed.js): a one-file
    library released by that holder and copied in. None otherwise (a project's own file whose header grants its licence names
    the project, not the file, on its copyright line)."""
    lead = leading_comments(text)
    if not _GRANT.search(lead):
        return None
    key = squeeze(re.sub(r"(\.min)?\.(js|css)$", "", name, flags=re.I)).removesuffix("js")
    if len(key) < 3:
        return None
    for line in lead.splitlines()[:80]:
        if not re.search(r"copyright|\(c\)|©", line, re.I):
            continue
        if key in {squeeze(w).removesuffix("js") for w in re.findall(r"[A-Za-z][\w.-]*", line)}:
            m = _HOLDER.search(line.replace("(c)", " ").replace("|", "\n"))
            holder = squeeze(m.group(1)) if m else ""
            return holder if len(holder) >= 3 and holder != key else None
    return None


# the names a library gives its bundle of translations ("locale-all.js" beside fullcalendar.min.js, "lang-all.js", "i18n.js"): no library's
LOCALE_BUNDLES = frozenset({"locale", "locales", "lang", "langs", "language", "languages", "i18n", "l10n", "translation", "translations"})
_WRAPPER_CHARS = 400  # a loader wrapper's head names the libraries the bundle needs (define(["jquery","moment"], …)), not whose it is


def bundle_owner(text: str, siblings: list[str]) -> str | None:
    """The library a translation bundle belongs to: of the libraries copied beside it (``siblings``, their names), the one its code
    names most often past its loader wrapper (fullcalendar's locale-all.js calls ``e.fullCalendar.locale("af", …)`` for each language;
    it needs jQuery and moment once each); None when none is named or two are named as often."""
    body = text[_WRAPPER_CHARS:HEAD_BYTES]
    counts = sorted(((len(re.findall(rf"(?<![\w$]){re.escape(name)}(?![\w$])", body, re.I)), name) for name in sorted(set(siblings)) if len(name) >= 3),
                    reverse=True)
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]



# A note kept beside copied libraries (js/readme.md: "## PMTILES\nversion 3.0.7 téléchargée le 8 août 2024\nhttps://unpkg.com/pmtiles@3.0.7/…"):
# the version its section under the library's name records, or the release its download address names
NOTES_NAMES = ("readme.md", "readme.txt", "readme", "versions.md", "versions.txt", "libraries.md")
_NOTE_HEADING = lazy_compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
_NOTE_VERSION = lazy_compile(r"\bversion[ \t]*:?[ \t]*v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\b", re.I)


def notes_version(notes: str, name: str) -> str | None:
    """The version a folder's note gives the library ``name`` in the section its heading names (None when it says none)."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    heads = list(_NOTE_HEADING.finditer(notes[:64 * 1024]))
    for k, h in enumerate(heads):
        if re.sub(r"[^a-z0-9]", "", h.group(1).lower()) != key:
            continue
        end = heads[k + 1].start() if k + 1 < len(heads) else min(len(notes), h.end() + 2000)
        section = notes[h.end():end]
        said = _NOTE_VERSION.search(section) or re.search(rf"[/@]{re.escape(name)}@v?(\d+\.\d+(?:\.\d+)?)\b", section, re.I)
        if said:
            return said.group(1)
    return None
