"""Session 38 (fm38): a committed schema whose users table holds a password, beside a session or sign-in token table, is sign-in
with local accounts.

A région's deployment repository committed its database script (initiate-database.sql: app_user with mail and a VARCHAR(60)
password, spring_session, magic_link_token) with the built server jar: interoperability.auth said "No authentication and no page or
API served detected". The schema shows the service signing people in with its own accounts (fail: no OpenID Connect, no
ProConnect). A users table with a password column but no session or token table (an import's staging table) shows no sign-in
(near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result
from tests.test_systemd_deployment_kind_s38fm38 import _files

_CID = "interoperability.auth"
_USERS = ("CREATE TABLE elu\n(\n    id UUID PRIMARY KEY,\n    nom VARCHAR(255) NOT NULL\n);\n\n"
          "CREATE TABLE app_user\n(\n    id UUID PRIMARY KEY,\n    mail VARCHAR(255) UNIQUE NOT NULL,\n    password VARCHAR(60) NOT NULL,\n"
          "    roles VARCHAR(255)[] NOT NULL\n);\n\n")
_TOKENS = ("CREATE TABLE spring_session\n(\n    primary_id CHAR(36) PRIMARY KEY,\n    session_id CHAR(36) NOT NULL UNIQUE\n);\n\n"
           "CREATE TABLE magic_link_token\n(\n    token VARCHAR(255) PRIMARY KEY,\n    user_id UUID NOT NULL REFERENCES app_user\n);\n")


def test_a_users_table_with_a_password_beside_session_tables_is_local_sign_in(tmp_path):
    files = {**_files("/bin/bash /data/elus/start.sh"), "initiate-database.sql": _USERS + _TOKENS}
    r = check_result(tmp_path, files, _CID)
    assert r["status"] == "fail" and "local accounts" in r["message"]["en"], r


def test_a_users_table_with_a_password_and_no_session_is_no_sign_in(tmp_path):
    files = {**_files("/bin/bash /data/elus/start.sh"), "initiate-database.sql": _USERS}
    assert check_result(tmp_path, files, _CID)["status"] == "not_applicable"
