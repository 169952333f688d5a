"""A call's type arguments in a TSX component no longer lose the next function's end (issue 12, s45 fj45).

Real case: D-OTIsud/badgeuse_oti, src/components/Dashboard.tsx: two state hooks typed with an object type in a row
(useState<{value: number, label: string}[]>([])) made lizard's TSX reader take the braces of the type for blocks; the short
function below them then ran to the component's end, and reusability.maintainability's first finding was a 36-line function with
"complexity 316". The type arguments, no code, are blanked before measuring (their line kept). Near misses: a comparison
written like type arguments (a<b && c>(d)) keeps its branches, and a component without such types is measured as before.
"""

from __future__ import annotations

from auditor.facts.code import _measure, type_arguments_blanked
from tests.test_kind_first_reads import kind_and_results

BRANCHES = "\n".join(f"    if (kind === 'k{i}') {{ total += {i}; }}" for i in range(24))


def _component(states: str) -> str:
    return ("import React, { useState } from 'react';\n\n"
            "export const Tableau = ({ kind }: { kind: string }) => {\n"
            f"{states}"
            "  const choisir = () => {\n    const out = [];\n    for (let i = 1; i <= 12; i++) {\n"
            "      out.push({ value: i, label: `Mois ${i} (${new Date(2024, i - 1, 1).toLocaleDateString('fr-FR', { month: 'long' })})` });\n"
            "    }\n    if (mois === 0) {\n      setMois(1);\n    }\n    setListe(out);\n  };\n\n"
            f"  const total = () => {{\n    let total = 0;\n{BRANCHES}\n    return total;\n  }};\n\n"
            "  return <div>{total()}</div>;\n};\n")


TYPED = ("  const [liste, setListe] = useState<{value: number, label: string}[]>([]);\n"
         "  const [semaines, setSemaines] = useState<{value: number, label: string}[]>([]);\n"
         "  const [mois, setMois] = useState<number>(0);\n\n")
UNTYPED = "  const [liste, setListe] = useState([]);\n  const [semaines, setSemaines] = useState([]);\n  const [mois, setMois] = useState(0);\n\n"


def _by_name(text: str) -> dict:
    why, funcs, _mi, _nloc = _measure("src/components/Tableau.tsx", text)
    assert why is None
    return {name: cc for name, _line, cc, _nloc in funcs}


def test_object_type_arguments_do_not_swallow_the_next_function():
    cc = _by_name(_component(TYPED))
    assert cc["choisir"] <= 4 and cc["total"] == 25, cc


def test_near_miss_untyped_component_and_a_comparison_keep_their_measures():
    assert _by_name(_component(UNTYPED)) == _by_name(_component(TYPED))
    comparison = "if (a<b && c>(d)) { f(); }\n"
    assert type_arguments_blanked(comparison) == comparison
    assert type_arguments_blanked("const r = useRef<HTMLDivElement | null>(null);\n") == "const r = useRef" + " " * len("<HTMLDivElement | null>") + "(null);\n"


def test_maintainability_names_the_complex_function(tmp_path):
    files = {"package.json": '{"name": "tableau", "dependencies": {"react": "^18.2.0"}}\n', "src/Tableau.tsx": _component(TYPED),
             "src/main.tsx": "import { Tableau } from './Tableau';\nexport default Tableau;\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.maintainability"])
    maint = res["reusability.maintainability"]
    found = [e["value"] for e in maint["evidence"] if e.get("kind") == "finding"]
    assert found == [{"function": "total", "cc": 25}], found
    assert maint["details"]["functions"] == 3, maint["details"]  # (the component, choisir and total: none lost)
