"""reusability.secrets (issue 12, session 17 reader a1): hits on a name, not a value. A Java constants class naming request
parameters and headers (PARAM_CLIENT_SECRET = "secret-id", HEADER_CURRENT_USER_PASSWORD = "current-user-password"; Ville de
Paris's identity-store library), Laravel's config/auth.php password broker ('passwords' => 'users'; Métropole de Lyon's
Laravel API and front end) and a Google Drive folder's id in a commented example URL whose key is {YOUR_API_KEY} (a Node
import script) were "strings that look like a secret". Real values beside them stay hints."""

from __future__ import annotations

from tests.test_secrets_not_credentials_s16_k4 import run


def lines(r: dict, path: str) -> set[int]:
    return {e.get("line") for e in r["evidence"] if e.get("kind") in ("finding", "found") and e.get("path") == path}


CONSTANTS = ("package fr.ville.identity.util;\n\npublic final class Constants\n{\n"
             "    public static final String PARAM_CLIENT_ID = \"client-id\";\n"
             "    public static final String PARAM_CLIENT_SECRET = \"secret-id\";\n"
             "    public static final String PARAM_USER_PASSWORD = \"userPassword\";\n"
             "    public static final String HEADER_CURRENT_USER_PASSWORD = \"current-user-password\";\n"
             "    public static final String ADMIN_PASSWORD = \"Xk9vQ2mRt7Lp\";\n"
             "}\n")
AUTH_PHP = ("<?php\n\nreturn [\n    'defaults' => [\n        'guard' => 'web',\n        'passwords' => 'users',\n    ],\n"
            "    'passwords' => [\n        'users' => [\n            'provider' => 'users',\n            'table' => 'password_resets',\n"
            "            'expire' => 60,\n        ],\n    ],\n];\n")
SCRIPT = ("const { google } = require('googleapis');\n\nasync function listSymbols() {\n"
          "  // https://www.googleapis.com/drive/v2/files?q='1aZwQeRtYuIoPlKjHgFdSa-9x8c7v6b5n'+in+parents&key={YOUR_API_KEY}\n"
          "  const drive = google.drive({ version: 'v3' });\n  return drive.files.list({ q: 'trashed = false' });\n}\n\n"
          "// https://www.googleapis.com/drive/v3/files?key='1aZwQeRtYuIoPlKjHgFdSa9x8c7v6b5nQwErTy'\n"
          "module.exports = listSymbols;\n")


def test_names_of_parameters_brokers_and_shared_ids_are_no_secret(tmp_path):
    r = run(tmp_path, {"src/java/fr/ville/identity/util/Constants.java": CONSTANTS, "config/auth.php": AUTH_PHP,
                       "bin/import.js": SCRIPT, "README.md": "# Identity\n\nDTOs and settings.\n"})
    java = lines(r, "src/java/fr/ville/identity/util/Constants.java")
    assert not java & {6, 7, 8}, r["evidence"]
    assert 9 in java, [(e.get("kind"), e.get("line")) for e in r["evidence"]]  # (a literal password stays a hint)
    assert not lines(r, "config/auth.php"), r["evidence"]
    js = lines(r, "bin/import.js")
    assert 4 not in js and 9 in js, r["evidence"]  # (a token given in a URL still is one)
