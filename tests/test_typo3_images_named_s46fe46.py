"""interoperability.accessibility-and-ecodesign (issue 12, s46 fe46 = reader ra46, CDG47-Dev/t3_template_v8): a TYPO3 site template
sets its logo in TypoScript (constants.txt: `file = EXT:…/Resources/Public/Images/logo.png`) and names a background only in a
commented-out Less rule (`//   background: url("../Images/backgrounds/pattern.png")`). The check counted the commented-out picture
and left out the logo: TypoScript was not read, comments were, and Resources/Public/ (the folder TYPO3 serves as it is) was no
served folder. Near miss: the same rule left active names its picture, which then counts."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.accessibility-and-ecodesign"
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Gabarit mairie',\n    'category' => 'templates',\n    'version' => '8.0.2',\n"
          "    'constraints' => array('depends' => array('typo3' => '8.7.0-8.7.99')),\n);\n")
CONSTANTS = ("page {\n    # logo du site\n    logo {\n        file = EXT:gabarit_mairie/Resources/Public/Images/logo.png\n        width = 240\n    }\n}\n"
             "# ancien logo : EXT:gabarit_mairie/Resources/Private/Maquettes/ancien-logo.jpg\n")
LESS = ("body {\n    color: #222;\n{rule}}\n/* maquette abandonnée :\n   .bandeau { background: url(../../Private/Maquettes/bandeau.jpg); }\n*/\n")


def _result(tmp_path, rule: str) -> dict:
    files = {"ext_emconf.php": EMCONF, "README.md": "# Gabarit TYPO3 de la mairie\n",
             "Configuration/TypoScript/constants.txt": CONSTANTS,
             "Configuration/TypoScript/setup.txt": "page = PAGE\npage.10 = FLUIDTEMPLATE\n",
             "Resources/Public/Less/site.less": LESS.replace("{rule}", rule),
             "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"><f:render section=\"main\" /></div>\n",
             "Resources/Public/Images/logo.png": "PNG-1", "Resources/Public/Images/fonds/motif.png": "PNG-2",
             "Resources/Private/Maquettes/fond.jpg": "JPEG-3", "Resources/Private/Maquettes/ancien-logo.jpg": "JPEG-4",
             "Resources/Private/Maquettes/bandeau.jpg": "JPEG-5"}
    return check_result(tmp_path, files, CID)


def _finding(r: dict) -> dict:
    return next(e for e in r["evidence"] if (e.get("value") or {}).get("raster_images") is not None)


def test_the_logo_typoscript_sets_counts_and_commented_out_pictures_do_not(tmp_path):
    r = _result(tmp_path, "    // background: url(\"../../Private/Maquettes/fond.jpg\") repeat;\n")
    assert r["details"]["raster_images"] == 2, r["evidence"]  # (logo.png, named; motif.png, in the served Resources/Public/)
    assert _finding(r)["path"] == "Resources/Public/Images/logo.png", r["evidence"]


def test_an_active_rule_names_its_picture(tmp_path):
    r = _result(tmp_path, "    background: url(\"../../Private/Maquettes/fond.jpg\") repeat;\n")
    assert r["details"]["raster_images"] == 3, r["evidence"]
