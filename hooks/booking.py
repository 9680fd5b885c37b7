"""MkDocs hook: the booking call-to-action block for theme templates.

Generated pages end with the booking_cta macro in their Markdown; hand-written
pages get the same block from overrides/partials/app-page-cta.html, which calls
app_booking_cta(config.extra.clinic, heading) registered here.
"""
from __future__ import annotations

from hipguide.site.booking import booking_cta_html


def on_env(env, config, files):
    env.globals["app_booking_cta"] = booking_cta_html
    return env
