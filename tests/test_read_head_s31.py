"""Reading the head of a file whatever its size (issue 12, s31 m31): a call that wanted a file's first bytes passed a small
``limit``, and a file over it was not read at all (a 5 KB Django template was never seen as one, a 9 KB README had no title)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.gitrepo import git, make_repo

FILLER = "".join(f"Paragraphe {i} : la documentation du projet, ses usages et ses limites.\n\n" for i in range(160))  # ~11 KB
TEMPLATE = '{% extends "base.html" %}\n{% load static %}\n{% block content %}\n' + "<p>{{ object.titre }}</p>\n" * 260 + "{% endblock %}\n"
GEOJSON = '{"type": "FeatureCollection", "features": [' + ",".join(
    '{"type": "Feature", "properties": {"nom": "Commune %d"}, "geometry": {"type": "Point", "coordinates": [5.7, 45.1]}}' % i
    for i in range(60)) + "]}\n"


@pytest.fixture
def snapshot(tmp_path):
    from auditor.snapshot import GitSnapshot

    made = []

    def open_(files):
        path = tmp_path / f"r{len(made)}"
        make_repo(path, [{"files": files}])
        snap = GitSnapshot(str(path / ".git"), git(path, "rev-parse", "HEAD").strip())
        made.append(snap)
        return snap

    yield open_
    for snap in made:
        snap.close()


def _context(snap, tmp_path):
    from auditor.context import AuditConfig, AuditContext, FactCache
    from auditor.target import parse_target

    return AuditContext(snap, parse_target(str(tmp_path)), datetime.now(timezone.utc), AuditConfig(offline=True, network=False),
                        FactCache(tmp_path / "facts"))


def test_the_head_of_a_big_file_is_read_and_a_small_limit_still_reads_nothing(snapshot):
    snap = snapshot({"README.md": "# Mon projet\n\n" + FILLER, "accents.txt": "é" * 3000, "data.bin": "\x00" * 9000})
    assert len(FILLER) > 8192
    assert snap.read_text("README.md", limit=8192) is None  # (a limit is a size cap: unchanged)
    head = snap.read_head("README.md", 8192)
    assert head.startswith("# Mon projet") and len(head) == 8192
    assert snap.read_head("accents.txt", 4095) == "é" * 2047  # (the character cut at the bound is left out, no Latin-1 mojibake)
    assert snap.read_head("data.bin", 100) is None and snap.read_head("absent.md", 100) is None


def test_a_readme_over_8_kb_still_gives_the_project_its_title(snapshot):
    from auditor.facts.inventory import _readme_text, _readme_title

    snap = snapshot({"README.md": "# Mon Projet GLPI\n\nPar la Ville de Grenoble.\n\n" + FILLER, "src/app.py": "print(1)\n"})
    assert _readme_title(snap) == "monprojetglpi"
    assert "villedegrenoble" in _readme_text(snap)  # (squeezed)


VIEWS = "from django.shortcuts import render\n\ndef fiche(request):\n    return render(request, 'fiches/fiche.html')\n"


@pytest.mark.parametrize("template", [TEMPLATE, TEMPLATE[:2000] + "{% endblock %}\n"], ids=["over-4-kb", "small"])
def test_a_django_template_of_any_size_is_a_server_template_not_a_static_page(snapshot, tmp_path, template):
    snap = snapshot({"README.md": "# Fiches\n", "fiches/templates/fiches/fiche.html": template, "fiches/views.py": VIEWS})
    with snap:
        project = _context(snap, tmp_path).fact("project")
    assert project["kind"] != "static-site", project["kind_evidence"]
    assert not any(e["reason"] == "HTML page" for e in project["kind_evidence"])


def test_a_plain_page_is_still_read_as_one(snapshot):
    from auditor.facts.project import SERVER_TEMPLATE

    snap = snapshot({"static/page.html": "<html><body>" + "<p>Bonjour</p>\n" * 400 + "</body></html>\n"})
    assert not SERVER_TEMPLATE.search(snap.read_head("static/page.html", 4096) or "")


def test_a_geojson_of_a_few_kilobytes_is_data_not_settings(snapshot):
    from auditor.facts.settings_files import is_data_copy

    assert 4096 < len(GEOJSON) <= 64 * 1024
    snap = snapshot({"config/communes.json": GEOJSON, "config/settings.json": '{"debug": false, "port": 8080}\n' + " " * 5000})
    assert is_data_copy(snap, snap.files["config/communes.json"])
    assert not is_data_copy(snap, snap.files["config/settings.json"])
