"""A Maven site's APT install page gives its steps as ``[[1]]`` items: it is a guide by what it holds (issue 12, s24 lead: 463db68
judged documents named like guides by their content and dropped such a page, test_commune_first_reads_s6 failing)."""

from auditor.facts.guide_content import guide_by_content

APT_STEPS = (" -----\n Accueil\n -----\n\nNotice\n\n* Logiciels requis\n\n  Tomcat, PostgreSQL.\n\n"
             "* Mise en place\n\n  [[1]] Placer le pilote JDBC dans le dossier lib du serveur.\n\n"
             "  [[2]] Renseigner la source de données dans le contexte.\n")


def test_apt_numbered_items_are_steps():
    assert guide_by_content(APT_STEPS)


def test_an_apt_list_of_places_is_no_guide():
    # the neighbour: a page of bullet items naming deployments, no numbered step, no instruction
    assert not guide_by_content(" -----\n Sites\n -----\n\nSites\n\n  * Ville A\n\n  * Ville B\n")
