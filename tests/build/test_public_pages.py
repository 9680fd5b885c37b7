"""What every published page must (not) carry: staff-only edit links, the generator's
name, phone links that fail from a mobile."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from hipguide.plugin import staff_preview

# Geographic and mobile numbers go international; 000 and 1800/1300/13 numbers have no area code.
TEL = re.compile(r"tel:(\+61[2-478]\d{8}|000|1[38]00\d{6}|13\d{4})")


def _pages(site):
    for path in sorted(site.rglob("*.html")):
        yield path.relative_to(site).as_posix(), BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_no_public_page_has_an_edit_link_or_names_the_generator(built_site):
    for path, soup in _pages(built_site):
        assert not soup.select('a[rel="edit"], a.md-content__button'), f"{path}: an Edit button"
        assert "git.example" not in str(soup), f"{path}: a link to the source host"
        footer = soup.select_one("footer")
        if footer:
            text = footer.get_text(" ", strip=True)
            assert "Material for MkDocs" not in text and "Made with" not in text, f"{path}: the footer names the generator"


def test_every_tel_link_connects_from_any_phone(built_site):
    hrefs = set()
    for path, soup in _pages(built_site):
        for a in soup.select('a[href^="tel:"]'):
            assert TEL.fullmatch(a["href"]), f"{path}: {a['href']} is not dialable from every phone"
            hrefs.add(a["href"])
    assert "tel:+61384900777" in hrefs  # the clinic (tel:000 is drawn by the symptom checker's script)


def test_the_staff_preview_keeps_the_edit_button():
    class Config(dict):
        theme = {"features": []}
    serve, build = Config(repo_url="https://git.example/x"), Config(repo_url="https://git.example/x")
    staff_preview(serve, serving=True)
    assert "content.action.edit" in serve.theme["features"] and serve["repo_url"]
    build.theme = {"features": []}
    staff_preview(build, serving=False)
    assert build["repo_url"] is None and "content.action.edit" not in build.theme["features"]
