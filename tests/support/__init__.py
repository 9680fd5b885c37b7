"""Helpers shared by the test folders (tests/ is on the import path: pyproject.toml)."""
