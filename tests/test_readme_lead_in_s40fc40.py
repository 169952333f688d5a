"""README description: the paragraph's last sentence leading into the list below it ("Il y a pour cela plusieurs axes de
travail :") is dropped from the description (issue 12, s40 fc40, reader ru39).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _description(tmp_path, readme: str):
    commits = [{"files": {"README.md": readme}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["description"]


# - gip-inclusion/immersion-facile: "Le but du projet immersion facile est de faciliter les immersions professionnelles. Il y a pour
#   cela plusieurs axes de travail :" then a list of three aims: the lead-in was kept in the description.
def test_a_trailing_lead_in_sentence_is_dropped(tmp_path):
    readme = ("# Stages faciles\n\nLe but du projet stages faciles est de simplifier les stages en collectivité.\n"
              "Nous travaillons pour cela sur plusieurs axes :\n\n- Dématérialiser les conventions\n- Publier les offres\n\n"
              "### Prérequis\n\nIl vous faut `git` et `node`.\n")
    d = _description(tmp_path, readme)
    assert d is not None and d["text"] == "Le but du projet stages faciles est de simplifier les stages en collectivité.", d


def test_a_one_sentence_description_ending_with_a_colon_keeps_its_text(tmp_path):
    readme = ("# Stages faciles\n\nUn service numérique de la région qui simplifie les stages en collectivité pour les lycéens :\n\n"
              "- Dématérialiser les conventions\n- Publier les offres\n\n### Prérequis\n\nIl vous faut `git` et `node`.\n")
    d = _description(tmp_path, readme)
    assert d is not None and d["text"].startswith("Un service numérique de la région qui simplifie les stages"), d
