"""reusability.secrets (issue 12, session 33, a33 = saphir88/Hackaton3_ATMOGrandEst): a Symfony application's controller and mail
service fetch a weather API with ``file_get_contents('https://api.…/forecast.json?key=<31 hex>&q=' . $ville)``; the secrets check
passed "No secret detected" (the key in a URL was read in a server's settings only, never in PHP, lest a page's map key be taken for
one). A PHP file that is code from its opening tag to its end (no ``?>`` handing the rest to a page) is the server's: a long random
value given to its URL's key, token or apikey parameter is the account's key. The page's Google Maps key (a Twig template's
``maps/api/js?key=AIza…``, public by design), a PHP page's markup, a placeholder and a test's URL keep their old reading."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
KEY = hashlib.sha256(b"a33 weather key").hexdigest()[:31]  # (built: none in this file)
MAPS = "AIza" + "SyD4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ123"
README = {"README.md": "# Météo et qualité de l'air\n\nAlertes par courriel sur la qualité de l'air d'une commune.\n",
          "composer.json": '{"require": {"php": ">=7.1.3", "symfony/framework-bundle": "^4.1"}}\n'}
TEMPLATE = ("{% block body %}\n<div id=\"map\"></div>\n<script async defer\n"
            f"  src=\"https://maps.googleapis.com/maps/api/js?key={MAPS}&callback=initMap\">\n</script>\n{{% endblock %}}\n")


def service(key: str) -> str:
    return ("<?php\n\nnamespace App\\Service;\n\nclass Meteo\n{\n    public function previsions(string $ville)\n    {\n"
            f"        $api = 'https://api.meteo.example/v1/forecast.json?key={key}&q=' . $ville . '&lang=fr';\n"
            "        return json_decode(file_get_contents($api));\n    }\n}\n")


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_key_in_the_url_a_php_service_fetches_is_a_probable_secret(tmp_path):
    r = run(tmp_path, {"src/Service/Meteo.php": service(KEY), "templates/accueil/accueil.html.twig": TEMPLATE})
    assert r["status"] == "fail", r["message"]  # was pass "No secret detected"
    assert [(e["path"], e["line"], e["value"]) for e in r["evidence"]] == [("src/Service/Meteo.php", 9, "API key in a URL")], r["evidence"]
    assert KEY not in str(r) and MAPS not in str(r)


def test_a_page_a_placeholder_and_a_test_keep_their_reading(tmp_path):
    page = ("<?php $titre = 'Carte'; ?>\n<html>\n<body>\n"
            f"<script src=\"https://tiles.example.org/leaflet.js?key={KEY}\"></script>\n</body>\n</html>\n")
    r = run(tmp_path, {"index.php": page, "templates/accueil/accueil.html.twig": TEMPLATE}, name="page")
    assert r["status"] == "pass" and not r["evidence"], r["message"]  # (a page's map key: public by design, as before)
    r = run(tmp_path, {"src/Service/Meteo.php": service("YOUR_API_KEY_HERE_1234")}, name="placeholder")
    assert r["status"] == "pass" and not r["evidence"], r["message"]
    r = run(tmp_path, {"tests/Service/MeteoTest.php": service(KEY)}, name="test")
    assert r["status"] == "pass", r["message"]  # (a test's URL: a hint to review at most)
