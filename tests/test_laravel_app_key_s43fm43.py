"""Laravel's APP_KEY in a committed .env (issue 12, s43 fm43 = reader rk43, DimitriZindovic/CCAS_Bois_Colombes).

A Laravel application committed its .env (its .gitignore lists it) with ``APP_KEY=base64:<32 random bytes>``, the key that encrypts
its sessions and cookies: reusability.secrets said "No certain secret", the name matching no secret word. A ``*_KEY`` setting given
a generated value is a key (as CodeIgniter's encryption_key, s43 fe43). Near misses: the key empty, or set in .env.example (a
template), and a word under a key's name (SESSION_KEY=name), stay none.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEY = "base64:" + "q7Lm2Xv9Kp4Rt8Wz1Yb6Nc3Hd5Jf0Ga7Se2Ui9Oa4Q="
ENV = "APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY={key}\nAPP_DEBUG=true\nSESSION_KEY=name\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\n"
FILES = {".gitignore": "/vendor\n", "composer.json": '{"name": "ccas/app", "require": {"laravel/framework": "^11.0"}}\n',
         "routes/web.php": "<?php\nRoute::get('/', fn () => view('welcome'));\n", "README.md": "# CCAS\n\nPlateforme du CCAS.\n"}


def _keys(r: dict) -> list:
    return [e for e in r["evidence"] if "APP_KEY" in str(e.get("value")) or "SESSION_KEY" in str(e.get("value"))]


def test_a_committed_laravel_app_key_is_a_secret(tmp_path):
    r = sec(tmp_path, {**FILES, ".env": ENV.replace("{key}", KEY), ".env.example": ENV.replace("{key}", "")})
    assert r["status"] == "fail", r["message"]
    assert [e["line"] for e in _keys(r)] == [3], r["evidence"]


def test_an_empty_key_or_a_template_is_none(tmp_path):
    r = sec(tmp_path, {**FILES, ".env": ENV.replace("{key}", ""), ".env.example": ENV.replace("{key}", KEY)})
    assert r["status"] == "pass", r["message"]
    assert _keys(r) == [], r["evidence"]
