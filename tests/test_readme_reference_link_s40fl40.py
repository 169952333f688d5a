"""A link cited as a reference ("cf", "see", "voir" just before it) is no link to the service or a demo (issue 12, s40 fl40 = reader
ri40, georchestra/mapstore-update-service-url).

The CRAIG's command-line script closes its description with "…such as the french geoplateforme migration, cf
https://geoservices.ign.fr/bascule-vers-la-geoplateforme": IGN's page announcing the switch the script serves. readme-sections
credited it as "link to the service or a demo". Near miss: a sentence saying the service is reached there ("The service is available
online, see https://…") keeps its demo.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
README = ("# mapstore-update-service-url\n\npython script to update service urls in a mapstore instance, when your service\n"
          "is renamed or moved to a new server, or a layer is migrated to another service,\nsuch as the french geoplateforme migration, cf\n"
          "{url}\n\nit can also remove no longer available services from all maps.\n\n## Usage\n\n```\npython process.py -c config.json\n```\n")
FILES = {"process.py": "import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument('-c')\nprint(parser.parse_args().c)\n"}


def test_a_cited_page_of_another_body_is_no_demo(tmp_path):
    r = check_result(tmp_path, dict(FILES, **{"README.md": README.format(url="https://geoservices.ign.fr/bascule-vers-la-geoplateforme")}), CID)
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]


def test_a_sentence_saying_the_service_is_reached_there_keeps_its_demo(tmp_path):
    readme = README.replace("such as the french geoplateforme migration, cf\n{url}",
                            "such as the french geoplateforme migration. The service is available online, see\n{url}")
    r = check_result(tmp_path, dict(FILES, **{"README.md": readme.format(url="https://mapstore-update.craig.fr/")}), CID)
    assert r["details"]["signals"]["demo"] is not None, r["details"]["signals"]
