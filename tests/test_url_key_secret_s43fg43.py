"""reusability.secrets (issue 12, s43 fg43 = reader re43, ymansiaux/isochrones): a Métropole's data-platform key written in a URL's
query (read_xml("https://data.<host>/wps?key=INTERNEUSR&service=wps…") in a data script; ten capitals, no entropy for detect-secrets)
while the application reads the same service's key from the environment (paste0("https://data.<host>/wps?key=",
Sys.getenv("KEY_INTERNE"), …)) was "No secret detected". A literal value of a URL's key parameter for a service whose key the code
reads from the environment is a committed key. Near misses: a placeholder value, or a key to another service the code never keys
from the environment, stays none."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

APP = ("server <- function(input, output) {\n  url <- paste0(\"https://data.metropole.example.fr/wps?key=\",\n"
       "                Sys.getenv(\"KEY_INTERNE\"),\n                \"&service=wps&request=execute&identifier=geocodeur\")\n"
       "  doc <- xml2::read_xml(url)\n}\n")
DATA = ("library(xml2)\ndico <- read_xml(\"https://data.metropole.example.fr/wps?key=ABCDEFGHIJ&service=wps&request=execute"
        "&identifier=dico_couches\")\n")
FILES = {"README.md": "# Carte\n\nCarte des équipements.\n", "R/app_server.R": APP}


def test_a_literal_key_to_a_service_keyed_from_the_environment_is_a_secret(tmp_path):
    r = check_result(tmp_path, {**FILES, "data-raw/dico.R": DATA}, "reusability.secrets")
    assert r["status"] == "fail", r["message"]
    assert any(e.get("path") == "data-raw/dico.R" and e.get("line") == 2 for e in r["evidence"]), r["evidence"]


def test_near_misses_placeholder_or_another_service(tmp_path):
    placeholder = DATA.replace("key=ABCDEFGHIJ", "key=YOUR_KEY")
    other = DATA.replace("data.metropole.example.fr", "tiles.example.org")
    for name, data in (("p", placeholder), ("o", other)):
        r = check_result(tmp_path / name, {**FILES, "data-raw/dico.R": data}, "reusability.secrets")
        assert not any(e.get("path") == "data-raw/dico.R" for e in r.get("evidence") or []), (name, r["evidence"])
