"""reusability.secrets: a constant named as a key in French (CLEFAPI, CLE_API, cleApi) sent as a request's ``appid=`` is a committed
key (issue 12, s44 fk44 = reader rf44's DHoudetot-Cyril/pinf).

A commune's web site keeps its weather service's key in ``var CLEFAPI = '<32 hex>';`` and sends it in
``fetch(`https://api.openweathermap.org/data/2.5/onecall?lat=…&appid=${CLEFAPI}`)``: "1 string that looks like a secret … to
review". "Clé/clef API" is a key's name as API_KEY is, and ``appid=`` (``app_id``, ``appkey``, ``access_key``) is a request's key
parameter as ``apiKey=`` is. Near misses: the same constant never sent anywhere, and a French name saying no key (CODE_COMMUNE), stay
strings to review. Key made up."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEY = "7c2e91d0" "4ab35f68" "e10d9c4b" "27f8a6e3"  # (made up: 32 hex digits)


def _script(name: str, param: str) -> str:
    return (f"var ctx = document.getElementById('graph1').getContext('2d')\nvar {name} = '{KEY}';\nlet resultats;\n\n"
            "function appel(){\n    var lat = 50.74;\n    var lon = 2.09;\n"
            f"    fetch(`https://api.meteodata.org/data/2.5/onecall?lat=${{lat}}&lon=${{lon}}&units=metric&{param}=${{{name}}}`)\n"
            "    .then((reponse) => reponse.json())\n    .then((data) => { resultats = data; });\n}\n")


def _status(tmp_path, text: str) -> dict:
    return sec(tmp_path, {"README.md": "# Site de la commune\n\nLe site web de la commune.\n", "index.php": "<?php echo 'Accueil'; ?>\n",
                          "javascript/meteo.js": text})


def test_a_french_named_key_sent_as_appid_is_a_secret(tmp_path):
    for i, (name, param) in enumerate((("CLEFAPI", "appid"), ("CLE_API", "app_id"), ("cleApi", "appid"))):
        r = _status(tmp_path / str(i), _script(name, param))
        assert r["status"] == "fail", (name, r["message"])


def test_near_miss_a_key_not_sent_or_a_name_saying_no_key_stays_to_review(tmp_path):
    r = _status(tmp_path / "a", _script("CLEFAPI", "appid").replace("&appid=${CLEFAPI}", ""))
    assert r["status"] == "pass", r["message"]
    r = _status(tmp_path / "b", _script("CODE_COMMUNE", "appid"))
    assert r["status"] == "pass", r["message"]
