"""A doc block holding only annotations documents nothing (issue 12, session 40 fixer fp40 = AnthoC97/Exemple_Symfony_1, reader rk40
item 8). A Symfony 3 portal's controllers give each action a doc block ``/** * @Route("/aides", name="ctg_aides") */``; code-comments
counted them documented ("90% of public functions and classes documented (241/268)"), while an annotation is routing or mapping
configuration (``@Route``, ``@ORM\\Column``, ``@Method``). Annotations — ``@`` and a capital, with their arguments — are left out
before asking whether the block says something; PHPDoc tags (``@return string``) stay. Near miss: a doc block with a sentence and an
annotation counts. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.code-comments"


def controller(sentence: bool) -> str:
    actions = []
    for i, name in enumerate(("aides", "bourses", "contact", "profil", "demandes", "documents")):
        doc = (f"    /**\n     * Affiche la page {name} du portail.\n" if sentence else "    /**\n") + \
              f"     * @Route(\"/{name}\", name=\"ctg_{name}\")\n     * @Method({{\"GET\", \"POST\"}})\n     */\n"
        actions.append(doc + f"    public function {name}Action()\n    {{\n        return $this->render('CtgMainBundle:Site:{name}.html.twig', "
                             f"array('n' => {i}));\n    }}\n")
    return ("<?php\n\nnamespace Ctg\\MainBundle\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\Controller;\n"
            "use Sensio\\Bundle\\FrameworkExtraBundle\\Configuration\\Route;\n\nclass SiteController extends Controller\n{\n"
            + "\n".join(actions) + "}\n")


def _res(tmp_path, sentence):
    return check_result(tmp_path, {"README.md": "# Bourses\n\nPortail des bourses.\n",
                                   "src/Ctg/MainBundle/Controller/SiteController.php": controller(sentence)}, CID)


def test_annotation_only_doc_blocks_document_nothing(tmp_path):
    res = _res(tmp_path, False)
    assert res["details"]["by_language"]["php"]["documented"] == 0 and res["status"] == "warn", (res["message"], res["details"])


def test_a_doc_block_with_a_sentence_and_an_annotation_counts(tmp_path):
    res = _res(tmp_path, True)
    assert res["details"]["by_language"]["php"]["documented"] == 6 and res["status"] == "pass", (res["message"], res["details"])
