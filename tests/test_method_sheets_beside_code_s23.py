"""documentation.docs (issue 12, session 23 reader m3, a métropole's FME kit): method sheets written in Markdown beside the
workspaces they describe (`topologie/fusion_polygones.mdown`, `GESTIONGEO/traitement.md`, a root `Fiche_methodologique.mdown`)
gave "Found: — ; missing: documentation folder": `.mdown` was no Markdown extension, and written pages outside a docs folder
and the root counted for nothing. Markdown's other extensions (GitHub Linguist's list) are documents now, and two written pages
of at least 1 KB beside the code stand for the documentation folder when there is none; a short note beside the code does not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"

FMW = ("#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE FME_BUILD_NUM=\"23619\" TITLE=\"fusion\">\n"
       "#! </WORKSPACE>\nFME_PYTHON_VERSION 39\nDEFAULT_MACRO SourceDataset_OCI\n")


def _sheet(title: str) -> str:
    steps = "".join(f"{k}. Ouvrir le traitement, choisir la couche source n°{k} et vérifier les paramètres publiés avant de "
                    f"lancer la fusion des polygones voisins de la même nature.\n" for k in range(1, 9))
    return f"# {title}\n\nCette fiche décrit le traitement pas à pas.\n\n## Étapes\n\n{steps}\n## Contrôles\n\nComparer les surfaces avant et après.\n"


def test_written_sheets_beside_the_workspaces_are_the_documentation(tmp_path):
    files = {"README.md": "# Traitements FME\n\nLes traitements d'intégration de la métropole.\n",
             "topologie/fusion_batis.fmw": FMW, "topologie/fusion_batis.mdown": _sheet("Fusion des bâtis"),
             "gestion/traitement.fmw": FMW, "gestion/traitement_fme.md": _sheet("Traitement de gestion")}
    res = judge(tmp_path, files, [DOCS])[1][DOCS]
    assert "folder" not in res["details"]["missing"], res["message"]
    guides = {g for e in res["evidence"] if isinstance(e.get("value"), dict) for g in e["value"].get("guides", [])}
    assert {"topologie/fusion_batis.mdown", "gestion/traitement_fme.md"} <= guides, res["evidence"]


def test_a_short_note_beside_the_code_is_no_documentation(tmp_path):
    files = {"README.md": "# Traitements FME\n\nLes traitements d'intégration de la métropole.\n",
             "topologie/fusion_batis.fmw": FMW, "topologie/notes.md": "# Notes\n\nÀ reprendre.\n",
             "gestion/traitement.fmw": FMW, "gestion/traitement_fme.mdown": _sheet("Traitement de gestion")}
    res = judge(tmp_path, files, [DOCS])[1][DOCS]
    assert "folder" in res["details"]["missing"], res["message"]
