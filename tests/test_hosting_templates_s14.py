"""scaling.hosting: addresses the tool did not read (issue 12, session 13's reads of TYPO3 extensions). A marker template
(``*.tmpl``) embedding players from video platforms, and a page's Matomo snippet whose address has no scheme
(``var u="//stats.host.fr/";``, loaded with the page's own), were 'no external address'."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
README = "# Gabarit\n\nGabarit des sites des communes.\n"
PLAYERS = ("<html>\n<body>\n<!-- ###PLAYER_A### begin -->\n<div class=\"embed\">\n"
           "  <object type=\"text/html\" data=\"http://player.videos-exemplaires.com/embed/###VIDEO_ID###\"></object>\n</div>\n"
           "<!-- ###PLAYER_A### end -->\n<!-- ###PLAYER_B### begin -->\n"
           "  <object type=\"text/html\" data=\"http://www.clips-partages.net/embed/###VIDEO_ID###\"></object>\n"
           "<!-- ###PLAYER_B### end -->\n</body>\n</html>\n")
FOOTER = ("<footer class=\"site\">\n  <p>Mentions légales</p>\n</footer>\n<script>\n  var _paq = window._paq = window._paq || [];\n"
          "  _paq.push(['trackPageView']);\n  (function() {\n    var u=\"//stats.ville-rennes.fr/analytics/\";\n"
          "    _paq.push(['setTrackerUrl', u+'matomo.php']);\n    // see //www.other-example-site.com/docs for the options\n"
          "    var path = \"a//b.c\";\n  })();\n</script>\n")


def hosting(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": README, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("A B", "ab@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def hosts(r: dict) -> list:
    return sorted(e["value"]["host"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("host"))


def test_the_players_a_marker_template_embeds_are_read(tmp_path):
    r = hosting(tmp_path, {"news_video.tmpl": PLAYERS, "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Videos'];\n"})
    assert "(2 other organisations)" in r["message"]["en"], r["message"]  # was 'no external address'



def test_a_scheme_less_address_in_a_pages_script_is_a_server_it_loads(tmp_path):
    r = hosting(tmp_path, {"Resources/Private/Partials/Footer.html": FOOTER})
    # (no forge address here: "a public body's servers, sponsor unknown" since session 17, "another public body's" before)
    assert hosts(r) == ["ville-rennes.fr"] and "public body" in r["message"]["en"], (r["status"], r["message"], r["evidence"])


PERL = ("#!/usr/bin/perl\nuse strict;\nuse Net::LDAP;\n\nmy $ldap = Net::LDAP->new( 'annuaire.syndicat-exemple.fr' ) or die \"$@\";\n"
        "my $mesg = $ldap->bind;\n# Net::LDAP->new('ancien.syndicat-exemple.fr') before the move\n")
PHP = "<?php\n$ds = ldap_connect('ldap.agglo-exemple.fr');\nldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);\n"


def test_a_server_named_bare_to_the_call_connecting_to_it_is_a_connection(tmp_path):
    r = hosting(tmp_path, {"scripts/create_lists.pl": PERL, "web/login.php": PHP})
    values = [e.get("value") for e in r["evidence"]]
    assert any("annuaire.syndicat-exemple.fr" in str(v) for v in values), (r["message"], r["evidence"])
    assert any("ldap.agglo-exemple.fr" in str(v) for v in values), (r["message"], r["evidence"])
    assert not any("ancien." in str(v) for v in values), r["evidence"]  # a comment names no connection
