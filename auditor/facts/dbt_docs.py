"""``dbt-docs``: how a dbt project describes its models. dbt documents a model in the models' YAML (``models: - name: my_model
description: …`` and each column's ``description:``), which ``dbt docs`` shows and ``persist_docs`` writes into the database as COMMENT ON
(docs.getdbt.com, "Add descriptions to your models", "persist_docs"): the dbt project's equivalent of a SQL model's COMMENT ON, beside the
comments of its SQL (issue 12, s38 fj38 = France-Data-Reseau/fdr-appuiscommuns, 66 models, "0 % documented by COMMENT ON" though its
schema.yml describes models and columns).

Shape: ``{"models": n, "described": n, "columns": n, "columns_described": n, "undescribed": [names, at most 10], "yaml": [paths]}``;
``models`` 0 when the repository holds no dbt project. YAML read with the bounded loader, MAX_YAML files of MAX_BYTES each."""

from __future__ import annotations

import yaml

from auditor import safeyaml
from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.facts.testdirs import dbt_models

MAX_YAML = 300
MAX_BYTES = 512 * 1024


def _described(item: dict) -> bool:
    text = item.get("description")
    return isinstance(text, str) and bool(text.strip())


def model_descriptions(texts: list[str]) -> dict[str, tuple[bool, int, int]]:
    """Model name -> (described, columns declared, columns described), from the models' YAML texts (a name met twice: the first)."""
    out: dict[str, tuple[bool, int, int]] = {}
    for text in texts:
        try:
            doc = safeyaml.load(text)
        except (yaml.YAMLError, safeyaml.UnsafeYAML, ValueError, TypeError, RecursionError):
            continue
        models = doc.get("models") if isinstance(doc, dict) else None
        for item in models[:2000] if isinstance(models, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or item["name"] in out:
                continue
            columns = [c for c in item.get("columns") or [] if isinstance(c, dict)] if isinstance(item.get("columns"), list) else []
            out[item["name"]] = (_described(item), len(columns), sum(1 for c in columns if _described(c)))
    return out


@fact("dbt-docs", version=1, public=False)
def dbt_docs(ctx) -> dict:
    inv = inventory_of(ctx)
    sql, yml = dbt_models(ctx.snapshot, lambda p: inv.category(p) == "vendored")
    names = sorted({p.rsplit("/", 1)[-1][:-4] for p in sql})
    texts = [text or "" for _p, text in ctx.snapshot.iter_text(yml[:MAX_YAML], limit=MAX_BYTES)]
    found = model_descriptions(texts)
    described = [n for n in names if found.get(n, (False, 0, 0))[0]]
    return {"models": len(names), "described": len(described),
            "columns": sum(found[n][1] for n in names if n in found), "columns_described": sum(found[n][2] for n in names if n in found),
            "undescribed": [n for n in names if n not in set(described)][:10], "yaml": yml[:20]}
