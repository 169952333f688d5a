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


# --- MTES-MCT/Lucca: Symfony's committed .env, the defaults file ("The project relies on a hierarchy of `.env` files … .env.local:
# Local overrides (non-versioned), used for secrets"), its secrets written as what they stand for
_SYMFONY = {"composer.json": '{"name": "mtes/lucca", "require": {"php": ">=8.4", "symfony/framework-bundle": "7.2.*", "symfony/dotenv": "7.2.*"}}\n',
            "config/services.yaml": "parameters:\n  lucca.api_key: '%env(LUCCA_REST_API_KEY)%'\n",
            "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n",
            "README.md": "# Lucca\n\nFollowing urban-planning offences.\n\n### Environment Configuration\n\nThe project relies on a hierarchy of "
                         "`.env` files:\n* **.env**: Default parameters.\n* **.env.local**: Local overrides (**non-versioned**), used for secrets.\n"}
_LUCCA_ENV = ("APP_ENV=dev\nAPP_SECRET=<app_secret>\nMYSQL_HOST=lucca_db\nMYSQL_USER=user\nMYSQL_PASSWORD=password\n"
              "PROCONNECT_CLIENT_ID=proconnectClientId\nPROCONNECT_CLIENT_SECRET=proconnectClientSecret\n"
              "LUCCA_REST_API_JWT_SECRET=secret_jwt_key_need_256_bit_of_length\nLUCCA_REST_API_KEY=secret_api_key\nAIGLE_API_KEY=secret\n")


def test_self_describing_placeholders_leave_the_symfony_env_a_template(tmp_path):
    from auditor.facts.secret_values import no_real_secret

    for line in ("PROCONNECT_CLIENT_SECRET=proconnectClientSecret", "LUCCA_REST_API_JWT_SECRET=secret_jwt_key_need_256_bit_of_length",
                 "LUCCA_REST_API_KEY=secret_api_key", "JWT_SECRET=a-secret-of-at-least-32-characters"):
        assert no_real_secret(line), line
    ctx = _ctx(tmp_path, {**_SYMFONY, ".env": _LUCCA_ENV})
    assert ctx.fact("files")["env_template"] == ".env"  # was None
    assert ctx.fact("files")["env_template_component"] is None


def test_a_random_value_stays_a_secret(tmp_path):
    from auditor.facts.secret_values import no_real_secret

    for line in ("LUCCA_REST_API_KEY=q8Vn2LkW5rTz0pXc7bYm", "LUCCA_REST_API_JWT_SECRET=secret_q8Vn2LkW5rTz0pXc7bYm_256",
                 "API_KEY=secret2024", "DB_PASSWORD=correct_horse_battery_staple"):
        assert not no_real_secret(line), line
    ctx = _ctx(tmp_path, {**_SYMFONY, ".env": _LUCCA_ENV.replace("=secret_api_key", "=q8Vn2LkW5rTz0pXc7bYm")})
    assert ctx.fact("files")["env_template"] is None


# --- betagouv/aplus: "Copier run.sh.example dans run.sh : `cp run.sh.example run.sh`", a script exporting the app's settings then
# starting it
_RUN_SH = ("#!/bin/sh\n\nexport APP_HOST='localhost:9000'\nexport MAIL_MOCK=true\nexport APPLICATION_SECRET='changeme'\n"
           "export OVH_APPLICATION_KEY=\"\"\nexport DATABASE_URL='jdbc:postgresql://localhost:5432/aplus?user=aplus&password=x'\n"
           "export APP_MAILER_PICKERS_CONFIG='{\n  urgent: [ {weight: 1} ],\n  normal: [ {weight: 3} ]\n}'\n\nsbt -J-Xmx3G run\n")
_APLUS = {"build.sbt": 'name := "aplus"\nlibraryDependencies += "com.typesafe.play" %% "play" % "2.9.0"\n',
          "app/controllers/HomeController.scala": "package controllers\nclass HomeController\n",
          "conf/application.conf": "play.http.secret.key = ${APPLICATION_SECRET}\napp.host = ${APP_HOST}\n"}


def _aplus_readme(copy: str) -> str:
    return "# Administration+\n\n## Développement\n\nLancer la base de données.\n\n" + copy + "\n\nLancer le projet :\n\n```shell\nnpm install\n```\n"


def test_a_settings_script_the_readme_copies_from_its_example_is_the_template(tmp_path):
    ctx = _ctx(tmp_path, {**_APLUS, "run.sh.example": _RUN_SH, "README.md": _aplus_readme("Copier run.sh.example dans run.sh :\n\n`cp run.sh.example run.sh`")})
    assert ctx.fact("files")["env_template"] == "run.sh.example"  # was None


def test_a_copied_example_script_of_commands_is_no_settings_template(tmp_path):
    script = "#!/bin/sh\nset -e\nexport PGHOST=localhost\ndocker compose up -d db\npsql -c 'CREATE EXTENSION unaccent'\nsbt compile\nnpm install\nnpm run build\n"
    ctx = _ctx(tmp_path, {**_APLUS, "setup.sh.example": script, "README.md": _aplus_readme("`cp setup.sh.example setup.sh`")})
    assert ctx.fact("files")["env_template"] is None


# --- betagouv/api-subventions-asso: under the title, where the web client, the API and its documentation are ("X est disponible
# ici : URL"); what the project does is in its chapters
def _subventions(lead: str) -> dict:
    readme = ("## Data.Subvention\nLe projet est porté par beta.gouv.fr : https://beta.gouv.fr/startups/data-subvention.html\n\n" + lead + "\n\n"
              "L'API est disponible ici : https://api.example-subventions.fr/\n\nL'API est documentée ici : https://api.example-subventions.fr/docs/\n\n"
              "Contactez nous pour toute question ou si vous souhaitez tester l'application ou l'API : contact@datasubvention.beta.gouv.fr\n\n"
              "## Contexte\n\nEn France, près d'1,5 million d'associations mobilisent 12,5 millions de bénévoles et font vivre la solidarité "
              "dans les territoires.\n\n## Problème\n\nLes associations peinent à accéder aux subventions publiques, faute de lisibilité.\n\n"
              "## Solution en construction\n\nPour cela, l'équipe collecte les données des outils de dématérialisation et les APIs existants, "
              "qu'elle croise et veut rendre consultables via une interface client web.\n")
    return {"README.md": readme, "package.json": '{"name": "api-subventions-asso", "private": true}\n',
            "packages/api/src/index.ts": "export const app = 1\n"}


def test_an_availability_line_is_no_description(tmp_path):
    from auditor.facts.readme_asides import not_a_description
    from auditor.facts.readme_line_kinds import availability_line

    for line in ("Un premier client de notre API est disponible ici : https://datasubvention.beta.gouv.fr/",
                 "L'API est documentée ici : https://api.example.fr/docs/", "The web client is available at https://app.example.fr",
                 "La démo est accessible [ici](https://demo.example.fr)."):
        assert availability_line(line, ("Data.Subvention",)), line
    # (but the site the repository builds, named: "Le site vitrine d'API Territoires est disponible à l'adresse …" under its name, s30)
    assert not availability_line("Le site vitrine d'API Territoires est disponible à l'adresse https://territoires.api.gouv.fr.", ("API Territoires",))
    assert not_a_description("Contactez nous pour toute question ou si vous souhaitez tester l'application ou l'API : contact@datasubvention.beta.gouv.fr")
    assert not not_a_description("Contact est l'annuaire des agents de la collectivité, consultable sur https://contact.example.fr")
    d = _ctx(tmp_path, _subventions("Un premier client de notre API est disponible ici : https://datasubvention.beta.gouv.fr/")).fact("readme")["description"]
    # (nor the context's first paragraph: the product sheet's "Solution" chapter says what the team builds)
    assert d and d["text"].startswith("Pour cela, l'équipe collecte"), d


def test_a_description_ending_on_its_address_stays_one(tmp_path):
    lead = ("Data.Subvention rassemble les subventions publiques versées aux associations par l'État, consultables ici : "
            "https://datasubvention.beta.gouv.fr/")
    d = _ctx(tmp_path, _subventions(lead)).fact("readme")["description"]
    assert d and d["text"].startswith("Data.Subvention rassemble"), d


def test_a_context_chapter_without_a_solution_chapter_keeps_its_paragraph(tmp_path):
    files = _subventions("Un premier client de notre API est disponible ici : https://datasubvention.beta.gouv.fr/")
    files["README.md"] = files["README.md"].replace("## Solution en construction", "## Architecture")
    d = _ctx(tmp_path, files).fact("readme")["description"]
    assert d and d["text"].startswith("En France"), d


# --- meteofrance/meteonet: the README's opening paragraph offers the issue tracker for requests and problems and the team's Slack
# workspace, and invites to Kaggle's data-science challenges on the dataset
_METEONET_LEAD = ("This repository is intended as a toolbox to handle the MeteoNet dataset. It's also a communication interface with MeteoNet's "
                  "users : if you have a request or a problem concerning MeteoNet, you can post an [issue](https://github.com/meteofrance/meteonet/issues) "
                  "on this project. For more information (installation, data types, glossary...), go to our [Slack workspace](https://tinyurl.com/meteonet-slack) "
                  "and/or check out our [documentation](https://meteofrance.github.io/meteonet/)! The data are also available on "
                  "[Kaggle](https://www.kaggle.com/katerpillar/meteonet) with notebooks to help you explore! You can contribute to "
                  "[challenges](https://www.kaggle.com/katerpillar/meteonet/tasks) and/or propose yours (time series prediction, rainfall nowcasting...)!")


def _sections(tmp_path, lead: str, name="r") -> list:
    readme = "# MeteoNet : Data exploration toolbox\n\n" + lead + "\n\n# Installation\n\n```bash\npip install -r requirements.txt\n```\n"
    return _ctx(tmp_path, {"README.md": readme, "requirements.txt": "numpy\n", "meteonet_toolbox/__init__.py": "x = 1\n"}, name).fact("readme")["sections"]


def test_kaggle_challenges_are_no_contributing_and_the_tracker_for_requests_is_contact(tmp_path):
    sections = _sections(tmp_path, _METEONET_LEAD)
    assert "contributing" not in sections, sections  # was present
    assert "contact" in sections, sections  # was absent


def test_contributing_to_the_repository_and_a_bug_tracker_keep_their_verdicts(tmp_path):
    lead = ("This repository is a toolbox to handle the MeteoNet dataset. If you find a bug, you can post an "
            "[issue](https://github.com/meteofrance/meteonet/issues) on this project. You can contribute to "
            "[the toolbox](https://github.com/meteofrance/meteonet) with a pull request!")
    sections = _sections(tmp_path, lead)
    assert "contributing" in sections and "contact" not in sections, sections
