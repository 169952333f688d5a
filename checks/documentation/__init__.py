"""Documentation checks: README, its sections and language, community files, docs, publiccode.yml, code comments."""

from . import basic, comments, community, declarations, publiccode, sections  # noqa: F401
