"""scaling.vendor-lock-in, reusability.portability (issue 12, s31 b31 = reader s30 m22o3, atd16/automx2plesk): an OPSN's shell
installer that reads Plesk's admin password (/etc/psa/.psa.shadow), its certificates under /opt/psa, queries its psa database and
writes into the web servers' includes Plesk manages (plesk.conf.d/) only works on a Plesk server, a proprietary hosting panel; it
passed 10 ("no proprietary service of the list"). The panel is the platform the script runs on, no address or key written in
it: reusability.configuration keeps its verdict. The word "Plesk" in a README or a comment (a hosting mentioned) stays neutral."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = ("#!/bin/bash\n"
           "# Installe la configuration automatique des clients de messagerie\n"
           "set -e\n"
           "# mot de passe de l'administrateur\n"
           "PASSWORD=`cat /etc/psa/.psa.shadow`\n"
           "CERT=/opt/psa/var/certificates/`ls -t /opt/psa/var/certificates | head -n1`\n"
           "mysql -uadmin -p$PASSWORD psa -e \"SELECT name FROM domains\" > /tmp/domaines.txt\n"
           "mkdir -p /etc/nginx/plesk.conf.d/autoconf\n"
           "cp autoconf.conf /etc/nginx/plesk.conf.d/autoconf/\n"
           "systemctl reload nginx\n")
CLI = ("#!/bin/sh\n"
       "# met à jour les domaines de messagerie\n"
       "for d in $(plesk bin domain --list); do\n"
       "  echo \"$d\"\n"
       "done\n")
CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "reusability.configuration"]


def test_a_script_driving_a_plesk_server_is_locked_in(tmp_path):
    res = judge(tmp_path, {"install.sh": INSTALL}, CHECKS, name="p")[1]
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] in ("warn", "fail"), lock["message"]  # was pass 10
    assert any(e["path"] == "install.sh" and e.get("line") == 5 for e in lock["evidence"]), lock["evidence"]
    assert "Plesk" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
    # (the panel the installer runs on is no address or key a deployment sets: the configuration verdict does not move)
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    lock = judge(tmp_path, {"update.sh": CLI}, CHECKS, name="c")[1]["scaling.vendor-lock-in"]
    assert lock["status"] in ("warn", "fail"), lock["message"]


def test_plesk_named_in_prose_or_a_comment_is_not(tmp_path):
    files = {"README.md": "# Outils\n\nNos sites sont hébergés sur un serveur Plesk ; ce script sauvegarde les bases.\n",
             "save.sh": "#!/bin/sh\n# sur l'ancien serveur : /etc/psa/.psa.shadow et plesk bin domain --list\npg_dumpall > /srv/sauvegarde.sql\n",
             # (another word holding the letters: a SKOS concept helper's "simpleSkos")
             "Helper.java": "class Helper {\n  String simpleSkosConcept = \"x\";\n}\n"}
    lock = judge(tmp_path, files, CHECKS, name="n")[1]["scaling.vendor-lock-in"]
    assert lock["status"] == "pass" and lock["score"] == 10, lock["message"]
