"""reusability.territory-neutral: the project's territory, once known, is its value wherever the code writes its name again whatever its
case or in slug form — in an address's path or query, a keyword list, a table named after it (issue 12, s44 fc44 = reader vc43's
Louischaill/Foissy-sur-Vanne and Guklam/Echinghen, read by rb43).

Foissy-sur-Vanne's site writes "Foissy-sur-Vanne" in its titles and footers (found) and "Foissy-sur-vanne" in its headings and scripts
(missed); Echinghen's writes "Commune d'Echinghen" (found) and echinghen in a newspaper's search address (/recherche/echinghen/), a map's
query (&q=echinghen), its pages' keywords and its table news_echinghen (missed): the files counted were too few. Near misses: a word
merely holding the name (bourgtestinois), a file's folder named after it (include 'bourgtestin/menu.php'), stay uncounted. The files
are written for these tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
HEAD = "<head>\n    <meta charset=\"utf-8\">\n    <title>Accueil : Commune de Saint-Bourgtestin-sur-Vanne</title>\n</head>\n"


def _cited(res) -> set:
    return {(e.get("path"), e.get("line")) for e in res["evidence"] if e.get("path")}


def test_the_name_in_lower_case_and_as_a_slug_is_an_echo(tmp_path):
    files = {"README.md": "# Site de la mairie\n", "includes/Head.php": HEAD,
             "ecole.php": "<?php include 'includes/Head.php'; ?>\n<body>\n    <h1>L'école à Saint-Bourgtestin-sur-vanne</h1>\n</body>\n",
             "news.php": ("<?php\n$pdo = new PDO('mysql:host=localhost;dbname=site', 'site', getenv('DB_PASSWORD'));\n"
                          "$rows = $pdo->query('SELECT * FROM news_saint_bourgtestin_sur_vanne ORDER BY date DESC LIMIT 3');\n"
                          "$plus = 'https://www.journal-local.fr/recherche/saint-bourgtestin-sur-vanne?tri=date';\n")}
    res = check_result(tmp_path, files, CID)
    assert {("includes/Head.php", 3), ("ecole.php", 3), ("news.php", 3), ("news.php", 4)} <= _cited(res), (res["message"], res["evidence"])


def test_near_miss_a_word_holding_the_name_or_a_files_folder_is_no_echo(tmp_path):
    files = {"README.md": "# Site de la mairie\n", "includes/Head.php": HEAD,
             "ecole.php": ("<?php include 'saint-bourgtestin-sur-vanne/menu.php'; ?>\n<body>\n"
                           "    <h1>Les saint-bourgtestin-sur-vannois</h1>\n</body>\n")}
    res = check_result(tmp_path, files, CID)
    assert _cited(res) == {("includes/Head.php", 3)}, (res["message"], res["evidence"])
