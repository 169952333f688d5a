"""license-expression's SPDX licensing, built once per process (a fifth of a second each time):
shared by the licence notices and the publiccode.yml validator, which must not import each other."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def spdx_licensing():
    from license_expression import get_spdx_licensing  # noqa: PLC0415

    return get_spdx_licensing()


@lru_cache(maxsize=4096)
def reuse_license_keys(text: str) -> tuple[str, ...] | None:
    """The licence identifiers of an ``SPDX-License-Identifier`` value as ``reuse lint`` reads it: parsed by a plain
    ``Licensing()`` (any identifier is syntactically valid, kept as written: ``mit`` stays ``mit``), or None when the
    value is no SPDX expression at all (``MIT | License-Filename: LICENSE.md``), which reuse counts as no licence."""
    from license_expression import ExpressionError, Licensing  # noqa: PLC0415

    try:
        parsed = Licensing().parse(text, simple=True)
    except ExpressionError:
        return None
    return tuple(Licensing().license_keys(parsed)) if parsed is not None else None
