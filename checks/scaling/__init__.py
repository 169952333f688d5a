"""Scaling risks: what another territory meets when it takes the project up — reuse already seen,
who writes the code, proprietary services, hosting and data dependencies, end-of-life stacks,
personal data, impact indicators. Each check reads one fact of :mod:`auditor.facts.scaling` and
puts in ``details["risk"]`` a level (0 none … 3 high) and one sentence with its evidence, from
which the report's ``scaling_risks`` section keeps the two or three that matter most."""

from . import risks  # noqa: F401
