"""territory-neutral (issue 12, session 18 reader c1): a commune's WordPress theme hard-coding its Matomo server
(`var u="//stats.commune-sur-loing.fr/"`, a protocol-relative URL) and its Mailchimp list
(https://commune-sur-loing.us20.list-manage.com/…) passed "No territory-specific value": the commune's domain carries no
mairie/ville word and its name is in no list of large towns. A label in the compound shape of French communes (X-sur-Y,
X-sous-Y, X-lès-Y) is now a commune's own host under a national TLD, or its account as a vendor's sub-domain."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host, territory_subdomain
from tests.test_addresses_outside_code import territory

HEADER = ("<?php wp_head(); ?>\n<script>\n  var _paq = window._paq = window._paq || [];\n  (function() {\n"
          "    var u=\"//stats.commune-sur-loing.fr/\";\n    _paq.push(['setTrackerUrl', u+'matomo.php']);\n  })();\n</script>\n")
NEWSLETTER = ("<?php\n?>\n<form action=\"https://commune-sur-loing.us20.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\">\n"
              "<input type=\"email\" name=\"EMAIL\">\n</form>\n")


def test_commune_shaped_labels():
    assert authority_host("stats.commune-sur-loing.fr") and authority_host("www.villiers-sous-bois.fr")
    assert territory_subdomain("commune-sur-loing.us20.list-manage.com")
    assert not authority_host("www.commune-sur-loing.com") and not authority_host("fonts.googleapis.com")
    assert not territory_subdomain("cdn.jsdelivr.net") and not authority_host("www.saint-gobain.fr")


def test_a_communes_stats_server_and_mailing_list_are_territory_values(tmp_path):
    files = {"README.md": "# Thème\n\nLe thème du site.\n", "wp-content/themes/commune/header.php": HEADER,
             "wp-content/themes/commune/modules/newsletter.php": NEWSLETTER, "wp-content/themes/commune/style.css": "/* Theme Name: Commune */\n"}
    t, where = territory(tmp_path, files)
    assert t["status"] == "warn", t
    assert ("wp-content/themes/commune/header.php", 5) in where and ("wp-content/themes/commune/modules/newsletter.php", 3) in where, where
