"""The CNIG's Plan de Corps de Rue Simplifié, PCRS (interoperability.data-standards; issue 12, s34 e34).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). The PCRS (CNIG standard v2.0, https://cnig.gouv.fr/ — the
large-scale street base map communes, EPCI and network operators share for the DT-DICT rules) is a GML application schema: its
classes, not flat fields, say that data follows it — EmpriseEchangePCRS, AffleurantPCRS, FacadePCRS, PointLevePCRS,
HabillageTextePCRS… (CamelCase names ending in PCRS), and its namespace ``http://cnig.gouv.fr/pcrs``.

- ``data.pcrs``: a class name or the namespace, in a data model's SQL, the code writing or reading the GML, or a GML committed (the
  check asks for three distinct ones: :mod:`auditor.checks.interoperability.national_standards`).
- ``data.datatourisme``: the DATAtourisme ontology's namespace (the national standard of tourism data), one naming it whole.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal

CLASSES = ("code", "template", "config", "other", "data")

# (and the attributes every PCRS object carries for its survey's quality, in the standard's camelCase or a database's snake_case:
# qualiteCategorisation / qualite_categorisation, precisionPlanimetrique, precisionAltimetrique — a survey pipeline writing its
# street furniture into a PostGIS table with these columns, no class name in sight: s45 fd45 = igeofr/topo2sig)
signal("data.pcrs", r"""(?<![\w-])((?:[A-Z][a-z]+){1,4}PCRS|cnig\.gouv\.fr/pcrs|(?i:qualite_?categorisation|precision_?planimetrique|precision_?altimetrique))(?![\w-])""",
       ("pcrs", "categorisation", "planimetrique", "altimetrique"), flags=0, classes=CLASSES)

# DATAtourisme, the national open-data platform and ontology of tourism information (the State's DGE with the tourism offices'
# network; its ontology's namespace https://www.datatourisme.fr/ontology/core#, formerly …datatourisme.gouv.fr/ontology/core#, its
# classes hot:Accommodation, schema:Event…): a project mapping its records to that namespace, or exporting them in it, follows the
# national standard of tourism data (info.datatourisme.fr/ontology, consulted 2026-12-07; issue 12, s42 fp42 = D-OTIsud/Bertel). A
# page merely linking the platform's site names no namespace.
signal("data.datatourisme", r"""(?<![\w.-])((?:www\.)?datatourisme\.(?:gouv\.)?fr/ontology/core)(?![\w-])""", ("datatourisme",), flags=re.I,
       classes=CLASSES, group=1)
