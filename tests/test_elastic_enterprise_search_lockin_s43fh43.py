"""scaling.vendor-lock-in: Elastic Enterprise Search (App Search) is a vendor's proprietary service (issue 12, s43 fh43 = reader rf43's
geoffroycochard/vom-elasticsearch).

Orléans Métropole's Composer library requires elastic/enterprise-search and extends its client (\\Elastic\\EnterpriseSearch\\Client,
appSearch()->indexDocuments) to index its sites in an App Search engine on Elastic Cloud: "No proprietary service or tool of the list
detected". Enterprise Search is sold under the Elastic License 2.0 (no open-source licence), as a cloud service, and discontinued from
9.0: a service of the list. Near miss: a client of Elasticsearch itself through OpenSearch's PHP client stays clear."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "scaling.vendor-lock-in"
CLIENT = ("<?php\n\nnamespace Ville\\Recherche\\Client;\n\nclass Client extends \\Elastic\\EnterpriseSearch\\Client\n{\n"
          "    public function index(string $engine, array $documents): array\n    {\n"
          "        return $this->appSearch()->indexDocuments(new \\Elastic\\EnterpriseSearch\\AppSearch\\Request\\IndexDocuments($engine, $documents))->asArray();\n"
          "    }\n}\n")


def _composer(package: str) -> str:
    return ('{\n    "name": "ville/recherche",\n    "type": "library",\n    "license": "MIT",\n'
            '    "autoload": {"psr-4": {"Ville\\\\Recherche\\\\": "src/"}},\n    "require": {"' + package + '": "^8.9"}\n}\n')


def test_an_enterprise_search_client_is_a_proprietary_service(tmp_path):
    files = {"README.md": "# Recherche\n\nIndexation des sites de la ville.\n", "composer.json": _composer("elastic/enterprise-search"),
             "src/Client/Client.php": CLIENT}
    r = judge(tmp_path, files, [CID], name="ent")[1][CID]
    assert r["status"] != "pass" and "Elastic Enterprise Search" in r["message"]["en"], r["message"]


def test_near_miss_an_opensearch_client_is_no_proprietary_service(tmp_path):
    client = CLIENT.replace("\\Elastic\\EnterpriseSearch\\Client", "\\OpenSearch\\Client").replace(
        "$this->appSearch()->indexDocuments(new \\Elastic\\EnterpriseSearch\\AppSearch\\Request\\IndexDocuments($engine, $documents))->asArray()",
        "$this->bulk(['index' => $engine, 'body' => $documents])")
    files = {"README.md": "# Recherche\n\nIndexation des sites de la ville.\n", "composer.json": _composer("opensearch-project/opensearch-php"),
             "src/Client/Client.php": client}
    r = judge(tmp_path, files, [CID], name="open")[1][CID]
    assert r["status"] == "pass", r["message"]
