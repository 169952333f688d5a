"""A Symfony Flex project's "license": "proprietary" is Flex's default, no one's choice (issue 12, s37 fe37 = reader ra37,
stemarono/semGirondeEnergies): the back office of an SEM, created by `composer create-project symfony/skeleton`, keeps the
composer.json Flex rewrote (no name, no description, "type": "project", "license": "proprietary", symfony/flex required) and
the repository has no LICENSE nor README. The report said the project declared a proprietary licence: license-file "the license
is only named (LicenseRef-proprietary) in composer.json" with the advice to copy its official text from spdx.org, consistent
passed on that single source, dependencies judged against LicenseRef-proprietary. Flex's value is no statement: the project
states no licence (consistent n/a, dependencies inconclusive for want of one). Near misses: the same manifest with a name,
a description or authors written, or without Flex, keeps its proprietary declaration."""

from __future__ import annotations

import json

from tests.test_licensing_checks import run  # noqa: F401 (the fixture building a repository and auditing it)

ONLY = ["licensing.license-file", "licensing.open-license", "licensing.consistent", "licensing.dependencies"]


def _composer(**fields) -> str:
    base = {"type": "project", "license": "proprietary", "minimum-stability": "stable", "prefer-stable": True,
            "require": {"php": ">=8.1", "doctrine/orm": "^2.15", "symfony/flex": "^2", "symfony/framework-bundle": "6.3.*"},
            "config": {"allow-plugins": {"symfony/flex": True}, "sort-packages": True},
            "autoload": {"psr-4": {"App\\": "src/"}}}
    return json.dumps({**base, **fields}, indent=4) + "\n"


def _project(manifest: str) -> dict:
    return {"composer.json": manifest, "symfony.lock": "{}\n",
            "src/Kernel.php": "<?php\n\nnamespace App;\n\nuse Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
                              "class Kernel extends BaseKernel\n{\n}\n",
            "src/Entity/Actionnaire.php": "<?php\n\nnamespace App\\Entity;\n\nclass Actionnaire\n{\n    private ?string $nom = null;\n}\n"}


def test_flex_s_untouched_proprietary_is_no_licence(run):  # noqa: F811
    res, lic = run(_project(_composer()), only=ONLY)
    assert lic["spdx"] is None and lic["status"] == "none" and lic["declared"] == [], lic
    for cid in ("licensing.license-file", "licensing.open-license"):
        assert res[cid]["status"] == "fail", res[cid]
        assert "proprietary" not in res[cid]["message"]["en"] and "proprietary" not in (res[cid].get("remediation") or {}).get("en", "")
    assert res["licensing.consistent"]["status"] == "not_applicable", res["licensing.consistent"]
    dep = res["licensing.dependencies"]
    assert dep["status"] == "inconclusive" and "states no license" in dep["message"]["en"], dep
    assert "First choose the project's license" in dep["remediation"]["en"], dep["remediation"]


def test_a_proprietary_somebody_wrote_stays_a_declaration(run):  # noqa: F811
    without_flex = json.loads(_composer())
    without_flex["require"].pop("symfony/flex")
    for manifest in (_composer(name="sem/back-office"), _composer(description="Back office de la SEM"),
                     _composer(authors=[{"name": "Direction du numérique"}]), json.dumps(without_flex)):
        res, lic = run(_project(manifest), only=ONLY)
        assert lic["spdx"] == "LicenseRef-proprietary" and lic["status"] == "declared-only", (manifest, lic)
        assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]
