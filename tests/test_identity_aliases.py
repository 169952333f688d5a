"""One person under two identities: a GitHub web commit signed with the name written together or with the
full name and a no-reply address, and the same person's commits from their employer's address
(CEREMA/cartofriches: NicolasPele and nicolas.pele@cerema.fr; CEREMA/filino: Frédéric Pons and fpons
<frederic.pons@cerema.fr>). Different people stay apart."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.target import parse_target


def _commits(pairs):
    out = []
    for i, (name, email) in enumerate(pairs):
        out.append({"files": {"README.md": f"# Outil\n\nUn outil du Cerema pour les territoires, version {i}.\n"},
                    "date": f"2026-{1 + i % 9:02d}-{1 + i % 27:02d}T10:00:00Z", "author": (name, email)})
    return out


def _facts(repo, tmp_path, pairs):
    path = repo(_commits(pairs))
    report = audit(parse_target(str(path)), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)
    return report["facts"], {r["id"]: r for r in report["results"]}


def test_a_name_written_together_and_a_first_last_address_are_one_person(repo, tmp_path):
    pairs = ([("NicolasPele", "65543474+NicolasPele@users.noreply.github.com")] * 6 + [("nicolas.pele", "nicolas.pele@cerema.fr")] * 3
             + [("Frédéric Pons", "60548578+Rivages@users.noreply.github.com")] * 2 + [("fpons", "frederic.pons@cerema.fr")] * 2
             + [("Stéphane Zucatti", "stephane.zucatti@me.com")])
    facts, results = _facts(repo, tmp_path, pairs)
    assert facts["contributors"]["active_365d"] == 3  # Nicolas Pele, Frédéric Pons, Stéphane Zucatti
    orgs = facts["organisations"]
    assert [(o["domain"], o["authors"], o["commits"]) for o in orgs["organisations"]] == [("cerema.fr", 2, 13)]
    assert orgs["individuals"] == 1
    year = facts["contributor_types"]["year"]
    assert year["by_type"]["public"] == 13 and year["by_type"]["individual"] == 1 and year["people"] == 3


def test_different_people_with_short_or_single_names_stay_apart(repo, tmp_path):
    pairs = ([("Jean Roux", "jean.roux@gmail.com")] * 2 + [("jroux", "jroux@grenoble.fr")] * 2   # "jroux" is not "jeanroux"
             + [("datagis", "dg@laposte.net")] + [("Datagis Team", "team@datagis.fr")])  # one word vs two: not merged
    facts, _ = _facts(repo, tmp_path, pairs)
    assert facts["contributors"]["active_365d"] == 4
    assert facts["contributor_types"]["year"]["by_type"]["individual"] == 3  # jean.roux@gmail.com (2) and dg@laposte.net


def test_a_person_writing_the_year_from_a_no_reply_address_keeps_the_organisation_of_their_earlier_address(repo, tmp_path):
    """CEREMA/filino: the year's 33 commits by 'Frédéric Pons' from a GitHub no-reply address; his earlier ones from
    frederic.pons@cerema.fr. The year's organisation is Cerema, not 'one contributor with a personal address'."""
    commits = [{"files": {"a.R": f"x <- {i}\n"}, "date": f"2024-0{1 + i}-10T10:00:00Z", "author": ("fpons", "frederic.pons@cerema.fr")}
               for i in range(3)]
    commits += [{"files": {"a.R": f"y <- {i}\n"}, "date": f"2026-0{1 + i}-10T10:00:00Z",
                 "author": ("Frédéric Pons", "60548578+Rivages@users.noreply.github.com")} for i in range(4)]
    path = repo(commits)
    report = audit(parse_target(str(path)), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)
    orgs = report["facts"]["organisations"]
    assert [(o["domain"], o["commits"]) for o in orgs["organisations"]] == [("cerema.fr", 4)] and orgs["individuals"] == 0


def test_a_name_written_last_name_first_is_the_same_person(repo, tmp_path):
    """departement-maine-et-loire/mycustomview: "YannickComba" (a GitHub no-reply address) and "comba, yannick"
    <y.comba@maine-et-loire.fr> are one person, of the Département."""
    pairs = [("YannickComba", "136609218+YannickComba@users.noreply.github.com")] * 2 + [("comba, yannick", "y.comba@maine-et-loire.fr")] * 3 \
        + [("MaximeMeriot", "maximemeriot.dev@gmail.com")] * 2
    facts, _ = _facts(repo, tmp_path, pairs)
    assert facts["contributors"]["active_365d"] == 2
    assert [(o["domain"], o["commits"]) for o in facts["organisations"]["organisations"]] == [("maine-et-loire.fr", 5)]


def test_an_organisation_address_used_once_does_not_make_a_person_of_it(repo, tmp_path):
    """s13 r2 (a natural park's Docusaurus site): 51 commits from the author's own family domain (george@moon.org.nz for
    George Moon), 1 from an agency's address. Most of his commits are his own: the history is an individual's, not '70 %
    from the agency's domain'. A no-reply address hides a mailbox and does not weigh so (the Cerema case above)."""
    old = [("Paul Durand", "paul@durand.net")] * 6 + [("Paul Durand", "pdurand@forestia-conseil.fr")]
    commits = [{"files": {"docs/a.md": f"# Page {i}\n"}, "date": f"2023-{1 + i:02d}-10T10:00:00Z", "author": a} for i, a in enumerate(old)]
    commits += [{"files": {"docs/b.md": f"# Note {i}\n"}, "date": f"2026-0{1 + i}-10T10:00:00Z", "author": ("Paul Durand", "paul.durand@gmail.com")}
                for i in range(3)]
    report = audit(parse_target(str(repo(commits))), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)
    facts = report["facts"]
    assert facts["contributor_types"]["all_time"]["by_type"] == {"public": 0, "company": 0, "organisation": 1, "individual": 9, "unknown": 0}


def test_a_year_from_webmail_stays_personal_when_most_earlier_commits_were_too(repo, tmp_path):
    """The year's commits from a webmail, earlier ones mostly from webmail and one from an agency: the person is no
    agency's. A no-reply year keeps the earlier organisation (the Cerema case above)."""
    old = [("Paul Durand", "paul.durand@laposte.net")] * 4 + [("Paul Durand", "pdurand@forestia-conseil.fr")]
    commits = [{"files": {"docs/a.md": f"# Page {i}\n"}, "date": f"2023-{1 + i:02d}-10T10:00:00Z", "author": a} for i, a in enumerate(old)]
    commits += [{"files": {"docs/b.md": f"# Note {i}\n"}, "date": f"2026-0{1 + i}-10T10:00:00Z", "author": ("Paul Durand", "paul.durand@gmail.com")}
                for i in range(3)]
    facts = audit(parse_target(str(repo(commits))), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)["facts"]
    assert facts["organisations"]["organisations"] == [] and facts["organisations"]["individuals"] == 1


def test_an_organisation_address_used_for_most_commits_is_the_persons(repo, tmp_path):
    old = [("Paul Durand", "pdurand@forestia-conseil.fr")] * 5 + [("Paul Durand", "paul@durand.net")] * 2
    commits = [{"files": {"docs/a.md": f"# Page {i}\n"}, "date": f"2023-{1 + i:02d}-10T10:00:00Z", "author": a} for i, a in enumerate(old)]
    commits += [{"files": {"docs/b.md": f"# Note {i}\n"}, "date": f"2026-0{1 + i}-10T10:00:00Z", "author": ("Paul Durand", "paul.durand@gmail.com")}
                for i in range(2)]
    facts = audit(parse_target(str(repo(commits))), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)["facts"]
    assert facts["contributor_types"]["all_time"]["by_type"]["organisation"] == 9
    assert [(o["domain"], o["commits"]) for o in facts["organisations"]["organisations"]] == [("forestia-conseil.fr", 2)]


def test_a_public_bodys_address_makes_its_staff_whatever_mailbox_they_commit_from_most(repo, tmp_path):
    """A national mapping agency's developers commit mostly from gmail.com and sometimes from the agency's address: they
    are the agency's staff, and their gmail commits are the public body's (the rule above is for companies' addresses)."""
    old = [("Lucie Marin", "lucie.marin@gmail.com")] * 6 + [("Lucie Marin", "lucie.marin@cerema.fr")] * 2
    commits = [{"files": {"docs/a.md": f"# Page {i}\n"}, "date": f"2023-{1 + i:02d}-10T10:00:00Z", "author": a} for i, a in enumerate(old)]
    commits += [{"files": {"docs/b.md": f"# Note {i}\n"}, "date": f"2026-0{1 + i}-10T10:00:00Z", "author": ("Lucie Marin", "lucie.marin@gmail.com")}
                for i in range(2)]
    facts = audit(parse_target(str(repo(commits))), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)["facts"]
    assert facts["contributor_types"]["all_time"]["by_type"]["public"] == 10
    assert [(o["domain"], o["commits"]) for o in facts["organisations"]["organisations"]] == [("cerema.fr", 2)]


def test_an_address_named_after_its_author_stays_theirs_when_they_sign_with_their_first_name_only(repo, tmp_path):
    """s13 r1 (a metropolis lab's route planner): two commits by 'Yassin S…' from his own domain and one signed 'Yassin' from
    the same address; the third was 'other organisations 11 %'. The address is the person's own under every name they sign."""
    old = [("Paul Durand", "paul@durand.net")] * 2 + [("Paul", "paul@durand.net")] + [("Léa Petit", "lea.petit@gmail.com")] * 2
    commits = [{"files": {"docs/a.md": f"# Page {i}\n"}, "date": f"2023-{1 + i:02d}-10T10:00:00Z", "author": a} for i, a in enumerate(old)]
    facts = audit(parse_target(str(repo(commits))), AuditOptions(cache_dir=tmp_path / "c", offline=True), None)["facts"]
    assert facts["contributor_types"]["all_time"]["by_type"] == {"public": 0, "company": 0, "organisation": 0, "individual": 5, "unknown": 0}
