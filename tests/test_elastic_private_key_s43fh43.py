"""reusability.secrets: an Elastic App Search private key is a secret, in code or in a page beside its server (issue 12, s43 fh43 =
reader rf43's geoffroycochard/vom-elasticsearch).

The library's README gives its Symfony service's configuration in a YAML block: `host: 'https://<name>.ent.<region>.azure.
elastic-cloud.com'` then `app-search: token: 'private-<24 characters>'`, the production deployment's private key (it writes and deletes
the engines' documents): "No secret detected". Elastic's private keys have a shape (`private-` and 24 lower-case letters and digits);
in code or settings such a key is the deployment's, in a page it is when a real server is named beside it. Near misses: the same block
over localhost, and a filler key (`private-xxxx…`), stay clear."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEY = "private-" + "q4w8e2r6t1y9u3i7o5p0a2s4"  # (made up for the test)
CLIENT = ("<?php\n\nnamespace Ville\\Recherche\\Client;\n\nclass Client extends \\Elastic\\EnterpriseSearch\\Client\n{\n"
          "    public function __construct(array $config)\n    {\n        parent::__construct($config);\n    }\n}\n")


def _readme(host: str, key: str) -> str:
    return ("# Ville / Recherche\n\nCette bibliothèque relie les sites de la ville à son moteur de recherche.\n\n## Configuration\n\n"
            "```yaml\n  Ville\\Recherche\\Client\\Client:\n    arguments:\n      $config:\n"
            f"        host: '{host}'\n        app-search:\n          token: '{key}'\n```\n")


def test_a_private_key_beside_its_cloud_deployment_in_a_readme_is_a_secret(tmp_path):
    files = {"README.md": _readme("https://ville-exemple.ent.westeurope.azure.elastic-cloud.com", KEY), "src/Client/Client.php": CLIENT}
    r = sec(tmp_path, files)
    assert r["status"] == "fail" and any(e["value"] == "Elastic App Search private key" for e in r["evidence"]), r


def test_a_private_key_in_code_is_a_secret(tmp_path):
    code = CLIENT.replace("parent::__construct($config);", "parent::__construct(['host' => $config['host'], 'app-search' => ['token' => '" + KEY + "']]);")
    r = sec(tmp_path, {"README.md": "# Recherche\n\nLe client.\n", "src/Client/Client.php": code})
    assert r["status"] == "fail", r


def test_near_miss_a_local_server_or_a_filler_key_stays_clear(tmp_path):
    files = {"README.md": _readme("http://localhost:3002", KEY), "src/Client/Client.php": CLIENT}
    assert sec(tmp_path / "a", files)["status"] == "pass"
    files = {"README.md": _readme("https://ville-exemple.ent.westeurope.azure.elastic-cloud.com", "private-" + "x" * 24), "src/Client/Client.php": CLIENT}
    assert sec(tmp_path / "b", files)["status"] == "pass"
