"""A Rails 2/3 application's untouched README and its doc/README_FOR_APP (issue 12, session 24 reader o2, family C).

A 2011 Rails 3.1 application kept the README its generator wrote ("== Welcome to Rails", "Rails is a web-application framework
that includes everything needed…", then "Getting Started", "Debugging Rails", "Console" with its "Options:" of `rails console`):
the report found it "substantial, description first", its sections purpose, usage and configuration, and passed
reusability.configuration on "settings described in the README". Its doc/ folder holds only the generator's doc/README_FOR_APP
("Use this README file to introduce your application…"), reported as documentation. Only Rails 4's README was recognised."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

# (the shape of Rails 3's generated README, written here in other words around its signature sentences)
RAILS3_README = """== Welcome to Rails

Rails is a web-application framework that includes everything needed to create
database-backed web applications according to the Model-View-Control pattern.

The model holds the domain objects and the controller answers the requests.

== Getting Started

1. Start a new application with the generator.
2. Change directory and start the web server: rails server

== Debugging Rails

Sometimes your application goes wrong. Fortunately there are a lot of tools that
will help you debug it and get it back on the rails.

More information on how to use the logger is at the Ruby site.

== Console

The console lets you work with the models.

Options:

* Passing the sandbox argument rolls back any change made to the database.
* Passing an environment name loads that environment.

== Description of Contents

The default directory structure of a generated Ruby on Rails application:

  |-- app
  |-- config
  |-- db
""" + "\n".join(f"Paragraph {i} about the framework's folders and their purpose in a generated tree." for i in range(60)) + "\n"
FOR_APP = 'Use this README file to introduce your application and point to useful places in the API for learning more.\nRun "rake doc:app" to generate API documentation for your models, controllers, helpers, and libraries.\n'
APP = {
    "README": RAILS3_README,
    "doc/README_FOR_APP": FOR_APP,
    "Gemfile": "source 'http://rubygems.org'\ngem 'rails', '3.1.3'\ngem 'sqlite3'\n",
    "Gemfile.lock": "GEM\n  remote: http://rubygems.org/\n  specs:\n    rails (3.1.3)\n\nDEPENDENCIES\n  rails (= 3.1.3)\n",
    "config/routes.rb": "Observatoire::Application.routes.draw do\n  resources :prix\n  root :to => 'prix#index'\nend\n",
    "config/database.yml": "development:\n  adapter: postgresql\n  database: obs_dev\n  username: paul\n  password: motdepasse1\n",
    "app/controllers/prix_controller.rb": "class PrixController < ApplicationController\n  def index\n    @prix = Prix.all\n  end\nend\n",
    "app/models/prix.rb": "class Prix < ActiveRecord::Base\nend\n",
    "app/views/prix/index.html.erb": "<h1>Prix</h1>\n<% @prix.each do |p| %><p><%= p.montant %></p><% end %>\n",
}
CHECKS = ["documentation.readme", "documentation.readme-sections", "reusability.configuration"]


def test_a_rails_3_readme_left_as_generated_says_nothing_of_the_project(tmp_path):
    report, res = judge(tmp_path, APP, CHECKS)
    readme = report["facts"]["readme"]
    assert (readme["template"] or {}).get("framework") == "rails", readme.get("template")
    assert readme["sections"] == [] and readme["description"] is None, (readme["sections"], readme["description"])
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]
    assert res["documentation.readme-sections"]["status"] == "fail", res["documentation.readme-sections"]["message"]
    assert "README" not in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]
    assert res["reusability.configuration"]["status"] != "pass"
    assert report["facts"]["files"]["docs"] is None  # (the generator's README_FOR_APP is no documentation)


def test_a_teams_own_readme_and_documentation_stay_theirs(tmp_path):
    own = ("# Observatoire des prix\n\nObservatoire des prix de l'assainissement non collectif : chacun y déclare le prix de ses travaux.\n\n"
           "## Installation\n\n```\nbundle install\nrake db:setup\nrails server\n```\n\n## Configuration\n\n"
           "Copiez config/database.yml.example en config/database.yml et renseignez DATABASE_USER et DATABASE_PASSWORD.\n")
    files = dict(APP, **{"README": None, "README.md": own,
                         "doc/README_FOR_APP": FOR_APP + "\n" + "\n".join(f"Chapitre {i} : comment saisir un prix et le vérifier." for i in range(30)) + "\n"})
    files = {k: v for k, v in files.items() if v is not None}
    report, res = judge(tmp_path, files, CHECKS)
    readme = report["facts"]["readme"]
    assert readme["template"] is None and {"purpose", "install", "configuration"} <= set(readme["sections"]), readme["sections"]
    assert "template" not in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]
    assert report["facts"]["files"]["docs"] == "doc/"  # (a README_FOR_APP the team wrote is its documentation)
