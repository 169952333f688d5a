"""Hostile inputs built in each test (never committed): each fix of issue 15 at its cause."""

from __future__ import annotations

import os
import time

import pytest
import yaml

from auditor import bounded, safejson, safeyaml
from auditor.errors import TargetError, UsageError
from tests.gitrepo import git
from tests.test_cli import run

ONE = [{"files": {"README.md": "# Outil\n", "app.py": "print(1)\n"}, "date": "2025-01-10T10:00:00Z"}]


def _one_line_error(out, code):
    assert out.returncode == code, (out.stdout, out.stderr)
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr


# --- bounded loaders ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[" * 50_000,
    "a: " + "[" * 50_000 + "]" * 50_000,
    "a: " + "{b: " * 50_000,
    "- " * 5_000 + "x\n",
    "".join(" " * i + f"k{i}:\n" for i in range(2_000)),
])
def test_deep_yaml_refused_in_milliseconds(text):
    t0 = time.perf_counter()
    with pytest.raises(safeyaml.UnsafeYAML, match="deeper|larger"):
        safeyaml.load(text)
    assert time.perf_counter() - t0 < 2


def test_yaml_brackets_inside_strings_and_comments_are_not_depth():
    text = 'a: "' + "[" * 500 + '"\nb: x[[[[' + "[" * 500 + "\n# " + "{" * 500 + "\nc: ['[[[', \"{{{\"]\n"
    assert safeyaml.load(text)["c"] == ["[[[", "{{{"]


def test_yaml_alias_amplification_of_long_strings_refused():
    text = "a: &a " + "x" * 50_000 + "\nb: [" + ", ".join(["*a"] * 50) + "]\n"
    with pytest.raises(safeyaml.UnsafeYAML, match="characters"):
        safeyaml.load(text)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 100_000, "[" * 300 + "]" * 300])
def test_deep_json_is_malformed_not_recursion(text):
    with pytest.raises(ValueError, match="deeper|deeply"):
        safejson.loads(text)


def test_json_strings_with_brackets_and_escapes():
    assert safejson.loads('{"a": "[[[[\\"[[", "b": [1, {"c": "}}}"}]}') == {"a": '[[[["[[', "b": [1, {"c": "}}}"}]}
    assert safejson.loads(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_user_file_size_bounded(tmp_path):
    big = tmp_path / "big.yml"
    big.write_bytes(b"#" * 2048)
    with pytest.raises(UsageError, match="larger than 1024 bytes"):
        bounded.read_text(big, limit=1024)
    with pytest.raises(UsageError, match="cannot read"):
        bounded.read_text(tmp_path / "none.yml")


BOMBS = {
    "alias-bomb": 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")),
    "brackets": "projects: " + "[" * 50_000,
    "deep-block": "".join(" " * i + f"k{i}:\n" for i in range(3_000)),
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_portfolio_bombs_are_usage_errors(kind, tmp_path):
    p = tmp_path / "portfolio.yml"
    p.write_text(BOMBS[kind])
    t0 = time.perf_counter()
    out = run("batch", str(p), "-o", str(tmp_path / "out"), "--no-history")
    assert time.perf_counter() - t0 < 5
    _one_line_error(out, 2)


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_ruleset_and_report_bombs_are_usage_errors(kind, tmp_path, repo):
    r = repo(ONE)
    p = tmp_path / "rules.yml"
    p.write_text(BOMBS[kind])
    out = run("audit", str(r), "--ruleset", str(p), "--no-history", "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 2)
    rep = tmp_path / "report.json"
    rep.write_text("[" * 100_000)
    out = run("report", str(rep))
    _one_line_error(out, 2)


def test_publiccode_bomb_is_a_finding_not_a_crash():
    from auditor.publiccode import validate

    res = validate("publiccodeYmlVersion: " + "[" * 50_000)
    assert not res.valid
    assert "deeper" in res.errors[0].to_dict()["message"]["en"]


# --- CSV portfolios as spreadsheets write them ------------------------------------------------------

@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_doubled_quotes(tmp_path, sep):
    from auditor.batch import load_portfolio

    rows = [f'Nom{sep}Dépôt{sep}Territoire',
            f'"Projet ""Vélo""{sep} Lyon"{sep}https://gitlab.com/a/velo{sep}Lyon',
            f'Autre{sep}https://gitlab.com/a/autre{sep}"Métropole{sep} Grand ""Lyon"""',
            f'"Sur deux\nlignes"{sep}https://gitlab.com/a/deux{sep}']
    p = tmp_path / "p.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    projects, errors = load_portfolio(p)
    assert not errors
    assert [(x.name, x.url, x.territory) for x in projects] == [
        (f'Projet "Vélo"{sep} Lyon', "https://gitlab.com/a/velo", "Lyon"),
        ("Autre", "https://gitlab.com/a/autre", f'Métropole{sep} Grand "Lyon"'),
        ("Sur deux\nlignes", "https://gitlab.com/a/deux", None),
    ]


# --- the target is the folder itself ------------------------------------------------------------------

def _other_repo(repo):
    return repo([{"files": {"SECRET.md": "canary-7f3a other repository\n"}, "date": "2025-01-10T10:00:00Z"}], name="other")


@pytest.mark.parametrize("how", ["symlink", "gitdir", "gitdir-relative", "commondir", "objects-symlink"])
@pytest.mark.parametrize("as_url", [False, True])
def test_git_indirection_out_of_the_folder_refused(how, as_url, repo, tmp_path):
    other = _other_repo(repo)
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "README.md").write_text("# plain\n")
    if how == "symlink":
        os.symlink(other / ".git", folder / ".git")
    elif how == "gitdir":
        (folder / ".git").write_text(f"gitdir: {other / '.git'}\n")
    elif how == "gitdir-relative":
        (folder / ".git").write_text("gitdir: ../other/.git\n")
    elif how == "commondir":
        git(folder, "init", "-q")
        (folder / ".git" / "commondir").write_text(str(other / ".git"))
    else:
        git(folder, "init", "-q")
        import shutil
        shutil.rmtree(folder / ".git" / "objects")
        os.symlink(other / ".git" / "objects", folder / ".git" / "objects")
    target = f"file://{folder}" if as_url else str(folder)
    out = run("audit", target, "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 3)
    assert "outside the folder" in out.stderr
    assert "canary-7f3a" not in out.stdout + out.stderr
    assert not list((tmp_path / "c").rglob("SECRET.md"))


def test_worktree_linked_back_by_git_is_audited(repo, tmp_path):
    main = repo(ONE, name="main")
    git(main, "worktree", "add", "-q", str(tmp_path / "wt"), "-b", "feature")
    out = run("audit", str(tmp_path / "wt"), "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr


def test_resolve_git_dir_of_ordinary_and_bare(repo, tmp_path):
    from auditor.gitio import resolve_git_dir

    r = repo(ONE)
    assert resolve_git_dir(str(r)) == str((r / ".git").resolve())
    git(tmp_path, "clone", "-q", "--bare", str(r), str(tmp_path / "b.git"))
    assert resolve_git_dir(str(tmp_path / "b.git")) == str((tmp_path / "b.git").resolve())
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / ".git").write_text("not a link\n")
    with pytest.raises(TargetError, match="gitdir"):
        resolve_git_dir(str(tmp_path / "bad"))


def test_yaml_error_types_unchanged():
    with pytest.raises(yaml.YAMLError):
        safeyaml.load("a: [b\n")
