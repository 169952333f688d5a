"""reusability.secrets (issue 12, s43 fl43 = reader ri43's spelhate/proxycad): a PHP proxy's connection string written with every field
a marker to fill — "host=**host** port=**port** dbname=**dbname** user=**user** password=**password**", the README telling to edit
it — was called a probable committed password. A field's name between doubled marker characters (**password**, ##dbname##) is a
placeholder, as <password> or {password} are. Near miss: the same line with a real host and password stays a secret. The fixtures
are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.secrets"


def proxy(host: str, password: str) -> dict:
    return {"README.md": "# Proxy\n\nÉditer proxy.php pour renseigner la chaîne de connexion PostGIS.\n",
            "proxy.php": "<?php\n// set postgis connection\n"
                         f'$pg_config = "host={host} port=5432 dbname=cadastre user=lecteur password={password}";\n'
                         "$db = pg_connect($pg_config);\n$r = pg_query($db, 'SELECT insee FROM communes');\n"
                         "header('Content-Type: text/xml');\necho file_get_contents('capabilities.xml');\n"}


def test_a_connection_string_of_starred_field_names_is_a_placeholder(tmp_path):
    r = check_result(tmp_path, proxy("**host**", "**password**"), CID)
    assert r["status"] == "pass", r["message"]  # was fail 'Password in a connection string'


def test_near_miss_a_real_password_in_the_connection_string_stays_a_secret(tmp_path):
    r = check_result(tmp_path, proxy("sig.region.example", "k2Lm9x7Qz"), CID)
    assert r["status"] == "fail", r["message"]
