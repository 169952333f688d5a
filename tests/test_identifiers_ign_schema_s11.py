"""interoperability.identifiers: codes joined with IGN's ADMIN EXPRESS tables loaded in an ``ign`` schema (``JOIN ign.express_commune
ign ON b.insee_com = ign.insee_com``) were not seen as reference data (issue 12, s10 reads: a land-use dashboard's SQL). A table
named express_* in the project's own schema is no reference."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CID = "interoperability.identifiers"
SQL = ("CREATE MATERIALIZED VIEW foncier.vue_conso AS\nSELECT b.insee_com, ign.nom, sum(b.surface) AS surface\n"
       "  FROM foncier.conso b\n  JOIN ign.express_commune ign ON b.insee_com = ign.insee_com\n GROUP BY b.insee_com, ign.nom;\n")


def one(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-05-04T10:00:00Z"}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CID]))[CID]


def test_an_ign_schemas_admin_express_tables_are_reference_data(tmp_path):
    files = {"README.md": "# Foncier\n\nTraitements SQL.\n", "sql/11_vue_conso.sql": SQL}
    r = one(tmp_path, files)
    assert r["details"]["references"] is True, r["message"]
    own = {**files, "sql/11_vue_conso.sql": SQL.replace("ign.express_commune", "foncier.express_commune")}
    assert one(tmp_path, own, "o")["details"]["references"] is False
