"""Territory-specific values beyond names and codes: map centres and extents (in degrees, Web Mercator
EPSG:3857 or Lambert-93 EPSG:2154) and hosts of one local authority's data portal or GIS server.

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`), judged by
``reusability.territory-neutral``. A point is local when one reading of its numbers falls in France and
none is the national centre a map of all France starts from; an extent is local when its corners fall
in France and it spans less than four degrees. A value given as a field's placeholder (``placeholder:
'Paris'``) is an example shown to the user, not a value the code keeps.

Longer than 400 lines: one registry of territory signals with the accept functions they share (comments, examples, placeholders).
"""

from __future__ import annotations

import math
import re

from auditor.facts.access_codes import compared_password
from auditor.facts.gettext_header import in_gettext_header
from auditor.facts.signal_registry import signal
from auditor.facts.territory_examples import example_in_string
from auditor.lazyre import lazy_compile
from auditor.facts.scaling.xml_identifiers import names_an_identifier

PLACES = ("code", "template", "config", "other", "data")

# Where a point is in France (metropolitan and overseas boxes: lat, lat, lon, lon)
FRANCE_BOXES = ((41.2, 51.2, -5.3, 9.7), (-21.5, -20.8, 55.1, 55.9), (15.8, 16.6, -61.9, -60.9), (14.3, 14.95, -61.3, -60.75),
                (2.0, 5.9, -54.7, -51.5), (-13.1, -12.6, 44.9, 45.4), (46.7, 47.2, -56.5, -56.0))


def france_box(lat: float, lon: float) -> int | None:
    """Index of the French territory (0: metropolitan France, then overseas) a point falls in."""
    for i, (a, b, c, d) in enumerate(FRANCE_BOXES):
        if a <= lat <= b and c <= lon <= d:
            return i
    return None


def national_centre(lat: float, lon: float) -> bool:
    """Near the point maps of all France start from (46.6, 2.3; 46.23, 2.21; 46.5, 2.5…): a box small enough that
    Orléans, Clermont-Ferrand or a village of the Loiret keep their own centres."""
    return abs(lat - 46.6) <= 0.5 and abs(lon - 2.3) <= 0.8


_R = 6378137.0
# Lambert-93 (IGN's constants for the inverse projection)
_N, _C, _XS, _YS, _E, _LON0 = 0.7256077650532670, 11754255.426096, 700000.0, 12655612.049876, 0.0818191910428158, 3.0


def _from_mercator(x: float, y: float) -> tuple[float, float]:
    return math.degrees(2 * math.atan(math.exp(y / _R)) - math.pi / 2), math.degrees(x / _R)


def _from_lambert93(x: float, y: float) -> tuple[float, float]:
    dx, dy = x - _XS, y - _YS
    r = math.hypot(dx, dy)
    lon = _LON0 + math.degrees(math.atan2(dx, -dy) / _N)
    iso = -math.log(r / _C) / _N
    lat = 2 * math.atan(math.exp(iso)) - math.pi / 2
    for _ in range(6):
        s = _E * math.sin(lat)
        lat = 2 * math.atan(((1 + s) / (1 - s)) ** (_E / 2) * math.exp(iso)) - math.pi / 2
    return math.degrees(lat), lon


def readings(a: float, b: float) -> list[tuple[float, float]]:
    """The (lat, lon) a pair of numbers may stand for: degrees in either order, or metres as x, y in
    Web Mercator (EPSG:3857) or Lambert-93 (EPSG:2154)."""
    if abs(a) <= 180 and abs(b) <= 180:
        return [(a, b), (b, a)]
    out = []
    if max(abs(a), abs(b)) > 1000 and abs(a) < 2.1e7 and abs(b) < 2.1e7:
        out.append(_from_mercator(a, b))
    if 0 < a < 1.3e6 and 6.0e6 < b < 7.2e6:
        out.append(_from_lambert93(a, b))
    return out


def local_point(a: float, b: float) -> bool:
    """In France under one reading, and the national centre under none."""
    rs = readings(a, b)
    return any(france_box(*p) is not None for p in rs) and not any(national_centre(*p) for p in rs)


def place_of(excerpt: str) -> tuple[float, float] | None:
    """The (lat, lon) in France of the first pair of numbers of an excerpt that has one."""
    nums = [float(x) for x in re.findall(r"-?\d{1,8}(?:\.\d+)?", excerpt)]
    for i in range(len(nums) - 1):
        for p in readings(nums[i], nums[i + 1]):
            if france_box(*p) is not None:
                return p
    return None


# Approximate centres of the metropolitan regions: the nearest names where a point is
REGION_CENTRES = ((48.7, 2.5), (47.5, 1.7), (47.2, 4.8), (49.1, 0.1), (49.9, 2.8), (48.7, 5.6), (47.5, -0.8), (48.2, -2.9),
                  (45.2, 0.2), (43.7, 2.1), (45.5, 4.5), (43.9, 6.1), (42.1, 9.0))


def spread_across_france(excerpts: list[str]) -> bool:
    """Points that draw a national map or list examples across France, not one territory: three or more
    French territories (metropolitan France and overseas), or three or more regions spanning at least 3.5 degrees."""
    places = [p for p in (place_of(e) for e in excerpts) if p is not None]
    if len({france_box(*p) for p in places}) >= 3:
        return True
    metro = [p for p in places if france_box(*p) == 0]
    regions = {min(range(len(REGION_CENTRES)), key=lambda i: (REGION_CENTRES[i][0] - p[0]) ** 2 + (REGION_CENTRES[i][1] - p[1]) ** 2)
               for p in metro}
    if len(regions) < 3:
        return False
    lats, lons = [p[0] for p in metro], [p[1] for p in metro]
    return math.hypot(max(lats) - min(lats), max(lons) - min(lons)) >= 3.5


def local_extent(x1: float, y1: float, x2: float, y2: float) -> bool:
    """Two corners in France under the same reading, less than four degrees apart."""
    for p, q in zip(readings(x1, y1), readings(x2, y2)):
        if france_box(*p) is not None and france_box(*q) is not None and not (national_centre(*p) and national_centre(*q)):
            if abs(p[0] - q[0]) < 4.0 and abs(p[1] - q[1]) < 4.0:
                return True
    return False


def _line_of(m) -> str:
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    return s[start: end if end != -1 else len(s)][:400]


# A line importing names (PHP's `use Symfony\Component\HttpFoundation\JsonResponse;`, Python's `from django.http import JsonResponse`,
# Java's and JavaScript's import): a class named there is only made available, not used
_IMPORT_LINE = lazy_compile(r"""^\s*(?:use\s+\\?[A-Za-z_][\w\\]*(?:\s+as\s+\w+)?\s*[;,{]|import\s+[\w.{}*,\s]+(?:\s+from\s|;|$)|from\s+[\w.]+\s+import\s)""")


def imported_name(m) -> bool:
    """The match is a bare class or function name (no call, no operator) on a line that imports it."""
    return bool(re.fullmatch(r"\w+", m.group(0))) and bool(_IMPORT_LINE.match(_line_of(m)))


_SERVICE_ACCOUNT = lazy_compile(r"""["']?type["']?\s*[:=]\s*["']service_account|["'](?:auth|token)_uri["']\s*:|["'](?:auth_provider|client)_x509_cert_url["']\s*:""")

# A CI pipeline obtaining its own OpenID Connect token to deploy to a cloud (GitHub Actions' `permissions: id-token: write`, GitLab's
# `id_tokens:`, the cloud login actions federating with it: azure/login, aws-actions/configure-aws-credentials,
# google-github-actions/auth): the "OIDC" words of that file (a step "Install OIDC Client from Core Package") are the deployment's
# workload-identity federation, no sign-in of people (issue 12, s40 fg40 = fbonhomme/calordure's Azure Static Web Apps workflows).
_CI_OWN_TOKEN = lazy_compile(r"^[ \t]*(?:id-token[ \t]*:[ \t]*write\b|id_tokens[ \t]*:)|\buses[ \t]*:[ \t]*['\"]?(?:azure/login|aws-actions/configure-aws-credentials|"
                             r"google-github-actions/auth)@", re.M | re.I)
_BARE_OIDC = lazy_compile(r"oidc", re.I)
_SCHEMA_COLUMN = lazy_compile(r"""^[ \t]*(?:t\.(?:string|text|binary|column)[ \t(]+['"]redirect_uris?['"]|add_column[ \t(]+:?\w+,[ \t]*:?['"]?redirect_uris?\b)""")
_GOOGLE_OAUTH_URL = lazy_compile(r"googleapis\.com/(?:oauth2|robot)|oauth2\.googleapis\.com/token|accounts\.google\.com/o/oauth2")


# a line naming a package only: an import or require of it, a manifest's dependency with its version ("angular-oauth2-oidc": "^8.0.4")
_PACKAGE_NAME_LINE = lazy_compile(r"""^\s*(?:import\b[^'"\n]*['"][^'"\n]*['"]\s*;?\s*$|(?:const|let|var)\s+[\w{},\s]+=\s*require\(\s*['"][^'"\n]*['"]\s*\)\s*;?\s*$|"""
                                  r"""['"][@\w./-]+['"]\s*:\s*['"][\^~>=<]*\d[\w.*-]*['"]\s*,?\s*$)""")


def no_sign_in(m) -> bool:
    """A comment on an API client's token, a service account's credentials ("type": "service_account" with its OAuth2
    "auth_uri"/"token_uri"), or a client-credentials token request: the server's own key to an API, where no one signs in.
    Nor the name of a package on its import or manifest line: a library imported (and registered: OAuthModule.forRoot) is no sign-in
    until the code configures or starts one; the libraries known to sign in count by their manifest (the auth check's OIDC_DEPS)."""
    line = _line_of(m)
    if line.lstrip().startswith(_COMMENT_START) or _SERVICE_ACCOUNT.search(line) or _PACKAGE_NAME_LINE.match(line):
        return True
    # a column of a table declared in a schema dump or a migration (Rails' `t.text "redirect_uri", null: false` in db/schema.rb's
    # oauth_applications and oauth_access_grants, Doorkeeper's tables; `add_column :oauth_clients, :redirect_uri`): the addresses of
    # the applications registered with the service as an OAuth provider, stored for them, not a sign-in of the service's own
    # (issue 12, s47 fd47 = a Decidim platform)
    if _SCHEMA_COLUMN.match(line):
        return True
    if _BARE_OIDC.fullmatch(m.group(0)) and _CI_OWN_TOKEN.search(m.string):  # (the CI's token to its cloud: not an OIDC_ISSUER setting)
        return True
    # a Google service account's key spread over settings (GS_AUTH_URI=https://accounts.google.com/o/oauth2/auth beside
    # GS_PRIVATE_KEY=…: gefiproj-api's export to Google Sheets): the server's own key, no one signs in
    if _GOOGLE_OAUTH_URL.search(line) and re.search(r"private_key", m.string, re.I):
        return True
    # FastAPI's OAuth2 password flow (OAuth2PasswordBearer, OAuth2PasswordRequestForm): the service's own login form and password,
    # no identity provider — unless the same file also redirects to one
    if "OAuth2Password" in m.string and not re.search(r"openid|authorization_code|redirect_uri|OAuth2AuthorizationCode", m.string, re.I):
        return True
    # the out-of-band redirect (urn:ietf:wg:oauth:2.0:oob: the code is shown to be copied, never sent back to a site): an installed or
    # back-office client obtaining its token to a third party's API (a Lutece plugin's Phraseanet account), where no one signs in to the site
    if "urn:ietf:wg:oauth:2.0:oob" in m.string:
        return True
    # a file asking an API for its own token (grant_type client_credentials, no redirect of a person): an API client's OAuth2
    # (any spelling: Oauth2ClientCredentialsGrantRequestAuthenticator, OAUTH2_CLIENT_CREDENTIALS_GRANT — lamassu fetching feeds)
    if re.search(r"redirect_?uri|authorization_?code", m.string, re.I):
        return False
    if re.search(r"client_?credentials", m.string, re.I):
        return True
    # or a script run by itself asking for a token with its account's password (grant_type password, the credentials from its settings
    # file: a batch download of satellite images from a data space's API), reading no web request: the client's key to a data API,
    # nobody signs in to the project (a web server posting the password a person typed reads it from the request; issue 12, s34 e34)
    return bool(_PASSWORD_GRANT.search(m.string) and _RUN_AS_SCRIPT.search(m.string) and not _WEB_REQUEST.search(m.string))


_PASSWORD_GRANT = lazy_compile(r"""\bgrant_type['"]?[ \t]*[:=,][ \t]*['"]?password\b""", re.I)
_RUN_AS_SCRIPT = lazy_compile(r"""^if[ \t]+__name__[ \t]*==[ \t]*['"]__main__['"][ \t]*:|\A#!""", re.M)
_WEB_REQUEST = lazy_compile(r"""\brequest\.(?:form|json|get_json|POST|data|args|values)\b|\breq\.body\b|\$_(?:POST|REQUEST)\b|@\w+\.(?:route|post)\(""")


_COMMENT_START = ("#", "//", "*", "/*", "<!--", "{#", "--", "{{!--", "{%- comment", "{% comment")
_EXAMPLE_WORDS = lazy_compile(r"(?<!\w)(?:e\.g\.|ex\.|i\.e\.)(?=\s)|\bex\s*:|\b(examples?|exemples?|samples?|par exemple|for instance)\b", re.I)
# the value of a field's placeholder or hint: an example shown to the user ("placeholder: 'Paris'", placeholder="Lyon")
_PLACEHOLDER_BEFORE = lazy_compile(r"""\b(?:placeholder|hint|example|exemple|sample)\w*['"]?\s*[:=]\s*[{(\[]?\s*['"`]?[^'"`\n]{0,40}$""", re.I)


# a C or Objective-C preprocessor definition (#define kSERVER_URL @"https://…"): a constant of the code, no shell or Python comment
_C_DEFINE = lazy_compile(r"#define[ \t]+[A-Za-z_]\w*[ \t(]")


def in_code(m) -> bool:
    """A value written in code: not in a comment line, an example (on its line or its string's), a placeholder or a docstring."""
    line = _line_of(m)
    if (line.lstrip().startswith(_COMMENT_START) and not _C_DEFINE.match(line.lstrip())) or _EXAMPLE_WORDS.search(line) or example_in_string(m):
        return False
    # (nor inside a /* … */ block whose inner lines carry no marker: a JavaScript function's "exemple de réponse" of a WMS
    # GetFeatureInfo, "insee_comm = '03185'", is the answer it parses, no value it sets)
    if _in_block_comment(m) or in_gettext_header(m):  # (nor a gettext catalogue's header: "Last-Translator: … <…@ville-x.fr>")
        return False
    s = m.string
    if _PLACEHOLDER_BEFORE.search(s[s.rfind("\n", 0, m.start()) + 1: m.start()]):
        return False
    before = s[: m.start()]
    if ("__END__" in before or "__DATA__" in before) and _DATA_SECTION.search(before):  # after a Perl or Ruby script's __END__ / __DATA__: its documentation or usage text, no code
        return False
    # (a docstring's quotes are counted outside /* … */ comments: an ASCII-art banner's MMM"""AMV in a PHP file's header opens none;
    # issue 12, s43 fi43 = ZeCrusher/APIDAE-vers-OpenAgenda)
    if "/*" in before and ('"""' in before or "\'\'\'" in before):
        before = _BLOCK_COMMENT.sub("", before)
    if (before.count('"""') + before.count("\'\'\'")) % 2 == 0:
        return True
    return _string_value_opener(before)


# what precedes a triple-quoted string's opener on its line when the string is a value, not a docstring: a call's argument, an
# assignment, an item, a concatenation, a return (st.markdown(f"""<p>…</p>"""), html = """…""": the page a program shows)
_VALUE_BEFORE = lazy_compile(r"(?:[(=,\[{+%]|\breturn)[ \t]*[rRbBuUfF]{0,2}$")


def _string_value_opener(before: str) -> bool:
    """Inside a triple-quoted string (``before`` ends inside one): whether its opener follows an operator, a call's parenthesis or
    ``return`` on its line, a string value of the program (the HTML a Streamlit page writes with st.markdown), not a docstring
    (issue 12, s45 fi45)."""
    opener = max(before.rfind('"""'), before.rfind("\'\'\'"))
    return bool(_VALUE_BEFORE.search(before[before.rfind("\n", 0, opener) + 1: opener]))


_BLOCK_COMMENT = lazy_compile(r"/\*(?:(?!/\*)[\s\S])*?\*/")  # (an attempt stops at the next opener: linear)


_DATA_SECTION = lazy_compile(r"(?:^|\n)__(?:END|DATA)__[ \t]*\r?\n")


_SVG_MARKERS = ('d="', "d='", "points=", "viewbox", "<path", "transform=", "matrix(", "rgba(", "cubic-bezier", "translate(", "scale(",
                "rotate(", "version", "rgb(", "hsl(", "stroke", "fill", "cx=", "cy=", "x1=", "y1=")
NUM = r"(-?\d{1,8}(?:\.\d+)?)"
SEP = r"""\s*['"\])]*\s*(?:[,;]|\s)\s*['"\[(]*\s*"""
KEY = r"""(?:['"]?[a-z_]{1,12}['"]?\s*:\s*)?"""  # { w: 1.76, s: 47.79, e: 1.86, n: 47.85 }
AXIS = r"""(?:(?:lat|lng|lon|latitude|longitude|x|y)['"]?\s*[:=]\s*)?"""


def _numbers(m, n: int) -> list[float] | None:
    try:
        return [float(m.group(i)) for i in range(1, n + 1)]
    except (TypeError, ValueError):
        return None


# The zoom given with a centre (``zoom: 5`` a line below, ``setView([…], 5)``, JSX ``zoom={6}``): 6 or less shows all of France
# (at zoom 6 a map 1,000 pixels wide spans 22 degrees of longitude, France 14; a region needs 7 or more)
_ZOOM_AFTER = lazy_compile(r"""['"]?[\])]\s*,\s*(\d{1,2}(?:\.\d+)?)\s*[,)]|[\s\S]{0,200}?\bzoom(?:_?[lL]evel)?['"]?\s*[:=]\s*\{?\s*(\d{1,2}(?:\.\d+)?)\b""")
NATIONAL_ZOOM = 6


def _accept_centre(m) -> bool:
    nums = _numbers(m, 2)
    if nums is None or any(k in _line_of(m).lower() for k in _SVG_MARKERS) or not in_code(m):
        return False
    z = _ZOOM_AFTER.match(m.string, m.end())  # a view of the whole country centred a little off the usual point is no territory
    if z and float(z.group(1) or z.group(2)) <= NATIONAL_ZOOM:
        return False
    return local_point(*nums)


def _accept_extent(m) -> bool:
    nums = _numbers(m, 4)
    if nums is None or any(k in _line_of(m).lower() for k in _SVG_MARKERS) or not in_code(m):
        return False
    return local_extent(*nums)


# A map's centre: Leaflet setView/flyTo/L.latLng, OpenLayers center: fromLonLat([…]) or [x, y] in metres, MapLibre center,
# folium location=, mviewer's <mapoptions center="x,y">, an R leaflet setView(lng = …, lat = …)
signal("territory.map-centre",
       r"""(?:\b(?:setView|flyTo|panTo|setCenter|fromLonLat|latLng|LatLng|LngLat|lngLat)\s*\(|"""
       r"""\b[\w$]*?(?:center|centre|location)['"]?\s*[:=]\s*)"""
       r"""[\s\[({'"]*(?:(?:ol\.proj\.)?fromLonLat\s*\(\s*\[?\s*|(?:L\.)?latLng\s*\(\s*|new\s+\w+\.LngLat\s*\(\s*)?"""
       + AXIS + NUM + SEP + AXIS + NUM + r"""(?![\d.])""",
       ("setview", "flyto", "panto", "setcenter", "fromlonlat", "latlng", "lnglat", "center", "centre", "location"),
       classes=PLACES, accept=_accept_centre)
# A map's extent or bounds: OpenLayers extent/maxExtent, Leaflet maxBounds/fitBounds, MapLibre maxBounds, mviewer maxextent="…",
# a download request's "RegionType":"bbox", "RegionData":[…] (the bbox named, its corners in the next key)
signal("territory.map-extent",
       r"""\b[\w$]*?(?:extent|bbox|bounds|bounding_?box|boundingBox)\w*['"]?\s*(?:[:=(]|,[^\d\n]{0,40}?[:=])[\s\[({'"]*"""
       + KEY + NUM + SEP + KEY + NUM + SEP + KEY + NUM + SEP + KEY + NUM + r"""(?![\d.])""",
       ("extent", "bbox", "bounds", "bounding"), classes=PLACES, accept=_accept_extent)


# One of the nine Lambert conic conformal zones of RGF93 (EPSG:3942 to 3950, CC42 to CC50, each a 2° band of latitude), written
# in the code: the sponsor's local projection (Rennes' CC48 to reproject a search extent), which a reuser elsewhere must change;
# Lambert-93 (EPSG:2154), the national projection, is no territory
signal("territory.cc-zone", r"""\b(EPSG:39(?:4[2-9]|50))\b(?![\d])""", ("epsg:39",), classes=("code",),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and len(set(_CC_ZONE.findall(m.string))) < 3)
# (a file defining three zones or more, proj4 definitions of every zone, a CRS picker's "epsg:3942" … "epsg:3950": national; the zone
# counted by its number, in either case as the signal reads it — issue 12, s35 ac35)
_CC_ZONE = lazy_compile(r"(?i:EPSG):(39(?:4[2-9]|50))\b")

# A projection of one overseas territory written in the code (a national park's script forcing its outputs to 'EPSG:32622', UTM
# zone 22N, French Guiana's): the sponsor's local system as with the CC zones above, which a park or a service elsewhere must change.
# The legal systems of the décret 2006-272 (RGAF09 / UTM 20N 5490 for the Antilles, RGFG95 / UTM 22N 2972, RGR92 / UTM 40S 2975,
# RGM04 / UTM 38S 4471, RGSPM06 / UTM 21N 4467), their former ones (Guadeloupe 1948 2970, Martinique 1938 2973, Fort Marigot 2969,
# CSG67 3312, Piton des Neiges 3727, Combani 1950 2980) and the WGS 84 UTM zones of those territories (32620, 32621, 32622, 32738,
# 32740); a file naming three of them or more is a table of every territory's (national). Issue 12, s35 m35 = PAGuyane/tools_CFVP.
OVERSEAS_CRS = {"5490": "Antilles", "2970": "Guadeloupe", "2969": "Saint-Martin", "2973": "Martinique", "32620": "Antilles",
                "2972": "Guyane", "3312": "Guyane", "32622": "Guyane", "2975": "La Réunion", "3727": "La Réunion", "32740": "La Réunion",
                "4471": "Mayotte", "2980": "Mayotte", "32738": "Mayotte", "4467": "Saint-Pierre-et-Miquelon", "32621": "Saint-Pierre-et-Miquelon"}
_OVERSEAS = "|".join(sorted(OVERSEAS_CRS, key=len, reverse=True))
_OVERSEAS_ANY = lazy_compile(r"\bEPSG:(" + _OVERSEAS + r")\b(?![\d.])", re.I)
signal("territory.overseas-crs", r"""\b(EPSG:(?:""" + _OVERSEAS + r"""))\b(?![\d.])""", ("epsg:",), classes=("code",), group=1,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and len(set(_OVERSEAS_ANY.findall(m.string))) < 3)

# The same zone's bare number given as the value of a field or setting named for the reference system (issue 12, s27: a transport
# back-office's Symfony form ->add('srid', 'text', array(… 'data' => '3943', 'read_only' => true)), a SRID = 3948 constant): the code
# keeps one band of latitude, which a network elsewhere edits; Lambert-93 (2154) and WGS84 (4326) are national or worldwide
_CC_FIELD = (r"""(?:['"]?(?:data|default_?value|value|empty_data|initial)['"]?\s*(?:=>|:|=)"""
             r"""|\b\w{0,20}?(?:srid|epsg)(?:_?code)?['"]?\s*(?:=>|:|=(?!=)))\s*['"]?""")
_CC_NAMED = lazy_compile(r"""['"](?:srid|srs|crs|epsg|projection)['"]\s*,[^;]{0,300}$""", re.I)  # (the option array of a field so named)
_CC_ANY = lazy_compile(r"(?:" + _CC_FIELD + r"|EPSG:)(39(?:4[2-9]|50))(?![\d.])", re.I)  # (every zone the file names)


def _cc_field(m) -> bool:
    if _line_of(m).lstrip().startswith(_COMMENT_START) or len(set(_CC_ANY.findall(m.string))) >= 3:
        return False
    return bool(re.match(r"\W*\w{0,20}?(?:srid|epsg)", m.group(0), re.I)) or bool(_CC_NAMED.search(m.string, max(0, m.start() - 300), m.start()))


signal("territory.cc-srid-field", _CC_FIELD + r"""(39(?:4[2-9]|50))(?![\d.])""", ("srid", "srs", "crs", "epsg", "projection"), classes=("code",), group=1,
       accept=_cc_field)


# Large communes and préfectures whose name is not also a common word (no Nice, Tours, Orange, Sens…),
# matched only as a whole string literal: "Grenoble", 'Saint-Étienne'.
from auditor.facts.territory_hosts import CITY_NAMES, authority_host, forge_link, park_host, place_named, region_host, territory_subdomain  # noqa: E402,F401 (the places and hosts of one territory: their own module)


# Who wrote the package (setup.py author=, "author": in package.json, pyproject's authors, @author, <developer>): an
# authorship record, not a value a second territory has to change.
_AUTHOR_LINE = lazy_compile(r"\b(author|authors|maintainer|maintainers|__author__|__email__|author_email|maintainer_email|developer|"
                          r"contributors?|auteurs?|mainteneurs?|__copyright__|__credits__|__maintainer__|__contact__|use_code_of_conduct)\b", re.I)


# The project's own addresses given to setup() (url=, download_url=, project_urls=): package metadata, like its author.
# (and an add-on's manifest, a file holding one dict literal with its 'name' and 'depends' (Odoo's __manifest__.py: 'website':
# "https://www.<the author's body>.fr", shown in the apps list): the add-on's metadata, as setup()'s url= is (issue 12, s48 fa48 =
# GIP-RECIA/recia_odoo_video_widget)
_SETUP_URL_LINE = lazy_compile(r"""^\s*['"]?(?:url|download_url|project_urls|home_?page|repository|source|documentation|bug_tracker|tracker|"""
                               r"""website|support|live_test_url)['"]?\s*[=:]""", re.I)
_SETUP_CALL = lazy_compile(r"\bsetup\s*\(")
_MANIFEST_DICT = lazy_compile(r"""\A(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*\{[\s\S]{0,20000}?['"]depends['"][ \t]*:""")


# (the lines of setup.py's own addresses, for the check's reading of the sponsor's hosts: package metadata, no server called)
signal("territory.package-url", r"""^[ \t]*['"]?(?:url|download_url|project_urls|home_?page)['"]?[ \t]*[=:][ \t]*['"]?https?://""", ("url", "page"),
       flags=re.I | re.M, exts={"py"}, classes=("code",), accept=lambda m: bool(_SETUP_CALL.search(m.string)))


def is_package_metadata(m) -> bool:
    """The match sits on an author's line, or on a setup() call's line giving the project's own addresses (setup.py)."""
    line = _line_of(m)
    if m.group(0).startswith("@") and _AUTHOR_LINE.search(line):
        return True
    return bool(_SETUP_URL_LINE.search(line) and (_SETUP_CALL.search(m.string) or _MANIFEST_DICT.search(m.string)))


# A default the caller overrides: the value after an option's "||" or "??" (a Passport strategy's `options.providerURL =
# options.providerURL || "http://www.<platform>.fr/…/provider"`): the calling application passes its own through the options, as
# it would its territory's; the library is that provider's client (issue 12, s45 fe45)
_OPTION_DEFAULT = lazy_compile(r"""\b(?:this\.)?(?:options|opts|config|settings|params)(?:\.\w+|\[["']\w+["']\])+\s*(?:\|\||\?\?)\s*["'`][^"'`]*$""")


def _option_default(m) -> bool:
    """The match is inside the string given as an option's default (see :data:`_OPTION_DEFAULT`)."""
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return bool(_OPTION_DEFAULT.search(before[-300:]))


# The link to an API's external documentation in its description's metadata (a Swagger annotation's `externalDocs = @ExternalDocs(
# value = "… WIKI", url = "https://<the software's site>/…")`, springdoc's `.externalDocs(new ExternalDocumentation().url("…"))`, an
# OpenAPI object's externalDocs: {url: …}): a page for readers of the API, right for any reusing body, nothing the service calls
# (issue 12, s48 fa48 = lutece-secteur-public/gru-plugin-identitystore's SwaggerConfig.java)
_API_DOCS_LINK = lazy_compile(r"""\bexternalDocs\b[\s"']*(?:=|:|\()[^;{}]{0,300}$|@ExternalDocs\s*\([^;{}()]{0,300}$|\bExternalDocumentation\s*\(\s*\)[^;{}]{0,300}$""", re.I)


def api_docs_link(m) -> bool:
    """The match is the address of an API description's external documentation (see :data:`_API_DOCS_LINK`)."""
    return bool(_API_DOCS_LINK.search(m.string[max(0, m.start() - 400): m.start()]))


def _accept_host(m) -> bool:
    if is_package_metadata(m) or _option_default(m) or api_docs_link(m):
        return False
    host = m.group(1).replace("\\", "")
    if forge_link(host, re.match(r"[^\s'\"<>()]*", m.string[m.end():m.end() + 300]).group(0)):
        return False  # (a self-hosted forge's repository page, an upstream's credit link: no particularity of a territory)
    # (nor a namespace, an Alfresco content model's "http://cd59.fr/model/actes/1.0.": a name its stored content keeps, nothing fetched)
    return (authority_host(host) or region_host(host) or park_host(host)) and in_code(m) and not _in_block_comment(m) \
        and not names_an_identifier(m)  # (a file header's contact: sig@meaux.fr under /* Copyright)


# (a listed operator's development platforms under .dev too, an ENT app's BaseUrl "auth.test.recia.dev": see authority_host)
# (and a host alone in a string, a Java mail class's SMTPserveur = "smtp.site-mairie.noumea.nc"; the overseas collectivities' domains too;
# or written in a regular expression, its dots escaped: preg_match('/@bognysurmeuse\.fr$/', $email), the one domain allowed to sign in)
_HOST_NAME = r"""((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\?\.)+(?:fr|bzh|eu|paris|alsace|corsica|re|nc|pf|gp|mq|gf|yt|pm|wf|com|org|net|dev))(?![\w-])"""
# (or a domain written as a suffix appended to host names, apps['name'] + '.gov.pf': every virtual host named in one authority's domain, s40 fo40)
# (or a host written in a regular expression, its dots escaped, after the pattern's group or alternation or its escaped "//": a URL
# pattern /^(?:(?:https?:)?\/\/)?(pod\.<body>\.fr\/video|…)/ recognising one body's video server; issue 12, s48 fa48 =
# GIP-RECIA/recia_odoo_video_widget's media.js)
_HOST = r"""(?:@|://|\bwww\.|(?<=["'])(?=(?:[a-z0-9-]+\.){2})|(?<=["']//)|(?<=["']\.)|(?:(?<=\\/\\/)|(?<=[(|]))(?=(?:[a-z0-9-]+\\\.){2}))""" + _HOST_NAME
signal("territory.authority-host",
       _HOST,
       ("://", "@", "www.", ".fr", ".nc", ".pf", ".gp", ".mq", ".gf", ".yt", ".re", ".dev"), classes=("code", "template", "config", "other", "i18n"),
       accept=_accept_host)  # (i18n: a message's link)
# An authority's site named by its bare domain in a text the code writes (an Alfresco action stamping "Publié sur le site lenord.fr le …"
# on every act it publishes, s31): the territory's site written into the output, whatever the namespaces say; inside a string only
_SITE_NAME = r"""(?<=[\s"'(«])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.(?:fr|bzh|paris|alsace|corsica))(?![\w.-]*\w)"""


def _in_string(m) -> bool:
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return before.count('"') % 2 == 1 or ('"' not in before and before.count("'") % 2 == 1)


signal("territory.site-name", _SITE_NAME, (".fr", ".bzh", ".paris", ".alsace", ".corsica"), classes=("code",),
       accept=lambda m: _in_string(m) and _accept_host(m))
# (and in a SQL script's code, which the scan classes with the data files: a view writing one regional platform's GeoServer
# address into every record it exports, XMLELEMENT(NAME "gmd:URL", 'https://www.geo2france.fr/geoserver/cen_hdf/ows'))
# (an address only, not a mailbox; nor a table's COMMENT ON naming its source, nor a dump's rows: COPY … FROM stdin, INSERT's
# VALUES, a metadata catalogue's links in a pg_dump, are the data)
# (but a connector's settings row is no data: an INSERT whose columns are a server's address and the account it signs in with — a
# plugin's upgrade script writing its task's settings, base_url 'http://crm.apps.<city>.<intranet>/Api', user_login, user_password —
# sets up one authority's server for whoever runs it; an intranet's own top-level name too: issue 12, s48 fe48)
_SQL_HOST_NAME = r"""((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12})(?![\w-])"""
signal("territory.sql-host", "://" + _SQL_HOST_NAME, ("://",), exts={"sql", "pgsql", "plpgsql", "psql"},
       accept=lambda m: (authority_host(m.group(1)) or region_host(m.group(1)) or park_host(m.group(1))) and in_sql(m)
       and (_settings_row(m) if _sql_data(m) else re.fullmatch(_HOST_NAME, m.group(1)) is not None))
_SQL_DATA = lazy_compile(r"\bcomment\s+on\b|\binsert\s+into\b|\bcopy\b[^;]*\bfrom\s+stdin\b", re.I)
_INSERT_COLUMNS = lazy_compile(r"(?:\s*--[^\n]*\n)*\s*insert\s+into\s+[\w.`\"\[\]]+\s*\(([^()]{1,3000})\)\s*values\b", re.I)
_ADDRESS_COLUMN = lazy_compile(r"(?:^|_)(?:url|uri|host|hostname|endpoint|server|serveur)$", re.I)
_ACCOUNT_COLUMN = lazy_compile(r"(?:^|_)(?:password|passwd|pwd|mdp|mot_?de_?passe|login)$", re.I)


def _settings_row(m) -> bool:
    """The match is in the values of an INSERT whose columns name a server's address and an account's login or password: a
    connection's settings, not rows of data."""
    before = m.string[max(0, m.start() - 20000): m.start()]
    statement = _INSERT_COLUMNS.match(before, before.rfind(";") + 1)
    if not statement:
        return False
    columns = [c.strip().strip("`\"[] ") for c in statement.group(1).split(",")]
    return any(_ADDRESS_COLUMN.search(c) for c in columns) and any(_ACCOUNT_COLUMN.search(c) for c in columns)


def _sql_data(m) -> bool:
    """The match is in a statement's data or comment, from the statement's start (after the last ';'), or in a COPY block's rows."""
    before = m.string[: m.start()]
    if _SQL_DATA.search(before[before.rfind(";") + 1:]):
        return True
    copy = before.lower().rfind("from stdin;")
    return copy >= 0 and "\n\\." not in before[copy:]


# -- one territory's account on a shared service, written in code: its sub-domain (an argparse default
# "https://asp-loire-atlantique.sphinxonline.net/", a SaaS survey tool's account) or its login ("--ftp_login", default="loireatlantique")
def _accept_account_host(m) -> bool:
    return not is_package_metadata(m) and territory_subdomain(m.group(1)) and in_code(m)


signal("territory.account-host", r"""://((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,12})(?![\w-])""", ("://",),
       classes=("code", "template", "config", "other"), accept=_accept_account_host)
# (or written as a segment of the address's path: a SaaS's shared API naming the tenant whose feed it serves,
# https://api-v3.tourinsoft.com/api/syndications/reunion.tourinsoft.com/<id>: one territory's instance of the tourism information
# system, hard-coded as much as its own sub-domain would be; issue 12, s45 fj45 = D-OTIsud/tourinsoftpars)
signal("territory.account-host-path", r"""://[a-z0-9.-]+(?::\d+)?(?:/[\w.%~-]*)*?/((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,12})(?=[/?#"'`\s]|$)""",
       ("://",), classes=("code", "template", "config", "other"), group=1, accept=_accept_account_host)
signal("territory.account-name",
       r"""\b(?:ftp_?|sftp_?|smtp_?|db_?)?(?:login|user(?:_?name)?|account|compte|tenant|identifiant)[\w-]*['"]?\s*(?:[:=]|,\s*default\s*=)\s*['"]([\w.-]{5,40})['"]""",
       ("login", "user", "account", "compte", "tenant", "identifiant"), classes=("code",), group=1,
       accept=lambda m: place_named(m.group(1)) and in_code(m))


# -- a filter keeping one département or region in analysis code (R, Python): filter(DEP %in% "01"),
# substr(code_insee, 1, 2) == "35", df[df["code_dep"] == "29"], insee_reg.isin(["53"])
_CODE_COLUMN = r"""(?:dep|DEP|Dep|code_?dep(?:artement)?|CODE_?DEP|insee_?dep|INSEE_?DEP|num_?dep|departement|DEPARTEMENT|reg|REG|code_?reg(?:ion)?|CODE_?REG|insee_?reg|INSEE_?REG)"""
signal("territory.code-filter",
       r"""((?:\b(?:substr|str_sub|substring|str_sub)\s*\(\s*[\w.$"'\[\]]+\s*,\s*1\s*,\s*[23]\s*\)|(?<![\w])['"]?""" + _CODE_COLUMN
       + r"""['"]?\]?)\s*(?:==|%in%|\.isin\(|\.eq\()\s*(?:c\(|\[)?\s*['"](?:\d{2,3}|2[AB])['"])""",
       ("dep", "reg", "substr", "str_sub", "substring"), flags=0, exts={"r", "py", "rmd", "qmd", "jl"}, classes=("code", "other", "config", "doc"),
       accept=lambda m: in_code(m) and not _DATE_PART.search(m.group(1)))
# the first characters of a date or a period (substr(mois, 1, 2) %in% c("06", "07"): the summer months of a "mm/yyyy" column)
_DATE_PART = lazy_compile(r"^\w+\s*\(\s*[\w.$\"'\[\]]*?(?:mois|month|date|annee|year|jour|day|heure|hour|time|periode|period|semaine|week|saison|season)", re.I)


# Who wrote or owns the package ('author_company' => '…' in a TYPO3 ext_emconf.php, "vendor", copyright): an authorship record,
# not a value a second territory has to change.
# (and a Python module's dunder metadata, __copyright__ = "Copyright 2022, …, Métropole de Lyon"; and the holder or the contact given to
# a licence or code-of-conduct generator, usethis::use_mit_license("Nantes Métropole"), use_code_of_conduct("…@nantesmetropole.fr"))
_AUTHORSHIP = lazy_compile(r"""\b(author\w*|company|vendor|copyright|maintainer\w*|owner|organi[sz]ation|publisher|editeur|éditeur)['"]?\s*(?:=>|[:=])"""
                           r"""|\b__(?:author|copyright|maintainer|credits|email|contact)__\s*=|\buse_\w*?(?:licen[cs]e|code_of_conduct)\s*\(""", re.I)


# A city's métropole or agglomeration named inside a sentence of the code ("La commune demandée ne fait pas partie de Rennes
# Metropole", an error message): the authority the service was written for
_TRAILING_COMMENT = lazy_compile(r"(?:^|\s)(?://|#)\s")


def _in_block_comment(m) -> bool:
    from auditor.facts.scaling.signals import in_block_comment  # imported here: no import cycle through the signal modules

    return in_block_comment(m)


def _authority_in_code(m) -> bool:
    line_before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return (in_code(m) and not is_package_metadata(m) and not _TRAILING_COMMENT.search(line_before) and not _in_block_comment(m)
            and not _AUTHORSHIP.search(line_before))


signal("territory.authority-name",
       r"""(?<![\w-])((?:""" + "|".join(sorted((n.replace("-", "[- ]") for n in CITY_NAMES), key=len, reverse=True))
       + r""")\s+(?:Métropole|Metropole|Agglomération|Agglomeration|Agglo))(?![\w-])""",
       ("métropole", "metropole", "agglo"), flags=0, classes=("code", "template", "config", "other"), group=1, accept=_authority_in_code)


# A département's own body named by its number (the fire and rescue service: "Numéro Chrono SDIS 91" in a screen, "SDIS-2A"):
# another département's service edits it (in a comment, a package's author line or an owner/project name — "PRODID:SDIS62/Prevarisc",
# the upstream's forge path —, a record, not a value; nor a PHP namespace, `namespace SDIS62\Core\User;`: the package's name)
signal("territory.body-number", r"""(?<![\w\\-])(S\.?D\.?I\.?S\.?[ -]?(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]))(?![\w/\\-])""",
       ("sdis", "s.d.i.s"), flags=0, classes=("code", "template"), group=1,
       accept=lambda m: in_code(m) and not is_package_metadata(m) and not compared_password(m))  # (nor an admin password, prompt() !== "SDIS85")


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{24}")


def in_base64(m) -> bool:
    """The match sits inside a base64 run (an image inlined as data:image/png;base64,…: "RgAA" is no RGAA)."""
    s = m.string
    return bool(_BASE64_RUN.fullmatch(s[max(0, m.start() - 24): m.start()]) or _BASE64_RUN.fullmatch(s[m.end(): m.end() + 24]))


def in_sql(m) -> bool:
    """A value written in SQL code: not on a comment line nor given as an example (a PL/pgSQL body's '' quotes are no Python
    docstring: ``in_code``'s docstring rule would take the rest of the file for one), nor in a comment after the code."""
    line = _line_of(m)
    return not line.lstrip().startswith(_COMMENT_START) and not _EXAMPLE_WORDS.search(line) and not _in_sql_comment(m)


_SQL_BLOCK_OPEN = lazy_compile(r"(?:^|\s)/\*")
_SQL_STRING = lazy_compile(r"'[^'\n]*'")


def _in_sql_comment(m) -> bool:
    """After a ``--`` outside a string on the match's line, or inside a /* … */ block opened on an earlier line: a script's header
    (lines 1-14 of a PostGIS model's init script: "GeoCompiegnois - http://geo.compiegnois.fr/ / Auteur : …") is its credits, no
    value the code sets. Only /* */ opens: an HTML string a view builds ('<!-- …') opens no SQL comment; nor a /* after a -- ."""
    s = m.string
    line_start = s.rfind("\n", 0, m.start()) + 1
    if "--" in _SQL_STRING.sub("", s[line_start: m.start()]):
        return True
    window_start = max(0, m.start() - 4000)
    window = s[window_start: m.start()]
    for opened in reversed(list(_SQL_BLOCK_OPEN.finditer(window))):
        open_line = window[window.rfind("\n", 0, opened.end()) + 1: opened.end()]
        if "--" in _SQL_STRING.sub("", open_line):
            continue
        return window.rfind("*/") < opened.end()
    return False


_PAIR_ON_LINE = lazy_compile(r"(?<![\w.])(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)(?![\d.])")  # (51.2: one decimal is a corner too)


def corner_of_a_wide_extent(line: str, a: float, b: float) -> bool:
    """The point is one corner of an extent whose other corner, on the same line, lies four degrees or more away: metropolitan
    France's box ([[-5.1406, 41.3337], [9.5593, 51.0891]], a CKAN spatial search's default), not one territory's place."""
    for x, y in _PAIR_ON_LINE.findall(line)[:20]:
        if max(abs(float(x) - a), abs(float(y) - b)) >= 4.0:
            return True
    return False


# Paris, Lyon and Marseille's arrondissements have INSEE codes of their own in the national data (751xx, 6938x, 132xx): a query
# merging them into their commune names its step after the city (with unchanged as (…), paris as (… '75101', '75102' …)), as every
# user of a national dataset must; that name is no territory's warehouse when the file lists the city's arrondissement codes
PLM_ARRONDISSEMENTS = {"paris": lazy_compile(r"'751(?:0[1-9]|1\d|20)'"), "lyon": lazy_compile(r"'6938[1-9]'"),
                       "marseille": lazy_compile(r"'132(?:0[1-9]|1[0-6])'")}


def plm_step(parts: list[str], text: str) -> bool:
    """A SQL name that is Paris's, Lyon's or Marseille's alone, in a file listing that city's arrondissements' codes."""
    return len(parts) == 1 and parts[0] in PLM_ARRONDISSEMENTS and bool(PLM_ARRONDISSEMENTS[parts[0]].search(text[:200_000]))


# -- SQL code branching on one EPCI by its short name (sigagglocompiegne/spanc's trigger: `if v_epci = 'arc' THEN`, "arc" being
# the Agglomération de la Région de Compiègne): the intercommunalities of one territory, which a second one has to change. Three
# characters or more: two letters are ADMIN EXPRESS's and INSEE's codes of a commune in no intercommunality (siren_epci = 'NR',
# "non renseigné"; 'NC', "non concerné"), as ZZZZZZZZZ is the COG's — codes of the national reference, no territory's
signal("territory.sql-epci", r"""(\b[\w."]*epci[\w"]*\s*(?:=|<>|!=)\s*'(?!(?:oui|non|yes|no|true|false|null|vrai|faux|all|tous|toutes|tout|aucun|aucune|autre|autres|total|ensemble|none|any|z+)')([a-z][a-z0-9]{2,9})')""",
       ("epci",), exts={"sql", "pgsql", "plpgsql", "psql"}, accept=in_sql, group=2)
# -- SQL code keeping given intercommunalities by their SIREN (Carto-NA/gal_leader's views: WHERE numepci IN ('200041614', '200041499'),
# siren_epci = '200067965'): one territory's EPCI, which a second one has to change (an empty '' in a template list is no value)
# (every SIREN of a list is one: code_epci in ('200067262','244000659',…,'247900798'), nineteen EPCI of a region's programme, are
# nineteen values, not the list's last one — issue 12, s35 m35 = Carto-NA/tepos; the list's items read back to its "(", 2,000 characters)
_SIREN_COMPARED = lazy_compile(r"""[\w."]*(?:epci|siren)[\w"]*(?:::\w+)?\s*(?:=\s*any\s*\(\s*(?:array\s*\[\s*)?|=\s*)$""", re.I)
_SIREN_LIST_HEAD = lazy_compile(r"""[\w."]*(?:epci|siren)[\w"]*(?:::\w+)?\s*(?:in|=\s*any)\s*$""", re.I)
_SIREN_LIST_ITEMS = lazy_compile(r"""\s*(?:array\s*\[\s*)?(?:'[^'\n]*'(?:::\w+)?\s*,\s*)*""", re.I)


def _siren_compared(m) -> bool:
    """A SIREN compared with an EPCI or SIREN column in SQL code: ``siren_epci = '…'``, ``= any(array['…'``, or any item of an
    ``epci in ('…', '…')`` list (the items before it quoted values only)."""
    if not in_sql(m):
        return False
    s, at = m.string, m.start()
    if _SIREN_COMPARED.search(s[max(0, at - 160):at]):
        return True
    opening = s.rfind("(", max(0, at - 2000), at)
    return opening >= 0 and bool(_SIREN_LIST_ITEMS.fullmatch(s, opening + 1, at)) and bool(_SIREN_LIST_HEAD.search(s[max(0, opening - 160):opening]))


signal("territory.sql-siren", r"""'(\d{9})'""", ("epci", "siren"), exts={"sql", "pgsql", "plpgsql", "psql"}, accept=_siren_compared, group=1)
# -- SQL building a document's id or file name on one public body's SIREN (a PLUi trigger's '243500667_PLUI_'||date, the CNIG
# idurba, '…_reglement_'||date||'.pdf'): the SIREN (2…, its Luhn key right) of the body the script was written for (or a folder of
# an address a view writes, the CNIG name of a servitude's documents: '<a href="http://…/sup/200067965_AC4_60159_20200306/…">')
signal("territory.sql-siren-id", r"""['/](2\d{8})_[a-z0-9]""", ("'2", "/2"), flags=re.I, exts={"sql", "pgsql", "plpgsql", "psql"}, group=1,
       accept=lambda m: in_sql(m) and _luhn(m.group(1)))


def _luhn(digits: str) -> bool:
    total = sum(int(c) if i % 2 == 0 else (2 * int(c) - 9 if int(c) > 4 else 2 * int(c)) for i, c in enumerate(reversed(digits)))
    return total % 10 == 0
# -- SQL keeping given communes by their name (a view's `WHERE commune = 'Compiègne'`, `AND nom_com IN ('Amiens', 'Abbeville')`,
# `CASE WHEN libelle_commune LIKE 'Saint-%'…` aside): one territory's communes, which a second one has to change (a name after
# WHERE/AND/OR/WHEN/ON only: an INSERT of a reference table's rows or an UPDATE's value is no filter)
_NOT_A_NAME = lazy_compile(r"^(?:oui|non|yes|no|true|false|null|vrai|faux|autres?|inconnue?s?|non renseign[ée]e?s?|nc|nr|nd|sans objet|total|"
                           r"toutes?|tous|aucune?|ensemble|france|hors [\w ]+)$", re.I)
signal("territory.sql-commune-name",
       r"""\b(?:where|and|or|when|on|not)\s+\(?\s*(?:(?:lower|upper|unaccent|trim|initcap)\s*\(\s*)?(?:"?\w+"?\.)?"?(?:commune|nom_?commune|nom_?com|lib_?com(?:mune)?|libcom|nomcom|"""
       r"""libelle_?commune|nom_?ville|ville|city|city_?name|localite|nom_?localite)"?(?!\w)\s*\)?(?:::\w+)?\s*(?:=|i?like|in\s*\(|=\s*any\s*\(\s*array\s*\[)\s*"""
       r"""'([A-ZÀ-Ý][\w'’À-ÿ -]{2,40}?)'""",
       ("commune", "nom_com", "nomcom", "libcom", "lib_com", "ville", "city", "localite"), flags=re.I, exts={"sql", "pgsql", "plpgsql", "psql"},
       group=1, accept=lambda m: in_sql(m) and m.group(1)[0].isupper() and not _NOT_A_NAME.match(m.group(1).strip()) and "%" not in m.group(1))
