"""scaling.hosting and scaling.contributor-organisations (issue 12, session 42 fixer fh42 = SemKeromanLorient/AppWeb, reader ra42 §2
items 2-3): a port operator's IT service publishes its supervision app from the GitHub account SemKeromanLorient, committing as
"SemKeromanLorient <service.si@keroman.fr>" (and "Service SI <…+SemKeromanLorient@users.noreply.github.com>"); one colleague commits
from the company's directory domain, sdegasne@keroman.local. With no forge owner known, keroman.fr was called "the server of the
company the committers write from (the contractor's)" and keroman.local "personal or masked addresses". A forge account (its
no-reply address, or an author's name of one word) holding the committers' domain label names the publisher's own domain; an
address under an internal suffix (.local, .lan, .corp…) whose label is another author's domain's is that organisation's.
Near misses: staff committing from a firm's domain under their own names keep the firm a contractor; a .local address whose label
is no author's domain stays a machine's. The fixtures are written for the test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

ACCOUNT = ("PortMarevilleSI", "service.si@mareville.fr")
NOREPLY = ("Service SI", "84500001+PortMarevilleSI@users.noreply.github.com")
STAFF = ("Jeanne Quemener", "jquemener@mareville.fr")
COLLEAGUE = ("Paul PD. LEDUC", "pleduc@mareville.local")
OTHER_LOCAL = ("Paul PD. LEDUC", "pleduc@bureautique.local")
CONFIG = ("export const bornes = () => fetch('https://service.mareville.fr/api/bornes').then(r => r.json());\n"
          "export const badges = () => fetch('https://service.mareville.fr/api/badges').then(r => r.json());\n")


def _run(tmp_path, authors, checks):
    steps = [{"files": {"README.md": "# Supervision\n\nBornes du port.\n", "src/config.js": CONFIG}, "date": "2024-01-05T10:00:00Z",
              "message": "init", "author": authors[0]}]
    steps += [{"files": {f"src/page{i}.js": f"export const p{i} = {i};\n"}, "date": f"2024-0{2 + i % 7}-1{i % 9}T10:00:00Z",
               "message": f"page {i}", "author": authors[i % len(authors)]} for i in range(8)]
    repo = make_repo(tmp_path / "r", steps)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2024, 11, 1), only=checks))
    return {r["id"]: r for r in report["results"]}


def _host(r):
    return [e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("host") == "mareville.fr"]


def test_the_publisher_account_names_its_own_domain(tmp_path):
    r = _run(tmp_path, [ACCOUNT, NOREPLY, ACCOUNT], ["scaling.hosting"])["scaling.hosting"]
    assert not [v for v in _host(r) if v.get("class") == "commercial"], (r["message"], r["evidence"])


def test_staff_of_a_firm_keep_it_a_contractor(tmp_path):
    # near miss: people of a firm under their own names, no account named after it
    r = _run(tmp_path, [STAFF], ["scaling.hosting"])["scaling.hosting"]
    assert [v for v in _host(r) if v.get("class") == "commercial"], (r["message"], r["evidence"])


def _individual_share(r):
    return r["details"]["all_time"]["shares"]["individual"] if "all_time" in r.get("details", {}) else \
        next(e["value"]["all_time"]["shares"]["individual"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "all_time" in e["value"])


def test_an_internal_directory_address_is_the_organisation_s(tmp_path):
    r = _run(tmp_path, [ACCOUNT, COLLEAGUE], ["scaling.contributor-organisations"])["scaling.contributor-organisations"]
    assert _individual_share(r) == 0, (r["message"], r["evidence"])


def test_an_internal_address_of_no_author_s_domain_stays_personal(tmp_path):
    # near miss: the .local label is no other author's domain
    r = _run(tmp_path, [ACCOUNT, OTHER_LOCAL], ["scaling.contributor-organisations"])["scaling.contributor-organisations"]
    assert _individual_share(r) > 0, (r["message"], r["evidence"])
