"""Names that are no use, digests that are no secret (issue 12, session 21 reader r4).

- interoperability.public-building-blocks said "commons used: Pastell / S2LOW / i-Parapheur" of a PDF-processing pipeline whose
  only S2LOW was a code comment beside a test of the PDF producer string ("# stamp: transmission third party S2LOW"): a product
  named in a comment, a docstring or as a string a parsed text is compared with is used by nothing; a connector's setting or
  an address called still is.
- reusability.secrets asked to review 101 "strings that look like a secret" in an IDS whose candidates were hash test vectors:
  MD5/SHA-256 hex digests in C unit tests (#ifdef UNITTESTS … #endif) and in Rust's #[cfg(test)] module and assert_eq!. Those
  are the expected values of a hash or a decoder; a random key in the service's own code is still flagged."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BLOCKS = "interoperability.public-building-blocks"
SECRETS = "reusability.secrets"

PIPELINE = {"README.md": "# Actes\n\nChaîne de traitement des actes en PDF : métadonnées, texte, export CSV.\n",
            "requirements.txt": "pandas==2.2.0\npypdf==4.0.0\n",
            "src/metadata.py": ("import pandas as pd\n\n\ndef stamped(df: pd.DataFrame) -> pd.Series:\n"
                                "    return df['producer'].str.endswith(\n"
                                "        # tampon en haut à droite : tiers de télétransmission S2LOW (2019-2021)\n"
                                "        '; modified using a PDF library 7.1'\n    )\n\n\n"
                                "def transmitted(text: str) -> bool:\n    \"\"\"True when the act went through Pastell.\"\"\"\n"
                                "    return 'S2LOW' in text or text.startswith('Pastell')\n")}


def _used(res) -> str:
    return res["message"]["en"]


def test_a_product_named_in_comments_or_compared_strings_is_not_used(tmp_path):
    res = judge(tmp_path, PIPELINE, [BLOCKS])[1][BLOCKS]
    assert "S2LOW" not in _used(res) and "Pastell" not in _used(res), res["message"]


def test_a_connector_calling_it_is_still_used(tmp_path):
    files = dict(PIPELINE, **{"src/send.py": ("import requests\n\nPASTELL_URL = 'https://pastell.agglo.example.fr/api/v2'\n\n\n"
                                               "def send(doc):\n    return requests.post(PASTELL_URL + '/document', files={'doc': doc})\n")})
    res = judge(tmp_path, files, [BLOCKS])[1][BLOCKS]
    assert "Pastell" in _used(res), res["message"]


DIGEST_A = "d41d8cd98f00b204e9800998ecf8427e"[::-1]
DIGEST_B = "9e107d9d372bb6826bd81d3542a419d6"[::-1]
SHA = "a1b2" * 4 + "9f3c0e7d5a6b4c2e" * 3
C_SRC = ("#include <string.h>\n\nint HashMatch(const char *hex)\n{\n    return strlen(hex) == 32;\n}\n\n#ifdef UNITTESTS\n"
         "static int HashMatchTest01(void)\n{\n"
         f"    FAIL_IF(HashMatch(\"{DIGEST_A}\") != 1);\n    FAIL_IF(HashMatch(\"{DIGEST_B}\") != 1);\n"
         "    PASS;\n}\n#endif /* UNITTESTS */\n")
RS_SRC = ("pub fn digest(input: &[u8]) -> String {\n    format!(\"{:x}\", input.len())\n}\n\n#[cfg(test)]\nmod tests {\n"
          "    use super::*;\n\n    #[test]\n    fn test_digest() {\n        let s = digest(b\"abc\");\n        assert_eq!(\n"
          f"            s,\n            \"{SHA}\"\n        );\n    }}\n}}\n").replace("}}", "}")
IDS = {"README.md": "# Sonde\n\nUne sonde réseau et son interface.\n", "Makefile": "all:\n\tcc -o sonde src/hash.c\n",
       "src/hash.c": C_SRC, "rust/src/hashing.rs": RS_SRC, "rust/Cargo.toml": "[package]\nname = \"sonde\"\nversion = \"0.1.0\"\n"}


def test_digests_in_unit_tests_are_test_vectors(tmp_path):
    res = judge(tmp_path, IDS, [SECRETS])[1][SECRETS]
    assert res["details"]["weak"] == 0 and res["status"] == "pass", res["message"]


def test_a_random_key_in_the_code_is_still_flagged(tmp_path):
    files = dict(IDS, **{"src/client.c": f"static const char *session_seed = \"{DIGEST_A}{DIGEST_B}\";\n"})
    res = judge(tmp_path, files, [SECRETS])[1][SECRETS]
    assert res["details"]["weak"] + res["details"]["strong"] >= 1, res["message"]
