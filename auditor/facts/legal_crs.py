"""The legal reference systems by EPSG code, kept in one place (they were repeated as inline regexes in eight places).

France (décret 2006-272, amended by décret 2019-165): RGF93 Lambert-93 (2154) and its conic conformal zones CC42-CC50 (3942-3950),
RGF93 geographic (4171), RGF93 v2b Lambert-93 (9794) and CC42-CC50 (9842-9850), and the overseas systems RGAF09 (5490), RGFG95 (2972),
RGR92 (2975), RGM04 (4471), RGSPM06 (4467). Source: IGN, Service de Géodésie, "Systèmes de Référence de Coordonnées usités en France"
(EPSG 10.078 equivalence table).

Written as a PROJ.4 definition (a Mapnik/Carto project's "srs", a proj4js.defs call, a QGIS project's proj4 string), Lambert-93 and
CC42-CC50 are told by their false easting and northing with the Lambert conic conformal projection (EPSG's definitions, epsg.io/2154.proj4
and 3942-3950: "+proj=lcc … +x_0=700000 +y_0=6600000" for Lambert-93, "+x_0=1700000 +y_0=<n>200000" for CC<41+n>): :data:`PROJ4`.

Other territories' own law (where the décret does not apply): Switzerland's CH1903+/LV95 (2056; not LV03, 21781, replaced by 2020),
Belgium's Lambert 72 (31370) and 2008 (3812), Luxembourg's LUREF (2169), New Caledonia's RGNC91-93 Lambert NC (3163) and UTM 57-59 S
(3169-3171), French Polynesia's RGPF UTM 5-7 S (3296-3298).
"""

from __future__ import annotations

# regex alternations (no group): France's projected and geographic systems; France's projected systems only (an SRID given to
# PostGIS or a library: the geographic 4171 left out there, as before)
FRANCE = r"2154|39(?:4[2-9]|50)|9794|984[2-9]|9850|4171|5490|2972|2975|4471|4467"
FRANCE_PROJECTED = r"2154|39(?:4[2-9]|50)|9794|984[2-9]|9850|5490|2972|2975|4471|4467"
# Lambert-93 and CC42-CC50 as PROJ.4 definitions (see above); bounded runs on one line
PROJ4 = r"\+proj=lcc\b[^\n'\"]{0,300}?\+x_0=(?:700000|1700000)(?:\.0+)?(?![\d.])[^\n'\"]{0,100}?\+y_0=(?:6600000|[1-9]200000)(?:\.0+)?(?![\d.])"

FOREIGN_LEGAL_CRS = {"2056": ("de la Suisse", "Switzerland's"),
                     "31370": ("de la Belgique", "Belgium's"), "3812": ("de la Belgique", "Belgium's"), "2169": ("du Luxembourg", "Luxembourg's"),
                     **{c: ("de la Nouvelle-Calédonie", "New Caledonia's") for c in ("3163", "3169", "3170", "3171")},
                     **{c: ("de la Polynésie française", "French Polynesia's") for c in ("3296", "3297", "3298")}}
FOREIGN = "|".join(FOREIGN_LEGAL_CRS)
