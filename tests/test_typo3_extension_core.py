"""scaling.end-of-life: the TYPO3 cores an extension installs on (issue 12, session 13's reads of communes' TYPO3 extensions).
``ext_emconf.php`` declares them (``'depends' => ['typo3' => '8.7.0-8.99.99']``) and the check said 'no runtime or framework
version read' while TYPO3 8.7's support ended in 2020."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "scaling.end-of-life"


def _extension(depends: str) -> dict:
    return {"README.md": "# Actualités vidéo\n\nExtension TYPO3 affichant des vidéos dans les actualités.\n",
            "ext_emconf.php": ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Actualités vidéo',\n    'state' => 'stable',\n"
                               f"    'constraints' => array(\n        'depends' => array(\n{depends}        ),\n"
                               "        'conflicts' => array(),\n    ),\n);\n"),
            "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
            "Classes/Hooks/NewsHook.php": "<?php\nnamespace Cdg\\NewsVideo\\Hooks;\n\nclass NewsHook\n{\n}\n"}


def test_the_typo3_cores_an_extension_declares_are_judged_for_their_end_of_life(tmp_path):
    _, res = judge(tmp_path, _extension("            'typo3' => '6.2.9-7.99.99',\n            'php' => '5.3.0-7.0.99',\n"), [CID])
    r = res[CID]
    assert r["status"] in ("warn", "fail") and "TYPO3 7.6" in r["message"]["en"], r
    assert r["evidence"][0]["path"] == "ext_emconf.php" and r["evidence"][0]["line"] == 7, r["evidence"]


def test_a_lowest_core_alone_or_a_range_reaching_cores_newer_than_the_data_is_not_judged(tmp_path):
    for i, depends in enumerate(("            'typo3' => '4.5.0-0.0.0',\n", "            'typo3' => '12.4.0-13.4.99',\n")):
        _, res = judge(tmp_path, _extension(depends), [CID], name=f"r{i}")
        assert "TYPO3" not in res[CID]["message"]["en"] or res[CID]["status"] not in ("warn", "fail"), res[CID]
