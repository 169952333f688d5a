"""A Puppet module declares its dependencies in its metadata.json; its PDK Gemfile is test tooling (issue 12, session 28 f28:
an infrastructure kit's Puppet module, measure 19 reader m19o3)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

# A Puppet module as the PDK lays it out: its metadata.json names the Forge modules it depends on; its Gemfile, the test tooling
PUPPET_MODULE = {
    "metadata.json": ('{\n  "name": "org-ipa",\n  "version": "7.0.0",\n  "license": "GPL-3.0",\n  "dependencies": [\n'
                      '    {"name": "puppetlabs-stdlib", "version_requirement": ">= 4.25.0 < 10.0.0"},\n'
                      '    {"name": "puppet-epel", "version_requirement": ">= 1.3.1 < 6.0.0"}\n  ],\n'
                      '  "operatingsystem_support": [{"operatingsystem": "CentOS", "operatingsystemrelease": ["9"]}],\n'
                      '  "requirements": [{"name": "puppet", "version_requirement": ">= 7.0.0 < 8.0.0"}],\n  "pdk-version": "3.2.0"\n}\n'),
    "Gemfile": ("source ENV['GEM_SOURCE'] || 'https://rubygems.org'\n\n"
                "group :development do\n  gem \"rubocop\", '~> 1.50.0', require: false\n"
                "  gem \"rspec-puppet-facts\", '~> 3.0', require: false if RUBY_VERSION > '2'\nend\n"
                "group :system_tests do\n  gem \"beaker\", require: false\nend\n\n"
                "gems = {}\ngems['puppet'] = location_for(ENV['PUPPET_GEM_VERSION'])\n"
                "gems.each do |gem_name, gem_params|\n  gem gem_name, *gem_params\nend\n"),
    ".gitignore": "/Gemfile.lock\n/pkg/\n",
    "manifests/init.pp": "class ipa (\n  String $domain,\n) {\n  contain ipa::install\n}\n",
    "manifests/install.pp": "class ipa::install {\n  package { 'ipa-server': ensure => installed }\n}\n",
    "README.md": "# ipa\n\nInstalls and configures an IPA server.\n",
}


def test_a_puppet_module_declares_its_dependencies_in_metadata_json_not_in_its_pdk_gemfile(tmp_path):
    report, res = judge(tmp_path, PUPPET_MODULE, ["reusability.dependencies"])
    manifests = {m["path"]: m for m in report["facts"]["manifests"]["manifests"]}
    assert manifests["metadata.json"]["ecosystem"] == "puppet"
    assert manifests["metadata.json"]["dependencies"] == ["puppet-epel", "puppetlabs-stdlib"]
    assert manifests["Gemfile"].get("tooling") and not manifests["Gemfile"]["dependencies"]
    r = res["reusability.dependencies"]
    assert r["status"] == "pass" and r["details"]["unlocked"] == [], r["message"]
    assert "puppet" in r["message"]["en"] and "bundler" not in r["message"]["en"], r["message"]
    assert "Puppetfile" in r["message"]["en"] and "library" not in r["message"]["en"], r["message"]


def test_a_gemfile_with_runtime_gems_and_another_tool_s_metadata_json_keep_their_verdict(tmp_path):
    files = dict(PUPPET_MODULE)
    # (an application's Gemfile: runtime gems outside the development group, to lock; a metadata.json of another tool, no manifest)
    files["Gemfile"] = "source 'https://rubygems.org'\ngem 'sinatra', '~> 3.0'\ngroup :test do\n  gem 'rspec'\nend\n"
    files["metadata.json"] = '{"name": "viewer", "version": "1.0", "dependencies": [{"name": "leaflet"}]}\n'
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    manifests = {m["path"]: m for m in report["facts"]["manifests"]["manifests"]}
    assert "metadata.json" not in manifests
    assert manifests["Gemfile"]["dependencies"] == ["sinatra", "rspec"] and not manifests["Gemfile"].get("tooling")
    r = res["reusability.dependencies"]
    assert r["status"] != "pass" and r["details"]["unlocked"] == ["Gemfile"], r["message"]
