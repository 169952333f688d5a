"""Names and words spelt alike in French and English do not make a README French (issue 12, s39 fh39 = reader rd39's
3liz/qgis-lizsync-plugin).

LizSync's 26-word README is English ("Installation, concepts, Processing documentation are available on docs.3liz.org", "Contributors",
"Licence", "GPL V2") but its contributors' names (Michaël Douchin, Etienne Trimaille) read as French: "README in French, English".
Rule: a short chunk (under 20 words) counts for French or English only when it holds one of that language's function words. Near
miss: a short French sentence ("Le plugin est publié sous licence GPL") stays French."""

from __future__ import annotations

from auditor.langid import identify_languages

README = ["# Synchro", "Installation, concepts, Processing documentation are available on [docs.example.org](https://docs.example.org/)",
          "## Contributors", "* Michaël Douchin (Bureau) @mdouchin\n* Etienne Trimaille (Bureau) @etrimaille", "## Licence", "GPL V2"]


def test_names_and_shared_words_are_no_french():
    res = identify_languages(README)
    assert res["language"] == "en" and "fr" not in res["languages"], res


def test_near_miss_a_short_french_sentence_stays_french():
    res = identify_languages(["# Synchro", "Le plugin est publié sous licence GPL et documenté sur le site de la société."])
    assert res["language"] == "fr", res


def test_the_readme_of_a_repository_is_english(tmp_path):
    from tests.test_local_authority_verdicts import judge

    _report, res = judge(tmp_path, {"README.md": "\n\n".join(README) + "\n", "synchro/__init__.py": "def run():\n    return 1\n"},
                         ["documentation.language"], name="synchro")
    assert res["documentation.language"]["message"]["en"].startswith("README in English only"), res["documentation.language"]["message"]
