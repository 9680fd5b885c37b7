"""hipguide.data.safe_urls: https addresses parsed with urllib.parse; nothing that ends a Markdown link or an attribute."""
from __future__ import annotations

import re

import pytest

from hipguide.data.safe_urls import HTTPS_URL_PATTERN, https_url_problem


@pytest.mark.parametrize("url", [
    "https://booking.example/thrive-physio-plus",
    "https://www.google.com/maps/dir/?api=1&destination=Thrive%20Physio",
    "https://maps.example/place/@-37.81,144.96,17z/data=!3m1!4b1",
    "https://Book.Example:8443/a;b?c=d#top",
])
def test_real_addresses_pass(url):
    assert https_url_problem(url) is None
    assert re.fullmatch(HTTPS_URL_PATTERN, url), "the editor's pattern must accept it too"


@pytest.mark.parametrize("url, words", [
    ("http://booking.example/", "starting with https://"),
    ("javascript:alert(1)", "starting with https://"),
    ("https://book.example/x)![i](https://evil.example/b.png)", "cannot hold as they are: '(' ')' '[' ']'"),
    ("https://book.example/{onclick=alert(1)}", "'{'"),
    ('https://book.example/" onmouseover="x', "'\"'"),
    ("https://book.example/x'y", "\"'\""),
    ("https://book.example/a b", "U+0020"),
    ("https://book.example/<?x?>", "'<'"),
    ("https://evil.example@book.example/", "no user name or '@'"),
    ("https://book.example:99999/", "can be read"),
    ("https://book.example/%zz", "'%'"),
    ("https://localhost/", "must name a website"),
    ("https://" + "a" * 300 + ".example/", "at most 300"),
])
def test_unsafe_addresses_are_refused_in_words(url, words):
    problem = https_url_problem(url)
    assert problem and words in problem, problem
