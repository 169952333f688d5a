"""scaling.hosting: the sponsor's domain name with a short word after a hyphen, under the same ending, is the sponsor's own server
(issue 12, session 42 fixer ff42 = Tisseo/CoreBundle, reader rc42 item 2). A transport authority's Symfony bundle, committed from its
own domain, hard-codes its basemap tiles on ``http://{s}.<name>-ru.fr/wmts/…`` (its urban network's tile server, beside ``<name>.fr``):
the fact classed the host "other", so the check said "no risky hosting dependency (1 other organisations)" with no evidence, where the
rule for the sponsor's servers applies. Near misses: a longer word after the name (``<name>-voyages.fr``) and the name's last word
alone (``valmont-ru.fr`` beside ``agglo-valmont.fr``) stay another organisation's. Fixtures written for the test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

_MAP = """var MapUtils = {
    center: [45.1, 1.2],
    init: function (id) {
        var map = L.map(id).setView(this.center, 13);
        L.tileLayer('http://{s}.%s/wmts/c/g/{z}/{x}/{y}.png', {maxZoom: 18}).addTo(map);
        return map;
    }
};
"""


def _hosting(tmp_path, tiles: str) -> dict:
    files = {"README.md": "# CoreBundle\n\nGabarits Twig et outils de carte partagés par les applications du réseau.\n",
             "composer.json": '{"name": "valmont/core-bundle", "type": "symfony-bundle", "license": "AGPL-3.0"}\n',
             "Resources/public/js/map_utils.js": _MAP % tiles}
    commits = [{"files": files if i == 0 else {f"Resources/views/page{i}.html.twig": f"<p>{i}</p>\n"},
                "author": ("Agent Réseau", "agent.reseau@agglo-valmont.fr"), "message": f"change {i}",
                "date": f"2026-0{i + 1}-10T10:00:00Z"} for i in range(4)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30), only=["scaling.hosting"]))
    return report["results"][0]


def _classes(r: dict) -> dict:
    return {e["value"]["host"]: e["value"]["class"] for e in r.get("evidence") or [] if isinstance(e.get("value"), dict) and "host" in e["value"]}


def test_the_sponsors_name_with_a_short_word_is_its_own_server(tmp_path):
    r = _hosting(tmp_path, "agglo-valmont-ru.fr")
    assert _classes(r).get("agglo-valmont-ru.fr") == "own", r
    assert "serveurs du porteur" in r["message"]["fr"] and "other organisations" not in r["message"]["en"], r["message"]


def test_a_longer_word_after_the_name_is_another_organisation(tmp_path):
    r = _hosting(tmp_path, "agglo-valmont-voyages.fr")
    assert "own" not in _classes(r).values() and "serveurs du porteur" not in r["message"]["fr"], r


def test_the_names_last_word_alone_is_another_organisation(tmp_path):
    r = _hosting(tmp_path, "valmont-ru.fr")
    assert "own" not in _classes(r).values() and "serveurs du porteur" not in r["message"]["fr"], r
