"""What a visitor sees, and how to get there in Chromium: every kind of page, the
symptom checker's four results and My programme empty or filled.

Shared by scripts/screenshots.py (pictures for staff) and
tests/browser/test_shown_text.py (checks of the words and layout shown), so
both look at exactly the same states.
"""
from __future__ import annotations

from playwright.sync_api import Page, expect

from hipguide.data.collections import CONDITIONS, EXERCISES, FAQS, page_url

VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 800}}
SCHEMES = ["light", "dark"]

# One page of each kind (URL paths on the built site). The 404 page is opened as a
# file: the tests' plain server does not answer missing paths with it.
PAGES = {
    "home": "/",
    "condition": "/" + page_url(CONDITIONS.kind, "gluteal-tendinopathy"),
    "exercise": "/" + page_url(EXERCISES.kind, "single-leg-bridge"),
    "question": "/" + page_url(FAQS.kind, "run-with-hip-pain"),
    "conditions-index": f"/{CONDITIONS.page_folder}/",
    "exercises-index": f"/{EXERCISES.page_folder}/",
    "questions-index": f"/{FAQS.page_folder}/",
    "guide": "/guides/load-management/",
    "contact": "/contact/",
    "about": "/about/",
    "symptom-checker": "/symptom-checker/",
    "not-found": "/404.html",
}

# Answers (question id -> option ids, or the pain score) that lead to each triage result.
# An empty list of red flags means ticking "None of these": the checker gives no result until the red-flag
# question and one other are answered.
CHECKER_ANSWERS = {
    "urgent": {"red-flags": ["fever-unwell"], "location": ["outside"]},
    "stop-and-book": {"red-flags": ["night-pain"], "location": ["outside"]},
    "book": {"red-flags": [], "location": ["outside"], "onset": ["sudden"], "pain-level": 6},
    "self-manage": {"red-flags": [], "location": ["outside"], "onset": ["gradual"], "after-run": ["settles-quickly"],
                    "pain-level": 2},
}

PROGRAMME_EXERCISES = ["single-leg-bridge", "clamshell"]


def open_page(page: Page, base: str, path: str) -> None:
    page.goto(base + path, wait_until="load")
    page.wait_for_load_state("networkidle")


def show_checker_result(page: Page, base: str, triage: str) -> None:
    """Answer the symptom checker so that it gives ``triage``, and show the result."""
    open_page(page, base, "/symptom-checker/")
    form = page.locator(".app-checker__form")
    form.wait_for()
    for question, answer in CHECKER_ANSWERS[triage].items():
        if isinstance(answer, int):
            form.locator(f'input[type=range][name="{question}"]').fill(str(answer))
            continue
        if question == "red-flags" and not answer:
            form.locator("#app-checker-red-flags-none").check()
        for option in answer:
            form.locator(f'input[name="{question}"][value="{option}"]').check()
    page.locator(".app-checker__form > .app-checker__actions button[type=submit]").click()
    result = page.locator(".app-checker__result")
    expect(result).to_be_visible()
    expect(result.locator(".app-checker__triage[data-triage]")).to_have_attribute("data-triage", triage)


def show_programme(page: Page, base: str, exercises: list[str]) -> None:
    """My programme with ``exercises`` added from their pages (empty list: the empty programme)."""
    for exercise_id in exercises:
        open_page(page, base, "/" + page_url(EXERCISES.kind, exercise_id))
        add = page.locator(".app-programme-actions .app-programme-add")
        add.click()
        expect(add).to_have_text("Added to my programme")
        page.locator(".app-programme-actions__link").first.click()
        expect(page.locator(".app-programme-item")).to_have_count(exercises.index(exercise_id) + 1)
    if not exercises:
        open_page(page, base, "/programme/")
        expect(page.locator("[data-app-programme-empty]")).to_be_visible()


def states() -> dict[str, tuple]:
    """Name -> (function, args after page and base) for every state to look at."""
    out = {f"page-{kind}": (open_page, (path,)) for kind, path in PAGES.items()}
    out.update({f"checker-{t}": (show_checker_result, (t,)) for t in CHECKER_ANSWERS})
    out["programme-empty"] = (show_programme, ([],))
    out["programme-with-exercises"] = (show_programme, (PROGRAMME_EXERCISES,))
    return out
