"""readme.sections contributing when a contributing sentence's only link leads off-forge (issue 12, s35 ag35 = regression found by v19f
at fin55 on etalab/geohisto): "If you plan to contribute, you have to install [pytest](http://doc.pytest.org/…) and launch the test
suite" is a contributor's instruction for THIS project, its link the tool to install; meteofrance/meteonet's "You can contribute to
[challenges](https://www.kaggle.com/…/tasks)" sends the contribution to another site. The link is where the contribution goes only when
it is the object of the contribution word ("contribute to [X]", "contribuer aux [X]")."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for


def _sections(tmp_path, readme: str, name="r") -> list:
    files = {"README.md": readme, "requirements.txt": "requests\n", "geohisto/__init__.py": "x = 1\n",
             "geohisto/__main__.py": "print('x')\n", "tests/test_actions.py": "def test_x():\n    assert True\n"}
    path = make_repo(tmp_path / name, [{"date": "2026-06-01T12:00:00Z", "author": ("Alice Martin", "alice@data.gouv.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path).fact("readme")["sections"]


def _readme(tests: str) -> str:
    return ("# GeoHisto\n\nHistorical data of French towns since 1943, built from INSEE's files.\n\n## Installation\n\n"
            "    $ pip install -r requirements.txt\n\n## Usage\n\n    $ python -m geohisto\n\n## Tests\n\n" + tests + "\n\n"
            "    $ python -m pytest tests\n\nThe whole suite runs in about 5 minutes.\n")


_GEOHISTO = "If you plan to contribute, you have to install [pytest](http://doc.pytest.org/en/latest/) and launch the test suite:"


def test_contributing_to_the_project_with_a_tool_to_install_is_contributing(tmp_path):
    sections = _sections(tmp_path, _readme(_GEOHISTO))
    assert "contributing" in sections, sections  # was dropped: pytest's site taken for where the contribution goes


def test_the_same_in_french_is_contributing(tmp_path):
    fr = "Pour contribuer, installez [pytest](https://docs.pytest.org/en/stable/) puis lancez les tests :"
    assert "contributing" in _sections(tmp_path, _readme(fr)), _readme(fr)


def test_contributing_to_challenges_on_another_site_stays_elsewhere(tmp_path):
    # the near miss (meteonet's shape): the link is what one contributes to
    for i, lead in enumerate(("The data are also on Kaggle. You can contribute to [challenges](https://www.kaggle.com/katerpillar/meteonet/tasks) "
                              "and/or propose yours!",
                              "Vous pouvez contribuer aux [défis](https://www.kaggle.com/katerpillar/meteonet/tasks) proposés sur ces données.",
                              "To contribute to [OpenStreetMap](https://www.openstreetmap.org), install [JOSM](https://josm.openstreetmap.de).")):
        sections = _sections(tmp_path, _readme("The test suite uses pytest.").replace("## Tests", lead + "\n\n## Tests"), f"r{i}")
        assert "contributing" not in sections, (lead, sections)
