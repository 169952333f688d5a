"""Issue 12, session 42 fixer fl42 (WildCodeSchool/2022-09-php-orleans-project-saintay): a contact form's subject list
(``'secretariat' => 'Secretariat',``) was a "Secret Keyword" hint of reusability.secrets: detect-secrets reads any key holding
"secret", here the start of an ordinary word. A credential's key says secret as a word or a compound (client_secret,
secretKey); the secretariat, a secretary or a secrétaire is none. Near miss: a client_secret and a secretary's password
keep their hints."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
BASE = {"README.md": "# Site de la commune\n\nPages publiques et formulaire de contact de la mairie.\n",
        "public/index.php": "<?php\nrequire __DIR__ . '/../src/Controller/ContactController.php';\n"}


def _controller(extra: str) -> str:
    return ("<?php\n\nnamespace App\\Controller;\n\nclass ContactController\n{\n    public const SUBJECTS = [\n"
            "        'maire' => 'Monsieur le Maire',\n        'accueil' => 'Accueil',\n" + extra +
            "        'webmaster' => 'Webmaster',\n    ];\n\n    public function index(): string\n    {\n"
            "        return implode(',', self::SUBJECTS);\n    }\n}\n")


def test_a_secretariat_key_is_no_secret_hint(tmp_path):
    files = {**BASE, "src/Controller/ContactController.php": _controller(
        "        'secretariat' => 'Secretariat',\n        'secretaire_general' => 'Secrétaire général',\n")}
    _, res = judge(tmp_path, files, [SECRETS])
    r = res[SECRETS]
    assert r["status"] == "pass" and r["score"] == 10, (r["message"], r["evidence"])  # was pass 9.5, a hint on line 11
    assert not any(e.get("path") == "src/Controller/ContactController.php" for e in r["evidence"]), r["evidence"]


def test_a_client_secret_and_a_secretarys_password_keep_their_hints(tmp_path):
    files = {**BASE, "src/Controller/ContactController.php": _controller(
        "        'client_secret' => 'Qm7vZp2LkT',\n        'secretary_password' => 'Jt5wRb8Nd',\n")}
    _, res = judge(tmp_path, files, [SECRETS])
    r = res[SECRETS]
    lines = {e.get("line") for e in r["evidence"] if e.get("path") == "src/Controller/ContactController.php"}
    assert {10, 11} <= lines, (r["message"], r["evidence"])
