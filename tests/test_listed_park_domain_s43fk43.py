"""reusability.territory-neutral (issue 12, s43 fk43 = reader rh43, Probesys/abris-non-gardes): a contractor's Symfony app for a Parc
naturel régional writes the park's own server (https://abris.parc-du-vercors.fr) into its controllers' notification links and its
mail templates — another park must edit the code — and was judged "No territory-specific value in the code": the park's domain,
which organisations.yml lists one by one as a public body's ("parc-" alone opens amusement parks' domains too), matched no park
pattern (parcnational, parc-naturel, pnr) and the sponsor was unknown. A listed park's "parc-<name>" domain is that territory's
value whoever publishes the repository. Near miss: an unlisted "parc-<name>" domain (a leisure park's) stays neutral."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CONTROLLER = ("<?php\nnamespace App\\Controller\\Admin;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n\n"
              "class RefugeController extends AbstractController\n{\n    public function signaler(int $id): void\n    {\n"
              "        $baseUrl = '%s';\n        $lien = $baseUrl . '/admin/refuge/' . $id;\n        $this->envoyer($lien);\n    }\n\n"
              "    private function envoyer(string $lien): void\n    {\n    }\n}\n")
APP = {"composer.json": '{"require": {"php": ">=7.4", "symfony/framework-bundle": "5.4.*"}}\n'}


def test_a_listed_parks_own_server_in_the_code_is_a_territory_value(tmp_path):
    r = check_result(tmp_path, {**APP, "src/Controller/Admin/RefugeController.php": CONTROLLER % "https://abris.parc-du-vercors.fr"},
                     "reusability.territory-neutral")
    assert r["status"] != "pass", r
    assert any(e.get("path") == "src/Controller/Admin/RefugeController.php" for e in r["evidence"]), r


def test_near_miss_an_unlisted_parc_domain_stays_neutral(tmp_path):
    r = check_result(tmp_path, {**APP, "src/Controller/Admin/RefugeController.php": CONTROLLER % "https://www.parc-aventures-exemple.fr"},
                     "reusability.territory-neutral")
    assert r["status"] == "pass", r
