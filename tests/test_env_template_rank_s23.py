"""The settings template the files fact names, by what it configures (issue 12, session 23 fixer k2, case C).

- A Java + Symfony project whose shallowest template was a logger's log4j.properties.dist (service/config/) got it instead of the
  Symfony application's app/config/parameters.yml.dist (IGNF/ogam); a front controller's app_dev.php.dist is no settings file either.
- A Rails application with no settings template of its own got doc/env.sample, the shell environment of the API documentation's
  example curl scripts ("rename env.sample env.sh", ``set -x``) (betagouv/monstagedeseconde); a docs/.env.example of the app's
  variables stays its template.
- A README that says in words "Créer `.env.development.local` à partir de `.env.development`" names the template as a ``cp`` line
  does (incubateur-ademe/roadmaps-faciles)."""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago


def _files(repo, files, name="r"):
    ctx = ctx_for(repo([{"date": days_ago(10), "author": ("Alice Martin", "alice@exemple.gouv.fr"), "files": files}], name=name))
    return ctx.fact("files")


LOG4J = "log4j.rootLogger=INFO, file\nlog4j.appender.file=org.apache.log4j.RollingFileAppender\nlog4j.appender.file.File=/var/log/svc.log\n"
PARAMS = "# a template of what your parameters.yml should look like\nparameters:\n    database_host: localhost\n    database_password: ~\n    secret: ThisTokenIsNotSoSecretChangeIt\n"
MIXED = {"README.md": "# Plateforme\n\nServices Java d'intégration et site web de consultation.\n",
         "service_import/pom.xml": "<project><artifactId>import</artifactId></project>\n",
         "service_import/src/main/java/Import.java": "public class Import {}\n",
         "service_import/config/log4j.properties.dist": LOG4J,
         "website/server/app/config/parameters.yml.dist": PARAMS,
         "website/server/web/app_dev.php.dist": "<?php\nrequire __DIR__.'/../app/AppKernel.php';\n$kernel = new AppKernel('dev', true);\n",
         "website/server/composer.json": '{"require": {"symfony/symfony": "2.8.*"}}\n'}


def test_the_applications_settings_before_a_loggers_configuration(repo):
    assert _files(repo, MIXED)["env_template"] == "website/server/app/config/parameters.yml.dist"
    # a logger's configuration alone is still what there is
    alone = {k: v for k, v in MIXED.items() if not k.startswith("website/")}
    assert _files(repo, alone, "r2")["env_template"] == "service_import/config/log4j.properties.dist"


RAILS = {"README.md": "# Stages\n\n## Installation\n\n* Ask for a .env file from another developer\n* `bin/rails server`\n",
         "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.0'\ngem 'dotenv-rails'\n",
         "config/application.rb": "module Stages\n  class Application < Rails::Application\n  end\nend\n",
         "app/models/offer.rb": "class Offer < ApplicationRecord\n  def mailer_host = ENV['MAILER_HOST']\nend\n",
         "doc/api.md": "# API\n\nEach example script under doc/requests reads env.sh.\n",
         "doc/requests/offers/index.sh": "#!/bin/bash\nsource 'env.sh'\ncurl -H \"Authorization: Bearer $STAGES_TOKEN\" \"$STAGES_ENV/api/offers\"\n",
         "doc/env.sample": "set -x\n\n# usage: rename env.sample env.sh\n\nSTAGES_ENV=\nSTAGES_TOKEN=\n"}


def test_the_api_documentations_example_environment_is_no_settings_template(repo):
    assert _files(repo, RAILS)["env_template"] is None
    # the application's own template in docs/ stays the template, and a root one comes before it
    app = {**{k: v for k, v in RAILS.items() if k != "doc/env.sample"}, "doc/.env.example": "MAILER_HOST=\nDATABASE_URL=\n"}
    assert _files(repo, app, "r2")["env_template"] == "doc/.env.example"
    assert _files(repo, {**app, ".env.sample": "MAILER_HOST=\n"}, "r3")["env_template"] == ".env.sample"


NEXT = {"package.json": '{"name": "roadmaps", "private": true, "workspaces": ["apps/*"]}\n',
        "apps/web/package.json": '{"name": "web", "dependencies": {"next": "16.0.0"}}\n',
        "apps/web/src/env.ts": "export const apiKey = process.env.MEMBRE_API_KEY;\nexport const smtp = process.env.MAILER_SMTP_PASSWORD;\n",
        "apps/web/.env.development": "APP_ENV=\"dev\"\nMEMBRE_API_KEY=\nMAILER_SMTP_PASSWORD=\"\"\n",
        "apps/web/.env.production": "APP_ENV=\"prod\"\n"}


def test_a_readme_sentence_creating_the_local_env_from_a_file_names_the_template(repo):
    readme = "# Roadmaps\n\n## Développement\n\nCréer `.env.development.local` à partir de `.env.development` et renseigner si besoin.\n"
    assert _files(repo, {**NEXT, "README.md": readme})["env_template"] == "apps/web/.env.development"
    english = "# Roadmaps\n\n## Setup\n\nCopy `.env.development` to `.env.development.local`, then fill in the keys.\n"
    assert _files(repo, {**NEXT, "README.md": english}, "r2")["env_template"] == "apps/web/.env.development"
    # generating a type declaration from the env file makes no template of it; nor does a README silent on it
    other = "# Roadmaps\n\n```\npnpm generateEnvDeclaration  # Générer env.d.ts à partir de .env.development\n```\n"
    assert _files(repo, {**NEXT, "README.md": other}, "r3")["env_template"] is None
