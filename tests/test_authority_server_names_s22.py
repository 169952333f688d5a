"""The sponsoring authority's own site named by a deployment kit under another top-level domain (issue 12, s22 reader a1:
viennagglo/georchestra-docker). Its Apache virtual host says ``ServerName geo.viennagglo.dev`` twice and its Dockerfile writes the
same name into the image's /etc/hosts; the README tells adopters to replace the authority's name in every file. territory-neutral
passed: the scan read no server name (no scheme, no quotes) and .dev is no public top-level domain. A server name whose
registrable domain carries the name of the sponsor's own domain (viennagglo.fr, from its committers) or of its forge account is
now the authority's, whatever its top-level domain, when a Dockerfile sets it or two files repeat it; any other .dev name is not."""

from __future__ import annotations

from tests.test_sponsor_forge_owner_s20 import audited

AGENT = ("Agent SIG", "sig@bourgexempleagglo.fr")
VHOST = """<VirtualHost *:80>
    ServerName {host}
    DocumentRoot /var/www/portail/htdocs
</VirtualHost>
<VirtualHost *:443>
    ServerName {host}
    SSLEngine On
</VirtualHost>
"""
DOCKERFILE = """FROM debian:bookworm
RUN apt-get update && apt-get install -y apache2
COPY site/conf/portail.conf /etc/apache2/sites-available/
RUN echo "127.0.0.1 {host}" >> /etc/hosts
EXPOSE 80 443
"""


def kit(host: str) -> dict:
    return {"README.md": "# Portail cartographique\n\nKit Docker de l'infrastructure.\n", "apache/Dockerfile": DOCKERFILE.format(host=host),
            "apache/site/conf/portail.conf": VHOST.format(host=host), "docker-compose.yml": "services:\n  apache:\n    build: ./apache\n"}


def territory(report: dict) -> tuple[dict, set]:
    t = next(r for r in report["results"] if r["id"] == "reusability.territory-neutral")
    return t, {(e.get("path"), e.get("line")) for e in t["evidence"] if e.get("path")}


def test_the_authoritys_own_name_under_dev_is_its_site(tmp_path):
    report = audited(tmp_path, "https://github.com/bourgexempleagglo/portail-docker.git", kit("geo.bourgexempleagglo.dev"),
                     only=("reusability.territory-neutral",), author=AGENT)
    t, where = territory(report)
    assert t["status"] in ("warn", "fail"), t["message"]
    assert {("apache/Dockerfile", 4), ("apache/site/conf/portail.conf", 2), ("apache/site/conf/portail.conf", 6)} <= where, where


def test_another_dev_name_or_one_setting_is_not_the_authoritys(tmp_path):
    report = audited(tmp_path, "https://github.com/bourgexempleagglo/portail-docker.git", kit("portail.exemple-presta.dev"),
                     only=("reusability.territory-neutral",), author=AGENT)
    t, where = territory(report)
    assert t["status"] == "pass", t["message"]
    # the authority's name set once, in one settings file a deployment edits, stays a setting
    files = {"README.md": "# Portail\n\nKit.\n", "conf/portail.conf": "<VirtualHost *:80>\n    ServerName geo.bourgexempleagglo.dev\n</VirtualHost>\n"}
    t, where = territory(audited(tmp_path / "b", "https://github.com/bourgexempleagglo/portail.git", files,
                                 only=("reusability.territory-neutral",), author=AGENT))
    assert not where, t["message"]
