"""A Gemfile's gems (``gem 'rails'``), and whether they are all development tools: a Gemfile whose every gem is in a development
group declares the tools that test the project, not what it runs on (issue 12, s28 f28: a Puppet module's PDK Gemfile)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_GEM = lazy_compile(r"""^[^\S\n]*gem\s+['"]([^'"]+)['"]""", re.M)
# Bundler's groups of development gems (tests, linters, release): a Gemfile whose every gem is in one declares the tools that
# test the project, not what it runs on (a Puppet module's PDK Gemfile: rspec-puppet, rubocop, beaker in :development and
# :system_tests; the module's own dependencies are in its metadata.json)
_DEV_GROUPS = frozenset({"development", "test", "tests", "system_tests", "acceptance", "release_prep", "release", "lint", "rubocop", "ci",
                         "coverage", "doc", "docs", "documentation", "debug"})
_GEM_GROUP = lazy_compile(r"^[^\S\n]*group\s*\(?\s*((?::\w+|['\"]\w+['\"])(?:\s*,\s*(?::\w+|['\"]\w+['\"]))*)")
_BLOCK_OPEN = lazy_compile(r"^[^\S\n]*(?:if|unless|case|begin|def|while|until|class|module)\b|\bdo\s*(?:\|[^|]*\|)?\s*$")


def gemfile_gems(text: str) -> tuple[list[str], list[str]]:
    """(dependencies, development dependencies) of a Gemfile: all its gems in the second when each is in a development group."""
    gems = _GEM.findall(text)
    stack: list[bool] = []  # each open block: is it a development group
    dev_only = bool(gems)
    for line in text.splitlines()[:5000]:
        code = line.split("#", 1)[0]
        if _GEM.match(code):
            if not any(stack) and not re.search(r"\bgroups?:\s*\[?\s*:(?:" + "|".join(_DEV_GROUPS) + r")\b", code):
                dev_only = False
                break
        group = _GEM_GROUP.match(code)
        if group and re.search(r"\bdo\b", code):
            stack.append({g.strip(" :'\"") for g in group.group(1).split(",")} <= _DEV_GROUPS)
        elif _BLOCK_OPEN.search(code):
            stack.append(False)
        elif re.match(r"^[^\S\n]*end\b", code) and stack:
            stack.pop()
    return ([], gems) if dev_only else (gems, [])
