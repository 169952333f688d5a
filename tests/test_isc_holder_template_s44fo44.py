"""licensing.license-file (issue 12, s44 fo44 = ToffoluttiVittorio/ansible, reader rk44): a LICENSE.txt holding the standard ISC text
word for word (its own copyright line, "THE AUTHOR DISCLAIMS … IN NO EVENT SHALL THE AUTHOR BE LIABLE") was scored 89 % "slightly
different from the official one": the reference (SPDX's) names the ISC consortium where the template has a replaceable holder
(SPDX's <<var>> part). A disclaimer's holder name is now one placeholder word on both sides: the standard text passes. Near miss: the
same text with a sentence cut out of its disclaimer stays a warning. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "licensing.license-file"

ISC = ("Copyright (c) 2015-2016, Équipe SIG <sig@exemple.fr>\n\nPermission to use, copy, modify, and/or distribute this software for any\n"
       "purpose with or without fee is hereby granted, provided that the above\ncopyright notice and this permission notice appear in all copies.\n\n"
       "THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL WARRANTIES\nWITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF\n"
       "MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR\nANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES\n"
       "WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION\nOF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN\n"
       "CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n")


def files(licence: str) -> dict:
    return {"LICENSE.txt": licence, "README.md": "# Déploiement\n\nDéploiement de l'infrastructure de données géographiques.\n",
            "deploy.sh": "#!/bin/sh\n# déploie le serveur\nansible-playbook -i hosts playbook.yml\n"}


def test_the_standard_isc_text_with_its_own_holder_is_the_licence(tmp_path):
    res = check_result(tmp_path, files(ISC), CID)
    assert res["status"] == "pass" and res["message"]["en"] == "License found: ISC.", (res["status"], res["message"])


def test_near_miss_an_isc_text_missing_words_stays_slightly_different(tmp_path):
    res = check_result(tmp_path, files(ISC.replace("WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER", "WHETHER")), CID)
    assert res["status"] == "warn" and "ISC" in res["message"]["en"], (res["status"], res["message"])  # (modified or slightly different)
