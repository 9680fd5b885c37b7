"""What a runner sees, in real Chromium: no words only code prints, nothing wider
than the screen, no bar covering the page, no picture without a size or alt text,
no empty band under a heading. Every kind of page, the symptom checker's four
results and My programme (empty, with exercises); phone and desktop, light and
dark, on screen and in print. The states come from hipguide/measure/page_states.py, the
same ones `make screenshots` takes pictures of.
"""
from __future__ import annotations

import pytest

from hipguide.measure.page_states import (
    CHECKER_ANSWERS,
    PAGES,
    PROGRAMME_EXERCISES,
    SCHEMES,
    VIEWPORTS,
    open_page,
    show_checker_result,
    show_programme,
)

# Anywhere in a line: "null" (also "nullnull"), "undefined", "NaN", "[object Object]", "PLACEHOLDER".
# "true" and "false" are English words too: only a line that is nothing else counts.
CODE_WORDS = r"""(?:^|[^\w-])((?:null)+|undefined|NaN|\[object Object\]|PLACEHOLDER)(?![\w-])|^\s*(true|false)\s*$"""

# Everything in one pass in the page: words, overflow, fixed bars, pictures, gaps. Returns a list of problems.
INSPECT = r"""(codeWords) => {
  const problems = [];
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none" && s.opacity !== "0"; };
  // 1. Words: the text a person reads (innerText skips hidden parts), line by line.
  const text = document.body.innerText;
  const re = new RegExp(codeWords, "m");
  for (const line of text.split("\n")) {
    const m = re.exec(line);
    if (m) problems.push(`code word '${m[1] || m[2]}' in: ${line.trim().slice(0, 120)}`);
    if (/\{\{|\{%|%\}|\}\}/.test(line)) problems.push(`template code in: ${line.trim().slice(0, 120)}`);
    if (/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i.test(line)) problems.push(`escaped twice: ${line.trim().slice(0, 120)}`);
  }
  // 2. Nothing wider than the screen.
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => visible(el) && el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 3).map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join("."));
    problems.push(`wider than the screen: scrollWidth ${root.scrollWidth} > ${root.clientWidth} (${wide.join(", ")})`);
  }
  // 3. Fixed bars at the bottom must not cover the end of the page (scrolled to the bottom).
  window.scrollTo(0, root.scrollHeight);
  const bars = [...document.querySelectorAll("body *")].filter((el) => getComputedStyle(el).position === "fixed" && visible(el)
    && el.getBoundingClientRect().bottom >= window.innerHeight - 1 && el.getBoundingClientRect().top > window.innerHeight / 2);
  const last = [...document.querySelectorAll(".md-footer, .md-content")].filter(visible).pop();
  for (const bar of bars) {
    const top = bar.getBoundingClientRect().top;
    const end = last ? last.getBoundingClientRect().bottom : 0;
    if (end > top + 1) problems.push(`the fixed ${bar.className} covers the end of the page (${Math.round(end - top)} px)`);
  }
  window.scrollTo(0, 0);
  // 4. Pictures: a size, and alt text (or aria-hidden / a name for inline svg).
  for (const img of document.querySelectorAll("img")) {
    if (!visible(img)) continue;
    if (!img.hasAttribute("alt")) problems.push(`img without alt: ${img.src}`);
    if (!img.getAttribute("width") || !img.getAttribute("height")) problems.push(`img without width and height: ${img.src}`);
  }
  for (const svg of document.querySelectorAll("article svg, .md-content svg")) {
    if (!visible(svg) || svg.closest("a, button, label, .md-icon, .twemoji, [aria-hidden=true]")) continue;
    const r = svg.getBoundingClientRect();
    if (r.width < 48 || r.height < 48) continue; // icons
    const named = svg.getAttribute("aria-label") || svg.getAttribute("aria-labelledby") || svg.querySelector("title")
      || svg.closest("figure")?.querySelector("figcaption") || svg.closest("[aria-label], [aria-labelledby]");
    if (!named) problems.push(`svg figure without a name: ${svg.className.baseVal}`);
    const sized = svg.getAttribute("viewBox") || (svg.getAttribute("width") && svg.getAttribute("height"));
    if (!sized) problems.push(`svg without a size: ${svg.className.baseVal}`);
  }
  // 5. No empty band under a heading: a heading is no taller than its words (an invisible wrapped
  //    permalink made a line of its own under the title).
  for (const h of document.querySelectorAll("article :is(h1, h2, h3)")) {
    if (!visible(h)) continue;
    const range = document.createRange();
    const rects = [];
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest(".headerlink") || !n.textContent.trim()) continue;
      range.selectNodeContents(n);
      rects.push(...range.getClientRects());
    }
    if (!rects.length) continue;
    const textHeight = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
    const s = getComputedStyle(h);
    const extra = h.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) - textHeight;
    if (extra > parseFloat(s.fontSize) * 0.9) {
      problems.push(`empty band of ${Math.round(extra)} px in heading: ${h.textContent.trim().slice(0, 60)}`);
    }
  }
  return problems;
}"""

STATES = [pytest.param(open_page, path, id=f"page-{kind}") for kind, path in PAGES.items()]
STATES += [pytest.param(show_checker_result, triage, id=f"checker-{triage}") for triage in CHECKER_ANSWERS]
STATES += [pytest.param(show_programme, [], id="programme-empty"),
           pytest.param(show_programme, PROGRAMME_EXERCISES, id="programme-with-exercises")]


def problems_in(page) -> list[str]:
    return page.evaluate(INSPECT, CODE_WORDS)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("size", list(VIEWPORTS))
@pytest.mark.parametrize("action, arg", STATES)
def test_only_words_for_people_and_a_layout_that_fits(browser, site_url, action, arg, size, scheme):
    context = browser.new_context(viewport=VIEWPORTS[size], color_scheme=scheme)
    page = context.new_page()
    try:
        action(page, site_url, arg)
        found = [f"screen: {p}" for p in problems_in(page)]
        page.emulate_media(media="print")
        # Paper has its own layout: in print only the words and pictures are checked.
        found += [f"print: {p}" for p in page.evaluate(INSPECT, CODE_WORDS)
                  if not p.startswith(("wider", "the fixed", "empty band"))]
        assert not found, "\n".join(found)
    finally:
        context.close()


def test_the_check_finds_code_words_and_overflow(browser, site_url):
    """The check itself can fail: words only code prints, a too-wide box and a wrapped empty heading line."""
    page = browser.new_page(viewport=VIEWPORTS["phone"])
    open_page(page, site_url, "/about/")
    page.evaluate("""() => { const a = document.querySelector("article");
      a.append(Object.assign(document.createElement("p"), { textContent: "false" }));
      a.append(Object.assign(document.createElement("p"), { textContent: "Call nullnull today" }));
      a.append(Object.assign(document.createElement("p"), { textContent: "Fish &amp; chips" }));
      const wide = document.createElement("div"); wide.style.width = "900px"; wide.textContent = "x"; a.append(wide); }""")
    found = "\n".join(problems_in(page))
    page.close()
    assert "code word 'false'" in found and "code word 'nullnull'" in found, found
    assert "escaped twice" in found and "wider than the screen" in found, found
