"""scaling.hosting: restricted data named only in prose is no use (issue 12, session 22 fixer d6).

An agency's AI toolkit (Open WebUI kit, guides) committed its needs analysis, a .txt telling what the staff handle today
("traitements de données (habitat, logement social, fichiers fonciers)", "difficulté d'accès … par exemple les fichiers
fonciers"): the report said the project "uses restricted-access data: Fichiers fonciers … each territory must obtain its own
entitlement". The toolkit neither ships nor reads them. The rule: a restricted data set is used when the code, a query, a
setting or the data name it; what documents say counts beside such a use only (and the use is shown first)."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

ANALYSIS = ("Analyse fonctionnelle\n\n2. Usages actuels des agents\n\n"
            "Les chargés d'études réalisent des traitements de données (habitat, emploi, fichiers fonciers) sous tableur.\n"
            "Freins : difficulté d'accès aux données, par exemple les fichiers fonciers, et délais de mise à jour.\n")
KIT = {"README.md": "# Kit de démarrage\n\nInstaller la plateforme d'assistants pour les agents.\n",
       "kit/compose.yaml": "services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    ports: ['3000:8080']\n",
       "diagnostic/analyse-fonctionnelle.txt": ANALYSIS}


def test_a_needs_analysis_naming_restricted_data_is_no_use(repo):
    r = one(repo, KIT)
    f = ctx_for(r).fact("hosting_dependencies")
    assert f["restricted"] == [], f["restricted"]
    res = run_check(ctx_for(r), "scaling.hosting")
    assert "foncier" not in res.message["fr"].lower(), res.message


def test_a_query_reading_them_is_a_use_shown_first(repo):
    r = one(repo, {**KIT, "sql/parcelles.sql": "-- millésime 2023\nCREATE VIEW v_parcelles AS SELECT idpar, dcntpa FROM ff_2023.ff_parcelles;\n"})
    f = ctx_for(r).fact("hosting_dependencies")
    assert [x["id"] for x in f["restricted"]] == ["fichiers-fonciers"], f["restricted"]
    assert f["restricted"][0]["evidence"][0]["path"] == "sql/parcelles.sql", f["restricted"][0]["evidence"]
    assert f["restricted"][0]["count"] >= 3  # (the analysis's mentions still counted beside the use)
