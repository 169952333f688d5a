"""licensing (issue 12, session 17 reader a1): a Ville de Paris Lutece Forms module whose only Java class carries the whole
BSD-3-Clause text in its header, beside one JavaScript helper without a header (1 of 2 source files), was "No license found"
on licence-file, open-license, authorized-fr and data-and-docs: a header licence needed two files. A project of fewer than four
source files is now licensed by one file giving the licence's text in words; a "License: LGPL" line in a copied snippet still
speaks for that file only (test_licence_in_words)."""

from __future__ import annotations

from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

BSD3 = """/*
 * Copyright (c) 2002-2018, Ville de Exemple
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions
 * are met:
 *
 *  1. Redistributions of source code must retain the above copyright notice
 *     and the following disclaimer.
 *
 *  2. Redistributions in binary form must reproduce the above copyright notice
 *     and the following disclaimer in the documentation and/or other materials
 *     provided with the distribution.
 *
 *  3. Neither the name of the copyright holder nor the names of its contributors
 *     may be used to endorse or promote products derived from this software
 *     without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 *
 * License 1.0
 */
"""


def test_the_only_classs_full_licence_header_licenses_a_tiny_module(run):  # noqa: F811
    files = {"README.md": "# Module forms map\n\nShows the responses of a form on a map.\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>module-forms-map</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "src/java/fr/ville/plugins/forms/modules/map/MapProvider.java":
                 BSD3 + "package fr.ville.plugins.forms.modules.map;\n\npublic class MapProvider\n{\n}\n",
             "webapp/js/plugins/forms/modules/map/forms-map.js": "var map = L.map('map');\n"}
    res, lic = run(files, only=["licensing.license-file", "licensing.open-license"])
    assert lic.get("spdx") == "BSD-3-Clause" or "BSD-3-Clause" in (lic.get("ids") or []), lic
    assert res["licensing.license-file"]["status"] == "warn", res["licensing.license-file"]["message"]
    assert res["licensing.open-license"]["status"] != "fail", res["licensing.open-license"]["message"]
