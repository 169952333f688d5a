"""A listed authority's domain written as a suffix appended to host names (issue 12, s40 fo40 = sitle/chef-tefenua-frontal).

The Polynesian government's cookbook names every virtual host `apps['name'] + '.gov.pf'`: another territory must edit the recipe, yet
territory-neutral passed — a string opening with the domain's dot was not read as a host, and a host under a registry-like second level
(gov.pf, gouv.nc) was never an authority's, though organisations.yml lists both as one local government's. Near miss: a suffix of a
domain that belongs to no territory ('.herokuapp.com') stays neutral.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

RECIPE = ("apps = data_bag_item('frontal', 'apps')\n"
          "apps['sites'].each do |app|\n"
          "  external_name = app['name'] + '{suffix}'\n"
          "  template \"/etc/apache2/sites-available/#{{external_name}}.conf\" do\n"
          "    source 'site.erb'\n"
          "    variables(name: external_name)\n"
          "  end\n"
          "end\n")


def _check(tmp_path, suffix, name):
    files = {"recipes/_apache.rb": RECIPE.format(suffix=suffix), "metadata.rb": "name 'frontal'\nversion '0.1.0'\n",
             "README.md": "# frontal\n\nLivre de recettes du frontal web.\n"}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"], name=name)
    return res["reusability.territory-neutral"]


def test_a_listed_authority_domain_appended_as_a_suffix_is_a_territory_value(tmp_path):
    r = _check(tmp_path, ".gov.pf", "g")
    assert r["status"] != "pass", r["message"]
    assert any(e.get("path") == "recipes/_apache.rb" and e.get("value") == "gov.pf" for e in r["evidence"]), r["evidence"]


def test_a_suffix_of_no_territory_stays_neutral(tmp_path):
    r = _check(tmp_path, ".herokuapp.com", "h")
    assert r["status"] == "pass", r["message"]
