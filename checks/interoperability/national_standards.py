"""National data standards a project implements by their fields (for interoperability.data-standards), and the schema advice
of that check."""

from __future__ import annotations

from auditor.checks.interface import T, clauses
from auditor.data import load

# the CNIG's exchange standard of town-planning documents (PLU, PLUi, carte communale), the Géoportail de l'Urbanisme's format:
# three of its own field names (typezone, destdomi, typepsc…) in the project's model, code or layers say the data follows it
CNIG_PLU = (("standard national CNIG (PLU/PLUi, Géoportail de l'Urbanisme)", "CNIG national standard (PLU/PLUi, Géoportail de l'Urbanisme)"),
            "data.cnig-plu", 3)
# the Base Adresse Locale exchange format (BAL 1.3/1.4, AITF) the Base Adresse Nationale takes in: three of its own column names
# (cle_interop, uid_adresse, certification_commune…) in an export view or a table (format: doc.adresse.data.gouv.fr, "Le format Base
# Adresse Locale"; schema: schema.data.gouv.fr/BaseAdresseNationale/schema-bal)
BAL = (("format national Base Adresse Locale (BAL 1.3/1.4, schema.data.gouv.fr)", "national Base Adresse Locale format (BAL 1.3/1.4, schema.data.gouv.fr)"),
       "data.bal", 3)
# the DGFiP's PES v2 (Hélios), the exchange format of local public accounting: three of its own element names (PES_DepenseAller,
# EnTetePES, PES_PJ…) or its namespace in the project's code or data (a parapheur reading and signing the flows)
PES = (("format national PES v2 (Hélios, DGFiP)", "national PES v2 format (Helios, DGFiP)"), "data.pes", 3)
# SEDA, the national exchange standard of electronic archives (SIAF / FranceArchives): three of its namespaces or own names
# (ArchiveTransfer, TransferringAgency, ArchivalAgency…) in a generator of transfer slips or a connector sending them to an archiving system
SEDA = (("standard national SEDA (échange de données pour l'archivage, SIAF/FranceArchives)",
         "national SEDA standard (archive data exchange, SIAF/FranceArchives)"), "data.seda", 3)
# the CNIG's Plan de Corps de Rue Simplifié (PCRS v2.0), a GML application schema: three of its class names (EmpriseEchangePCRS,
# AffleurantPCRS, FacadePCRS…) or its namespace in a data model, the code writing the GML or a GML file
PCRS = (("standard national CNIG PCRS (Plan de Corps de Rue Simplifié)", "national CNIG PCRS standard (simplified street base map)"), "data.pcrs", 3)
# the Sandre's exchange scenarios, the national XML formats of water data (xml.sandre.eaufrance.fr/scenario/<code>/<version>): one
# scenario's namespace in the project's code or data names the standard whole, its elements following the scenario's XSD
SANDRE = (("format national d'échange Sandre (scénarios XML des données sur l'eau)", "national Sandre exchange format (XML scenarios of water data)"),
          "data.sandre", 1)
# DATAtourisme, the national ontology of tourism data (the State's open-data platform of the tourism offices' records): its ontology's
# namespace in the project's mappings or exports names the standard whole, as a Sandre scenario's does
DATATOURISME = (("ontologie nationale DATAtourisme (données touristiques)", "national DATAtourisme ontology (tourism data)"), "data.datatourisme", 1)
STANDARDS = (CNIG_PLU, BAL, PES, SEDA, PCRS, SANDRE, DATATOURISME)
# the standards whose files are XML (PES v2's flows, SEDA's slips, the Sandre's scenarios): implementing one reads or writes that open
# format, whether or not the code's own XML calls are seen
XML_STANDARDS = frozenset(name for name, _, _ in (PES, SEDA, SANDRE))
OWN_CLASSES = ("code", "template", "config", "data", "other")  # (a README naming the fields documents them, a test's fixture neither)


def national_standards(sig: dict) -> list[tuple[tuple[str, str], list[list]]]:
    """[((French, English name), hits)] of the national standards whose fields the project's files use (one hit per field)."""
    out = []
    for name, sid, least in STANDARDS:
        first: dict[str, list] = {}
        for h in sorted(h for h in sig.get(sid, []) if h[3] in OWN_CLASSES):
            first.setdefault(str(h[2]).lower(), h)
        if len(first) >= least:
            out.append((name, [first[k] for k in sorted(first)]))
    # the national schemas of schema.data.gouv.fr: `least` of one schema's own fields in one file of the project's (an export view
    # of the cycling infrastructure schema: ame_d, regime_d, sens_d, statut_d…), not scattered words across the repository
    by_file: dict[str, dict[str, list]] = {}
    for h in sorted(h for h in sig.get("data.national-schema", []) if h[3] in OWN_CLASSES):
        by_file.setdefault(h[0], {}).setdefault(str(h[2]).lower(), h)
    for schema in load("national_schemas.yml")["schemas"]:
        fields = {str(f).lower() for f in schema["fields"]}
        best = max(({k: v for k, v in seen.items() if k in fields} for seen in by_file.values()), key=len, default={})
        if len(best) >= int(schema.get("least", 4)):
            out.append(((schema["fr"], schema["en"]), [best[k] for k in sorted(best)]))
    return out


def schema_todo(data_files: list[str], public_schema: bool, prog_fields: list[str]) -> dict[str, str] | None:
    """The schema to publish beside the data files found, and the common project schema's fields still missing when some are there."""
    fr, en = [], []
    if not public_schema and not data_files:
        # (no data file in the repository: the data is what its code writes or loads, a pipeline's tables or a query's result; issue
        # 12, s45 fi45: "describe each data file" had nothing to apply to)
        fr.append("décrivez les données que le projet écrit ou charge (les tables qu'il remplit, les fichiers qu'il exporte) par un Table "
                  "Schema ou, pour des tables, par des COMMENT ON, ou reprenez un schéma publié sur schema.data.gouv.fr quand il en existe un pour ces données")
        en.append("describe the data the project writes or loads (the tables it fills, the files it exports) with a Table Schema or, for "
                  "tables, with COMMENT ON, or reuse a schema published on schema.data.gouv.fr when one exists for this data")
    elif not public_schema:
        where = ", ".join(data_files[:3]) + ("…" if len(data_files) > 3 else "")
        fr.append("décrivez chaque fichier de données" + (f" ({where})" if where else "") + " par un Table Schema (schema.json à côté du "
                  "fichier) ou reprenez un schéma publié sur schema.data.gouv.fr quand il en existe un pour ces données")
        en.append("describe each data file" + (f" ({where})" if where else "") + " with a Table Schema (schema.json beside it) or reuse a "
                  "schema published on schema.data.gouv.fr when one exists for this data")
    # (only for a project whose data already has some of those fields: a map's layers or a collection round's weights are no
    # local-government project, and the advice would not apply to them; issue 12, s45 fe45)
    if 0 < len(prog_fields) < 3:
        missing = [f for f in ("porteurcodesiret", "collectiviteids", "leviers", "phasestatut", "budgetprevisionnel") if f not in prog_fields][:4]
        fr.append("pour les données de projets, utilisez les champs du schéma commun des projets des collectivités (" + ", ".join(missing) + "…)")
        en.append("for project data, use the fields of the local governments' common project schema (" + ", ".join(missing) + "…)")
    return clauses(fr, en)
