"""A package declared in two manifests is one dependency (issue 12, session 38 lead = reader rd38).

TelesCoop's tree-canopy layer script for the Métropole de Lyon declares its Python packages twice, three folders down (whose licences this audit does not look up), in a Pipfile (51 names) and in a
requirements.txt (12 names, all also in the Pipfile, some spelled otherwise: ``Fiona``/``fiona``, ``psycopg2-binary``). Without the
package index, licensing.dependencies said "63 dependencies declared in …Pipfile, …requirements.txt" (a false count: 51 distinct).
Names are now compared as the package index compares them (case, ``-``/``_``/``.``); near miss: distinct packages in two
manifests are all counted.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MIT = "MIT License\n\nCopyright (c) 2021 Métropole\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
CODE = {"docker/python/scripts/calque.py": "import geopandas\nimport requests\n\n\ndef main():\n    return geopandas.read_file(requests.get('x').text)\n"}


def _msg(tmp_path, files, name):
    r = judge(tmp_path, {"LICENSE": MIT, "README.md": "# Calque\n\nCalcul du calque.\n", **CODE, **files}, ["licensing.dependencies"],
              name=name)[1]["licensing.dependencies"]
    return r["status"], r["message"]["en"]


def test_a_package_in_the_pipfile_and_the_requirements_is_counted_once(tmp_path):
    pipfile = "[packages]\nfiona = \"*\"\ngeopandas = \"*\"\npsycopg2-binary = \"*\"\nrequests = \"*\"\npython-dotenv = \"*\"\n"
    reqs = "Fiona\ngeopandas>=0.9\npsycopg2_binary\nRequests\n"
    status, msg = _msg(tmp_path, {"docker/python/scripts/Pipfile": pipfile, "docker/python/scripts/requirements.txt": reqs}, "same")
    assert status == "inconclusive" and msg.startswith("5 dependenc"), msg


def test_distinct_packages_in_two_manifests_are_all_counted(tmp_path):
    pipfile = "[packages]\nfiona = \"*\"\ngeopandas = \"*\"\n"
    reqs = "numpy\npandas>=1.3\nshapely\n"
    status, msg = _msg(tmp_path, {"docker/python/scripts/Pipfile": pipfile, "docker/python/scripts/requirements.txt": reqs}, "distinct")
    assert status == "inconclusive" and msg.startswith("5 dependenc"), msg
