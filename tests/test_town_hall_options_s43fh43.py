"""interoperability.identifiers: a form's closed list of an agglomeration's town halls holds communes by name (issue 12, s43 fh43 = reader
rf43's efroc/stockvc).

stockvc's loan form picks its client in a <select> of the agglomeration's 46 town halls ("Mairie de Bais", "Mairie de Vitré", …) beside
its CCAS and syndicates, stored by name into pret.client: "handles no detectable local-government identifier". The rule for a select of
communes (s40 fj40) knew the communes by their names in the tool's list (5,000 inhabitants or more): the small communes' town halls
were no commune. An option naming a commune through its town hall ("Mairie de X", "Mairie d'X", "CCAS de X") names that commune.
Near miss: a select of the same size listing services ("Service Informatique", "Service Voirie"…) stays no list of communes."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.identifiers"
TOWNS = ["Bais", "Balazé", "Champeaux", "Cornillé", "Drouges", "Étrelles", "Louvigné-de-Bais", "Mondevert"]


def _page(options: list[str]) -> str:
    opts = "".join(f"            <option value=\"{o}\">{o}</option>\n" for o in options)
    return ("<?php\nrequire 'src/Base.php';\n$base = new Base();\nif (isset($_POST['valider'])) {\n"
            "    $stmt = $base->getPdo()->prepare(\"INSERT INTO pret (materiel, client) VALUES (?, ?)\");\n"
            "    $stmt->execute([$_POST['materiel'], $_POST['client']]);\n}\n?>\n<!DOCTYPE html>\n<html lang=\"fr\">\n<body>\n"
            "    <form method=\"post\">\n        <input type=\"text\" name=\"materiel\">\n        <select name=\"client\">\n" + opts
            + "        </select>\n        <input type=\"submit\" name=\"valider\" value=\"Valider\">\n    </form>\n</body>\n</html>\n")


BASE = "<?php\nclass Base\n{\n    public function getPdo()\n    {\n        return new PDO('mysql:host=localhost;dbname=stock', 'root', '');\n    }\n}\n"


def _result(tmp_path, options, name):
    files = {"README.md": "# Stock\n\nGestion du stock et des prets.\n", "index.php": _page(options), "src/Base.php": BASE}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_select_of_town_halls_holds_communes_by_name(tmp_path):
    options = [("Mairie d'" if t[0] in "AEIOUÉ" else "Mairie de ") + t for t in TOWNS] + ["CCAS de Bais", "Smictom Sud Est"]
    r = _result(tmp_path, options, "halls")
    assert r["status"] == "warn", r["message"]


def test_near_miss_a_select_of_services_is_no_list_of_communes(tmp_path):
    options = ["Service " + s for s in ("Informatique", "Voirie", "Finances", "Urbanisme", "Culture", "Sports", "Jeunesse", "Eau")]
    r = _result(tmp_path, options, "services")
    assert r["status"] == "not_applicable", r["message"]
