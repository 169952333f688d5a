"""Documentation checks: README, its sections and language, community files, docs, publiccode.yml, code comments."""
