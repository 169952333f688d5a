"""documentation.language (issue 12, s13 r2 reads: a Go microservice whose README is only cloc's table of line counts): a table of
figures ("|Language |files |blank |comment | code", "|Go |7 |77 |17 |334") holds no prose, so no language is told from it — too
little prose, inconclusive, not "README in French". A table whose cells hold sentences is still prose."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CLOC = ("|Language                         |files          |blank          |comment       | code\n"
        "|---                              |---            |---            |---           |---|\n"
        "|Go                               |7              |77             |17            |334\n"
        "|TOML                             |1              |4              |0             |28\n"
        "|JSON                             |1              |0              |0             |14\n"
        "|Markdown                         |1              |1              |0             |6\n")
CODE = {"main.go": "package main\n\nfunc main() {}\n", "go.mod": "module example.org/exports\n\ngo 1.17\n"}
SETTINGS = ("| Variable | Rôle |\n|---|---|\n| DB_HOST | Adresse du serveur de la base de paie des collectivités adhérentes |\n"
            "| DB_NAME | Nom de la base où le service lit les données à exporter en tableur |\n")


def test_a_readme_of_cloc_figures_has_no_language(tmp_path):
    r = check_result(tmp_path, {**CODE, "README.md": CLOC}, "documentation.language")
    assert r["status"] == "inconclusive", r["message"]


def test_a_table_of_sentences_is_prose(tmp_path):
    r = check_result(tmp_path, {**CODE, "README.md": "# Exports\n\n" + SETTINGS}, "documentation.language")
    assert r["status"] == "pass" and "French" in r["message"]["en"], r["message"]
