"""`auditor discover` and `auditor merge`: catalogue formats, relevance, organisation types, the
light audit over loopback, reruns, shards, and runners that survive a killed worker."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from auditor.cli import main
from auditor.discover.catalogue import OrgTypes, load_catalogue
from auditor.discover.relevance import load_taxonomy, score
from auditor.discover.run import DiscoverOptions, discover, in_shard, parse_shard
from auditor.errors import UsageError
from auditor.executors import SharedExecutor, make_executor, run_tasks
from tests import discover_sample
from tests.test_batch import MIT  # one real MIT text for the tests that need a licence file
from tests.gitrepo import make_repo



# --- catalogue formats ----------------------------------------------------------------------------

def test_reads_the_three_generations_of_code_gouv_fr_exports(tmp_path):
    earlier = tmp_path / "all.json"
    earlier.write_text(json.dumps([{
        "id": 12, "name": "carto-arbres", "organization_name": "Ville de Lyon", "platform": "GitHub",
        "repository_url": "https://github.com/villedelyon/carto-arbres", "description": "Carte des arbres", "is_fork": False,
        "is_archived": False, "creation_date": "2020-01-01T00:00:00Z", "last_update": "2026-05-01T00:00:00Z",
        "last_modification": "2026-04-02T10:00:00Z", "stars_count": 4, "forks_count": 2, "license": "MIT",
        "open_issues_count": 0, "language": "JavaScript", "topics": "arbres,biodiversite"}]), encoding="utf-8")
    current = tmp_path / "codegouvfr-repositories.json"
    current.write_text(json.dumps([{
        "id": "https://gitlab.com/cd35/velo", "full_name": "cd35/velo", "repo_name": "velo", "owner": "https://gitlab.com/cd35",
        "description": "Plan vélo départemental", "archived": True, "fork": False, "template": False, "language": "Python",
        "license": "AGPL-3.0", "forks_count": 0, "platform": "gitlab.com", "updated_at": "2026-01-03T08:00:00Z",
        "awesome-score": 1100}]), encoding="utf-8")
    compact = tmp_path / "repos.json"
    compact.write_text(json.dumps([{"a": 100, "a?": False, "u": "2025-12-01T00:00:00Z", "d": "Observatoire ZAN", "f?": True,
                                    "l": "R", "li": "", "fn": "region-x/zan", "n": "zan", "f": 3, "p": "github.com",
                                    "o": "https://github.com/region-x"}]), encoding="utf-8")
    a, = load_catalogue(earlier)
    assert (a.url, a.name, a.organisation, a.topics, a.updated, a.stars, a.forks, a.platform) == (
        "https://github.com/villedelyon/carto-arbres", "carto-arbres", "Ville de Lyon", ["arbres", "biodiversite"], "2026-04-02", 4, 2,
        "GitHub")
    assert a.org_type == "local_authority"
    b, = load_catalogue(current)
    assert (b.url, b.name, b.archived, b.license, b.updated, b.owner) == (
        "https://gitlab.com/cd35/velo", "velo", True, "AGPL-3.0", "2026-01-03", "https://gitlab.com/cd35")
    assert b.org_type == "local_authority"  # "cd35" by the cd# rule
    c, = load_catalogue(compact)
    assert (c.url, c.fork, c.forks, c.description) == ("https://github.com/region-x/zan", True, 3, "Observatoire ZAN")


def test_csv_catalogue_with_semicolons_and_doubled_quotes(tmp_path):
    path = tmp_path / "all.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["repository_url", "name", "organization_name", "description", "is_fork", "is_archived", "topics"])
        w.writerow(["https://github.com/metropole/velo", "velo", 'Métropole "Vélo", Lyon', 'Outil ""pistes cyclables""; carte',
                    "false", "true", "velo,mobilite"])
    e, = load_catalogue(path)
    assert e.organisation == 'Métropole "Vélo", Lyon'
    assert e.description == 'Outil ""pistes cyclables""; carte'
    assert (e.fork, e.archived, e.topics) == (False, True, ["mobilite", "velo"])


def test_bad_catalogues_are_one_line_usage_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(UsageError) as exc:
        load_catalogue(bad)
    assert "not valid JSON" in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(UsageError):
        load_catalogue(tmp_path / "missing.json")
    scalar = tmp_path / "scalar.json"
    scalar.write_text('"x"', encoding="utf-8")
    with pytest.raises(UsageError):
        load_catalogue(scalar)


def test_organisations_file_gives_types_and_an_explicit_type_wins(tmp_path):
    orgs = tmp_path / "orgs.json"
    orgs.write_text(json.dumps([
        {"id": "https://github.com/agglo-x", "login": "agglo-x", "name": "Agglomération X", "website": "https://agglo-x.fr"},
        {"id": "https://github.com/ministere-y", "login": "ministere-y", "name": "Ministère Y"},
        {"id": "https://github.com/asso-z", "login": "asso-z", "name": "Ministère Z", "type": "association"},
    ]), encoding="utf-8")
    accounts = tmp_path / "comptes.yml"
    accounts.write_text("https://forge.example-metropole.fr:\n  service_of:\n    - Métropole Exemple\n    - Fonction publique territoriale\n",
                        encoding="utf-8")
    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps([
        {"repository_url": "https://github.com/agglo-x/a", "name": "a"},
        {"repository_url": "https://github.com/ministere-y/b", "name": "b"},
        {"repository_url": "https://github.com/asso-z/c", "name": "c"},
    ]), encoding="utf-8")
    types = {e.name: e.org_type for e in load_catalogue(cat, orgs)}
    assert types == {"a": "local_authority", "b": "state", "c": "association"}
    cat2 = tmp_path / "cat2.json"
    cat2.write_text(json.dumps([{"repository_url": "https://forge.example-metropole.fr/sig/velo", "name": "velo"}]), encoding="utf-8")
    e, = load_catalogue(cat2, accounts)
    assert (e.org_type, e.organisation) == ("local_authority", "Métropole Exemple")


@pytest.mark.parametrize("names,hosts,expected", [
    (["Université de Toulouse"], [], "research"),  # a city inside a university's name
    (["Ministère de la Cohésion des territoires et des Relations avec les collectivités territoriales"], [], "state"),
    (["Département de la Gironde"], [], "local_authority"),
    (["Département Etalab"], [], "state"),  # a State department, not a département
    (["Mairie de La Rochelle", "Fonction publique territoriale"], [], "local_authority"),
    (["Mission d'intérêt général", "soluris"], [], "opsn"),
    (["Toulouse"], [], "local_authority"),  # a place alone
    ([], ["gitlab.cristal.univ-lille.fr"], "research"),
    (["Something"], [], "unknown"),
])
def test_organisation_type_rules(names, hosts, expected):
    assert OrgTypes().classify(names, hosts)[0] == expected


# --- relevance ---------------------------------------------------------------------------------------

def test_relevance_keeps_its_evidence_and_ignores_accents_and_case():
    tx = load_taxonomy()
    r = score(tx, {"name": "carto-vegetalisation", "topics": "", "description": "Suivi des ÎLOTS de fraîcheur et de la canopée"})
    assert r.themes[0] == "biodiversite"
    assert {"term": "ilots de fraicheur", "field": "description", "theme": "biodiversite", "strength": "strong"} in r.evidence
    assert score(tx, {"name": "intranet", "description": "Annuaire interne des agents"}).score == 0.0
    # a README flooded with one word cannot outweigh a specific description
    flood = score(tx, {"readme": "énergie " * 5000})
    precise = score(tx, {"description": "Rénovation énergétique des logements"})
    assert flood.score < precise.score


def test_precision_at_20_on_the_labelled_sample():
    tx = load_taxonomy()
    entries = discover_sample.sample()
    ranked = sorted(entries, key=lambda e: (-score(tx, {"name": e["name"], "topics": e["topics"].replace(",", " "),
                                                            "description": e["description"]}).score, e["repository_url"]))
    precision = sum(1 for e in ranked[:20] if e["_label"]) / 20
    assert precision >= 0.95
    listed = [e for e in entries if score(tx, {"name": e["name"], "topics": e["topics"].replace(",", " "),
                                                "description": e["description"]}).score >= DiscoverOptions(Path(".")).min_relevance]
    assert sum(e["_label"] for e in listed) / len(listed) >= 0.95  # precision of the whole list
    assert sum(e["_label"] for e in listed) / sum(e["_label"] for e in entries) >= 0.95  # recall


def test_a_replaced_taxonomy_is_used_and_a_broken_one_is_a_usage_error(tmp_path):
    mine = tmp_path / "themes.yml"
    mine.write_text("version: test\nthemes:\n  cats:\n    title: {fr: Chats, en: Cats}\n    strong: {fr: [chat], en: [cat]}\n", encoding="utf-8")
    tx = load_taxonomy(mine)
    assert tx.version == "test" and score(tx, {"description": "Un chat"}).themes == ["cats"]
    broken = tmp_path / "broken.yml"
    broken.write_text("themes: [", encoding="utf-8")
    with pytest.raises(UsageError):
        load_taxonomy(broken)


def test_shards_split_the_catalogue_stably():
    urls = [f"https://github.com/o/r{i}" for i in range(200)]
    parts = [{u for u in urls if in_shard(u, (i, 4))} for i in range(1, 5)]
    assert set().union(*parts) == set(urls) and sum(len(p) for p in parts) == 200
    assert all(len(p) > 20 for p in parts)
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "x", "1/0"):
        with pytest.raises(UsageError):
            parse_shard(bad)


# --- end to end, over loopback ------------------------------------------------------------------------

def _served_catalogue(tmp_path, git_server, n_served=3):
    """The labelled sample (4 organisations: 280 entries) with the first relevant entries served on loopback."""
    entries = discover_sample.sample(4)
    served = 0
    for e in entries:
        if e["_label"] and served < n_served and e["organization_name"] == "Rennes Métropole":
            name = e["name"]
            files = {"README.md": f"# {name}\n\n{e['description']}. Outil de la transition écologique pour le plan climat.\n\n"
                                  "## Installation\n\n```\npip install .\n```\n\n## Utilisation\n\nLancer `python app.py`.\n",
                     "LICENSE": MIT, "app.py": "print('ok')\n"}
            src = make_repo(tmp_path / "src" / name, [{"files": files, "date": "2026-06-01T10:00:00Z"}])
            e["repository_url"] = git_server.serve(src, f"rennes/{name}")
            e["platform"] = "127.0.0.1"
            served += 1
    return discover_sample.write(tmp_path / "cat.json", entries), entries


def test_discover_ranks_audits_the_shortlist_and_a_rerun_audits_nothing(tmp_path, git_server):
    cat, entries = _served_catalogue(tmp_path, git_server)
    out = tmp_path / "out"
    opts = DiscoverOptions(output=out, org_types=(), shortlist=3, executor="thread", jobs=2, cache_dir=tmp_path / "cache",
                           platforms=("127.0.0.1",), timeout=30, budget=120)
    summary = discover(cat, opts)
    assert summary["counts"]["shortlist"] == 3 and summary["counts"]["audited"] == 3 and summary["counts"]["failed"] == 0
    doc = json.loads((out / "discover.json").read_text(encoding="utf-8"))
    top = doc["rows"][:3]
    assert all(r["status"] == "ok" and r["license"] == "MIT" and r["readiness"] is not None for r in top)
    assert all(r["kind"] for r in top), [r["kind"] for r in top]  # the project fact's kind reaches the ranking
    for r in top:
        assert (out / r["report"]).is_file() and (out / r["html"]).is_file()
        report = json.loads((out / r["report"]).read_text(encoding="utf-8"))
        assert {x["id"] for x in report["results"]} <= set(__import__("auditor.discover.run", fromlist=["x"]).LIGHT_CHECKS)
        assert report["target"]["shallow"] is True  # the light audit cloned one commit only
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and 'data-themes="' in html and "Repérage des candidats" in html
    rows = list(csv.reader((out / "discover.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "Rang" and len(rows) == 1 + summary["counts"]["relevant"]
    again = discover(cat, opts)
    assert again["counts"]["audited"] == 0 and again["counts"]["unchanged"] == 3
    assert json.loads((out / "discover.json").read_text(encoding="utf-8"))["rows"][:3] == top


def test_discover_reaudits_only_what_moved(tmp_path, git_server):
    cat, entries = _served_catalogue(tmp_path, git_server, n_served=2)
    out = tmp_path / "out"
    opts = DiscoverOptions(output=out, org_types=(), shortlist=2, executor="serial", cache_dir=tmp_path / "cache",
                           platforms=("127.0.0.1",), timeout=30, budget=120)
    discover(cat, opts)
    served = [e for e in entries if e["repository_url"].startswith("git://")]
    moved = served[0]["name"]
    work = tmp_path / "src" / moved
    from tests.gitrepo import git, write_files

    write_files(work, {"CONTRIBUTING.md": "# Contribuer\n"})
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "contributing", env={"GIT_AUTHOR_DATE": "2026-07-01T10:00:00Z", "GIT_COMMITTER_DATE": "2026-07-01T10:00:00Z"})
    git(tmp_path / "served" / f"rennes/{moved}.git", "fetch", "-q", str(work), "main:main")  # the git_server fixture's copy
    again = discover(cat, opts)
    assert (again["counts"]["audited"], again["counts"]["unchanged"]) == (1, 1)


def test_shards_then_merge_equal_one_run(tmp_path, git_server):
    cat, _ = _served_catalogue(tmp_path, git_server, n_served=0)
    whole = discover(cat, DiscoverOptions(output=tmp_path / "whole", org_types=(), shortlist=0))
    for i in (1, 2, 3):
        discover(cat, DiscoverOptions(output=tmp_path / f"part{i}", org_types=(), shortlist=0, shard=(i, 3)))
    with pytest.raises(SystemExit) as exc:
        main(["merge", str(tmp_path / "part1"), str(tmp_path / "part2"), str(tmp_path / "part3"), "-o", str(tmp_path / "merged"),
              "--lang", "en"])
    assert exc.value.code == 0
    merged = json.loads((tmp_path / "merged" / "discover.json").read_text(encoding="utf-8"))
    one = json.loads((tmp_path / "whole" / "discover.json").read_text(encoding="utf-8"))
    assert [r["entry"]["url"] for r in merged["rows"]] == [r["entry"]["url"] for r in one["rows"]]
    assert merged["counts"]["relevant"] == whole["counts"]["relevant"]


def test_cli_discover_errors_are_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["discover", str(tmp_path / "missing.json"), "-o", str(tmp_path / "o")])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "missing.json" in err
    with pytest.raises(SystemExit) as exc:
        main(["discover", str(tmp_path / "x.json"), "-o", str(tmp_path / "o"), "--shard", "9/2"])
    assert exc.value.code == 2


def test_local_paths_in_a_catalogue_are_refused_unless_allowed(tmp_path):
    src = make_repo(tmp_path / "secret", [{"files": {"README.md": "# Plan climat PCAET\n"}}])
    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps([{"repository_url": str(src), "name": "pcaet", "description": "Plan climat PCAET"},
                               {"repository_url": f"file://{src}", "name": "pcaet2", "description": "Plan climat PCAET"}]),
                   encoding="utf-8")
    summary = discover(cat, DiscoverOptions(output=tmp_path / "o", org_types=(), shortlist=5, executor="serial"))
    assert summary["counts"]["dropped"] == {"local_path": 2} and summary["counts"]["audited"] == 0


# --- runners that survive a killed worker ---------------------------------------------------------------

def slow_square(x: int) -> int:
    time.sleep(0.4)
    return x * x


def _kill_one(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
            return
        except ProcessLookupError:
            continue


def _pool_workers(before: set[int]) -> list[int]:
    """This test's pool workers: children started since ``before`` (earlier tests may leave others, a
    manager's server for one, which killing would not break the pool)."""
    return sorted((p.pid for p in multiprocessing.active_children() if p.pid not in before), reverse=True)


def test_process_pool_runner_retries_tasks_lost_with_a_killed_worker():
    results, errors, killed, built = {}, {}, [], []
    before = {p.pid for p in multiprocessing.active_children()}

    def make():
        built.append(True)
        return make_executor("process", 2)

    def on_result(key, value):
        results[key] = value
        if not killed:
            killed.append(True)
            _kill_one(_pool_workers(before))

    run_tasks(make, slow_square, [(f"t{i:02d}", i) for i in range(8)], on_result, lambda k, e: errors.__setitem__(k, e))
    assert killed and not errors
    assert results == {f"t{i:02d}": i * i for i in range(8)}
    assert len(built) == 2  # the kill broke the pool: the lost tasks ran on a new one


def worker_pid(_x: int) -> int:
    return os.getpid()


def test_shared_executor_keeps_its_workers_across_rounds_and_rebuilds_a_broken_pool():
    """discover's light and full rounds run on one pool (workers start once per run); a round that
    lost a worker gets a fresh pool, and the next round keeps using that one."""
    pids: dict[int, set] = {}

    def collect(round_no):
        return lambda key, pid: pids.setdefault(round_no, set()).add(pid)

    with SharedExecutor("process", 2) as pool:
        run_tasks(pool, worker_pid, [(f"t{i}", i) for i in range(6)], collect(1), lambda k, e: None)
        workers = set(pool._ex._processes)
        run_tasks(pool, worker_pid, [(f"t{i}", i) for i in range(6)], collect(2), lambda k, e: None)
        assert pool.built == 1 and pids[2] <= set(pool._ex._processes) == workers  # the same worker processes
        killed, results, errors = [], {}, {}

        def on_result(key, value):
            results[key] = value
            if not killed:
                killed.append(True)
                _kill_one(sorted(pool._ex._processes))  # one of this pool's own workers

        run_tasks(pool, slow_square, [(f"t{i:02d}", i) for i in range(8)], on_result, lambda k, e: errors.__setitem__(k, e))
        assert killed and not errors and results == {f"t{i:02d}": i * i for i in range(8)}
        assert pool.built == 2  # rebuilt once, after the kill
        run_tasks(pool, worker_pid, [(f"t{i}", i) for i in range(2)], collect(3), lambda k, e: None)
        assert pool.built == 2
    assert pool._ex is None  # shut down with the run


@pytest.mark.slow
def test_dask_local_cluster_completes_with_a_worker_killed_mid_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1")
    client = distributed.Client(cluster)
    try:
        pids = list(client.run(os.getpid).values())

        def slow(x):  # pickled by value: the workers need not import the tests
            import time as _t
            _t.sleep(0.5)
            return x + 1

        results, errors, killed = {}, {}, []

        def on_result(key, value):
            results[key] = value
            if not killed:
                killed.append(True)
                _kill_one(pids)

        run_tasks(lambda: make_executor("dask", scheduler=cluster.scheduler_address), slow, [(f"t{i:02d}", i) for i in range(10)],
                  on_result, lambda k, e: errors.__setitem__(k, e))
        assert killed and not errors
        assert results == {f"t{i:02d}": i + 1 for i in range(10)}
    finally:
        client.close()
        cluster.close()


@pytest.mark.slow
def test_discover_on_a_dask_cluster_completes_with_a_worker_killed_mid_run(tmp_path, git_server):
    distributed = pytest.importorskip("distributed")
    cat, _ = _served_catalogue(tmp_path, git_server, n_served=3)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1")
    client = distributed.Client(cluster)
    try:
        pids = list(client.run(os.getpid).values())
        killed = []

        def progress(done, total, label):
            if not killed:
                killed.append(label)
                _kill_one(pids)

        opts = DiscoverOptions(output=tmp_path / "out", org_types=(), shortlist=3, executor="dask", scheduler=cluster.scheduler_address,
                               cache_dir=tmp_path / "cache", platforms=("127.0.0.1",), timeout=60, budget=300, progress=progress)
        summary = discover(cat, opts)
        assert killed
        assert (summary["counts"]["audited"], summary["counts"]["failed"]) == (3, 0)
        rows = json.loads((tmp_path / "out" / "discover.json").read_text(encoding="utf-8"))["rows"][:3]
        assert all(r["status"] == "ok" for r in rows)
        # the coordinator alone wrote the outputs; a rerun on the local process pool reuses them
        again = discover(cat, DiscoverOptions(output=tmp_path / "out", org_types=(), shortlist=3, executor="serial",
                                              cache_dir=tmp_path / "cache", platforms=("127.0.0.1",)))
        assert (again["counts"]["audited"], again["counts"]["unchanged"]) == (0, 3)
    finally:
        client.close()
        cluster.close()
