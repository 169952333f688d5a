"""Session 35 (l35): a data pipeline run step by step is an analysis, not a command-line tool (issue 12).

mytae-lp/observatoire-potabilite, a citizen observatory of tap-water quality: some fifty Python programs with no package manifest —
collection from Hub'Eau (fetch_hubeau.py, moisson.py), loading into DuckDB (build_db.py, ingerer.py), frozen verdicts (figer.py),
studies (etude_*.py), fiches (sortie/) — each parsing its options under a main guard, all reading and writing the project's own
database, data/eau.duckdb, whose path src/common.py holds (DB_PATH); some import duckdb, others only that module. Its one published
product is the static site site/build_site.py generates from site/gabarits/. The kind was "command-line tool" on three folder programs
(argparse), beside static-site 4. Many programs handling tables with a data library, directly or through a module of the project they
import, that share one store of the project (or are numbered as steps, 01_…, 02_…) are a data pipeline: an analysis. Its pages, a
folder of templates a program of the pipeline names, are the site it publishes: judged too (also_kinds). A few commands taking their
files on the command line stay a command-line tool. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COMMON = ('"""Ce que partagent les scripts."""\nimport os\n\nRACINE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n'
          'DB_PATH = os.path.join(RACINE, "data", "eau.duckdb")\n\n\ndef lire_liste_communes(chemin):\n'
          '    with open(chemin, encoding="utf-8") as f:\n        return [ligne.strip() for ligne in f if ligne.strip()]\n')


def _step(doc: str, duckdb: bool, body: str = "    print(args)\n") -> str:
    return (f'"""{doc}"""\nimport argparse\nimport os\nimport sys\n' + ("\nimport duckdb\n" if duckdb else "\n")
            + 'sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))\nfrom common import DB_PATH  # noqa: E402\n\n\n'
            'def main():\n    p = argparse.ArgumentParser()\n    p.add_argument("--insee")\n    args = p.parse_args()\n'
            + ("    con = duckdb.connect(DB_PATH)\n    con.close()\n" if duckdb else "") + body
            + '\n\nif __name__ == "__main__":\n    main()\n')


PAGE = ('<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>{t}</title>'
        '<link rel="stylesheet" href="observatoire.css"></head>\n<body><main><h1>{t}</h1><p>{{{{ contenu }}}}</p></main></body></html>\n')
OBSERVATOIRE = {
    "README.md": ("# Observatoire de la potabilité\n\nSépare la mesure du verdict.\n\n## Démarrage\n\n```bash\n"
                  "pip install -r requirements.txt\npython3 src/build_db.py\npython3 src/observer.py 31520\npython3 site/build_site.py\n```\n"),
    "requirements.txt": "duckdb==1.1.3\nrequests==2.32.3\n",
    "src/common.py": COMMON,
    "src/hubeau.py": '"""Client Hub\'Eau."""\nimport requests\n\nAPI = "https://hubeau.eaufrance.fr/api/v1/qualite_eau_potable"\n\n\n'
                     'def resultats(insee):\n    return requests.get(API + "/resultats_dis", params={"code_commune": insee}).json()\n',
    "src/build_db.py": _step("Crée la base et charge le référentiel.", True),
    "src/fetch_hubeau.py": _step("Collecte une commune.", True),
    "src/observer.py": _step("Tout l'enchaînement pour une commune.", True),
    "src/figer.py": _step("Fige les verdicts.", True),
    "src/ingerer.py": _step("Verse le tampon dans la base.", True),
    "src/etude_serie.py": _step("Une substance, dix ans.", True),
    "src/etude_melange.py": _step("Étude des mélanges.", False),
    "src/moisson.py": _step("Collecte en parallèle, base libre.", False),
    "sortie/rediger.py": _step("Rédige une fiche.", True),
    "sortie/indicateurs.py": _step("Calcule les indicateurs.", False),
    "site/build_site.py": _step("LA VITRINE, le seul objet publié : site/public/ depuis site/gabarits/.", True,
                                '    gabarits = os.path.join(os.path.dirname(__file__), "gabarits")\n    print(gabarits)\n'),
    "site/gabarits/corps_fiche.html": PAGE.format(t="Fiche"),
    "site/gabarits/a-propos-corps.html": PAGE.format(t="À propos"),
    "site/gabarits/observatoire.css": "body { font-family: serif; }\n",
    "outils/chaine_nuit.py": ('"""Enchaîne la nuit."""\nimport argparse\nimport subprocess\n\n\ndef main():\n'
                              '    p = argparse.ArgumentParser()\n    p.add_argument("--depts")\n    p.parse_args()\n'
                              '    subprocess.run(["python3", "src/moisson.py"])\n\n\nif __name__ == "__main__":\n    main()\n'),
    "referentiel/indicateurs.csv": "code,libelle\nNO3,Nitrates\n",
}


def _project(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"], name=name)


def test_step_programs_sharing_the_projects_database_are_an_analysis(tmp_path):
    report, res = _project(tmp_path, OBSERVATOIRE)
    project = report["facts"]["project"]
    assert project["kind"] == "analysis" and project["kind_decided"], project
    assert any("data pipeline" in e["reason"] and "eau.duckdb" in e["reason"] for e in project["kind_evidence"]), project["kind_evidence"]
    # (the site the pipeline publishes from its templates is judged for accessibility too)
    assert [a["kind"] for a in project["also_kinds"]] == ["static-site"], project["also_kinds"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]["message"]


def test_numbered_steps_are_a_pipeline_without_a_shared_store(tmp_path):
    step = ('"""Étape."""\nimport argparse\n\nimport pandas as pd\n\n\ndef main():\n    p = argparse.ArgumentParser()\n'
            '    p.add_argument("entree")\n    p.add_argument("sortie")\n    a = p.parse_args()\n'
            '    pd.read_csv(a.entree).to_csv(a.sortie, index=False)\n\n\nif __name__ == "__main__":\n    main()\n')
    names = ["01_telecharger", "02_nettoyer", "03_joindre", "04_agreger", "05_indicateurs", "06_exporter"]
    files = {"README.md": "# Indicateurs\n\nLes étapes, dans l'ordre.\n", **{f"traitements/{n}.py": step for n in names}}
    project = _project(tmp_path, files)[0]["facts"]["project"]
    assert project["kind"] == "analysis", project


def test_commands_taking_their_files_on_the_command_line_stay_a_cli(tmp_path):
    # (six converters, each reading and writing the files its arguments name, with pandas: a tool's commands, no pipeline's steps)
    conv = ('"""Convertit."""\nimport argparse\n\nimport pandas as pd\n\n\ndef main():\n    p = argparse.ArgumentParser()\n'
            '    p.add_argument("entree")\n    p.add_argument("sortie")\n    a = p.parse_args()\n'
            '    pd.read_csv(a.entree).to_{fmt}(a.sortie)\n\n\nif __name__ == "__main__":\n    main()\n')
    fmts = ["json", "excel", "parquet", "html", "xml", "markdown"]
    files = {"README.md": "# Convertisseurs\n\n    python3 outils/csv_en_json.py entree.csv sortie.json\n",
             **{f"outils/csv_en_{f}.py": conv.format(fmt=f) for f in fmts}}
    project = _project(tmp_path, files)[0]["facts"]["project"]
    assert project["kind"] == "cli-tool", project
    # (and the observatory's layout cut to three programs sharing the database: too few steps for a pipeline)
    few = {k: v for k, v in OBSERVATOIRE.items() if not k.startswith(("src/etude", "src/moisson", "src/figer", "src/ingerer", "sortie/", "site/"))}
    project = _project(tmp_path, few, name="f")[0]["facts"]["project"]
    assert project["kind"] == "cli-tool", project
