"""Session 22 (b1, case 3): SIG-Hauts-de-France/Cartotheque, variables the code reads that the compose file's environment: sets to a
value written there (DB_HOST: drupaldb) were counted undocumented: configuration given by the deployment recipe, documented. The
files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

# -- 3. values a compose file gives ----------------------------------------------------------------------------------------------
PORTAL = {
    "docker/build/settings.docker.php": ("<?php\n\n$databases['default']['default'] = [\n  'database' => getenv('DB_BASE'),\n"
                                         "  'host' => getenv('DB_HOST'),\n  'port' => getenv('DB_PORT'),\n  'password' => getenv('DB_PASS'),\n"
                                         "];\n$conf['geo_url'] = getenv('GEO_URL');\n$conf['smtp_host'] = getenv('SMTP_RELAY');\n"),
    "docker/build/Dockerfile": "FROM php:8.2-apache\nCOPY settings.docker.php /var/www/html/sites/default/settings.php\n",
    "docker/.env.dist": "# Mot de passe de la base\nPWD_BASE=\n# Nom de la base\nNOM_BASE=portail\n",
    "docker/docker-compose.yaml": ("services:\n    web:\n        build:\n            context: ./build\n        environment:\n"
                                   "            DB_HOST:          base\n            DB_PORT:          5432\n"
                                   "            DB_BASE:          ${NOM_BASE:-portail}\n            DB_PASS:          ${PWD_BASE}\n"
                                   "#           GEO_URL:          http://ancien:8080/geo\n            GEO_URL:          http://geonetwork:8080/geonetwork\n"
                                   "            SMTP_RELAY:\n    base:\n        image: postgis/postgis:16-3.4\n        environment:\n"
                                   "            - POSTGRES_DB=portail\n"),
    "modules/portail/portail.module": "<?php\n\nfunction portail_menu() {\n  return ['carte' => ['title' => 'Carte']];\n}\n",
    "modules/portail/portail.info": "name = Portail\ncore = 7.x\n",
}


def test_a_value_the_compose_file_gives_is_no_undocumented_setting(tmp_path):
    res = judge(tmp_path, PORTAL, CONF, name="c")[1]["reusability.configuration"]
    undocumented = res["details"]["undocumented"]
    assert not {"DB_HOST", "DB_PORT", "GEO_URL", "DB_BASE", "DB_PASS"} & set(undocumented), res["details"]
    # (SMTP_RELAY: with no value, passed through from the shell that runs compose: not given, still undocumented)
    assert "SMTP_RELAY" in undocumented, res["details"]


def test_a_variable_the_compose_file_does_not_give_stays_undocumented(tmp_path):
    compose = PORTAL["docker/docker-compose.yaml"].replace("            DB_HOST:          base\n", "")
    res = judge(tmp_path, {**PORTAL, "docker/docker-compose.yaml": compose}, CONF, name="u")[1]["reusability.configuration"]
    assert "DB_HOST" in res["details"]["undocumented"], res["details"]


# -- the same cause beside the compose file: a Dockerfile's ENV, a script's own assignments ----------------------------------------
ENTRYPOINT = ("#!/bin/bash\nset -e\n\nfixPermissions() {\n\tFP_PATH=\"${1}\"; FP_OGRP=\"${2}\"; FP_DMOD=\"${3}\"\n"
              "\t[ -n \"${FP_OGRP}\" ] && chgrp -R \"${FP_OGRP}\" \"${FP_PATH}\"\n\t[ -n \"${FP_DMOD}\" ] && chmod -R \"${FP_DMOD}\" \"${FP_PATH}\"\n}\n\n"
              "fixPermissions /var/www/private \"${GRP_WORKER}\" 'g+rwxs'\nchown \"${USR_WORKER}\" /var/www/private\n"
              "echo \"sauvegardes dans ${BACKUP_DIR} pour ${SUIVI_ORG}\"\nexec apache2-foreground\n")
DOCKERFILE = ("FROM php:8.2-apache\nARG SUIVI_ORG\nENV SUIVI_ORG=$SUIVI_ORG\nENV USR_WORKER=\"${UID_WORKER:-www-data}\" \\\n    GRP_WORKER=\"${GID_WORKER:-www-data}\"\n"
              "COPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\n")


def test_a_dockerfile_env_and_a_scripts_own_assignments_are_no_undocumented_setting(tmp_path):
    files = {**PORTAL, "docker/build/docker-entrypoint.sh": ENTRYPOINT, "docker/build/Dockerfile": DOCKERFILE}
    res = judge(tmp_path, files, CONF, name="e")[1]["reusability.configuration"]
    undocumented = res["details"]["undocumented"]
    assert not {"USR_WORKER", "GRP_WORKER", "FP_OGRP", "FP_DMOD", "FP_PATH"} & set(undocumented), res["details"]
    assert "BACKUP_DIR" in undocumented, res["details"]  # (read, set nowhere: still a setting to document)
    assert "SUIVI_ORG" in undocumented, res["details"]  # (ENV SUIVI_ORG=$SUIVI_ORG: the build argument's value, given from outside)
