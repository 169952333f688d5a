"""Data files shipped with the auditor: lists that people maintain, not code.

Each file is YAML with ``data_date`` (when its content was last checked), ``source`` (where it
comes from) and its entries. Updating one means replacing one file; the report names the date of
every data file it used (see :func:`about`). The files are the auditor's own (trusted) and are
read once per process.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The content of data file ``name`` (e.g. ``"endoflife.yml"``)."""
    text = resources.files("auditor.data").joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present: 10x faster, same values
    if not isinstance(data, dict) or "data_date" not in data or "source" not in data:
        raise ValueError(f"auditor/data/{name}: a data file needs 'data_date' and 'source'")
    return data


def about(name: str) -> dict[str, str]:
    """What the report says of a data file: its name, date and source."""
    d = load(name)
    return {"file": name, "date": str(d["data_date"]), "source": str(d["source"])}
