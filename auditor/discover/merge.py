"""``auditor merge``: the output folders of sharded discovery runs, as one ranked list."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from auditor import bounded, safejson
from auditor.discover.catalogue import Entry
from auditor.discover.relevance import Relevance
from auditor.errors import UsageError


def _summary(folder: Path) -> dict[str, Any]:
    path = folder / "discover.json"
    text = bounded.read_text(path, what="summary")
    try:
        doc = safejson.loads(text)
    except ValueError:
        raise UsageError(f"{path}: not JSON") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("rows"), list) or not isinstance(doc.get("counts"), dict):
        raise UsageError(f"{path}: not the summary of an `auditor discover` run")
    return doc


def merge(folders: list[Path], output: Path, lang: str, sep: str = ",", bom: bool = False) -> dict[str, Any]:
    from auditor.discover import outputs
    from auditor.discover.run import Candidate, rank_key, slug_of

    docs = [(f, _summary(f)) for f in folders]
    by_url: dict[str, Candidate] = {}
    counts: dict[str, Any] = {"catalogue": 0, "kept": 0, "relevant": 0, "shortlist": 0, "audited": 0, "unchanged": 0, "failed": 0,
                              "dropped": {}}
    (output / "projects").mkdir(parents=True, exist_ok=True)
    theme_titles: dict[str, Any] = {}
    org_titles: dict[str, Any] = {}
    for folder, doc in docs:
        c = doc["counts"]
        for k in ("kept", "relevant", "shortlist", "audited", "unchanged", "failed"):
            counts[k] += int(c.get(k) or 0)
        counts["catalogue"] = max(counts["catalogue"], int(c.get("catalogue") or 0))  # every shard read the whole catalogue
        for reason, n in (c.get("dropped") or {}).items():
            if reason != "other_shard":
                counts["dropped"][reason] = counts["dropped"].get(reason, 0) + int(n)
        theme_titles.update(doc.get("theme_titles") or {})
        org_titles.update(doc.get("org_type_titles") or {})
        for row in doc["rows"]:
            entry = Entry(**{k: v for k, v in row["entry"].items() if k in Entry.__dataclass_fields__})
            rel = row["relevance"]
            slug = slug_of(entry.url)
            cand = Candidate(entry, Relevance(float(rel["score"]), list(rel["themes"]), list(rel["evidence"])), slug,
                             {k: v for k, v in row.items() if k not in ("entry", "priority")})
            old = by_url.get(entry.url)
            if old is None or (old.row.get("status") != "ok" and cand.row.get("status") == "ok"):
                by_url[entry.url] = cand
                for ext in (".json", ".html", ".row.json"):
                    src = folder / "projects" / f"{slug}{ext}"
                    if src.is_file():
                        shutil.copyfile(src, output / "projects" / f"{slug}{ext}")
    ranked = sorted(by_url.values(), key=rank_key)
    base = docs[0][1]
    summary = {"catalogue": base.get("catalogue"), "taxonomy": base.get("taxonomy"), "org_types": base.get("org_types"),
               "counts": counts, "options": {**(base.get("options") or {}), "shard": f"merged from {len(folders)}"}}
    outputs.write_all(output, ranked, summary, theme_titles, org_titles, lang, sep, bom)
    return summary
