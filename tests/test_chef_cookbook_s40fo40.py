"""A Chef cookbook is deployment infrastructure (issue 12, s40 fo40 = sitle/chef-tefenua-frontal).

The Polynesian government's cookbook (metadata.rb naming it and its `depends`, recipes/*.rb, attributes/default.rb, templates/*.erb, a
Berksfile) was read as code of no recognised kind, so the accessibility check judged it as an interface and the docs check asked for
an API. A metadata.rb declaring the cookbook beside a recipes/ folder is a Chef cookbook, deployment infrastructure like an Ansible
role; its attributes/ files are its settings with their defaults. Near miss: a Ruby gem (gemspec, lib/) stays a library.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COOKBOOK = {
    "metadata.rb": ("name             'portail-web'\nmaintainer       'Service informatique'\nlicense          'Apache-2.0'\n"
                    "description      'Installe le frontal du portail'\nversion          '0.2.0'\ndepends 'apt'\ndepends 'tomcat'\n"),
    "Berksfile": 'source "https://supermarket.chef.io"\n\nmetadata\ncookbook "apt"\ncookbook "tomcat"\n',
    "attributes/default.rb": ("default['portail-web']['databag']['name'] = 'portail'\n"
                              "default['portail-web']['databag']['item'] = 'apps'\n"),
    "recipes/default.rb": "include_recipe 'apt::default'\ninclude_recipe 'portail-web::_tomcat'\n\npackage 'subversion' do\n  action :install\nend\n",
    "recipes/_tomcat.rb": "node.set['tomcat']['base_version'] = '7'\ninclude_recipe 'tomcat::default'\n",
    "recipes/_apache.rb": ("apps = data_bag_item(node['portail-web']['databag']['name'], 'apps')\n"
                           "template '/etc/apache2/sites-available/portail.conf' do\n  source 'site.erb'\n  variables(apps: apps)\nend\n"),
    "templates/default/site.erb": "<VirtualHost *:443>\n  ServerName <%= @apps['name'] %>\n</VirtualHost>\n",
    "README.md": "# portail-web\n\nLivre de recettes Chef du frontal du portail.\n",
}
GEM = {
    "portail.gemspec": ("Gem::Specification.new do |s|\n  s.name = 'portail'\n  s.version = '0.2.0'\n  s.summary = 'Outils du portail'\n"
                        "  s.files = Dir['lib/**/*.rb']\n  s.add_dependency 'nokogiri'\nend\n"),
    "lib/portail.rb": "require 'portail/client'\n\nmodule Portail\nend\n",
    "lib/portail/client.rb": "module Portail\n  class Client\n    def get(path)\n      path\n    end\n  end\nend\n",
    "lib/portail/recipes.rb": "module Portail\n  RECIPES = []\nend\n",
    "README.md": "# portail\n\nBibliothèque Ruby du portail.\n",
}
CHECKS = ["interoperability.accessibility-and-ecodesign", "documentation.docs", "reusability.configuration"]


def test_a_chef_cookbook_is_deployment_infrastructure_with_its_attributes_as_settings(tmp_path):
    report, res = judge(tmp_path, COOKBOOK, CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "infrastructure" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "metadata.rb"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    assert "API" not in res["documentation.docs"]["message"]["en"].split("missing:")[-1]
    assert "attributes/default.rb" in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]


def test_a_ruby_gem_stays_a_library(tmp_path):
    report, _ = judge(tmp_path, GEM, ["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
    # (nor does a metadata.rb without a recipes/ folder make a cookbook)
    report, _ = judge(tmp_path, {**GEM, "metadata.rb": "name 'portail'\n"}, ["reusability.configuration"], name="m")
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]


def test_a_cookbooks_berksfile_and_metadata_are_its_dependency_manifests(tmp_path):
    report, res = judge(tmp_path, COOKBOOK, ["reusability.dependencies"])
    manifests = {m["path"]: m for m in report["facts"]["manifests"]["manifests"]}
    assert manifests["Berksfile"]["ecosystem"] == "chef" and manifests["Berksfile"]["dependencies"] == ["apt", "tomcat"]
    assert manifests["metadata.rb"]["name"] == "portail-web" and manifests["metadata.rb"]["lockfile"] is None
    assert "chef" in res["reusability.dependencies"]["message"]["en"]
    locked = {**COOKBOOK, "Berksfile.lock": "DEPENDENCIES\n  apt\n  tomcat\n\nGRAPH\n  apt (7.4.0)\n  tomcat (3.2.0)\n"}
    report, _ = judge(tmp_path, locked, ["reusability.dependencies"], name="l")
    assert {m["path"]: m["lockfile"] for m in report["facts"]["manifests"]["manifests"]}["Berksfile"] == "Berksfile.lock"


def test_a_metadata_rb_of_another_tool_is_no_manifest(tmp_path):
    report, _ = judge(tmp_path, {**GEM, "metadata.rb": "# réglages du générateur\nAUTEUR = 'service'\n"}, ["reusability.dependencies"])
    assert "metadata.rb" not in {m["path"] for m in report["facts"]["manifests"]["manifests"]}
