"""What the test folders share (tests/ is on the import path: pyproject.toml).

project: the project's folders and throwaway copies of it; fixtures: the pytest
fixtures every folder uses (one strict build per session, served by the one static
server, one Chromium); chromium and axe: how Chromium is launched and how axe-core
scans a page; page_settled: waiting for the browser's own events; edits: the bad
edits of tests/fixtures/bad_edits.yml; schema_vocabulary: schema.org's terms;
site_pages, site_actions and site_tour: what the release gates visit and do; progress:
lines that long session fixtures print in `make test`.
Conftest files only register these fixtures; tests import helpers from here.
"""
