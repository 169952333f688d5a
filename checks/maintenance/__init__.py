"""Maintenance checks: activity, releases, contributors, organisations (git history) and
responsiveness, closure ratio, archive state, review, dependency updates (forge, with git fallbacks)."""
