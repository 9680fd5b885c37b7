"""The commands staff and developers run (make check, make new-*, ...): python -m hipguide.cli."""
