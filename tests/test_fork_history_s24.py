"""A fork told by its history (issue 12, session 24 reader o1, fixer g24: GrandNancy/OpenTripPlanner).

A métropole's repository holds a whole trip planner's history (8,021 commits by 103 people) and two "commit test" commits of one
of its agents on top: an unmodified fork, which the report judged as the métropole's own project (its contributors, its code),
saying nothing. Its root manifest names the project's repository under another owner, with the same name. Now the report says
so: the project fact's copy_of carries the fork (its own commits, since when, the upstream's people), the header line of every
renderer names it, and maintenance.contributors says whose authors they are. A project whose newest commits are by its long-time
authors (moved to another owner, or simply alive) is no fork; neither is one naming another project's repository of another name.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from auditor.engine import AuditOptions, audit
from auditor.facts.fork_history import tail_of
from tests.test_reusability_fixtures import results

POM = ("<project>\n  <artifactId>planificateur</artifactId>\n  <scm>\n    <url>https://github.com/planif-org/Planificateur</url>\n"
       "  </scm>\n</project>\n")
README = "# Planificateur\n\nCalcul d'itinéraires multimodaux.\n"


def _history(path: Path, authors: list[tuple[str, str]], files: dict[str, str]) -> Path:
    """A repository whose commits are by ``authors`` (one commit each, in order, a day apart), written with git fast-import."""
    path.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    out = []
    for i, (name, email) in enumerate(authors):
        when = 1_400_000_000 + i * 86_400
        out.append(f"commit refs/heads/main\nauthor {name} <{email}> {when} +0000\ncommitter {name} <{email}> {when} +0000\n")
        msg = f"change {i}\n"
        out.append(f"data {len(msg.encode())}\n{msg}")
        content = files if i == 0 else {"src/etape.txt": f"etape {i}\n"}
        for p, text in content.items():
            data = text.encode()
            out.append(f"M 644 inline {p}\ndata {len(data)}\n")
            out.append(data.decode() + "\n")
    subprocess.run(["git", "-C", str(path), "fast-import", "--quiet"], input="".join(out).encode(), check=True)
    subprocess.run(["git", "-C", str(path), "checkout", "-q", "main"], check=True)
    subprocess.run(["git", "-C", str(path), "remote", "add", "origin", "https://github.com/Metropole-Exemple/Planificateur"], check=True)
    return path


UPSTREAM = [(f"Dev {k}", f"dev{k}@planif.example") for k in range(8)]


def _audit(tmp_path, name, authors, files=None):
    path = _history(tmp_path / name / "Planificateur", authors, files or {"pom.xml": POM, "README.md": README})
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=["maintenance.contributors"]))
    return report, results(report)["maintenance.contributors"]


def test_an_unmodified_fork_is_said_to_be_one(tmp_path):
    authors = [UPSTREAM[i % 8] for i in range(240)] + [("t.agent", "t.agent@poste.metropole-exemple.local")] * 2
    report, res = _audit(tmp_path, "fork", authors)
    copy = report["facts"]["project"]["copy_of"]
    assert copy["repository"] == "github.com/planif-org/Planificateur" and copy["path"] == "pom.xml", copy
    assert copy["fork"]["own_commits"] == 2 and copy["fork"]["commits"] == 242 and copy["fork"]["upstream_people"] == 8, copy
    assert "fork of github.com/planif-org/Planificateur" in res["message"]["en"], res["message"]
    assert "fork de github.com/planif-org/Planificateur" in res["message"]["fr"]
    assert any(e.get("kind") == "finding" and e.get("path") == "pom.xml" for e in res["evidence"]), res["evidence"]


def test_a_living_project_and_another_projects_link_make_no_fork(tmp_path):
    # its newest commits by its long-time authors (a project moved from planif-org to the métropole's account): no tail
    authors = [UPSTREAM[i % 8] for i in range(240)] + [("t.agent", "t.agent@poste.metropole-exemple.local"), UPSTREAM[3]]
    report, res = _audit(tmp_path, "alive", authors)
    assert report["facts"]["project"]["copy_of"] is None and "fork" not in res["message"]["en"], res["message"]
    # a tail of new people, but the manifest names another project (a library of another name): no upstream of its own
    authors = [UPSTREAM[i % 8] for i in range(240)] + [("t.agent", "t.agent@poste.metropole-exemple.local")] * 2
    pom = POM.replace("planif-org/Planificateur", "leaflet-org/Leaflet")
    report, res = _audit(tmp_path, "other", authors, {"pom.xml": pom, "README.md": README})
    assert report["facts"]["project"]["copy_of"] is None and "fork" not in res["message"]["en"], res["message"]


def test_the_tail_is_the_longest_run_of_new_authors():
    assert tail_of(list("ABABCABCAXX"), 5) == 2
    assert tail_of(list("ABAXYX"), 3) == 3  # (X and Y wrote nothing before)
    assert tail_of(list("ABABAB"), 5) == 0  # (the last author wrote before)
    assert tail_of(list("AXXXXXXX"), 3) == 0  # (longer than the cap: no fork's tail)
