"""State contract facts a reader found wrong (issue 12, s35 g35 = r15a at fin52): settings templates named by a README link or
filled in place (InseeFr/ARC), a Symfony .env of self-describing placeholders (MTES-MCT/Lucca), a settings script the README copies
(betagouv/aplus), an availability line taken for the description (betagouv/api-subventions-asso), Kaggle challenges taken for a
contributing section and the issue tracker offered for requests not read as contact (meteofrance/meteonet). Each case with its near
miss."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for


def _ctx(tmp_path, files, name="r"):
    path = make_repo(tmp_path / name, [{"date": "2026-06-01T12:00:00Z", "author": ("Alice Martin", "alice@insee.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path)


# --- InseeFr/ARC: "configure the connection in the [arc.properties](arc-web/…/arc.properties) file", two modules holding an
# arc.properties; "1. Fill the file arc-dc.env." (docker/arc-dc.env, the compose environment)
_PROPS = "fr.insee.arc.db.url=jdbc:postgresql://localhost:5432/arc\nfr.insee.arc.db.username=arc\nfr.insee.arc.db.password=\n"
_ARC = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><modules><module>arc-web</module><module>arc-batch</module></modules></project>\n",
        "arc-web/pom.xml": "<project><artifactId>arc-web</artifactId></project>\n",
        "arc-web/src/main/java/fr/insee/arc/web/App.java": "package fr.insee.arc.web;\npublic class App { }\n",
        "arc-web/src/main/resources/fr/insee/config/arc.properties": _PROPS,
        "arc-batch/pom.xml": "<project><artifactId>arc-batch</artifactId></project>\n",
        "arc-batch/src/main/java/fr/insee/arc/batch/Batch.java": "package fr.insee.arc.batch;\npublic class Batch { }\n",
        "arc-batch/src/main/resources/fr/insee/config/arc.properties": _PROPS,
        "docker/docker-compose.yml": "services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: ${DATABASE_PASSWORD}\n",
        "docker/app-web.Dockerfile": "FROM tomcat:9\n"}


def _arc_readme(running: str, compose: str = "") -> str:
    return ("# ARC\n\nARC receives administrative data files and controls them.\n\n## Running the application\n\n" + running + "\n\n"
            + ("### Running the app with docker-compose\n\n" + compose + "\n\n```shell\ndocker compose --env-file arc-dc.env up\n```\n" if compose else ""))


_LINKED = ("ARC is a java 11 application. To run the app you will need a PostgreSQL DB and configure the connection in the "
           "[arc.properties](arc-web/src/main/resources/fr/insee/config/arc.properties) file.")


def test_a_settings_file_named_by_a_link_is_the_links_target(tmp_path):
    ctx = _ctx(tmp_path, {**_ARC, "README.md": _arc_readme(_LINKED)})
    files = ctx.fact("files")
    assert files["env_template"] == "arc-web/src/main/resources/fr/insee/config/arc.properties", files["env_template"]  # was arc-batch's
    assert files["env_template_component"] == "arc-web"


def test_a_bare_name_several_modules_hold_keeps_the_shallowest(tmp_path):
    # the near miss: the README names the file without a link; nothing says which module's, the first by depth then path stays
    plain = _LINKED.replace("[arc.properties](arc-web/src/main/resources/fr/insee/config/arc.properties)", "arc.properties")
    ctx = _ctx(tmp_path, {**_ARC, "README.md": _arc_readme(plain)})
    assert ctx.fact("files")["env_template"] == "arc-batch/src/main/resources/fr/insee/config/arc.properties"


_ENV = "# arc docker compose environment variables\n\n# DATABASE configuration\nDATABASE_USER=arc\n# set a password !\nDATABASE_PASSWORD=\nDATABASE_PORT=5432\n"


def test_a_named_env_file_the_readme_says_to_fill_is_the_template(tmp_path):
    ctx = _ctx(tmp_path, {**_ARC, "docker/arc-dc.env": _ENV,
                          "README.md": _arc_readme(_LINKED, "1. Fill the file arc-dc.env. A non blank password must be set.\n\n2. Run docker compose")})
    files = ctx.fact("files")
    assert files["env_template"] == "docker/arc-dc.env", files["env_template"]
    assert files["env_template_component"] is None


def test_a_named_env_file_the_readme_only_mentions_is_not_a_template(tmp_path):
    ctx = _ctx(tmp_path, {**_ARC, "docker/arc-dc.env": _ENV,
                          "README.md": _arc_readme("ARC is a java 11 application.", "docker compose reads arc-dc.env and starts the database.\n\n")})
    assert ctx.fact("files")["env_template"] is None
