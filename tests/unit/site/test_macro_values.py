"""hipguide.site.macro_values: what macros paste into hand-written pages is inert in Markdown and in HTML."""
from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from hipguide.site.macro_values import UnsafeLink, link_target, macro_values, plain_text

HOSTILE = ['Thrive *!*{ onmouseover="alert(document.domain)" }', "x)![i](https://evil.example/b.png){onclick=1}",
           "Thrive <?x ?>", "`code` _em_ **b** [a](/x) &amp; ' \"", "12. Main St", "- item", "# heading",
           "line one\n\n<div onclick=x>two</div>"]


def _render(template: str) -> BeautifulSoup:
    html = markdown.markdown(template, extensions=["attr_list", "md_in_html", "admonition", "tables"])
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("template", ["{v}", "A physio at {v} can help.", "[{v}](https://booking.example/)",
                                      '<p class="x">{v}</p>', "<div markdown>\n{v} [link](x.md).\n</div>",
                                      '!!! danger "Call {v}"\n    body'])
def test_text_is_plain_text_in_markdown_and_html(template, value):
    soup = _render(template.format(v=plain_text(value)))
    assert [t.name for t in soup.find_all(True)] in (["p"], ["p", "a"], ["a"], ["div", "p", "a"], ["div", "p", "p"])
    for tag in soup.find_all(True):
        assert set(tag.attrs) <= {"class", "href"}, tag
    assert " ".join(value.split()) in soup.get_text()


def test_link_targets_are_checked_again():
    assert link_target("https://booking.example/a?b=1&c=2") == "https://booking.example/a?b=1&amp;c=2"
    assert link_target("tel:+61384900777") == "tel:+61384900777"
    for bad in ["https://x.example/a)b", "javascript:alert(1)", "tel:12(3)", "mailto:a@b.example?x=<y>"]:
        with pytest.raises(UnsafeLink):
            link_target(bad)


def test_macro_values_walks_dicts_and_lists():
    out = macro_values({"name": "A*B", "booking_url": "https://b.example/", "hours": [{"opens": "07:00"}], "n": 3})
    assert out == {"name": "A&#42;B", "booking_url": "https://b.example/", "hours": [{"opens": "07:00"}], "n": 3}
