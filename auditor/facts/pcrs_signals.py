"""The CNIG's Plan de Corps de Rue Simplifié, PCRS (interoperability.data-standards; issue 12, s34 e34).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). The PCRS (CNIG standard v2.0, https://cnig.gouv.fr/ — the
large-scale street base map communes, EPCI and network operators share for the DT-DICT rules) is a GML application schema: its
classes, not flat fields, say that data follows it — EmpriseEchangePCRS, AffleurantPCRS, FacadePCRS, PointLevePCRS,
HabillageTextePCRS… (CamelCase names ending in PCRS), and its namespace ``http://cnig.gouv.fr/pcrs``.

- ``data.pcrs``: a class name or the namespace, in a data model's SQL, the code writing or reading the GML, or a GML committed (the
  check asks for three distinct ones: :mod:`auditor.checks.interoperability.national_standards`).
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal

CLASSES = ("code", "template", "config", "other", "data")

signal("data.pcrs", r"""(?<![\w-])((?:[A-Z][a-z]+){1,4}PCRS|cnig\.gouv\.fr/pcrs)(?![\w-])""", ("pcrs",), flags=0, classes=CLASSES)
