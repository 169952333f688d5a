"""reusability.territory-neutral (issue 12, s37 fi37 = reader rc37, Romain64290/zero_dechet).

A "zéro déchet" households' web app of the Communauté d'agglomération Pau Béarn Pyrénées draws its charts with the
agglomeration's short form as a dataset's label (Chart.js: label: "Agglo Pau Béarn Pyrénées", in three pages). The check read the
long form ("Communauté d'agglomération Pau Béarn Pyrénées") but not "Agglo <name>": those pages had no finding. An agglomeration's
short form, "Agglo" (or "Agglomération" with no preposition) before an intercommunality's own name as INSEE's COG gives it
(Pau Béarn Pyrénées, du Pays de Dreux) or a commune's, is now the authority's name. Near miss: "Agglo" before words naming no
intercommunality nor commune ("Agglo Data Export", a product's label) stays no finding.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

PAGE = """<?php
include('../../include/main_header.php');
?>
<div class="box"><canvas id="pesees"></canvas></div>
<script>
var chart = new Chart(document.getElementById('pesees'), {{
    type: 'line',
    data: {{
        labels: <?php echo json_encode($mois); ?>,
        datasets: [{{
                    label: "{label}",
                    data: <?php echo json_encode($moyennes); ?>
                }}]
    }}
}});
</script>
"""


def _files(label: str) -> dict:
    return {"index.php": "<?php\nheader('Location: admin/index.php');\n",
            "modules/admin/dashboard/index_admin.php": PAGE.format(label=label),
            "modules/admin/recherche/profil.php": PAGE.format(label=label), "README.md": "# Zéro déchet\n\nSuivi des pesées.\n"}


def test_an_agglomerations_short_name_in_a_charts_label_is_found(tmp_path):
    r = check_result(tmp_path, _files("Agglo Pau Béarn Pyrénées"), CID)
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass "No territory-specific value in the code"
    found = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert {("modules/admin/dashboard/index_admin.php", 11), ("modules/admin/recherche/profil.php", 11)} <= found, r["evidence"]


def test_agglo_before_words_naming_no_territory_is_no_finding(tmp_path):
    r = check_result(tmp_path, _files("Agglo Data Export"), CID)
    assert r["status"] == "pass", r["evidence"]
