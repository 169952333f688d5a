"""Session 14 (issue 12, State facts, s13 h5: a nameko service): the README's "## License" section says "We're using the
[MIT license](https://tldrlegal.com/license/mit-license)." and the licence source read from it had the value
"MIT license](https://tldrlegal.com/license/mit-license)." — cut from the licence's name into the link's address. The value is
the words that state the licence, each Markdown link shown by its label."""

from __future__ import annotations

from tests.test_licensing_checks import LICENSING, run, text  # noqa: F401 (run: the fixture building a repository and auditing it)


def _readme_source(lic: dict) -> dict:
    return next(s for s in lic["sources"] if s["kind"] == "readme")


def test_a_licence_named_by_a_link_label_is_quoted_without_the_link(run):
    readme = ("# Thumbnailer\n\nA micro-service that checks links and makes thumbnails.\n\n## Versioning\n\nSemantic versioning.\n\n"
              "## License\n\nWe're using the [MIT license](https://tldrlegal.com/license/mit-license).\n\n## Credits\n\nThe team.\n")
    res, lic = run({"README.md": readme, "LICENSE": "Copyright (c) 2015 Example\n\n" + text("MIT").split("\n", 2)[2],
                    "service/app.py": "print('ok')\n"})
    source = _readme_source(lic)
    assert source["ids"] == ["MIT"] and source["line"] == 11, source
    assert source["value"] == "We're using the MIT license.", source
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_long_line_is_quoted_from_the_licence_name_without_the_link_tail(run):
    long = "Ce logiciel, " + "développé pour les services de l'État et les collectivités qui le réutilisent, " * 2
    readme = f"# Outil\n\nUn outil.\n\n## Licence\n\n{long}est publié sous [licence EUPL 1.2](https://eupl.eu/1.2/fr/) comme le reste.\n"
    _res, lic = run({"README.md": readme, "src/app.py": "print('ok')\n"})
    source = _readme_source(lic)
    assert source["ids"] == ["EUPL-1.2"], source
    assert "](" not in source["value"] and "https://" not in source["value"] and "EUPL" in source["value"], source
