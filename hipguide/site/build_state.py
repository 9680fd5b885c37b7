"""The data of the build in progress: loaded once per build, shared by every hook.

hooks/data_pages.py loads it first (on_config, highest priority); the other
hooks read it. Loading once matters: with yamllint on every file, four loads
made a 2,000-page build four times slower in our stage. Nothing is loaded at
import time, so `mkdocs serve` still reloads data/ on every rebuild.
"""
from __future__ import annotations

from pathlib import Path

from hipguide.data.load import load_site_data
from hipguide.data.site_data import SiteData

_state: dict[str, SiteData] = {}


def load_for_build(root: Path) -> SiteData:
    """Load and check ``root``'s data for a new build (raises DataErrors), and keep it for the other hooks."""
    _state.clear()
    _state["data"] = load_site_data(root)
    return _state["data"]


def data_for_build() -> SiteData:
    """The data loaded at the start of this build."""
    if "data" not in _state:
        raise RuntimeError("hooks/data_pages.py must run first: it loads data/ for every build")
    return _state["data"]
