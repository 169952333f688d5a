"""licensing.consistent (issue 12, s39 ff39 = reader rc39, SofianeMohamedStd/Mairie-de-Willer-sur-Thur): a Symfony application created
with Flex and its Webpack Encore recipe keeps both defaults the install wrote: composer.json's "license": "proprietary" (set aside as
Flex's, s37 fe37) and package.json's "license": "UNLICENSED", "private": true beside @symfony/webpack-encore and the recipe's
dev-server/dev/watch/build scripts, no name, description nor author. The second was kept: "A single source states the license
(package.json)". Both are the generator's: the project states no licence. Near miss: a package.json with a written name or author
keeps its "UNLICENSED" declaration."""

from __future__ import annotations

import json

from tests.test_licensing_checks import run  # noqa: F401 (the fixture building a repository and auditing it)
from tests.test_licence_flex_default_s37fe37 import _composer, _project

ONLY = ["licensing.consistent"]


def _package(**fields) -> str:
    base = {"devDependencies": {"@symfony/webpack-encore": "^1.0.0", "core-js": "^3.0.0", "webpack-notifier": "^1.6.0"},
            "license": "UNLICENSED", "private": True,
            "scripts": {"dev-server": "encore dev-server", "dev": "encore dev", "watch": "encore dev --watch",
                        "build": "encore production --progress"},
            "dependencies": {"react": "^17.0.2"}}
    return json.dumps({**base, **fields}, indent=4) + "\n"


def test_the_encore_recipe_s_unlicensed_beside_flex_s_proprietary_is_no_licence(run):  # noqa: F811
    res, lic = run({**_project(_composer()), "package.json": _package(), "webpack.config.js": "const Encore = require('@symfony/webpack-encore');\n"}, only=ONLY)
    assert lic["declared"] == [], lic
    assert res["licensing.consistent"]["status"] == "not_applicable", res["licensing.consistent"]


def test_an_unlicensed_package_somebody_named_stays_a_declaration(run):  # noqa: F811
    for package in (_package(name="plateforme-citoyenne"), _package(author="Service numérique")):
        res, lic = run({**_project(_composer()), "package.json": package}, only=ONLY)
        assert any(d.get("source") == "package.json" or "package.json" in json.dumps(d) for d in lic["declared"]), lic
        assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]
