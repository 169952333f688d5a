"""reusability.configuration: variables a container reads, set by the compose file's environment from variables of the .env template
(ADMIN_PASS: ${PWD_DRUPAL}, PWD_DRUPAL in docker/.env.dist), were counted undocumented (issue 12, s21 r2,
SIG-Hauts-de-France/Cartotheque). They are wired to the template, which documents them; a variable nothing wires stays undocumented."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "reusability.configuration"
COMPOSE = ("services:\n  web:\n    build: ./build\n    env_file: .env\n    environment:\n      ADMIN_PASS: ${PWD_PORTAIL}\n"
           "      ADMIN_MAIL: ${MEL_PORTAIL:-root@localhost}\n      - DB_HOST=${HOTE_BASE}\n")
ENTRY = ("#!/bin/sh\nset -e\nportail-admin --password \"$ADMIN_PASS\" --mail \"$ADMIN_MAIL\"\npsql -h \"$DB_HOST\" -c 'select 1'\n"
         "curl \"$CACHE_URL\"\n")


def test_container_variables_wired_from_the_template_are_documented(repo, tmp_path):
    files = {"README.md": "# Portail\n\nPortail cartographique.\n\n## Installation\n\n```bash\ncp .env.dist .env\ndocker-compose up -d\n```\n",
             "docker/docker-compose.yaml": COMPOSE, "docker/.env.dist": "# mot de passe\nPWD_PORTAIL=changeme\nMEL_PORTAIL=\nHOTE_BASE=db\n",
             "docker/build/Dockerfile": "FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n",
             "docker/build/entrypoint.sh": ENTRY, "src/app.php": "<?php\necho getenv('DB_HOST');\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    r = report["results"][0]
    flagged = {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}
    assert not flagged & {"ADMIN_PASS", "ADMIN_MAIL", "DB_HOST"}, r["evidence"]
    assert "CACHE_URL" in flagged, r["evidence"]  # (read, wired by nothing, in no template)
