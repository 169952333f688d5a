"""reusability.configuration (issue 12, s39 fg39 = reader rb39 on DataSud/DataSud-2020-2022).

A CKAN extension kept in a folder of a platform's archive carries its own Travis CI file (``env: - CKANVERSION=master PGVERSION=9.1``,
``install: bash bin/travis-build.bash``); the build script reads $CKANVERSION and $PGVERSION. They were two undocumented settings of
the service. Travis CI's env lines, in a .travis.yml at any folder's top, assign those variables: the repository's CI defines them.
Near miss: a variable the same script reads that no env line assigns ($CKAN_SITE_TOKEN) stays an undocumented setting.
"""

from __future__ import annotations

from tests.test_configuration_ci_assigned_s38fk38 import CID, _findings
from tests.test_reusability_fixtures import check_result

TRAVIS = ("language: python\nsudo: required\npython:\n    - \"2.7\"\nenv:\n    - CKANVERSION=master PGVERSION=9.1\n"
          "    - CKANVERSION=2.7 PGVERSION=9.6\ninstall:\n    - bash bin/travis-build.bash\nscript: sh bin/travis-run.sh\n")
BUILD = ("#!/bin/bash\nset -e\n\necho \"Installing CKAN and its Python dependencies...\"\ngit clone https://github.com/ckan/ckan\ncd ckan\n"
         "if [ $CKANVERSION != 'master' ]\nthen\n    git checkout release-v$CKANVERSION-latest\nfi\n"
         "sudo -u postgres psql -c \"CREATE USER ckan_default WITH PASSWORD 'pass';\"\necho \"PostgreSQL $PGVERSION\"\n"
         "curl -H \"Authorization: $CKAN_SITE_TOKEN\" https://demo.ckan.org/api/3/action/status_show\n")


def test_variables_travis_env_lines_assign_are_no_settings(tmp_path):
    ext = "archive/ckanext-restricted/"
    files = {"README.md": "# plateforme\nArchive de la plateforme et de ses extensions CKAN.\n",
             ext + ".travis.yml": TRAVIS, ext + "bin/travis-build.bash": BUILD,
             ext + "bin/travis-run.sh": "#!/bin/sh -e\nnosetests --ckan --with-pylons=subdir/test.ini ckanext/restricted\n",
             ext + "setup.py": "from setuptools import setup\nsetup(name='ckanext-restricted', version='0.1')\n",
             ext + "ckanext/restricted/plugin.py": "import ckan.plugins as plugins\n\n\nclass RestrictedPlugin(plugins.SingletonPlugin):\n    pass\n"}
    found = _findings(check_result(tmp_path, files, CID))
    assert not found & {"CKANVERSION", "PGVERSION"}, found
    assert "CKAN_SITE_TOKEN" in found, found
