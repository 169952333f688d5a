"""scaling.hosting (issue 12, s40 fm40 = reader ri40, georchestra/maelstro): a metadata synchroniser keeps the XML namespaces of each
metadata standard in a Python dict (``NS_REGISTRIES = {"iso19115-3.2018": {"mri": "http://standards.iso.org/iso/19115/-3/mri/1.0",
…}}``) and writes an xsi:schemaLocation; the check counted iso.org as "another organisation" whose servers the app calls. A prefix's
URI in a dict named for namespaces, and the addresses of a schemaLocation, are identifiers. Near miss: a dict of the platforms the
service calls (``PLATFORMS = {"source": {"url": "https://geo.other-body.fr/geonetwork"}}``) stays a host."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECKS = ["scaling.hosting"]
META = ('from lxml import etree\n\nNS_REGISTRIES = {\n    "iso19139": {\n        "gmd": "http://www.isotc211.org/2005/gmd",\n    },\n'
        '    "iso19115-3.2018": {\n        "mri": "http://standards.iso.org/iso/19115/-3/mri/1.0",\n'
        '        "cit": "http://standards.iso.org/iso/19115/-3/cit/2.0",\n    },\n}\n\n'
        'SCHEMA = \'<mdb:MD_Metadata xsi:schemaLocation="http://standards.iso.org/iso/19115/-3/mdb/2.0 '
        'http://standards.iso.org/iso/19115/-3/mdb/2.0/mdb.xsd"/>\'\n\n\ndef title(doc, schema):\n'
        '    return doc.find("mri:title", namespaces=NS_REGISTRIES[schema])\n')
PLATFORMS = ('import requests\n\nPLATFORMS = {\n    "source": {\n        "url": "https://geo.other-body.fr/geonetwork",\n    },\n}\n\n\n'
             'def fetch(name):\n    return requests.get(PLATFORMS[name]["url"] + "/srv/api/records").json()\n')


def _hosting(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=CHECKS))["scaling.hosting"]


def test_a_namespace_map_and_a_schema_location_are_no_servers(tmp_path):
    files = {"README.md": "# Synchro\n\nSynchronise des métadonnées.\n", "requirements.txt": "lxml==5.0.0\nrequests==2.31.0\n",
             "app/meta.py": META}
    r = _hosting(tmp_path, files, "ns")
    assert "other organisation" not in r["message"]["en"] and "iso.org" not in str(r["evidence"]), r  # was 1 (iso.org)


def test_a_dict_of_platforms_called_stays_a_host(tmp_path):
    files = {"README.md": "# Synchro\n\nSynchronise des métadonnées.\n", "requirements.txt": "lxml==5.0.0\nrequests==2.31.0\n",
             "app/meta.py": META, "app/platforms.py": PLATFORMS}
    r = _hosting(tmp_path, files, "pf")
    assert "1 other organisation" in r["message"]["en"], r  # other-body.fr (and no longer iso.org: was 2)
