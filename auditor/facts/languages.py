"""``languages``: programming languages by file count (vendored and generated files left out)."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.paths import is_generated, is_vendored

EXTENSIONS = {
    "py": "Python", "pyi": "Python", "js": "JavaScript", "mjs": "JavaScript", "cjs": "JavaScript", "jsx": "JavaScript",
    "ts": "TypeScript", "tsx": "TypeScript", "mts": "TypeScript", "vue": "Vue", "svelte": "Svelte",
    "php": "PHP", "java": "Java", "kt": "Kotlin", "kts": "Kotlin", "rb": "Ruby", "go": "Go", "rs": "Rust",
    "ex": "Elixir", "exs": "Elixir", "cs": "C#", "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "hpp": "C++",
    "scala": "Scala", "swift": "Swift", "dart": "Dart", "r": "R", "sql": "SQL", "sh": "Shell", "bash": "Shell",
    "html": "HTML", "htm": "HTML", "css": "CSS", "scss": "SCSS", "sass": "SCSS", "less": "CSS", "twig": "Twig",
    "ipynb": "Jupyter Notebook", "lua": "Lua", "pl": "Perl", "groovy": "Groovy", "clj": "Clojure", "erb": "Ruby",
    "hs": "Haskell", "ml": "OCaml", "elm": "Elm", "jl": "Julia", "m": "Objective-C", "tf": "HCL",
}


@fact("languages", version=1)
def languages(ctx) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in ctx.snapshot.files.values():
        if e.kind not in ("file", "executable") or is_vendored(e.path) or is_generated(e.path):
            continue
        lang = EXTENSIONS.get(e.ext)
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
