"""One app stylesheet for every page, made from the app's CSS sources.

Each stylesheet is a render-blocking request, so every page links only
assets/app/site.css: the sources below joined in this order. The sources stay
where they are (one file per component, edited as before). The symptom
checker's style.css is not in it: only the checker page uses it, and that page
links it itself (docs/symptom-checker/index.md).
"""
from __future__ import annotations

from pathlib import Path

SOURCES = ["assets/app/app.css", "assets/booking/booking.css", "assets/programme/programme.css"]
OUTPUT = "assets/app/site.css"
# Part of the published file, so kept word for word when the hook became the plugin (hipguide/plugin.py).
_HEADER = "/* Made by hipguide/site/app_stylesheet.py from the files named below: edit those, not this. */\n"


def app_stylesheet(docs: Path) -> str:
    """The text of site.css: each source of ``docs`` under a comment naming it."""
    parts = [f"/* {name} */\n{(docs / name).read_text(encoding='utf-8').strip()}\n" for name in SOURCES]
    return _HEADER + "\n".join(parts)
