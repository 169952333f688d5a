"""An account for a real server in a provisioning block is a committed secret, even when its password repeats the user name (issue
12, session 40 fixer fp40 = sitle/chef-tefenua-frontal, reader rk40 item 24). A Chef cookbook's Vagrantfile gives chef.json the
address of the production SVN repository and the account that checks it out — ``"frontal_svn_link" => "http://svn.<domain>/svn/…"``,
``"user_svn" => "<u>"``, ``"passwd_svn" => "<u>"`` —: reusability.secrets passed with "1 string to review". Keys naming a user and a
password by a word of their name, beside a server named on the Internet in the same block, are that server's account. Near miss: the
same pair beside a local server (localhost) stays a local default to review. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

ACCOUNT = "deploiement"


def vagrantfile(link: str) -> str:
    return ("# -*- mode: ruby -*-\nVagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian7-chef\"\n"
            "  config.vm.provision :chef_solo do |chef|\n     chef.json = {\n      \"cookbook-frontal\" => {\n"
            f"           \"frontal_svn_link\" => \"{link}\",\n           \"user_svn\" => \"{ACCOUNT}\",\n"
            f"           \"passwd_svn\" => \"{ACCOUNT}\"\n      }}\n    }}\n  end\nend\n")


RECIPE = ("subversion 'frontal' do\n  repository node['cookbook-frontal']['frontal_svn_link']\n"
          "  svn_username node['cookbook-frontal']['user_svn']\n  svn_password node['cookbook-frontal']['passwd_svn']\nend\n")


def test_a_real_servers_account_in_a_provisioning_block_is_a_secret(tmp_path):
    r = sec(tmp_path, {"Vagrantfile": vagrantfile("http://svn.informatique.gouv-territoire.fr/svn/sig/PRODUCTION/frontal"),
                       "recipes/default.rb": RECIPE, "metadata.rb": "name 'cookbook-frontal'\nversion '0.1.0'\n"})
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert any(e.get("path") == "Vagrantfile" for e in r["evidence"]), r["evidence"]


def test_the_same_pair_beside_a_local_server_stays_to_review(tmp_path):
    r = sec(tmp_path, {"Vagrantfile": vagrantfile("http://localhost/svn/sig/frontal"),
                       "recipes/default.rb": RECIPE, "metadata.rb": "name 'cookbook-frontal'\nversion '0.1.0'\n"})
    assert r["status"] != "fail", (r["message"], r["evidence"])
