"""A regional observatory's list of département codes written as a PHP array of integers (issue 12, s29 f29 = measure 20 reader
m20o2, gitligair/intranet).

A Symfony intranet fetches weather stations for ``$departements = [45, 28, 41, 36, 37, 18]; // Exemple de départements : Loiret
(45)…`` — the six départements of its region, looped over: another territory edits the code. The list was not read: the key's
``$`` sigil stopped the pattern, and the word "Exemple" of the comment closing the line made the list an example. The list is
now read after ``$`` and judged without that comment; two unquoted small integers under a short key (``$deps = [12, 30]``) stay
no territory value, nor does a list in a comment line or codes spread across France."""

from __future__ import annotations

from tests.test_build_scripts_pages_addresses_s19_m4 import territory

README = "# Intranet\n\nIntranet de l'observatoire.\n"
SERVICE = ("<?php\n\nnamespace App\\Services;\n\nclass MeteoFranceService\n{{\n    public function stations(): array\n    {{\n"
           "        $stations = [];\n{line}\n        foreach ($departements as $dept) {{\n"
           "            $stations[] = $this->fetch($dept);\n        }}\n        return $stations;\n    }}\n}}\n")


def service(line: str) -> dict:
    return {"README.md": README, "composer.json": '{"name": "obs/intranet"}\n', "src/Services/MeteoFranceService.php": SERVICE.format(line=line)}


def test_a_php_array_of_one_regions_departement_numbers_is_a_territory_value(tmp_path):
    t, where = territory(tmp_path, service("        $departements = [45, 28, 41, 36, 37, 18]; // Exemple de départements : Loiret (45), Eure-et-Loir (28)"))
    assert t["status"] in ("warn", "fail") and ("src/Services/MeteoFranceService.php", 10) in where, (t["message"], where)


def test_no_comment_and_a_short_key_read_the_same_list(tmp_path):
    t, where = territory(tmp_path, service("        $deps = [22, 29, 35, 56];"))
    assert ("src/Services/MeteoFranceService.php", 10) in where, (t["message"], where)


def test_two_integers_a_commented_list_and_codes_across_france_are_none(tmp_path):
    for i, line in enumerate(("        $deps = [12, 30]; // ids", "        // Exemple : $departements = [45, 28, 41];",
                              "        $departements = [75, 13, 69, 33];")):
        t, where = territory(tmp_path / str(i), service(line))
        assert t["status"] == "pass", (line, t["message"], where)
