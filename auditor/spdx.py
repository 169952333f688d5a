"""license-expression's SPDX licensing, built once per process (a fifth of a second each time):
shared by the licence notices and the publiccode.yml validator, which must not import each other."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def spdx_licensing():
    from license_expression import get_spdx_licensing  # noqa: PLC0415

    return get_spdx_licensing()
