import pytest

from auditor.errors import TargetError
from auditor.target import parse_target, redact


@pytest.mark.parametrize("text,forge,host,owner,name", [
    ("https://github.com/etalab/transport-site", "github", "github.com", "etalab", "transport-site"),
    ("https://github.com/etalab/transport-site.git", "github", "github.com", "etalab", "transport-site"),
    ("https://github.com/etalab/transport-site/tree/master/apps", "github", "github.com", "etalab", "transport-site"),
    ("git@gitlab.com:group/sub/project.git", "gitlab", "gitlab.com", "group/sub", "project"),
    ("https://gitlab.com/group/sub/deeper/project", "gitlab", "gitlab.com", "group/sub/deeper", "project"),
    ("https://gitlab.com/group/sub/project/-/tree/main", "gitlab", "gitlab.com", "group/sub", "project"),
    ("ssh://git@gitlab.example.org:2222/collectivite/outil.git", "gitlab", "gitlab.example.org", "collectivite", "outil"),
    ("https://forge.example.org/a/b", "unknown", "forge.example.org", "a", "b"),
    ("etalab/transport-site", "github", "github.com", "etalab", "transport-site"),
])
def test_parse_remote(text, forge, host, owner, name):
    t = parse_target(text)
    assert (t.kind, t.forge, t.host, t.owner, t.name) == ("remote", forge, host, owner, name)


def test_self_hosted_gitlab_declared(monkeypatch):
    monkeypatch.setenv("AUDITOR_GITLAB_HOSTS", "forge.grandlyon.example")
    t = parse_target("https://forge.grandlyon.example/metropole/climat/observatoire")
    assert t.forge == "gitlab" and t.owner == "metropole/climat"


def test_credentials_never_shown():
    t = parse_target("https://user:s3cr3t-token@gitlab.example.org/g/p.git")
    assert "s3cr3t" not in t.input and "s3cr3t" not in (t.clone_url or "") and "s3cr3t" not in t.slug
    assert "s3cr3t" not in str(t.to_dict()) and "s3cr3t" not in repr(t)
    assert t.secret_url and "s3cr3t" in t.secret_url
    assert redact("fatal: https://x:y@h/p") == "fatal: https://h/p"


def test_local_paths(tmp_path, repo):
    folder = tmp_path / "plain"
    folder.mkdir()
    assert parse_target(str(folder)).kind == "folder"
    r = repo([{"files": {"a": "b"}}])
    assert parse_target(str(r)).kind == "local-git"
    with pytest.raises(TargetError):
        parse_target(str(tmp_path / "missing"))
    with pytest.raises(TargetError):
        parse_target("ftp://example.org/x")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(TargetError, match="not a folder"):
        parse_target(str(tmp_path / "file.txt"))


def test_bare_repository_with_packed_refs_only(tmp_path, repo):
    import shutil
    import subprocess

    src = repo([{"files": {"a": "b"}}])
    bare = tmp_path / "mirror"
    subprocess.run(["git", "clone", "-q", "--mirror", str(src), str(bare)], check=True)
    subprocess.run(["git", "--git-dir", str(bare), "pack-refs", "--all", "--prune"], check=True)
    shutil.rmtree(bare / "refs", ignore_errors=True)
    (bare / "refs").mkdir()  # git itself needs the folder; some snapshots ship without it
    assert parse_target(str(bare)).kind == "local-git"
    shutil.rmtree(bare / "refs")
    assert parse_target(str(bare)).kind == "local-git"
