"""A labelled catalogue sample for `auditor discover`, built by the tests (and the benchmark).

Descriptions are written for this sample, in the shape of code.gouv.fr's earlier export; each entry
carries the label a reviewer gives it (``True``: a digital service for the ecological transition).
The sample is a few hundred entries: every description is combined with several organisations.
"""

from __future__ import annotations

import json
from pathlib import Path

RELEVANT = [
    ("observatoire-pcaet", "Observatoire du plan climat air énergie territorial (PCAET) : suivi des émissions de gaz à effet de serre", ["climat"]),
    ("carte-vegetalisation", "Carte des projets de végétalisation des cours d'école et des îlots de fraîcheur", ["biodiversite"]),
    ("reno-habitat", "Plateforme d'accompagnement à la rénovation énergétique des logements des particuliers", ["energie"]),
    ("cadastre-solaire", "Cadastre solaire : potentiel photovoltaïque des toitures de la métropole", ["energie"]),
    ("zan-observatoire", "Suivi de la consommation d'espaces et de l'artificialisation des sols (ZAN)", ["foncier"]),
    ("friches-inventaire", "Inventaire des friches industrielles et urbaines pour le renouvellement urbain", ["foncier"]),
    ("amenagements-cyclables", "Carte des aménagements cyclables et du stationnement vélo", ["mobilite"]),
    ("covoit-territoire", "Service de covoiturage domicile-travail pour les agents et les habitants", ["mobilite"]),
    ("collecte-dechets", "Calendrier de collecte des déchets et carte des points d'apport volontaire", ["dechets"]),
    ("compost-quartier", "Gestion des composteurs de quartier et suivi des biodéchets collectés", ["dechets"]),
    ("qualite-eau-baignade", "Qualité de l'eau des sites de baignade et des cours d'eau du département", ["eau"]),
    ("secheresse-alertes", "Arrêtés sécheresse et restrictions d'usage de l'eau : alertes aux habitants", ["eau"]),
    ("atlas-biodiversite", "Atlas de la biodiversité communale : inventaire naturaliste de la faune et de la flore", ["biodiversite"]),
    ("arbres-urbains", "Patrimoine arboré : inventaire des arbres d'alignement et de la canopée urbaine", ["biodiversite"]),
    ("cantines-locales", "Part des produits locaux et bio dans la restauration collective (loi EGalim)", ["alimentation"]),
    ("inondation-risques", "Cartographie du risque inondation et des zones de submersion marine", ["risques"]),
    ("air-capteurs", "Tableau de bord de la qualité de l'air : particules fines et NO2 mesurés par les capteurs", ["air"]),
    ("reseau-chaleur", "Simulateur de raccordement au réseau de chaleur renouvelable", ["energie"]),
    ("bilan-carbone-collectivite", "Bilan carbone du patrimoine de la collectivité et trajectoire de décarbonation", ["climat"]),
    ("ecoconception-web", "Référentiel d'écoconception des services numériques (RGESN) et mesure de l'empreinte environnementale", ["numerique"]),
    ("urban-heat", "Urban heat island map and tree canopy indicators for climate adaptation", ["biodiversite"]),
    ("bike-counters", "Open data dashboard of bicycle counters and cycling infrastructure", ["mobilite"]),
    ("energy-dashboard", "Energy consumption dashboard of public buildings for energy efficiency works", ["energie"]),
    ("circular-materials", "Marketplace for the reuse of building materials (circular economy)", ["dechets"]),
    ("irve-bornes", "Carte des bornes de recharge pour véhicules électriques (IRVE)", ["mobilite"]),
    ("agri-pesticides", "Suivi des ventes de pesticides et de l'agriculture biologique par commune", ["agriculture"]),
    ("gemapi-rivieres", "Outil GEMAPI de suivi des cours d'eau et des zones humides du bassin versant", ["eau"]),
    ("plan-velo-data", "Données du plan vélo : pistes cyclables, comptages et zones à faibles émissions", ["mobilite"]),
    ("dpe-quartiers", "Analyse des diagnostics de performance énergétique (DPE) et des passoires thermiques par quartier", ["energie"]),
    ("trame-verte-bleue", "Modèle de données PostGIS de la trame verte et bleue du SCoT", ["biodiversite"]),
]
IRRELEVANT = [
    ("gestion-rh", "Application de gestion des ressources humaines et des congés des agents"),
    ("paie-export", "Export des fichiers de paie vers le logiciel comptable"),
    ("intranet", "Intranet de la collectivité : annuaire interne et actualités"),
    ("site-web-ville", "Thème WordPress du site internet de la ville"),
    ("etat-civil", "Prise de rendez-vous pour les démarches d'état civil et les passeports"),
    ("marches-publics", "Publication des données essentielles des marchés publics"),
    ("deliberations", "Gestion et publication des délibérations du conseil municipal"),
    ("elections", "Résultats des élections municipales en données ouvertes"),
    ("auth-lib", "Bibliothèque d'authentification OpenID Connect pour les applications internes"),
    ("ansible-roles", "Rôles Ansible pour le déploiement des serveurs de la DSI"),
    ("courrier", "Gestion électronique du courrier entrant et sortant"),
    ("bibliotheque", "Catalogue en ligne du réseau des bibliothèques et médiathèques"),
    ("budget-vote", "Visualisation du budget primitif voté par le conseil"),
    ("subventions-asso", "Dépôt et instruction des demandes de subventions des associations"),
    ("cantine-paiement", "Paiement en ligne des factures de périscolaire"),
    ("signalement-voirie", "Signalement des nids-de-poule et des problèmes d'éclairage public"),
    ("agenda-culturel", "Agenda des événements culturels et sportifs"),
    ("formulaires", "Générateur de formulaires en ligne pour les services"),
    ("ged-archives", "Archivage électronique et gestion documentaire"),
    ("chatbot-accueil", "Assistant conversationnel pour l'accueil des usagers"),
    ("design-system", "Composants d'interface réutilisables pour les applications de la ville"),
    ("api-adresses", "API de normalisation des adresses postales"),
    ("sig-viewer", "Visionneuse cartographique générique pour les données du SIG"),
    ("dashboard-rh", "Tableau de bord des effectifs et de l'absentéisme"),
    ("test-repo", "Dépôt de test"),
    ("fork-leaflet", "Fork of a JavaScript mapping library"),
    ("payroll", "Payroll computation engine for civil servants"),
    ("hr-portal", "Employee self-service portal"),
    ("cms-theme", "Drupal theme for the department's website"),
    ("ticketing", "Helpdesk ticketing system for the IT department"),
    ("school-registration", "Online school registration for families"),
    ("parking-fines", "Processing of parking fines and appeals"),
    ("open-data-portal", "Open data portal configuration and harvesters"),
    ("accessibility-audit", "Accessibility audit reports of public websites"),
    ("cemetery", "Gestion des concessions du cimetière communal"),
    ("urban-planning-permits", "Dématérialisation des demandes d'autorisation d'urbanisme"),  # borderline: urbanism word, not transition
    ("water-billing", "Facturation des abonnés au service de l'eau"),  # borderline: water billing is not the transition
    ("weather-widget", "Widget météo pour la page d'accueil"),
    ("sports-booking", "Réservation des équipements sportifs"),
    ("tourism-map", "Carte des points d'intérêt touristiques"),
]
ORGANISATIONS = [
    ("https://github.com/rennes-metropole", "Rennes Métropole"),
    ("https://github.com/ville-de-grenoble", "Ville de Grenoble"),
    ("https://gitlab.com/departement-gironde", "Département de la Gironde"),
    ("https://github.com/region-bretagne", "Région Bretagne"),
    ("https://github.com/megalis-bretagne", "Mégalis Bretagne"),
    ("https://github.com/agglo-pays-basque", "Communauté d'agglomération Pays Basque"),
    ("https://github.com/ministere-exemple", "Ministère de l'exemple"),
]


def sample(n_orgs: int = 7) -> list[dict]:
    """~ (30 + 40) × n_orgs entries, relevant first in definition order; every field code.gouv.fr has."""
    out = []
    for i, (owner, org) in enumerate(ORGANISATIONS[:n_orgs]):
        for name, desc, topics in RELEVANT:
            out.append({"repository_url": f"{owner}/{name}", "name": name, "organization_name": org, "platform": owner.split("/")[2],
                        "description": desc, "is_fork": False, "is_archived": False, "last_modification": "2026-09-01T10:00:00Z",
                        "stars_count": 3, "forks_count": 1, "license": "MIT", "language": "Python", "topics": ",".join(topics) if i % 2 == 0 else "",
                        "_label": True})
        for name, desc in IRRELEVANT:
            out.append({"repository_url": f"{owner}/{name}", "name": name, "organization_name": org, "platform": owner.split("/")[2],
                        "description": desc, "is_fork": name.startswith("fork"), "is_archived": False,
                        "last_modification": "2026-09-01T10:00:00Z", "stars_count": 1, "forks_count": 0, "license": "",
                        "language": "PHP", "topics": "", "_label": False})
    return out


def write(path: Path, entries: list[dict]) -> Path:
    path.write_text(json.dumps([{k: v for k, v in e.items() if not k.startswith("_")} for e in entries], ensure_ascii=False), encoding="utf-8")
    return path
