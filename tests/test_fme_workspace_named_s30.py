"""scaling.vendor-lock-in and reusability.portability (issue 12, session 30, reader m21o4: a département's documentation site of
PostGIS procedures whose steps run FME workspaces kept as release assets or on the service's shares): the check passed "No
proprietary service or tool of the list detected" because FME was recognised only by committed workspace files. A workspace named
by its file in the documentation or a script (`fme.exe "D:/…/1_DROP_DATA.fmw"`, "stocké ici : R:\\…\\x.fmw") is now FME used;
a page naming only the format ("les fichiers *.fmw", ".fmw") or FME in prose stays a pass."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LOCK = "scaling.vendor-lock-in"
PORT = "reusability.portability"
CONF = ("project = 'Documentation SIG'\nextensions = ['myst_parser']\nhtml_theme = 'sphinx_rtd_theme'\n"
        "html_baseurl = 'https://sig.example.org'\n")


def site(page: str) -> dict:
    return {"README.md": "# Documentation SIG\n\nProcédures du service SIG : adressage, cadastre, urbanisme.\n",
            "conf.py": CONF, "index.md": "# Accueil\n\n```{toctree}\ncadastre/gpu\n```\n",
            "requirements.txt": "sphinx\nmyst-parser\nsphinx-rtd-theme\n",
            "cadastre/gpu.rst": page}


RUN = ("Import des documents d'urbanisme\n================================\n\n"
       "L'import des données de l'API GPU se fait via le logiciel ETL FME.\n\n"
       ".. code-block:: batch\n\n"
       "   D:/apps/FME2022/fme.exe \"D:/_FME/DOC_URBA/api_gpu2postgis/1_DROP_DATA.fmw\" --siren %siren%\n"
       "   D:/apps/FME2022/fme.exe \"D:/_FME/DOC_URBA/api_gpu2postgis/2_INSERT_DATA.fmw\" --siren %siren%\n")
STORED = ("Import des signalements\n=======================\n\n"
          "Le traitement est stocké ici : `R:\\Ressources\\Procedures\\FME\\open_data\\open-data_bal_signalement_get.fmw`\n")
FORMAT_ONLY = ("Import des documents d'urbanisme\n================================\n\n"
               "Nous avons remplacé l'ETL FME par ogr2ogr : les anciens fichiers *.fmw et .fmwt ne sont plus utilisés.\n\n"
               ".. code-block:: bash\n\n   ogr2ogr -f PostgreSQL PG:dbname=sig zonage.geojson\n")


def test_a_workspace_run_in_the_documented_procedure_is_fme_used(tmp_path):
    _, res = judge(tmp_path, site(RUN), [LOCK, PORT])
    assert res[LOCK]["status"] != "pass" and "FME" in res[LOCK]["message"]["en"], res[LOCK]  # was pass 10 "No proprietary service…"
    assert any(e["path"] == "cadastre/gpu.rst" and e.get("line") == 8 for e in res[LOCK]["evidence"]), res[LOCK]["evidence"]
    assert "FME" in res[PORT]["message"]["en"], res[PORT]  # was "none of those the tool knows"


def test_a_workspace_path_where_it_is_stored_is_fme_used(tmp_path):
    _, res = judge(tmp_path, site(STORED), [LOCK])
    assert res[LOCK]["status"] != "pass" and "FME" in res[LOCK]["message"]["en"], res[LOCK]


def test_the_format_or_the_product_named_in_prose_stays_a_pass(tmp_path):
    _, res = judge(tmp_path, site(FORMAT_ONLY), [LOCK, PORT])
    assert res[LOCK]["status"] == "pass", res[LOCK]
    assert "FME" not in res[PORT]["message"]["en"], res[PORT]
