"""TypeScript: a variable's declared type holding braces does not make lizard lose the component's end.

Real case (issue 12, s46 fd46 = D-OTIsud/badgeuse_oti): src/components/BadgeForm.tsx declares a popup component as
`const SuccessPopup: React.FC<{ message: string; onClose: () => void }> = (…) => (<div>…</div>)`, JSX with no branch; lizard's TSX
reader took the annotation's braces, ";" and "=>" for code and ran the function on for hundreds of lines: reusability.maintainability
reported it with complexity 51 (and AdminPage.tsx's handleGetIpGps, two lines of a mock, with 54). The declared type is now blanked,
lines kept, as a call's type arguments already were; a genuinely branching component keeps its complexity.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

POPUP = """import React from 'react';

const Popup: React.FC<{ text: string; onClose: () => void }> = ({ text, onClose }) => (
  <div style={{ position: 'fixed', top: 10 }}>
    {text}
    <button onClick={onClose}>x</button>
  </div>
);

"""
BRANCHY = "".join(f"  if (n === {i}) {{ out.push({i}); }}\n" for i in range(14))
FORM = """type Props = { id: string };

const Form: React.FC<{
  id: string;
  onSave: (value: string) => void;
}> = ({ id, onSave }) => {
  const out: number[] = [];
  const n: number = Number(id);
""" + BRANCHY + """  return <form onSubmit={() => onSave(id)}>{out.length}</form>;
};

""" + "".join(f"export function helper{i}(a: number) {{\n  return a + {i};\n}}\n" for i in range(40)) + "export default Popup;\n"


def findings(repo, tmp_path, text):
    report = audit(str(repo([{"files": {"package.json": '{"dependencies": {"react": "^18"}}', "src/Popup.tsx": text}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability"]))
    r = report["results"][0]
    return {e["value"]["function"]: e["value"]["cc"] for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_component_after_a_braced_declared_type_keeps_its_own_complexity(repo, tmp_path):
    found = findings(repo, tmp_path, POPUP + FORM)
    assert "Popup" not in found  # (was 15: the popup ran on into Form's branches)
    assert found.get("Form") == 15  # near miss: the branching component keeps its complexity


def test_declared_types_are_blanked_lines_kept_and_values_left():
    from auditor.facts.code import declared_types_blanked

    text = "const a: Map<string, { n: number }> = new Map();\nlet b: number;\nconst c = x < y && z > w;\nconst d: (v: T) => void = f;\n"
    out = declared_types_blanked(text)
    assert len(out) == len(text)
    assert [" ".join(line.split()) for line in out.splitlines()] == ["const a = new Map();", "let b: number;", "const c = x < y && z > w;",
                                                                     "const d = f;"]
