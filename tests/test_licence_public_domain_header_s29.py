"""licensing.consistent (issue 12, s29 f29 = measure 20 reader m20o1, mairie-de-paris/take-my-data-paris): an Apache-2.0 back office
keeps a vendored PHP shim whose docblock says ``license: Public Domain`` and then "this is PUBLIC DOMAIN (no copyright, no
license, no warranty) so therefore compatible to ALL open source licenses. You could … republish this … under … your favorite
license (GNU LGPL/GPL, BSDL, MPL/CDDL, Artistic/PHPL, ..)". The check warned "upgrade.php: LGPL AND GPL AND MPL; these files are
not under the project's license": the licences a re-publisher may choose were read as the file's. A header whose licence field
says public domain states no licence; a header that grants another licence stays a finding."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

APACHE_HEADER = ("<?php\n/*\n * Copyright 2013 Ville de Paris\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
                 " * you may not use this file except in compliance with the License.\n */\n\n")
SHIM = ("<?php\n/**\n * api:\t\tphp\n * title:\tupgrade.php\n * description:\tEmulates functions from new PHP versions on older interpreters.\n"
        " * version:\t18.1\n * license:\tPublic Domain\n * type:\tfunctions\n *\n"
        " * And further this is PUBLIC DOMAIN (no copyright, no license, no warranty)\n"
        " * so therefore compatible to ALL open source licenses. You could rip this\n"
        " * paragraph out to republish this instead only under more restrictive terms\n"
        " * or your favorite license (GNU LGPL/GPL, BSDL, MPL/CDDL, Artistic/PHPL, ..)\n *\n */\n\nfunction upgrade() { return 1; }\n")
LGPL_SHIM = ("<?php\n/**\n * upgrade.php\n *\n * This library is free software; you can redistribute it and/or modify it under the terms of the\n"
             " * GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License, or\n"
             " * (at your option) any later version.\n */\n\nfunction upgrade() { return 1; }\n")


def _files(shim: str) -> dict:
    return {"LICENSE": text("Apache-2.0"), "README.md": "# Take my data\n",
            **{f"Back office/ws/{name}.php": APACHE_HEADER + f"echo json_encode(['{name}' => 1]);\n" for name in ("users", "challenges", "scores")},
            "Back office/upgrade.php": shim}


def test_a_public_domain_shims_list_of_licences_to_choose_is_no_other_licence(run):  # noqa: F811
    res, lic = run(_files(SHIM), only=["licensing.consistent"])
    assert lic["spdx"] == "Apache-2.0", lic.get("spdx")
    assert not lic.get("header_disagreements"), lic.get("header_disagreements")
    r = res["licensing.consistent"]
    assert r["status"] == "pass" and "LGPL" not in r["message"]["en"], r["message"]


def test_a_shim_granting_the_lgpl_stays_a_finding(run):  # noqa: F811
    res, lic = run(_files(LGPL_SHIM), only=["licensing.consistent"])
    r = res["licensing.consistent"]
    assert r["status"] == "warn" and "Back office/upgrade.php" in r["message"]["en"] and "LGPL" in r["message"]["en"], r["message"]
