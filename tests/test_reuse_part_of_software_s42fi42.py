""""Utilisé par l'application …" names a part of the software, not a body running the project (issue 12, s42 fi42 = reader rb42
on WildCodeSchool/remotefr-js-0920-p3-regionsud-pollutionlumineuse-strapi).

A Strapi server's README explains a setting of its React client: "le chemin relatif servant de base au système de routage utilisé
par l'application React (… son composant [BrowserRouter](https://reactrouter.com/web/api/BrowserRouter))". scaling.reuse read
"utilisé par" as reuse words and the link to React Router's documentation as an instance of the project ("1 instance(s) named").
Reuse words followed by a part of the software (l'application, le client, le serveur, la bibliothèque, the app, the library…) name
no body: the sentence's links are the part's documentation.
Near miss: "utilisée par la [Ville de Nice](…)" still names an instance.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = """# Kit pollution lumineuse — serveur

Application serveur du kit, une API Strapi lue par le client React.

## Configuration

* `REACT_APP_ROUTER_BASENAME`, le chemin relatif servant de base au système de routage utilisé par l'application React (en \
l'occurrence la bibliothèque React Router, et plus particulièrement son composant \
[BrowserRouter](https://reactrouter.com/web/api/BrowserRouter)).

{extra}
"""
NICE = "L'application est utilisée par la [Ville de Nice](https://www.nice.fr/kit-pollution) depuis 2022."


def _files(extra: str) -> dict:
    return {"README.md": README.format(extra=extra), "package.json": '{"name": "kpl-api", "private": true}\n',
            "api/definition/controllers/definition.js": "module.exports = {};\n"}


def test_a_library_used_by_the_application_is_no_instance(tmp_path):
    r = check_result(tmp_path, _files(""), "scaling.reuse")
    assert "reactrouter.com" not in str(r["evidence"]) and "1 instance" not in r["message"]["en"], (r["message"], r["evidence"])


def test_a_city_using_the_application_is_still_an_instance(tmp_path):
    r = check_result(tmp_path, _files(NICE), "scaling.reuse")
    assert "nice.fr" in str(r["evidence"]), (r["message"], r["evidence"])
