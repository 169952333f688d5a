"""reusability.configuration (issue 12, s40 ff40 = reader re40's govpf/docker-spa-base): an Apache base image whose Dockerfile copies
its start scripts into the base image's hook folder (COPY files/* /docker-entrypoint-init.d/); one writes `ServerName ${SERVER_NAME}`
when SERVER_NAME is set, the other reads `js_basepath=${js_basepath:-/var/www/html/}`. Only UPSTREAMS was counted: SERVER_* names
were dropped as a CGI page's request variables, and lower-case names were not read. Rule: in the scripts a container runs at start,
a web server's configuration name (SERVER_NAME) and a lower-case `name=${name:-default}` read the container's environment.
Near misses: the same lines in a script no Dockerfile runs (a build helper) stay unread (s40 fd40's rule for build scripts agrees);
a lower-case variable the start script sets itself elsewhere is its own."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
README = ("# Image de base SPA\n\nImage Apache servant une application monopage.\n\n## Configuration\n\n"
          "```\ndocker run -e SERVER_NAME=app.example.org -e UPSTREAMS='/api;http://api:8080' image\n```\n")
DOCKERFILE = ("FROM example/apache:2.4\nUSER root\nRUN a2enmod rewrite proxy proxy_http\n"
              "COPY files/* /docker-entrypoint-init.d/\nUSER apache\n")
VHOST = ("#!/bin/sh\nset -e\n\nwrite_vhost() {\n    upstreams=\"$1\"\n    echo '<VirtualHost *>' > /tmp/site.conf\n"
         "    if [ -n \"$SERVER_NAME\" ]; then\n        echo \"ServerName ${SERVER_NAME}\" >> /tmp/site.conf\n    fi\n}\n\n"
         "write_vhost \"$UPSTREAMS\"\n")
SUBST = ("#!/bin/bash\nset -e\n\nweb_root=${web_root:-/var/www/html/}\n\nfor file in $(find ${web_root} -name 'main*.js'); do\n"
         "    envsubst < \"$file\" > \"$file.new\" && mv \"$file.new\" \"$file\"\ndone\n")


def _names(r: dict) -> set:
    return {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"} | set(r["details"].get("read_vars") or [])


def test_a_start_scripts_server_name_and_lower_case_default_are_settings(tmp_path):
    files = {"README.md": README, "apache/Dockerfile": DOCKERFILE, "apache/files/000-vhost.sh": VHOST, "apache/files/001-subst.sh": SUBST}
    r = check_result(tmp_path, files, CID)
    assert "3 setting" in r["message"]["en"], (r["message"], r["evidence"])
    assert "web_root" in {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}, r["evidence"]


def test_an_entrypoint_named_by_the_dockerfile_is_read_too(tmp_path):
    dockerfile = "FROM example/apache:2.4\nCOPY start.sh /usr/local/bin/start.sh\nENTRYPOINT [\"/usr/local/bin/start.sh\"]\n"
    r = check_result(tmp_path, {"README.md": README, "Dockerfile": dockerfile, "start.sh": VHOST + SUBST.split("\n", 1)[1]}, CID)
    assert "3 setting" in r["message"]["en"], (r["message"], r["evidence"])


def test_near_miss_the_same_script_no_container_runs_keeps_its_old_reading(tmp_path):
    files = {"README.md": README, "apache/Dockerfile": DOCKERFILE.replace("COPY files/* /docker-entrypoint-init.d/", "COPY conf/ /etc/apache2/"),
             "apache/conf/site.conf": "<VirtualHost *>\n</VirtualHost>\n", "tools/000-vhost.sh": VHOST, "tools/001-subst.sh": SUBST}
    r = check_result(tmp_path, files, CID)
    assert "1 setting" in r["message"]["en"], (r["message"], r["evidence"])


def test_near_miss_a_lower_case_variable_the_start_script_sets_is_its_own(tmp_path):
    subst = SUBST.replace("set -e\n", "set -e\nweb_root=/srv/www\n")
    files = {"README.md": README, "apache/Dockerfile": DOCKERFILE, "apache/files/000-vhost.sh": VHOST, "apache/files/001-subst.sh": subst}
    r = check_result(tmp_path, files, CID)
    assert "web_root" not in {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}, r["evidence"]
