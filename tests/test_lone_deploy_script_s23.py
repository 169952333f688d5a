"""project.kind (issue 12, session 23 reader n1, a région's deployment repository): a lone `deploy.sh` that stops Tomcat,
clones the application's branch into webapps/ and starts it again was a "library" decided by no file, and documentation.docs
asked it for an API reference. Operation scripts made infrastructure only when there were two of them; a repository whose every
shell script is an operation (here its only one) is a deployment too. A lone script named for another task is not."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

DEPLOY = ("#!/bin/bash\n# redéploie l'application\ngitDir=/srv/git/assemblee\ntomcatDir=/opt/tomcat\n"
          "$tomcatDir/bin/shutdown.sh\nsleep 20\ncd $tomcatDir/webapps\nrm -rf ROOT\ngit clone $gitDir ROOT\n"
          "cd ROOT && git checkout app\n$tomcatDir/bin/startup.sh\n")


def test_a_lone_deployment_script_is_infrastructure(tmp_path):
    project, res = kind_and_results(tmp_path, {"deploy.sh": DEPLOY}, ["documentation.docs"])
    assert project["kind"] == "infrastructure" and project["kind_decided"], project
    assert "api" not in [m.lower() for m in res["documentation.docs"]["details"]["missing"]], res["documentation.docs"]["message"]


def test_a_lone_conversion_script_is_no_deployment(tmp_path):
    convert = "#!/bin/bash\n# convertit les relevés en GeoJSON\nogr2ogr -f GeoJSON releves.geojson releves.csv\n"
    project, _ = kind_and_results(tmp_path, {"convertir.sh": convert}, [])
    assert project["kind"] != "infrastructure", project
