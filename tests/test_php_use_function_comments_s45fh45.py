"""documentation.code-comments: PHP's ``use function Vendor\\fn;`` imports a function, it declares none (issue 12, s45 fh45 =
reader re45's ClLabart/calendrier-mairie-rosiere).

src/Repository/DateRepository.php line 8, ``use function PHPUnit\\Framework\\assertNotNull;``, was counted among the file's public
declarations and listed as undocumented. Near miss: a function the file itself declares stays counted."""

from __future__ import annotations

from auditor.facts.comments import token_metrics

IMPORTS = ("<?php\n\nnamespace App\\Repository;\n\nuse Doctrine\\ORM\\EntityRepository;\nuse function Vendor\\Tools\\checkValue;\n"
           "use const Vendor\\Tools\\LIMIT;\n\n/**\n * Dates of the calendar.\n */\nclass DateRepository extends EntityRepository\n{\n"
           "    /**\n     * The dates after a day.\n     */\n    public function after($day)\n    {\n        return checkValue($day);\n    }\n}\n")


def test_use_function_is_no_declaration():
    m = token_metrics(IMPORTS, "php")
    assert m["declarations"] == 2 and m["documented"] == 2, m
    assert not m["undocumented"]


def test_near_miss_a_declared_function_stays_counted():
    m = token_metrics(IMPORTS + "\nfunction helper($x)\n{\n    return $x;\n}\n", "php")
    assert m["declarations"] == 3 and [u["name"] for u in m["undocumented"]] == ["helper"], m
