"""CodeIgniter's encryption key set in its settings is a committed secret (issue 12, session 43 fixer fe43 = Louischaill/Foissy-sur-Vanne,
reader rb43): a commune's CodeIgniter 3 site sets ``$config['encryption_key'] = '<40 hex digits>';`` in application/config/config.php,
and reusability.secrets said "no certain secret; 1 string to review (Hex High Entropy String)". The framework ships that setting empty;
the value the project gives it encrypts its sessions, cookies and kept data, as Django's SECRET_KEY signs them: a secret, committed.
Near misses: the setting left empty, as CodeIgniter ships it, or read from the environment, is none. The fixtures are written for the
test."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CONFIG = ("<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n\n$config['base_url'] = '';\n$config['index_page'] = 'index.php';\n"
          "/*\n| If you use the Encryption class, you must set an encryption key.\n*/\n$config['encryption_key'] = '{key}';\n\n"
          "$config['sess_driver'] = 'files';\n$config['sess_cookie_name'] = 'ci_session';\n")
CONTROLLER = ("<?php\nclass Accueil extends CI_Controller {\n    public function index() {\n        $this->load->view('accueil');\n    }\n}\n")


def _files(key: str) -> dict:
    return {"application/config/config.php": CONFIG.replace("{key}", key), "application/controllers/Accueil.php": CONTROLLER,
            "index.php": "<?php\nrequire_once 'system/core/CodeIgniter.php';\n"}


def test_a_codeigniter_encryption_key_set_in_the_settings_is_a_secret(tmp_path):
    r = sec(tmp_path, _files("7c2f90a1d4b36e58f0a9c1d27e4b8f3a60d5c9e1"))
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("application/config/config.php", 9)], r["evidence"]
    assert "encryption_key" in r["evidence"][0]["value"]


def test_an_empty_or_environment_encryption_key_is_none(tmp_path):
    r = sec(tmp_path, _files(""))
    assert r["status"] == "pass", (r["message"], r["evidence"])
    files = _files("")
    files["application/config/config.php"] = files["application/config/config.php"].replace("'';\n\n$config['sess", "getenv('CI_ENCRYPTION_KEY');\n\n$config['sess")
    r = sec(tmp_path / "env", files)
    assert r["status"] == "pass", (r["message"], r["evidence"])
