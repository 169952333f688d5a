"""Session 35 (ab35): a README's list of the sites a widget is embedded in ("Examples of Geotrek-widget's integration") names reuses.

- GeotrekCE/Geotrek-rando-widget: readme.md's "### Examples of Geotrek-widget's integration" lists four tourism sites using the
  widget (and the docs' "## Exemples d'intégration sur des sites tiers" six); scaling.reuse said "No reuse named in the repository
  (usedBy, instances)".
- near misses: "Examples of integration with React" over code blocks, and a list of links to the framework's guides under
  "Integration", name no place running the project.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from auditor.facts.scaling.reuse import scan_document

README = """# Rando widget

A web component to show a trail-management back office's treks on any site.

### {title}

- [Walks in the valley](https://vallee-du-loup-tourisme.fr/balades/)
- [Hiking in the mountains](https://www.randonnees-des-crets.fr/randonnee/)
- [Cycling trails](https://www.velo-plateau-tourisme.fr/parcours-velo/)
- [Walks and hikes](https://www.collines-tourisme.fr/activites/randonnees/)

## Features

- Maps, lists and detail pages.
"""
CODE_EXAMPLES = """# Rando widget

## Examples of integration with React

```jsx
<grw-app api="https://admin.example.org/api/v2/" />
```

- [React guide](https://react.dev/learn)
- [Vue guide](https://vuejs.org/guide/)
- [Angular guide](https://angular.dev/overview)

## Integration

- [Stencil's framework integration](https://stenciljs.com/docs/overview)
- [Custom elements on MDN](https://developer.mozilla.org/docs/Web/API/Web_components)
- [Web components on webcomponents.org](https://www.webcomponents.org/introduction)
"""


def test_a_list_of_sites_embedding_the_widget_names_reuses():
    for title in ("Examples of Geotrek-widget's integration", "Exemples d'intégration sur des sites tiers"):
        found = scan_document("readme.md", README.format(title=title))
        assert [f["kind"] for f in found] == ["section"] + ["instance"] * 4, (title, found)


def test_code_examples_of_an_integration_name_no_reuse():
    assert scan_document("readme.md", CODE_EXAMPLES) == []
