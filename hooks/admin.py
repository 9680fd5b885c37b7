"""MkDocs hook: the browser editor for staff (Decap CMS) at /admin/ of the built site.

Copies admin/ (the page, its start script and the generated config.yml) and
Decap's own files from node_modules/decap-cms/dist (pinned in package.json;
never committed) into site/admin/, gives the page its own policy
(hipguide/html/admin_csp.py) and appends that policy to _headers. Runs after
hooks/csp.py, so the public pages' strict policy never covers /admin/, and
after the sitemap is written, so /admin/ is not in it.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

from hipguide.site import admin_build

log = logging.getLogger("mkdocs.hooks.admin")


@event_priority(-200)  # after hooks/csp.py (-100): the strict policy must not see /admin/
def on_post_build(config):
    project = Path(config.config_file_path).parent
    missing = admin_build.write_admin(project, Path(config.site_dir))
    if missing:
        # Printed, not logged: a copy of the project without node_modules still builds --strict.
        print(f"WARNING -  {missing}", file=sys.stderr)
