"""Session 8 (issue 12): README sections and signals on shapes session 7's readers found wrong (demo and issue-tracker links that
are an API, a catalogue record, a data set, a Maven site or another project's issue; headings under other forms)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run

ONLY = ["documentation.readme-sections"]


def _readme(tmp_path, name, readme, extra=None):
    files = {"README.md": readme, **(extra or {})}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return run(repo, tmp_path / (name + "-c"), only=ONLY)["facts"]["readme"]


def test_api_catalogue_record_data_set_and_maven_site_links_are_no_demo(tmp_path):
    """addon_rva (the API the add-on queries), monit-ods (a CSW GetRecordById request), avap (a GeoNetwork metadata record),
    terriotires_industrie (the data source's page), gru-plugin-cgu (the generated Maven site) were each the README's 'demo'."""
    readme = ("ADDON RVA\n==========\n\nCet addon permet de requêter l'[API RVA de Rennes Métropole](http://rva.data.rennes-metropole.fr/) "
              "depuis le visualiseur.\n\n### Exemple de requête CSW getRecordById\n\n"
              "[https://public.sig.ville.fr/geonetwork/srv/fre/csw?service=CSW&request=GetRecordById&id=b70](https://public.sig.ville.fr/"
              "geonetwork/srv/fre/csw?service=CSW&request=GetRecordById&id=b70)\n\n## Jeu de données consolidé\n\nVous pouvez retrouver le "
              "jeu de données en cliquant [ici](https://geo.agglo.fr/geonetwork/srv/fre/catalog.search#/metadata/SUP-AC4).\n\n"
              "Source de la donnée\n\n- Caisse des Dépôts --> https://opendata.caissedesdepots.fr/explore/dataset/liste_territoires\n\n"
              "[Maven documentation and reports](https://dev.lutece.ville.fr/plugins/plugin-cgu/)\n")
    assert _readme(tmp_path, "a", readme)["demo"] is None
    # the project's own instance still counts, an API's too when the README says it is deployed there
    info = _readme(tmp_path, "b", readme + "\nL'application est accessible sur https://rva.agglo.fr/carte/.\n")
    assert info["demo"]["url"] == "https://rva.agglo.fr/carte/", info["demo"]
    info = _readme(tmp_path, "c", "# Parkings API\n\nThe endpoint is deployed at http://parkings.api.strasbourg-data.fr/\n")
    assert info["demo"]["url"] == "http://parkings.api.strasbourg-data.fr/", info["demo"]


def test_a_french_link_no_word_calls_a_site_is_the_demo_only_when_named_after_the_project(tmp_path):
    """franceocr (enpc.fr), mednum-cli (data.gouv.fr), gaz_vert (insee.fr): any French link was taken for the live service when no
    link had a demo word; a host named after the project ("Diagbruit" → diagbruit.fr) is its site."""
    info = _readme(tmp_path, "a", "# FranceOCR\n\nModèle de lecture des pièces d'identité, entraîné avec l'[ENPC](https://enpc.fr) "
                                   "et publié sur [data.gouv.fr](https://www.data.gouv.fr/) pour les administrations.\n")
    assert info["demo"] is None, info["demo"]
    info = _readme(tmp_path, "b", "# Diagbruit\n\n[Diagbruit](https://diagbruit.fr) aide les collectivités à diagnostiquer le bruit "
                                   "des routes et des voies ferrées de leur territoire.\n")
    assert info["demo"]["url"] == "https://diagbruit.fr", info["demo"]


def test_one_issue_of_another_project_is_no_issue_tracker(tmp_path):
    """place_pmr: "Voir aussi" linked etalab/schema.data.gouv.fr/issues/190, an issue of another project, taken for the tracker;
    a sentence sending the reader to report there still gives it."""
    readme = ("# Places PMR\n\nModèle de données des places de stationnement réservées aux personnes handicapées.\n\n## Voir aussi\n\n"
              "* [Schéma national des stationnements PMR (en cours)](https://github.com/etalab/schema.data.gouv.fr/issues/190)\n")
    assert _readme(tmp_path, "a", readme)["issue_tracker"] is None
    info = _readme(tmp_path, "b", readme + "\nSignalez un bug : [ticket](https://github.com/agglo/place_pmr/issues/12).\n")
    assert info["issue_tracker"]["url"] == "https://github.com/agglo/place_pmr/issues/12"
