"""Session 35 (q35): support and chat widgets whose conversations live in the vendor's account are proprietary services.

- OpenSourcePolitics/decidim-cd44: a Decidim app renders Help Scout's support beacon in its layouts (app/views/support/_beacon.html.erb
  loads https://beacon-v2.helpscout.net, the beacon id from the secrets) beside Hotjar; scaling.vendor-lock-in listed "HERE, Hotjar"
  only: Help Scout was not in the list of proprietary services, nor were Freshdesk's help widget (widget.freshworks.com), Freshchat,
  LiveChat (cdn.livechatinc.com) and Zendesk's former Chat widget (v2.zopim.com), while Crisp, Intercom, Zendesk's Web Widget and
  tawk.to were.
- near miss: a page that only links to the vendor's site in a comment, or to an open help desk (Chatwoot, self-hosted), calls no
  proprietary widget.
The snippets are written for these tests, in the shape of the vendors' embed codes.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

BEACON = """<script type="text/javascript">!function (e, t, n) {
    function a() {
        var e = t.getElementsByTagName("script")[0], n = t.createElement("script");
        n.type = "text/javascript", n.async = !0, n.src = "%s", e.parentNode.insertBefore(n, e)
    }
    e.Beacon = n = function (t, n, a) { e.Beacon.readyQueue.push({method: t, options: n, data: a}) }, n.readyQueue = [], a();
}(window, document, window.Beacon || function () {});</script>
<script type="text/javascript">window.Beacon('init', '<%%= beacon_id %%>')</script>
"""
BASE = {
    "README.md": "# Participation platform\n\nA Decidim application for a département.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'decidim', '0.27.4'\n",
    "config.ru": "require_relative 'config/environment'\n\nrun Rails.application\n",
    "app/helpers/support_helper.rb": "module SupportHelper\n  def render_support_beacon\n    render partial: 'support/beacon', locals: { beacon_id: ENV['SUPPORT_BEACON_ID'] }\n  end\nend\n",
}


def _lockin(tmp_path, widget: str) -> dict:
    return check_result(tmp_path, {**BASE, "app/views/support/_beacon.html.erb": widget}, "scaling.vendor-lock-in")


def test_help_scout_beacon_is_a_proprietary_service(tmp_path):
    r = _lockin(tmp_path, BEACON % "https://beacon-v2.helpscout.net")
    assert "Help Scout" in r["message"]["en"] and "Help Scout" in r["message"]["fr"], r["message"]


def test_other_support_widgets_are_proprietary_services(tmp_path):
    for i, (src, name) in enumerate((("https://widget.freshworks.com/widgets/12000000025.js", "Freshdesk"),
                                     ("https://wchat.freshchat.com/js/widget.js", "Freshchat"),
                                     ("https://cdn.livechatinc.com/tracking.js", "LiveChat"),
                                     ("https://v2.zopim.com/?ACCOUNTKEY", "Zendesk"))):
        r = _lockin(tmp_path / str(i), BEACON % src)
        assert name in r["message"]["en"], (src, r["message"])


def test_an_open_help_desk_or_a_commented_link_is_no_proprietary_widget(tmp_path):
    page = "<%# Support was once given through https://www.helpscout.com, now through our own Chatwoot %>\n" + BEACON % "https://chat.example.org/packs/js/sdk.js"
    r = _lockin(tmp_path, page)
    assert "Help Scout" not in r["message"]["en"], r["message"]
    assert r["status"] in ("pass", "not_applicable"), r["message"]
