"""One person under a full address and a GitHub display name with an initial (issue 12, s16 h3, shaped like a transport
authority's Python package: pull requests merged from the web by "Lucie B" (no-reply address) whose every commit is by
"lube_octo <lucie.bechu@…>" were read as reviewed). A first name and an initial that fit two people are no one."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_maintenance import ctx_for, days_ago, run
from tests.test_review_merged_branch_s14 import _commit, _merge

LUCIE_WEB = ("Lucie B", "100000001+Luciole@users.noreply.github.com")
LUCIE = ("lube_dev", "lucie.bechu@conseil.example.fr")
THEO = ("Théo Marchand", "theo.marchand@mobilites.example.fr")


def _pull_requests(tmp_path, authors, others=(), merger=LUCIE_WEB):
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    _commit(root, THEO, days_ago(300), {"a": "0"}, "start")
    for i, who in enumerate(others):
        _commit(root, who, days_ago(290 - i), {f"o{i}": "1"}, f"other {i}")
    for n, author in enumerate(authors):
        git(root, "checkout", "-q", "-b", f"f{n}")
        for i in range(2):
            _commit(root, author, days_ago(100 - 10 * n - i), {f"f{n}": str(i)}, f"FEAT: mesure {n}.{i}")
        git(root, "checkout", "-q", "main")
        _merge(root, merger, days_ago(95 - 10 * n), f"f{n}", f"Merge pull request #{40 + n} from org/f{n}")
    return root


def test_merges_by_the_authors_display_name_with_an_initial_are_self_merged(tmp_path):
    v = run(ctx_for(_pull_requests(tmp_path, [LUCIE, LUCIE, LUCIE])), "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (3, 0), v  # was (0, 3): "3 of 3 through a change request"


def test_a_first_name_and_initial_fitting_two_people_is_no_one(tmp_path):
    """'Jean M' merging jean.martin's branch beside jean.moreau's commits: either could be Jean M, so the merge stays a review;
    and the people facts do not join them either."""
    jm = ("Jean M", "100000002+jeanm@users.noreply.github.com")
    martin, moreau = ("jmartin", "jean.martin@ville.example.fr"), ("jmoreau", "jean.moreau@ville.example.fr")
    root = _pull_requests(tmp_path, [martin], others=[moreau, jm], merger=jm)
    ctx = ctx_for(root)
    v = run(ctx, "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (0, 1), v
    ident = ctx.fact("people")["ident"]
    assert len({ident[m] for m in (jm[1].lower(), martin[1], moreau[1])}) == 3


def test_the_people_facts_read_the_same_person(tmp_path):
    """'Lucie B' also committing herself: one contributor with lucie.bechu@…, not two."""
    ctx = ctx_for(_pull_requests(tmp_path, [LUCIE, LUCIE_WEB]))
    ident = ctx.fact("people")["ident"]
    assert ident[LUCIE_WEB[1].lower()] == ident[LUCIE[1]]
    assert ctx.fact("contributors")["active_365d"] == 2  # Théo and Lucie; was 3
