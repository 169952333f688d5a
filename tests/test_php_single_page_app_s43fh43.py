"""A web root's index.php writing a whole HTML page with forms that post back to it is a web application (issue 12, s43 fh43 = reader
rf43's efroc/stockvc).

stockvc: one index.php writes the whole document (<!DOCTYPE html>, a menu of links index.php?menu=1…5, forms posting to themselves,
PDO queries), beside a connection class and a redirection script; no framework, no composer.json. The page weighs 87 KB, and the
kind's reading of 64 KB read nothing of a file over it; only index.php reads the request, and the rule asked for two pages (a form
and the page answering it): the kind was "library (undecided)", auth said "no page served",
docs asked an API's documentation. Near misses: the same index.php writing no HTML (a script answering JSON), and the same page
away from the web root (exemples/formulaire.php), stay undecided."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n    <meta charset=\"UTF-8\">\n    <title>Gestion du stock</title>\n"
        "    <link href=\"page/css/index.css\" rel=\"stylesheet\"/>\n</head>\n<body>\n<?php\n    require 'src/traitement/Base.php';\n"
        "    $base = new Base();\n    $connexion = $base->connect();\n?>\n    <ul class=\"menu\">\n"
        "        <li><a href=\"index.php?menu=1\">Stock</a></li>\n        <li><a href=\"index.php?menu=2\">Prets</a></li>\n    </ul>\n"
        "<?php\n    if (isset($_GET['menu'])) switch ($_GET['menu']) {\n        case 1:\n?>\n"
        "    <form method=\"post\">\n        <input type=\"text\" name=\"modele\">\n        <input type=\"submit\" name=\"ajouter\" value=\"Ajouter\">\n"
        "    </form>\n<?php\n        if (isset($_POST['ajouter'])) {\n"
        "            $base->getPdo()->query(\"INSERT INTO stock (modele) VALUES ('\" . $_POST['modele'] . \"')\");\n        }\n"
        "        break;\n        case 2:\n            echo '<p>Prets en cours</p>';\n            break;\n    }\n?>\n</body>\n</html>\n")
BASE = ("<?php\nclass Base\n{\n    private string $host = 'localhost';\n    private ?PDO $pdo = null;\n\n    public function connect()\n    {\n"
        "        $this->pdo = new PDO('mysql:host=' . $this->host . ';dbname=stock', 'root', '');\n        return $this->pdo;\n    }\n\n"
        "    public function getPdo()\n    {\n        return $this->pdo;\n    }\n}\n")
# (the real page weighs 87 KB: more than the 64 KB a kind's reading took, which then read nothing of it)
BIG = PAGE.replace("</body>", "<table>\n" + "<tr><td>Mairie</td><td>Ordinateur portable</td></tr>\n" * 1800 + "</table>\n</body>")
FILES = {"README.txt": "- C'EST QUOI ?\n    Un outil de gestion du materiel en stock et en pret.\n",
         "index.php": BIG, "src/traitement/Base.php": BASE,
         "page/redirection.php": "<?php\n    header('Location: ../index.php?menu=1');\n?>\n",
         "page/css/index.css": "body {\n  margin: 0;\n}\n"}
CHECKS = ["interoperability.auth", "documentation.docs"]


def test_a_root_index_writing_a_whole_page_with_forms_is_a_web_application(tmp_path):
    report, res = judge(tmp_path, FILES, CHECKS, name="stock")
    project = report["facts"]["project"]
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "index.php", project["kind_evidence"]
    assert "no page or API served" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]
    assert "API" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]


def test_near_miss_the_same_index_writing_json_stays_undecided(tmp_path):
    script = ("<?php\nrequire 'src/traitement/Base.php';\n$base = new Base();\n$base->connect();\n"
              "$rows = $base->getPdo()->query(\"SELECT * FROM stock WHERE id = \" . intval($_GET['id']))->fetchAll();\n"
              "header('Content-Type: application/json');\necho json_encode($rows);\n")
    project = judge(tmp_path, {**FILES, "index.php": script}, CHECKS, name="json")[0]["facts"]["project"]
    assert not project["kind_decided"], project


def test_near_miss_the_same_page_away_from_the_web_root_stays_undecided(tmp_path):
    files = {k: v for k, v in FILES.items() if k != "index.php"}
    files["exemples/formulaire.php"] = BIG
    project = judge(tmp_path, files, CHECKS, name="example")[0]["facts"]["project"]
    assert not project["kind_decided"], project
