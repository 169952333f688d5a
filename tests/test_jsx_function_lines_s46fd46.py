"""reusability.maintainability: a JSX component's functions are reported on the line that declares them.

Real case (issue 12, s46 fd46 = D-OTIsud/badgeuse_oti): lizard's JavaScript/TypeScript reader loses a line at some JSX shapes (a
child expression between elements whose attributes hold expressions); src/components/AdminPage.tsx's AdminPage, declared at line 587,
was reported at 568, and handleGetIpGps (824) at 805, inside another handler. A named function is now put back on the line that
declares its name, at or below lizard's; a function lizard placed right keeps its line.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SHAPE = "".join(f"""  <section s={{{i}}}>
    {{label}}
    <b onClick={{go}}>x</b>
  </section>
""" for i in range(5))
BRANCHES = "".join(f"  if (n === {i}) {{ out.push({i}); }}\n" for i in range(14))
PAGE = ("import React from 'react';\n\nconst Panel = ({ label, go }) => (\n <div>\n" + SHAPE + " </div>\n);\n\n"
        "export function Counter(n) {\n  const out = [];\n" + BRANCHES + "  return out;\n}\n")
COUNTER_LINE = PAGE.split("\n").index("export function Counter(n) {") + 1


def counter_line(repo, tmp_path, text):
    report = audit(str(repo([{"files": {"package.json": '{"dependencies": {"react": "^18"}}', "src/Panel.jsx": text}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability"]))
    return {e["value"]["function"]: e["line"] for e in report["results"][0]["evidence"] if e.get("kind") == "finding"}["Counter"]


def test_a_function_after_jsx_is_reported_on_its_own_line(repo, tmp_path):
    assert counter_line(repo, tmp_path, PAGE) == COUNTER_LINE


def test_near_miss_a_function_lizard_places_right_keeps_its_line(repo, tmp_path):
    text = "export function Counter(n) {\n  const out = [];\n" + BRANCHES + "  return out;\n}\n\nCounter(3);\n"
    assert counter_line(repo, tmp_path, text) == 1
