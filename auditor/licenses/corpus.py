"""A test corpus generated from the license texts with realistic perturbations, for the tests and
the benchmark: copyright lines, re-wrapping, Markdown, a preamble, appended third-party notices, a
filled-in Apache appendix, several copyright blocks, French and English versions; and negative
cases (custom and proprietary texts, a README that mentions a license in passing).

Each case: ``(name, text, expected)`` where ``expected`` is the SPDX id (or expression) that a
correct detector must give, or None when no license must be given.
"""

from __future__ import annotations

import random
import textwrap

from auditor.licenses.matcher import load_data

CORE = ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MPL-2.0", "EPL-2.0", "EUPL-1.2", "EUPL-1.1", "GPL-2.0-only",
        "GPL-3.0-only", "LGPL-2.1-only", "LGPL-3.0-only", "AGPL-3.0-only", "CECILL-2.1", "CECILL-B", "CECILL-C", "etalab-2.0",
        "ODbL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "Unlicense", "0BSD", "Zlib", "BSL-1.0", "MIT-0", "WTFPL", "Artistic-2.0",
        "OFL-1.1", "CC-BY-NC-4.0", "CECILL-2.0", "OSL-3.0", "AFL-3.0", "PostgreSQL", "BlueOak-1.0.0", "MulanPSL-2.0", "UPL-1.0",
        "NCSA", "Python-2.0"]
HOLDERS = ["Ville de Grenoble", "Métropole Européenne de Lille", "Département de la Gironde", "ANCT", "Région Bretagne",
           "Communauté d'agglomération du Pays Basque", "Jane Doe <jane@example.org>"]
NEGATIVES = {
    "proprietary-fr": "Copyright (c) 2023 Mairie de Saint-Exemple. Tous droits réservés.\n\nCe logiciel est la propriété exclusive "
                      "de la commune. Toute reproduction, diffusion ou modification, totale ou partielle, est interdite sans "
                      "autorisation écrite préalable.\n",
    "proprietary-en": "Copyright 2024 Example Consulting SAS. All rights reserved.\n\nThis software is proprietary and confidential. "
                      "Unauthorized copying of this file, via any medium, is strictly prohibited.\n",
    "custom-terms": "CONDITIONS D'UTILISATION DU LOGICIEL TERRITOIRE+\n\n1. Le logiciel est mis à disposition des seules collectivités "
                    "adhérentes au syndicat mixte.\n2. Toute utilisation commerciale est soumise à une convention.\n3. Le syndicat "
                    "peut retirer le droit d'usage à tout moment.\n4. Les modifications doivent être transmises au syndicat, qui en "
                    "devient propriétaire.\n",
    "readme-mention": "# Outil de suivi des bornes de recharge\n\nCe service affiche les bornes de la métropole. Nous aimerions le "
                      "publier sous une licence libre comme la MIT ou l'EUPL, mais la décision n'est pas encore prise : la licence "
                      "sera choisie par le comité de pilotage en septembre.\n\n## Installation\n\nnpm install\n",
    "empty-ish": "TODO: add a license\n",
    "modified-mit": None,  # filled below: MIT with an extra restrictive clause
}


def _texts() -> dict:
    return load_data()["licenses"]


def wrap(text: str, width: int) -> str:
    paras = [p for p in text.split("\n\n")]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width) if p.strip() else p for p in paras)


def markdown(text: str, title: str) -> str:
    body = text.replace("\n\n", "\n\n", -1)
    lines = body.split("\n")
    out = [f"# {title}", ""]
    for ln in lines[1:]:
        s = ln.strip()
        if s.isupper() and 3 < len(s) < 80:
            out.append(f"## {s.title()}")
        elif s[:2] in ("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."):
            out.append("* **" + s[:2] + "** " + s[2:])
        else:
            out.append(ln)
    return "\n".join(out)


def cases(seed: int = 7) -> list[tuple[str, str, str | None]]:
    rnd = random.Random(seed)
    data = _texts()
    out: list[tuple[str, str, str | None]] = []

    def text_of(lid: str, lang: str | None = None) -> str:
        for t in data[lid]["texts"]:
            if lang is None or t["lang"] == lang:
                return t["text"]
        raise KeyError(f"no {lang} text for {lid} in the package data")

    for lid in CORE:
        base = text_of(lid)
        holder = rnd.choice(HOLDERS)
        year = rnd.randint(2015, 2026)
        out.append((f"{lid}/verbatim", base, lid))
        out.append((f"{lid}/copyright+wrap", f"Copyright (c) {year} {holder}\n\n" + wrap(base, rnd.choice((60, 72, 100))), lid))
        out.append((f"{lid}/markdown", markdown(base, data[lid]["name"]), lid))
        out.append((f"{lid}/preamble", f"{holder}\n\nLe code source de ce service est publié sous la licence ci-dessous.\n"
                    f"The source code of this service is published under the license below.\n\n---\n\n" + base, lid))
    # French and English versions
    for lid, lang in (("CECILL-2.1", "fr"), ("CECILL-B", "fr"), ("CECILL-C", "fr"), ("CECILL-B", "en"), ("CECILL-C", "en"),
                      ("etalab-2.0", "en"), ("etalab-2.0", "fr"), ("CECILL-2.1", "en")):
        base = text_of(lid, lang)
        out.append((f"{lid}/{lang}", base, lid))
        out.append((f"{lid}/{lang}/wrap+copyright", f"Copyright © {rnd.randint(2010, 2026)} {rnd.choice(HOLDERS)}\n\n" + wrap(base, 78), lid))
    # appended third-party notices
    mit, bsd = text_of("MIT"), text_of("BSD-3-Clause")
    out.append(("Apache-2.0/appended-third-party", text_of("Apache-2.0") + "\n\n=======\nThis product bundles third-party components "
                "under other licenses:\n\n--- lodash (MIT) ---\n" + mit + "\n--- d3 (BSD-3-Clause) ---\n" + bsd, "Apache-2.0"))
    # filled-in Apache appendix
    apache = text_of("Apache-2.0").replace("[yyyy]", "2024").replace("[name of copyright owner]", "Région Occitanie")
    out.append(("Apache-2.0/filled-appendix", apache, "Apache-2.0"))
    # several copyright blocks
    out.append(("BSD-3-Clause/several-copyrights", "Copyright (c) 2019, Ville de Nantes\nCopyright (c) 2021-2024, Nantes Métropole\n"
                "Copyright (c) 2022, Jane Doe\nAll rights reserved.\n\n" + bsd.split("\n", 2)[2], "BSD-3-Clause"))
    # -or-later from the notice
    for lid in ("GPL-3.0", "AGPL-3.0", "LGPL-3.0", "GPL-2.0"):
        base = text_of(lid + "-only")
        name = {"GPL-3.0": "GNU General Public License", "AGPL-3.0": "GNU Affero General Public License",
                "LGPL-3.0": "GNU Lesser General Public License", "GPL-2.0": "GNU General Public License"}[lid]
        v = lid.split("-")[1][0]
        notice = (f"Copyright (C) 2025 {rnd.choice(HOLDERS)}\n\nThis program is free software: you can redistribute it and/or modify it "
                  f"under the terms of the {name} as published by the Free Software Foundation, either version {v} of the License, "
                  "or (at your option) any later version.\n\n")
        out.append((f"{lid}-or-later/notice", notice + base, lid + "-or-later"))
    # dual licensing in one file
    out.append(("dual/MIT-OR-Apache", "This project is dual-licensed: you may use it under either the MIT license or the Apache "
                "License 2.0, at your option.\n\n" + mit + "\n\n" + text_of("Apache-2.0"), "MIT OR Apache-2.0"))
    # negatives
    modified = mit.replace("The above copyright notice", "The Software shall not be used by any company with more than ten "
                           "employees, nor for any commercial purpose whatsoever without a prior written agreement.\n\nThe above copyright notice")
    for name, text in NEGATIVES.items():
        out.append((f"negative/{name}", text if text is not None else modified, None))
    return out
