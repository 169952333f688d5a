import pytest
import yaml

from auditor import safeyaml


def test_ordinary_documents_load():
    assert safeyaml.load("a: 1\nb: [x, y]\nc: &x {d: 1}\ne: *x\n") == {"a": 1, "b": ["x", "y"], "c": {"d": 1}, "e": {"d": 1}}
    assert safeyaml.load("") is None


def test_billion_laughs_and_recursion_refused():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    with pytest.raises(safeyaml.UnsafeYAML):
        safeyaml.load(bomb)
    with pytest.raises(safeyaml.UnsafeYAML):
        safeyaml.load("a: &a [*a]\n")
    with pytest.raises(safeyaml.UnsafeYAML):
        safeyaml.load("x: " + "y" * (safeyaml.MAX_BYTES + 1))


def test_no_python_tags():
    with pytest.raises(yaml.YAMLError):
        safeyaml.load("!!python/object/apply:os.system ['touch /tmp/x']")
