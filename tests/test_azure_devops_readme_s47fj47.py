"""Azure DevOps' README for a new repository left as is (issue 12, s47 fj47 = chantonin89240/OnDijon-Mobile, README.md):
Introduction, Getting Started, Build and Test and Contribute each hold only a "TODO: …" telling what to write, then links to other
projects' READMEs. documentation.readme passed it (116 words), readme-sections found purpose, installation and contributing in
its headings and install read "Getting Started" as written instructions. It is now Azure DevOps' untouched template; a README that
kept those headings but filled them in stays the team's."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["documentation.readme", "documentation.readme-sections"]

CODE = {
    "app/main.py": "def main():\n    print('tableau de bord des équipements sportifs')\n\n\nif __name__ == '__main__':\n    main()\n",
    "requirements.txt": "flask==3.0.0\n",
}

TEMPLATE = (
    "# Introduction \nTODO: Give a short introduction of your project. Let this section explain the objectives or the motivation "
    "behind this project. \n\n# Getting Started\nTODO: Guide users through getting your code up and running on their own system. "
    "In this section you can talk about:\n1.\tInstallation process\n2.\tSoftware dependencies\n3.\tLatest releases\n4.\tAPI references\n\n"
    "# Build and Test\nTODO: Describe and show how to build your code and run the tests. \n\n# Contribute\nTODO: Explain how other "
    "users and developers can contribute to make your code better. \n\nIf you want to learn more about creating good readme files "
    "then refer the following [guidelines](https://docs.microsoft.com/en-us/azure/devops/repos/git/create-a-readme). You can also "
    "seek inspiration from the below readme files:\n- [Example one](https://example.org/one)\n- [Example two](https://example.org/two)\n"
)

FILLED = (
    "# Introduction\nTableau de bord des équipements sportifs de la communauté de communes : il liste les gymnases, stades et "
    "piscines, leurs horaires d'ouverture et les créneaux réservés par les associations.\n\n"
    "# Getting Started\nInstaller Python 3.11, puis `pip install -r requirements.txt` et lancer `python app/main.py`. "
    "Le fichier des équipements se place dans `data/`.\n\n"
    "# Build and Test\nLancer `pytest` à la racine.\n\n"
    "# Contribute\nOuvrez un ticket ou une demande de fusion ; décrivez l'équipement concerné et la correction proposée.\n"
)


def test_the_azure_devops_readme_left_as_is_is_the_template(tmp_path):
    _, res = kind_and_results(tmp_path, dict(CODE, **{"README.md": TEMPLATE}), CHECKS)
    readme, sections = res["documentation.readme"], res["documentation.readme-sections"]
    assert readme["status"] == "fail" and readme["details"].get("template") == "azure-devops", readme
    assert "Azure DevOps" in readme["message"]["en"] and "Azure DevOps" in readme["message"]["fr"], readme["message"]
    assert sections["status"] == "fail" and sections["details"]["found"] == [], sections


def test_near_miss_the_azure_devops_headings_filled_in_stay_the_teams(tmp_path):
    _, res = kind_and_results(tmp_path, dict(CODE, **{"README.md": FILLED}), CHECKS)
    readme, sections = res["documentation.readme"], res["documentation.readme-sections"]
    assert not readme["details"].get("template"), readme
    assert readme["status"] != "fail", readme
    assert {"purpose", "install"} <= set(sections["details"]["found"]), sections
