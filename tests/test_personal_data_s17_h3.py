"""scaling.personal-data (issue 12, session 16): an iOS app's Swift model of its users and a job exporting a ticket tracker's user
names under SQL aliases were read as holding no personal data."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "scaling.personal-data"

USER_SWIFT = """//
//  Usager.swift
//  Signalements
//

import Foundation

final class Usager {
    // MARK: - Properties

    var prenom: String?
    var nom: String?
    var email: String?
    private(set) var telephone: String?
    static let shared = Usager()

    func deconnecter() {
        var email: String? = nil
        print(email ?? "")
    }
}
"""
PLACE_SWIFT = """import Foundation

struct Equipement: Codable {
    let id: String
    let libelle: String
    let adresse: String
}
"""
REPORT_SWIFT = """import Foundation

class Signalement {
    var id: String
    var descriptif: String
    var mailUser: String
    var mailExpediteur: String

    init(id: String) {
        self.id = id
        self.descriptif = ""
        self.mailUser = ""
        self.mailExpediteur = ""
    }
}
"""
EXPORT_SQL = """SELECT
    t.id,
    t.summary AS resume,
    u_auteur.lower_user_name AS createur,
    u_assigne.lower_user_name AS responsable,
    t.created AS date_creation
FROM
    ticket t
LEFT JOIN
    tracker_user u_auteur ON t.reporter = u_auteur.user_key
LEFT JOIN
    tracker_user u_assigne ON t.assignee = u_assigne.user_key
WHERE t.created > now() - interval '1 day';
"""


def personal(tmp_path, files, name="r", also=()):
    res = results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CID, *also], sponsor="local-authority"))
    return (res[CID], *(res[c] for c in also)) if also else res[CID]


def test_an_ios_apps_swift_user_model_holds_personal_data(tmp_path):
    r, data = personal(tmp_path, {"Signalements/Model/Usager.swift": USER_SWIFT, "Signalements/Model/Equipement.swift": PLACE_SWIFT,
                                  "Signalements/Model/Signalement.swift": REPORT_SWIFT,
                                  "Signalements/AppDelegate.swift": "import UIKit\n\nclass AppDelegate {}\n",
                                  "README.md": "# Signalements\n\nApplication iOS de signalement d'anomalies.\n"},
                       also=("interoperability.data-standards",))
    # (the app's classes are no database of its own: no data schema is asked of it)
    assert data["status"] == "not_applicable", data["message"]
    assert r["status"] == "warn", r["message"]
    found = [e for e in r["evidence"] if e.get("kind") == "found"]
    assert sorted((e["path"], e["value"]["table"]) for e in found) == [("Signalements/Model/Signalement.swift", "Signalement"),
                                                                        ("Signalements/Model/Usager.swift", "Usager")]
    # (the reporter's e-mail: a contact word then a person's role; a service's sender address is none)
    assert next(e for e in found if e["value"]["table"] == "Signalement")["value"]["fields"] == ["mailUser (email)"]
    fields = next(e for e in found if e["value"]["table"] == "Usager")["value"]["fields"]
    assert "email (email)" in fields and "telephone (phone)" in fields and "prenom (identity)" in fields, fields


def test_user_names_selected_under_aliases_are_personal_data(tmp_path):
    r = personal(tmp_path, {"export.sql": EXPORT_SQL, "main.py": "import pathlib\n\nQUERY = pathlib.Path('export.sql').read_text()\n",
                            "README.md": "# Export\n\nCopie les tickets dans l'entrepôt.\n"})
    assert r["status"] == "warn", r["message"]
    found = [e for e in r["evidence"] if e.get("kind") == "found"]
    assert [(e["path"], e["line"], e["value"]["table"]) for e in found] == [("export.sql", 4, "tracker_user")], found


def test_a_name_selected_under_an_alias_from_a_peoples_table_is_personal_data(tmp_path):
    query = ("-- décisions signées de l'année\nSELECT d.id, d.objet AS titre, agent.nom AS signataire\n"
             "FROM decision d JOIN agent ON agent.id = d.agent_id WHERE d.annee = 2024;\n")
    r = personal(tmp_path, {"sql/decisions.sql": query, "README.md": "# Décisions\n\nListe des décisions signées.\n"})
    found = [(e["path"], e["value"]["table"], e["value"]["fields"]) for e in r["evidence"] if e.get("kind") == "found"]
    assert found == [("sql/decisions.sql", "agent", ["nom (identity)"])], (r["message"], found)  # (a name in a people's table)


def test_a_query_continued_by_an_operator_opening_the_next_line_is_read_whole(tmp_path):
    """PHP's `"…" \\n . "FROM …"` and Java's `"…" \\n + "FROM …"`: the column before the break was lost."""
    query = ("<?php\n$sql = \"SELECT d.id, d.objet AS titre, a.mail AS signataire \"\n"
             "     . \"FROM decision d JOIN agent a ON a.id = d.agent_id WHERE d.annee = :annee\";\n"
             "$rows = $pdo->prepare($sql)->execute(['annee' => 2024]);\n")
    r = personal(tmp_path, {"decisions.php": query, "README.md": "# Décisions\n\nListe des décisions signées.\n"})
    found = [(e["path"], e["value"]["table"], e["value"]["fields"]) for e in r["evidence"] if e.get("kind") == "found"]
    assert found == [("decisions.php", "agent", ["mail (email)"])], (r["message"], found)
