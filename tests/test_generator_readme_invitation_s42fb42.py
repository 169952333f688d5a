"""A code generator's README that only invites whoever holds it to write the documentation ("Feel free to add some documentation or
simply add a link to the online manual.", the whole README.txt the TYPO3 Kickstarter writes into every extension) is an unfilled
template: no description, no purpose (issue 12, s42 fb42, left open by s41 re41 = TYPO3-svn-archive/ren_documents: readme-sections
'Sections found: purpose' on that sentence). Near miss: a sentence of the team's own saying what the extension is, above the same
invitation, stays the description and the purpose.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

INVITATION = "Feel free to add some documentation or simply add a link to the online manual.\n"
EMCONF = """<?php
$EM_CONF[$_EXTKEY] = array(
    'title' => 'Annuaire des associations',
    'description' => '',
    'category' => 'plugin',
    'author' => 'Prestataire',
    'constraints' => array('depends' => array('cms' => '')),
);
?>
"""
PLUGIN = "<?php\nclass tx_villeannuaire_pi1 extends tslib_pibase {\n    function main($content, $conf) {\n        return $content;\n    }\n}\n?>\n"


def _report(tmp_path, readme: str, name: str = "r") -> dict:
    files = {"README.txt": readme, "ext_emconf.php": EMCONF, "ext_localconf.php": "<?php\n?>\n",
             "pi1/class.tx_villeannuaire_pi1.php": PLUGIN, "ChangeLog": "2010-10-08  Prestataire\n\n\t* Initial code generated with kickstarter\n"}
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["documentation.readme-sections"])


def test_the_generators_invitation_is_no_purpose(tmp_path):
    report = _report(tmp_path, "\n" + INVITATION)
    readme = report["facts"]["readme"]
    assert readme["description"] is None and "purpose" not in readme["sections"], readme["section_details"]
    assert "purpose" in results(report)["documentation.readme-sections"]["details"].get("missing", [])


def test_the_teams_own_sentence_above_it_stays_the_purpose(tmp_path):
    readme = _report(tmp_path, "\nAnnuaire des associations de la ville, affiché par un plugin de page.\n\n" + INVITATION, "own")["facts"]["readme"]
    assert "purpose" in readme["sections"] and readme["description"]["line"] == 2
