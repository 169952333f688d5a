"""A contact chapter holding only a template's placeholder of the author is no contact (issue 12, s40 fo40 = sitle/chef-tefenua-frontal).

Chef's cookbook generator writes "## License and Authors" then "Author:: YOUR_NAME (<YOUR_EMAIL>)"; left unfilled, it names nobody, yet
the README was credited with a contact section. A chapter whose every line is a name/e-mail placeholder (YOUR_NAME, <YOUR_EMAIL>,
"Author Name <email@example.com>") says nothing. Near miss: the same heading over a real name and address stays a contact.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = ("# portail-web\n\nLivre de recettes du frontal du portail : il installe Apache et Tomcat et y déploie l'application.\n\n"
          "## Usage\n\nAjoutez `portail-web::default` à la liste d'exécution du nœud.\n\n## License and Authors\n\n{authors}\n")
FILES = {"recipes/default.rb": "package 'apache2'\n", "metadata.rb": "name 'portail-web'\nversion '0.1.0'\n"}


def _sections(tmp_path, authors, name):
    _, res = judge(tmp_path, {**FILES, "README.md": README.format(authors=authors)}, ["documentation.readme-sections"], name=name)
    return res["documentation.readme-sections"]["details"]


def test_an_unfilled_author_placeholder_is_no_contact(tmp_path):
    for i, authors in enumerate(("Author:: YOUR_NAME (<YOUR_EMAIL>)", "Author Name <email@example.com>")):
        details = _sections(tmp_path, authors, f"p{i}")
        assert "contact" not in details["found"] and "contact" in details["missing"], details


def test_a_real_author_stays_a_contact(tmp_path):
    details = _sections(tmp_path, "Author:: Marie Teriitahi (<marie.teriitahi@informatique.gouv.example>)\n\nService informatique.", "r")
    assert "contact" in details["found"], details
