"""publiccode.yml: a validator for versions 0.2 to 0.7 of the standard, and a suggestion builder.

The rules follow the standard's core schema (``publiccodeyml/publiccode.yml``,
``docs/standard/schema.core.rst``) and the checks of the reference Go validator
(``italia/publiccode-parser-go``) that need no network: required keys, types, enums, lengths,
dates, SPDX expression in ``legal.license``, BCP 47 tags, ``maintenance`` rules, unknown keys,
and the deprecations of 0.5 (``legal.repoOwner``, ``it.riuso.codiceIPA``) and 0.7 (country
sections) as warnings. URL reachability, image and oEmbed checks are out of scope.

    from auditor.publiccode import validate
    result = validate(text)
    for issue in result.errors:
        print(issue.key, issue.line, issue.message["en"])
"""

from __future__ import annotations

from auditor.publiccode.suggest import suggest, suggest_yaml
from auditor.publiccode.validator import Issue, ValidationResult, validate

__all__ = ["Issue", "ValidationResult", "validate", "suggest", "suggest_yaml"]
