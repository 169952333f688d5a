"""The national exchange standard of electronic archives, SEDA (interoperability.data-standards).

Signals of the one ``textscan`` pass (:mod:`auditor.facts.textscan`). SEDA (Standard d'échange de données pour l'archivage, SIAF /
FranceArchives: francearchives.gouv.fr/seda) describes the transfer slips (bordereaux) an authority sends to its archiving system
(As@laé, Vitam): version 0.2's draft namespace ``fr:gouv:ae:archive:draft:standard_echange_v0.2``, then
``fr:gouv:culture:archivesdefrance:seda:v1.0`` / ``v2.x``, and its own message and agency names (``ArchiveTransfer``,
``TransferringAgency``, ``ArchivalAgency``…).

- ``data.seda``: a namespace or an own name, in the code writing or reading the slips or a slip committed (the check asks for three
  distinct ones: :mod:`auditor.checks.interoperability.national_standards`).
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal

CLASSES = ("code", "template", "config", "other", "style", "data")

signal("data.seda", r"""(?<![\w-])(fr:gouv:culture:archivesdefrance:seda:v\d+(?:\.\d+)*|fr:gouv:ae:archive:draft:standard_echange_v0\.\d|"""
       r"""ArchiveTransfer(?:Reply|Acceptance|Request)?|TransferringAgency|ArchivalAgency|ArchivalAgreement|ArchivalProfile|TransferIdentifier|"""
       r"""ArchiveDeliveryRequest(?:Reply)?)(?![\w-])""",
       ("archivesdefrance:seda", "standard_echange_v0", "archivetransfer", "transferringagency", "archivalagency", "archivalagreement",
        "archivalprofile", "transferidentifier", "archivedeliveryrequest"), flags=0, classes=CLASSES)
