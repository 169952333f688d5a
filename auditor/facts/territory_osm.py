"""Territory signal of OpenStreetMap extracts (registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`).

``territory.osm-extract``: the file of one region's or one département's OpenStreetMap extract written in the code that reads or
downloads it (a basemap chain's parser opening ``…/pbf/champagne-ardenne-latest.osm.pbf``, a script fetching Geofabrik's
``europe/france/bretagne-latest.osm.pbf`` or openstreetmap.fr's ``grand_est-latest.osm.pbf``): the data of that territory only, which
a second territory changes in the code. The planet, a continent or France as a whole (``planet-latest.osm.pbf``,
``france-latest.osm.pbf``) is no territory's; the same name in a compose file or a settings file is configuration (the check counts
it apart)."""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_hosts import DEPARTEMENTS, REGIONS
from auditor.facts.territory_values import in_code

# Geofabrik's sub-regions of France (download.geofabrik.de/europe/france/, the former regions and the overseas départements) and
# openstreetmap.fr's extracts (download.openstreetmap.fr/extracts/europe/france/: the present regions and the départements, their
# words joined by "_"), beside the names the territory hosts already know
_GEOFABRIK_FRANCE = ("alsace aquitaine auvergne basse-normandie bourgogne bretagne centre champagne-ardenne corse franche-comte guadeloupe "
                     "guyane haute-normandie ile-de-france languedoc-roussillon limousin lorraine martinique mayotte midi-pyrenees "
                     "nord-pas-de-calais pays-de-la-loire picardie poitou-charentes provence-alpes-cote-d-azur reunion rhone-alpes "
                     "auvergne-rhone-alpes bourgogne-franche-comte centre-val-de-loire grand-est hauts-de-france normandie "
                     "nouvelle-aquitaine occitanie nord").split()
TERRITORY_EXTRACTS = frozenset(_GEOFABRIK_FRANCE) | frozenset(DEPARTEMENTS) | frozenset(REGIONS)


def _one_territory(m) -> bool:
    name = m.group(1).lower().replace("_", "-")
    return name in TERRITORY_EXTRACTS and in_code(m)


signal("territory.osm-extract",
       r"""(?<![\w.-])([a-z][a-z_-]{1,40}?)(?:[-_](?:latest|\d{6}|\d{8}|\d{4}-\d{2}-\d{2}))?\.(?:osm\.pbf|osm\.bz2|o5m|osm)(?![\w.])""",
       (".osm", ".o5m"), flags=re.I, classes=("code", "template", "config", "other"), group=1, accept=_one_territory)
