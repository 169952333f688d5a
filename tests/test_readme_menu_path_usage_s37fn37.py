"""README usage given as paths in the application's menus (issue 12, s37 fn37 = HPSdevs/ParcMachinesSivom).

A PHP intranet's README says, after its install and its default accounts, "(ADMIN) Menu -> Paramètres -> maintenance" to open the
site to everyone and "Menu -> Gestion des utilisateurs" to change the passwords: where its users go in the interface, its use.
documentation.readme-sections said "missing: usage". A path from the menu or a tab ("Menu -> X -> Y", "onglet > Export") outside
the install chapter is now the usage section.
Near miss: the same README without the menu paths (accounts only) keeps "missing: usage".
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

HEAD = """# Parc Auto

Gestionnaire de parc de véhicules et d'engins pour les services techniques : suivi des interventions et des pièces.

### INSTALLATION :

Un serveur Apache avec PHP et MySQL. Ouvrez install.php dans le dossier setup/ pour créer la base.

### COMPTES :

Comptes de démonstration ( identifiant / mot de passe ) :
admin demo123 (ADMIN)
agent demo123 (AGENT)
"""
NOTES = """
### REMARQUES :

Au premier lancement le site est fermé aux agents : l'administrateur l'ouvre par (ADMIN) Menu -> Réglages -> ouverture du site.

- Changez les mots de passe (ADMIN) Menu -> Utilisateurs
"""
FILES = {"index.php": "<?php\nsession_start();\ninclude 'pages/accueil.php';\n", "pages/accueil.php": "<?php echo 'Accueil';\n",
         "setup/install.php": "<?php\n$db = new PDO('mysql:host=localhost;dbname=parc', 'root', '');\n"}


def _sections(tmp_path, readme: str) -> dict:
    make_repo(tmp_path, [{"files": {**FILES, "README.md": "# Parc\n"}, "date": "2023-02-01T09:00:00Z"},
                         {"files": {"README.md": readme}, "date": "2024-06-12T16:00:00Z"}])
    out = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["documentation.readme-sections"]))
    return out["results"][0]


def test_menu_paths_are_the_readmes_usage(tmp_path):
    r = _sections(tmp_path / "menus", HEAD + NOTES)
    assert "usage" in r["details"]["found"], r["message"]  # was "missing: usage"
    assert any(isinstance(e.get("value"), dict) and e["value"].get("section") == "usage" and "Menu -> Réglages" in e["value"]["text"]
               for e in r["evidence"]), r["evidence"]


def test_accounts_alone_are_no_usage(tmp_path):
    r = _sections(tmp_path / "accounts", HEAD)
    assert "usage" in r["details"]["missing"], r["message"]
