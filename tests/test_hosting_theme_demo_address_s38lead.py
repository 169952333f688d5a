"""A copied theme's demo settings name no address of the site (issue 12, s38 lead = re-reader vh38 on govpf/helpthemall).

fl38 read a site's own address from its settings (a baseURL), to tell the site's own host from the hosts it depends on. On
helpthemall, a Hugo site whose copied Dot theme ships a demo site (themes/dot/exampleSite/config.toml: baseURL = the theme's demo
address), scaling.hosting then named the demo address as "the sponsor's servers", from a stylesheet a page of the committed
public/ build (built with the demo settings) loads from it. The
site's own address is read from the project's own settings only: not from the files the inventory counts as copied (a theme with its
own licence), built or generated. Near miss: the site's own config.toml still gives its own address.
"""

from __future__ import annotations

from tests.test_hugo_site_theme_output_s38fn38 import PUBLIC, SITE, THEME
from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"
DEMO = {"themes/pointe/exampleSite/config.toml": 'baseURL = "https://demo-pointe.example-themes.com/"\ntheme = "pointe"\n',
        "public/categories/index.html": PUBLIC["public/index.html"].replace(
            "</head>", "<link rel=\"stylesheet\" href=\"https://demo-pointe.example-themes.com/plugins/bootstrap/bootstrap.min.css\">\n</head>")}


def _own(tmp_path):
    r = judge(tmp_path, {**SITE, **THEME, **PUBLIC, **DEMO}, [HOSTING], name="h")[1][HOSTING]
    return {e["value"]["url"].split("/")[2] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("class") == "own"}, r


def test_the_copied_themes_demo_address_is_not_the_sites_own(tmp_path):
    own, r = _own(tmp_path)
    assert not any("example-themes" in h for h in own), r["evidence"]
    assert own <= {"aide.exemple.fr"}, own
