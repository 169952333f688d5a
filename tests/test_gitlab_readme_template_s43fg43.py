"""README facts (issue 12, s43 fg43 = reader re43, ymansiaux/isochrones): a README that is GitLab's new-project template ("Getting
started", "Test and Deploy", "# Editing this README" over makeareadme.com's placeholders) under the author's title and one French
sentence was recognised as GitLab's, yet its 850 English words, its placeholder "Installation", "Usage", "Contributing" and its "Test and
Deploy" counted as the project's: documentation.readme pass, readme-sections pass (7 sections), language "English only", install
"written instructions: yes", docs "deployment". Every chapter holding one of the template's stock sentences is GitLab's: only the
author's lines count. Near miss: a template heading the team filled with its own text ("## Installation" and its steps) stays the team's."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

OWN = "# isoapp\n\nCarte des équipements publics accessibles à pied en cinq minutes depuis une adresse saisie.\n\n"
GITLAB = (
    "## Getting started\n\nTo make it easy for you to get started with GitLab, here's a list of recommended next steps.\n\n"
    "Already a pro? Just edit this README.md and make it your own. Want to make it easy? [Use the template at the bottom](#editing-this-readme)!\n\n"
    "## Collaborate with your team\n\n- [ ] [Invite team members and collaborators](https://docs.gitlab.com/ee/user/project/members/)\n"
    "- [ ] [Create a new merge request](https://docs.gitlab.com/ee/user/project/merge_requests/creating_merge_requests.html)\n\n"
    "## Test and Deploy\n\nUse the built-in continuous integration in GitLab.\n\n"
    "- [ ] [Get started with GitLab CI/CD](https://docs.gitlab.com/ee/ci/quick_start/index.html)\n"
    "- [ ] [Deploy to Kubernetes, Amazon EC2, or Amazon ECS using Auto Deploy](https://docs.gitlab.com/ee/topics/autodevops/requirements.html)\n\n"
    "***\n\n# Editing this README\n\nWhen you're ready to make this README your own, just edit this file and use the handy template below "
    "(or feel free to structure it however you want - this is just a starting point!).\n\n"
    "## Description\nLet people know what your project can do specifically. Provide context and add a link to any reference visitors "
    "might be unfamiliar with.\n\n"
)
INSTALL_PLACEHOLDER = ("## Installation\nWithin a particular ecosystem, there may be a common way of installing things, such as using Yarn, "
                       "NuGet, or Homebrew. Listing specific steps helps remove ambiguity and gets people to using your project as quickly as "
                       "possible.\n\n")
INSTALL_OWN = ("## Installation\nInstaller R 4.1 et les paquets du fichier renv.lock, puis lancer l'application :\n\n"
               "```r\nrenv::restore()\nshiny::runApp()\n```\n\n")
REST = ("## Usage\nUse examples liberally, and show the expected output if you can.\n\n"
        "## Contributing\nState if you are open to contributions and what your requirements are for accepting them.\n\n"
        "For people who want to make changes to your project, it's helpful to have some documentation on how to get started. Perhaps there "
        "is a script that they should run or some environment variables that they need to set.\n\n"
        "## License\nFor open source projects, say how it is licensed.\n\n"
        "## Project status\nIf you have run out of energy or time for your project, put a note at the top of the README saying that "
        "development has slowed down or stopped completely.\n")
CODE = {
    "app.R": ("library(shiny)\n\nui <- fluidPage(textInput('adresse', 'Adresse'), plotOutput('carte'))\n"
              "server <- function(input, output) {\n  output$carte <- renderPlot(plot(1))\n}\n\nshinyApp(ui, server)\n"),
    "renv.lock": '{"R": {"Version": "4.1.1"}, "Packages": {"shiny": {"Package": "shiny", "Version": "1.7.1"}}}\n',
}
CHECKS = ["documentation.readme", "documentation.readme-sections", "documentation.language", "reusability.install", "documentation.docs"]


def audit(tmp_path, readme, name):
    return results(run_audit(build(tmp_path / name, {**CODE, "README.md": readme}), tmp_path / f"c-{name}", CHECKS))


def test_gitlab_template_chapters_are_not_the_projects_readme(tmp_path):
    r = audit(tmp_path, OWN + GITLAB + INSTALL_PLACEHOLDER + REST, "t")
    readme = r["documentation.readme"]
    assert readme["status"] != "pass" and "GitLab" in readme["message"]["en"] and "very short" in readme["message"]["en"], readme
    sections = r["documentation.readme-sections"]
    assert sections["status"] == "fail", sections
    found = sections["message"]["en"].split("missing:")[0]
    for name in ("installation", "usage", "deployment", "contributing"):
        assert name not in found, sections["message"]
    assert r["documentation.language"]["status"] == "pass", r["documentation.language"]
    assert r["reusability.install"]["details"]["instructions"] is False, r["reusability.install"]
    assert "deployment" not in r["documentation.docs"]["message"]["en"].split("missing:")[0].split("Found:")[-1], r["documentation.docs"]


def test_near_miss_a_template_heading_filled_by_the_team_counts(tmp_path):
    r = audit(tmp_path, OWN + GITLAB + INSTALL_OWN + REST, "n")
    found = r["documentation.readme-sections"]["message"]["en"].split("missing:")[0]
    assert "installation" in found and "usage" not in found, r["documentation.readme-sections"]["message"]
    assert r["reusability.install"]["details"]["instructions"] is True, r["reusability.install"]
