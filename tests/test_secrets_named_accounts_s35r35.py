"""Password hashes of named people's accounts inserted by a script (issue 12, session 35 fixer r35).

- PnCevennes/app_oeasc: install/install_db/patch_user.sh holds, commented out, an ``echo "INSERT INTO utilisateurs.t_roles(identifiant,
  nom_role, prenom_role, desc_role, pass, pass_plus, email, …) VALUES (…), (…)" | $psqla`` of a dozen real accounts (agents named,
  their e-mail addresses) with their unsalted MD5 and bcrypt hashes: committed credentials of real accounts, a fail. Only the
  entropy plugin saw the hashes (a warn "to review"): the SQL-account reading read .sql files only, and called any inserted
  password a hint. Near misses: an init script's default admin account (admin@example.com, a hash) stays a hint; a test's fake
  user is set aside with the tests.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MD5 = "5f4dcc3b5aa765d61d8327deb882cf9f"
BCRYPT = "$2b$12$" + "Kq3vY0Wc1Zt8Jp2Lr5Xn6uE9hB4dG7aF0sQ1wR3yT5uI7oP9mN2kL"


def _row(mail, first, last):
    return f"# ('{mail}', '{last}', '{first}', 'Agent', '{MD5}', '{BCRYPT}', '{mail}', 594, 'Parc', 'créé depuis le site'),\n#\n"


PATCH = (". install/install_db/psqla.sh\n\n# echo \"\n# INSERT INTO utilisateurs.t_roles(identifiant, nom_role, prenom_role, desc_role, pass, "
         "pass_plus, email, id_organisme, organisme, remarques)\n# VALUES\n#\n"
         + _row("marie.durand@parc-exemple-national.fr", "Marie", "DURAND")
         + _row("paul.martin@crpf-region.fr", "Paul", "MARTIN")
         + _row("jeanne.roux@gmail.com", "Jeanne", "ROUX").rstrip(",\n#\n") + "\n# \" | $psqla\n")

BASE = {
    "README.md": "# Observatoire\n\nApplication de déclaration des dégâts.\n",
    "server.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    "install/install_db/psqla.sh": "psqla='psql -h localhost -U oeasc -d oeasc'\n",
}


def _secrets(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.secrets"], name=name)[1]["reusability.secrets"]


def test_commented_out_insert_of_named_accounts_hashes_in_a_shell_script_is_a_secret(tmp_path):
    r = _secrets(tmp_path, {**BASE, "install/install_db/patch_user.sh": PATCH})
    assert r["status"] == "fail", r["message"]
    assert any(e["path"] == "install/install_db/patch_user.sh" and e["value"].startswith("Password hashes of named accounts")
               and "3 account(s)" in e["value"] for e in r["evidence"]), r["evidence"]
    assert r["details"]["weak"] == 0, r["evidence"]  # (the entropy guesses on those hashes are that one finding)


def test_a_default_admin_account_and_a_test_users_hash_stay_hints(tmp_path):
    init = ("INSERT INTO utilisateurs.t_roles (identifiant, nom_role, pass, email) VALUES\n"
            f"('admin', 'Administrateur', '21232f297a57a5a743894a0e4a801fc3', 'admin@example.com');\n")
    fixture = ("INSERT INTO t_roles (identifiant, nom_role, pass, email) VALUES\n"
               f"('jdupont', 'Dupont', '{MD5}', 'jean.dupont@mairie-de-test-ville.fr');\n")
    r = _secrets(tmp_path, {**BASE, "install/minimal_db/usershub.sql": init, "tests/fixtures/users.sql": fixture}, name="m")
    assert r["status"] != "fail", r["message"]
    assert not any(e["value"].startswith("Password hashes of named accounts") for e in r["evidence"]), r["evidence"]
