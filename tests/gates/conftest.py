"""The release gates' fixtures: one page of each kind, and one browser tour of the whole site."""
from support.site_tour import kinds, tour  # noqa: F401 (registered as fixtures)
