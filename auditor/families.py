"""The families of checks, read from data (``families.yml`` beside this module): the one list that
checks, rulesets, scoring and reports share."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def family_data() -> tuple[dict, ...]:
    import yaml

    data = yaml.load((Path(__file__).with_name("families.yml")).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return tuple(data)


def family_ids() -> tuple[str, ...]:
    return tuple(f["id"] for f in family_data())


FAMILIES = family_ids()
