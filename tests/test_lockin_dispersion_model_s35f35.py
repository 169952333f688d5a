"""Code preparing the input files of a commercial dispersion model (issue 12, session 35 fixer f35).

- airpaca/adms-urban-4: three scripts turn emission shapefiles into the .spt/.gpt/.eit files of CERC's ADMS-Urban 4, writing its
  formats' version lines (SPTVersion1, GPTVersion1, EITVersion1), README "Ces fichiers peuvent ensuite être importés dans
  ADMS-Urban 4": vendor-lock-in said "pass: no proprietary service or tool". A body reusing it needs an ADMS licence: ADMS is a
  proprietary tool of the list (severity 3: warn). The word ADMS alone, or the model named only in the README, is none.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

WRITER = ('"""Création de données ADMS-Urban 4 (format SPT) des sources routières."""\n\nimport sys\n\n\n'
          "def write_spt(fn, sources):\n    \"\"\"Write the sources' file.\"\"\"\n    with open(fn, 'w') as f:\n"
          "        f.write(\"SPTVersion1\\n\")\n        for s in sources:\n            f.write(s + \"\\n\")\n    with open(fn + '.eit', 'w') as f:\n"
          "        f.write(\"EITVersion1\\n\")\n\n\nif __name__ == '__main__':\n    write_spt(sys.argv[1], [])\n")
TOOLS = {
    "README.md": "# Quelques outils pour ADMS-Urban 4\n\nCes fichiers peuvent ensuite être importés dans ADMS-Urban 4.\n",
    "emilin/emilin_shp_to_spt.py": WRITER,
}


def test_code_writing_adms_input_formats_depends_on_adms(tmp_path):
    r = judge(tmp_path, TOOLS, ["scaling.vendor-lock-in"])[1]["scaling.vendor-lock-in"]
    assert r["status"] == "warn" and "ADMS (CERC)" in r["message"]["en"], r
    assert {e["value"]["match"] for e in r["evidence"]} >= {"SPTVersion1", "EITVersion1"}, r["evidence"]


def test_the_model_named_in_the_readme_only_or_the_bare_word_is_no_dependency(tmp_path):
    own = ('"""Agrégation des émissions (ADMS : base administrative interne)."""\n\nimport sys\n\n\n'
           "def total(rows):\n    \"\"\"Sum the rows.\"\"\"\n    return sum(rows)\n\n\nif __name__ == '__main__':\n    print(total([1, 2]))\n")
    r = judge(tmp_path, {**TOOLS, "emilin/emilin_shp_to_spt.py": own}, ["scaling.vendor-lock-in"])[1]["scaling.vendor-lock-in"]
    assert r["status"] == "pass", r
