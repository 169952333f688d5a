"""IGN's public services by their host names, read by the geo.ign and blocks.ign signals and by interoperability's building
blocks: every host of the Géoplateforme (geopf.fr) and the named services of ign.fr. Another host under ign.fr is the
institute's own machine, no service another territory calls: a developer's virtual machine (``config.vm.hostname =
"ogam.ign.fr"``), the office's HTTP proxy (``-Dhttps.proxyHost=proxy.ign.fr``), its forge, mail or qualification servers.

Sources (2026-12-05): geoservices.ign.fr (the Géoplateforme's services at data.geopf.fr; the former Géoportail services at
wxs.ign.fr, wxs-i.ign.fr and gpp3-wxs.ign.fr, and the Géoportail SDK's extensions at librairies.ign.fr and api.ign.fr);
apicarto.ign.fr (API Carto); espacecollaboratif.ign.fr (the collaborative space and its API); the Géoportail de l'Urbanisme's
services at wxs-gpu.mongeoportail.ign.fr; macarte.ign.fr (IGN's map maker); professionnels.ign.fr and ftp3.ign.fr (IGN's data
downloads); inventaire-forestier.ign.fr (the national forest inventory's open data); geodesie.ign.fr (geodetic reference
points); remonterletemps.ign.fr (historical aerial images)."""

from __future__ import annotations

# a host name, case-insensitive; opened where no other host label, word or address character stands before it
IGN_SERVICE_HOST = (r"(?:[a-z0-9-]+\.)*geopf\.fr|(?:wxs(?:-[a-z0-9]+)?(?:\.mongeoportail)?|gpp3-wxs|geoservices|apicarto|api|espacecollaboratif"
                    r"|librairies|macarte|professionnels|ftp3|inventaire-forestier|geodesie|remonterletemps)\.ign\.fr")
