"""A heading that opens with the verb "use" and says where the reader uses the project, in their own work ("## Use buttons in your
templates", "Utilisez le composant dans vos pages"), is the usage chapter (issue 12, s42 fe42 = reader rd42 on frague59/django-buttons:
"## Use buttons in your templates" over `{% load … %}` and the tags' parameters gave usage missing).
Near miss: "use" with another tool and no place of the reader's ("## Using alembic", "Use keycloak API") stays no usage; a developer
tool used in one's project ("Using pre-commit in your project") stays none.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

README = """# django-widgets

This application provides some template tags to insert widgets into templates.

## Installation

Install application with pip:

```sh
$ pip install django-widgets
```

## {heading}

```html
 {{% load widgets_tags %}}
 {{% widget_home %}}
```

Widgets can have some parameters :

+ **url**: target url
+ **title**: displayed text
"""


def _sections(tmp_path, heading: str) -> list:
    commits = [{"files": {"README.md": README.format(heading=heading), "widgets/__init__.py": ""},
                "date": "2021-03-08T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_use_the_project_in_your_templates_is_usage(tmp_path):
    assert "usage" in _sections(tmp_path, "Use widgets in your templates")


def test_using_another_tool_stays_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, "Using alembic")


def test_use_in_ones_own_work_in_both_languages():
    for heading in ("Use buttons in your templates", "Using the widget in your Django pages", "Use it within your project",
                    "Utilisez le composant dans vos pages", "Utiliser les boutons dans vos gabarits"):
        assert heading_sections(heading) == ["usage"], heading
    for heading in ("Using alembic", "Use keycloak API", "Using Nginx samples", "Using pre-commit in your project", "Use with Docker"):
        assert "usage" not in heading_sections(heading), heading
