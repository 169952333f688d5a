"""A Jira project's page is the project's issue tracker (issue 12, session 47 lead; reader rf47:
lutece-secteur-public/particip-module-participatoryideation-participatorybudget).

A Ville de Paris Lutece module's README (generated from its src/site) links "[Issue Tracking](http://dev.lutece.paris.fr/jira/browse/
MPIPB) : this is a link to the issue management system for this project". documentation.readme-sections said "No link to the issue
tracker": only forge addresses ending in /issues, /tickets or /boards were read as trackers. A Jira project's page (/browse/<KEY> on a
host or path naming Jira) is one; a single issue of it (/browse/<KEY>-12) is not, as a forge's single issue is not.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

README = ("# Module participatory budget\n\nThis module links the ideation plugin and the participatory budget plugin of a city's "
          "participation site.\n\n## Links\n\n * [Issue Tracking]({url}) : this is a link to the issue management system for this "
          "project.\n")


def test_a_jira_projects_page_is_the_issue_tracker():
    info = analyse(README.format(url="http://dev.example-ville.fr/jira/browse/MPART"), "README.md")
    assert info["issue_tracker"] == {"url": "http://dev.example-ville.fr/jira/browse/MPART", "line": 7}, info["issue_tracker"]


def test_near_miss_one_jira_issue_or_a_browse_page_elsewhere_is_not():
    assert analyse(README.format(url="https://www.example-docs.org/browse/MPART"), "README.md")["issue_tracker"] is None
    single = README.replace("[Issue Tracking]({url}) : this is a link to the issue management system for this project.",
                            "See [the discussion]({url}) of the format.")
    assert analyse(single.format(url="http://dev.example-ville.fr/jira/browse/MPART-12"), "README.md")["issue_tracker"] is None
