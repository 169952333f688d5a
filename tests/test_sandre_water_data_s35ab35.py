"""Session 35 (ab35): the Sandre's referentials API is a public building block, its XML exchange scenarios a national standard.

- MaelREBOUX/spmd: a métropole's Python script reads the Sandre's XML exports (namespaces http://xml.sandre.eaufrance.fr/scenario/
  fct_assain/3 and …/quesu/2, the scenarios' XPaths) and names stations and parameters through the Sandre's API Référentiel
  (https://api.sandre.eaufrance.fr/referentiels/v1/stationmesureeauxsurface.xml, …/parametre.xml, requested with requests).
  interoperability.public-building-blocks said no building block was called (not applicable for a command-line tool) and
  data-standards that the tool had no format of its own (not applicable).
- near misses: the Sandre's site or a scenario's namespace named only in a comment is no call and no standard implemented.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SCRIPT = '''# -*- coding: utf-8 -*-
# Lecture d'un fichier au format Sandre (voir http://www.sandre.eaufrance.fr/)
import argparse
import random

import requests
from lxml import etree

NS = {
    'assai': u'http://xml.sandre.eaufrance.fr/scenario/fct_assain/3',
    'quesu': u'http://xml.sandre.eaufrance.fr/scenario/quesu/2',
}


def nom_station(code_station):
    url = "https://api.sandre.eaufrance.fr/referentiels/v1/stationmesureeauxsurface.xml?_" + str(random.randrange(1, 100000)) \\
        + "&filter=<Filter><IS><Field>CdStationMesureEauxSurface</Field><Value>" + code_station + "</Value></IS></Filter>"
    return etree.fromstring(requests.get(url).content)


def lire(path):
    tree = etree.parse(path)
    for station in tree.xpath('/QUESU/ResPC/StationMesureEauxSurface/CdStationMesureEauxSurface/text()', namespaces=NS):
        print(station, nom_station(station))


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('fichier')
    lire(parser.parse_args().fichier)
'''
FILES = {"README.md": "# eau\n\nScripts de lecture des fichiers d'échange de données sur l'eau.\n", "lire_sandre.py": SCRIPT}
CHECKS = ["interoperability.public-building-blocks", "interoperability.data-standards"]


def test_the_sandre_api_is_a_building_block_and_its_scenarios_a_national_standard(tmp_path):
    _, res = judge(tmp_path, FILES, CHECKS)
    blocks = res["interoperability.public-building-blocks"]
    assert blocks["status"] == "pass" and "Sandre" in blocks["message"]["en"] and "Sandre" in blocks["message"]["fr"], blocks["message"]
    std = res["interoperability.data-standards"]
    assert std["status"] == "pass" and "Sandre" in std["message"]["en"] and "Sandre" in std["message"]["fr"], std["message"]


def test_the_sandre_named_in_comments_only_is_no_call_nor_standard(tmp_path):
    script = "\n".join(("# " + ln) if "sandre.eaufrance" in ln else ln for ln in SCRIPT.splitlines()) + "\n"
    _, res = judge(tmp_path, {**FILES, "lire_sandre.py": script}, CHECKS)
    assert "Sandre" not in res["interoperability.public-building-blocks"]["message"]["en"], res["interoperability.public-building-blocks"]["message"]
    assert "Sandre" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
