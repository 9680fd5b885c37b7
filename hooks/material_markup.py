"""MkDocs hook: every written page (and 404.html) gets Material's invalid markup fixed.

The fixes and their reasons are in hipguide/html/material_markup.py.
"""
from __future__ import annotations

from hipguide.html.material_markup import fix_material_markup


def on_post_page(output, page, config):
    return fix_material_markup(output)


def on_post_template(output_content, template_name, config):
    # Static templates: 404.html (and sitemap.xml, which has nothing to fix).
    return fix_material_markup(output_content) if template_name.endswith(".html") else output_content
