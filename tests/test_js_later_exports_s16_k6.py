"""A React component declared as `const Widget = (props) => {…}` and exported by a later `export default Widget` (issue 12, session
16, r4's cam_filtre_multiattrs_multilayer, an Experience Builder widget) was not counted among the public declarations of
code-comments (0/1 for two components). A declaration an ES module exports by a later statement (`export default X`,
`export { a, b as c }`) is public; a helper it does not export stays private."""

from __future__ import annotations

from auditor.facts.comments import token_metrics

_WIDGET = ("import { React } from 'jimu-core'\n\nconst aide = (x: number) => x + 1\n\n"
           "const Widget = (props: { id: string }) => {\n  return <div>{aide(1)}</div>\n}\n\n"
           "/** Filtre les couches. */\nfunction filtrer (couche: string) {\n  return couche\n}\n\n"
           "class Panneau {\n  ouvrir () { return 1 }\n}\n\nexport { filtrer, Panneau as Volet }\nexport default Widget\n")


def test_declarations_exported_later_are_public():
    m = token_metrics(_WIDGET, "typescript")
    assert (m["declarations"], m["documented"]) == (3, 1), m
    assert sorted(u["name"] for u in m["undocumented"]) == ["Panneau", "Widget"]


def test_an_inline_default_export_is_counted_once():
    m = token_metrics("/** Le widget. */\nexport default function Widget () {\n  return 1\n}\n", "javascript")
    assert (m["declarations"], m["documented"]) == (1, 1), m
