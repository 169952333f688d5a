"""scaling.vendor-lock-in (issue 12, s33 c33 = reader m26o2, saphir88/Hackaton3_ATMOGrandEst): a Symfony application calls
Apixu's weather API with its account's key (`'https://api.apixu.com/v1/forecast.json?key=…&q=' . $ville` in a controller and a
mailer service) and named only Google Maps: a company's weather API called with a key is a proprietary service every reusing body
must open an account with. Open-Meteo's API and a credit link to OpenWeatherMap's site are none."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.vendor-lock-in"


def app(weather_url: str, template: str = "") -> dict:
    return {
        "README.md": "# Qualité de l'air\n\nAlerte pollution et météo par courriel.\n",
        "composer.json": json.dumps({"name": "hackaton/atmo", "require": {"php": "^7.1.3", "symfony/framework-bundle": "^4.1"}}) + "\n",
        "src/Controller/MainController.php": "<?php\n\nnamespace App\\Controller;\n\nclass MainController\n{\n"
                                             "    public function meteo(string $ville)\n    {\n"
                                             f"        $api = '{weather_url}' . $ville . '&lang=fr';\n"
                                             "        return json_decode(file_get_contents($api), true);\n    }\n}\n",
        "templates/base.html.twig": "<!DOCTYPE html>\n<html><body>{% block body %}{% endblock %}" + template + "</body></html>\n",
    }


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_weather_api_called_with_a_key_is_lock_in(tmp_path):
    r = run(tmp_path, app("https://api.apixu.com/v1/forecast.json?key=0123456789abcdef0123456789abcd&q="))
    assert r["status"] != "pass" and "Apixu" in r["message"]["en"], (r["message"], r["evidence"])  # was pass: no service found
    assert [(e["path"], e["value"]["match"]) for e in r["evidence"]] == [("src/Controller/MainController.php", "api.apixu.com")]
    assert "0123456789abcdef" not in json.dumps(r)


def test_open_meteo_and_a_credit_link_are_none(tmp_path):  # (near miss)
    r = run(tmp_path, app("https://api.open-meteo.com/v1/forecast?current_weather=true&q=",
                          '<footer>Météo : <a href="https://openweathermap.org/">OpenWeatherMap</a></footer>'))
    assert r["status"] == "pass", (r["message"], r["evidence"])
