"""The symptom checker in real Chromium: keyboard only, nothing sent or stored, axe, instant navigation."""
from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from hipguide.cli.build import build  # hipguide/cli/build.py
from hipguide.measure.static_server import start_server
from support.axe import axe_violations, describe_violations
from support.page_settled import animations_finished, next_frames
from support.project import copy_project

FORM = ".app-checker__form"
SUBMIT = ".app-checker__form > .app-checker__actions button[type=submit]"
CARD = ".app-checker__result .app-checker__triage"
NONE = "#app-checker-red-flags-none"


@pytest.fixture(scope="module")
def model(built_site) -> dict:
    return json.loads((built_site / "symptom-checker" / "model.json").read_text())


def _open(page, site_url):
    page.goto(f"{site_url}/symptom-checker/")
    page.wait_for_selector(FORM)


def _tab_to(page, selector: str, limit: int = 250):
    """Press Tab until the focused element matches ``selector``: how a keyboard user gets there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => !!document.activeElement?.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _arrow_to(page, selector: str, limit: int = 12):
    """Inside a radio group, press the Down arrow until ``selector`` is focused (and so chosen)."""
    for _ in range(limit):
        if page.evaluate("s => !!document.activeElement?.matches(s)", selector):
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never reached {selector}")


def _condition_name(model, cid):
    return next(c["name"] for c in model["conditions"] if c["id"] == cid)


def test_keyboard_only_front_hip_sprint(page, site_url, model):
    """Vignette front-hip-sprint-stopped, answered with Tab, Space, arrows and Enter only."""
    _open(page, site_url)
    _tab_to(page, NONE)
    page.keyboard.press("Space")  # "None of these": the red flags are answered
    _tab_to(page, '.app-bodymap [data-location="front"]')
    page.keyboard.press("Space")  # the body map's front region ticks the "front" box
    _tab_to(page, 'input[name="onset"]')
    _arrow_to(page, "#app-checker-onset-sudden")
    page.keyboard.press("Space")
    _tab_to(page, 'input[name="run-pattern"]')
    _arrow_to(page, "#app-checker-run-pattern-had-to-stop")
    _tab_to(page, "#app-checker-aggravators-lifting-leg")
    page.keyboard.press("Space")
    _tab_to(page, "#app-checker-pain-level")
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    assert page.locator(".app-checker__pain-value").inner_text() == f"6 {model['wording']['pain_out_of']}"
    _tab_to(page, SUBMIT)
    page.keyboard.press("Enter")

    page.wait_for_selector(CARD)
    assert page.evaluate("document.activeElement.id") == "app-checker-result", "focus moves to the result heading"
    assert page.is_checked("#app-checker-location-front")
    assert page.get_attribute('.app-bodymap [data-location="front"]', "aria-checked") == "true"
    card = page.locator(CARD)
    assert card.get_attribute("data-triage") == "book"
    assert page.locator(".app-checker__exercises .app-checker__wait").inner_text() == model["wording"]["exercises_wait_sudden"]
    suggested = page.locator(".app-checker__result button.app-programme-add").get_attribute("data-app-programme-add").split(",")
    assert not [e for e in suggested if model["exercises"][e]["stretch"]], "no stretch in the first 72 hours"
    book = model["triage"]["book"]
    assert card.locator("h3").inner_text().startswith(f"{book['label']}:"), "a text prefix, not colour alone"
    assert card.locator(f'a[href="{model["clinic"]["booking_url"]}"]').count() == 1
    assert card.locator(f'a[href="{model["clinic"]["phone_href"]}"]').inner_text().endswith(model["clinic"]["phone"])
    first = page.locator(".app-checker__cause-list > li").first
    assert first.get_attribute("data-condition") == "hip-flexor-strain"
    link = first.locator("a")
    assert link.inner_text() == _condition_name(model, "hip-flexor-strain")
    assert link.get_attribute("href").endswith("/conditions/hip-flexor-strain/")
    assert page.locator(".app-checker__cause-list > li").count() == 3
    expect(page.locator(".app-checker [role=status]")).to_contain_text(f"{book['label']}: {book['heading']}")


def test_programme_button_carries_the_suggested_exercise_ids(page, site_url, model):
    _open(page, site_url)
    page.check(NONE)
    for box in ("#app-checker-location-outside", "#app-checker-run-pattern-warms-up", "#app-checker-after-run-baseline-24h"):
        page.check(box)
    page.fill("#app-checker-pain-level", "3")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    assert page.get_attribute(CARD, "data-triage") == "self-manage"
    button = page.locator(".app-checker__result button.app-programme-add")
    assert button.inner_text() == model["wording"]["programme_add"]
    ids = button.get_attribute("data-app-programme-add").split(",")
    top = next(c for c in model["conditions"] if c["id"] == "gluteal-tendinopathy")
    assert ids == top["exercises"][:3]
    shown = page.locator(".app-checker__exercises li a").all_inner_texts()
    assert shown == [model["exercises"][i]["name"] for i in ids]


def test_load_advice_shows_the_figures_for_the_ticked_training_boxes(page, site_url, model):
    _open(page, site_url)
    page.check(NONE)
    page.check("#app-checker-location-outside")
    page.check("#app-checker-training-few-rest-days")
    page.check("#app-checker-training-high-volume")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    advice = page.locator(".app-checker__training p")
    assert advice.all_inner_texts() == [model["load_advice"]["few-rest-days"], model["load_advice"]["high-volume"]]
    assert "2.5" in advice.nth(0).inner_text() and "2.1" in advice.nth(1).inner_text()


def test_urgent_red_flag_by_keyboard_calls_000_with_no_booking_above(page, site_url, model):
    _open(page, site_url)
    _tab_to(page, "#app-checker-red-flags-cannot-weight-bear")
    page.keyboard.press("Space")
    early = page.locator(".app-checker__early")
    expect(early).to_be_visible()  # an urgent red flag is flagged straight away, like NHS 111
    expect(early.locator('[data-urgent-action="cannot-weight-bear"]')).to_have_text(model["urgent_actions"]["cannot-weight-bear"])
    expect(early.locator('a[href="tel:000"]')).to_be_visible()
    _tab_to(page, "#app-checker-location-groin")
    page.keyboard.press("Space")
    _tab_to(page, SUBMIT)
    page.keyboard.press("Enter")
    page.wait_for_selector(CARD)
    assert page.evaluate("document.activeElement.id") == "app-checker-result"
    card = page.locator(CARD)
    urgent = model["triage"]["urgent"]
    assert card.get_attribute("data-triage") == "urgent"
    assert card.locator("h3").inner_text().startswith(f"{urgent['label']}:")
    call = card.locator('a[href="tel:000"]')
    assert call.inner_text() == f"{model['wording']['call']} 000"
    assert card.locator(f'a[href="{model["clinic"]["healthdirect_href"]}"]').count() == 1
    # No booking button or clinic phone above the emergency advice, nor in the result at all.
    booking = model["clinic"]["booking_url"]
    assert page.locator(f'.app-checker__result a[href="{booking}"]').count() == 0
    assert page.locator(f'.app-checker__result a[href="{model["clinic"]["phone_href"]}"]').count() == 0
    assert page.locator(".app-checker__result .app-programme-add").count() == 0
    above = page.evaluate("""([card, url]) => {
        const c = document.querySelector(card);
        return [...document.querySelectorAll('article a[href="' + url + '"], article a[href^="tel:"]')]
          .filter(a => !c.contains(a) && !a.closest('.app-checker__early')
                  && (a.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)).length;
    }""", [CARD, booking])
    assert above == 0
    # Nor the site-wide header button or phone bar: an urgent result hides them.
    for selector in (".app-header-book", ".app-booking-bar"):
        assert all(not el.is_visible() for el in page.locator(selector).all()), selector


def test_body_map_and_boxes_stay_in_step(page, site_url, model):
    _open(page, site_url)
    regions = page.locator(".app-bodymap [data-location]")
    assert sorted(regions.evaluate_all("rs => rs.map(r => r.dataset.location)")) == sorted(
        o["id"] for o in next(q for q in model["questions"] if q["id"] == "location")["options"])
    labels = {o["id"]: o["label"] for o in model["questions"][1]["options"]}
    for region in regions.all():
        loc = region.get_attribute("data-location")
        assert region.get_attribute("role") == "checkbox" and region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-label") == labels[loc]
    page.click('.app-bodymap [data-location="outside"]')
    assert page.is_checked("#app-checker-location-outside")
    page.click('label[for="app-checker-location-back"]')
    assert page.get_attribute('.app-bodymap [data-location="back"]', "aria-checked") == "true"
    page.focus('.app-bodymap [data-location="back"]')
    page.keyboard.press("Enter")
    assert not page.is_checked("#app-checker-location-back")
    assert page.get_attribute('.app-bodymap [data-location="back"]', "aria-checked") == "false"
    page.click(".app-checker__form button[type=reset]")
    # (expect(), not wait_for_function: the site's Content-Security-Policy forbids eval.)
    expect(page.locator("#app-checker-location-outside")).not_to_be_checked()
    expect(page.locator('.app-bodymap [data-location="outside"]')).to_have_attribute("aria-checked", "false")


def test_an_untouched_pain_score_is_not_an_answer(page, site_url, model):
    _open(page, site_url)
    assert page.locator(".app-checker__pain-value").inner_text() == model["wording"]["pain_not_answered"]
    assert page.get_attribute("#app-checker-pain-level", "aria-valuetext") == model["wording"]["pain_not_answered"]
    page.check(NONE)
    page.check("#app-checker-after-run-baseline-24h")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    assert page.get_attribute(CARD, "data-triage") == "book", "no pain score never gives self-care"
    assert page.locator(".app-checker__because").inner_text() == model["wording"]["fall_through_no_pain"]
    assert page.locator(".app-checker__answers dd").last.inner_text() == model["wording"]["not_answered"]


def _storage(page) -> dict:
    return page.evaluate("({local: {...localStorage}, session: {...sessionStorage}, cookie: document.cookie})")


def test_nothing_leaves_the_browser_and_nothing_is_stored(browser, site_url, model):
    context = browser.new_context()
    page = context.new_page()
    requests, problems = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    _open(page, site_url)
    page.wait_for_load_state("networkidle")
    loaded = list(requests)
    before = _storage(page)
    assert any(u.endswith("/symptom-checker/model.json") for u in loaded)
    assert any(u.endswith("/symptom-checker/engine.js") for u in loaded)
    assert all(urlparse(u).netloc == urlparse(site_url).netloc for u in loaded), "no request to another host"

    page.click('.app-bodymap [data-location="groin"]')
    page.check("#app-checker-red-flags-night-pain")
    page.check("#app-checker-aggravators-squeezing-legs")
    page.fill("#app-checker-pain-level", "7")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    page.emulate_media(media="print")
    page.emulate_media(media="screen")
    page.click(".app-checker__change")
    page.click(".app-checker__form button[type=reset]")
    page.click(SUBMIT)
    page.wait_for_selector("[data-app-checker-prompt]")
    next_frames(page)  # anything the last click set off has run

    assert requests == loaded, f"requests after load: {requests[len(loaded):]}"
    assert not [p for p in problems if "symptom-checker" in p or "Content Security Policy" in p], problems
    assert context.cookies() == []
    after = _storage(page)
    assert after == before, "the checker writes nothing to storage"
    assert after["session"] == {} and after["cookie"] == ""
    assert not any(word in json.dumps(after) for word in ("groin", "night-pain", "squeezing", "pain-level"))
    context.close()


def test_print_shows_answers_and_result_not_the_form(page, site_url, model):
    _open(page, site_url)
    page.check(NONE)
    page.check("#app-checker-location-deep")
    page.check("#app-checker-mechanical-clicking")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    page.evaluate("window.__printEvents = []; addEventListener('beforeprint', () => __printEvents.push('beforeprint'))")
    page.click(".app-checker__print")
    expect(page.locator(".app-checker__print")).to_be_focused()
    assert page.evaluate("window.__printEvents") == ["beforeprint"], "the real print flow started"
    page.emulate_media(media="print")
    assert page.locator(FORM).is_hidden()
    assert page.locator(".app-checker__print").is_hidden()
    assert page.locator(CARD).is_visible()
    answers = page.locator(".app-checker__answers")
    assert answers.is_visible()
    assert "Clicking" in answers.inner_text() or model["questions"][6]["options"][0]["label"] in answers.inner_text()
    assert page.locator(".app-checker__print-note").is_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_the_checker(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    _open(page, site_url)
    # Colours are read once hover and focus transitions have ended: mid-fade they fail contrast.
    animations_finished(page)
    assert not (v := axe_violations(page, context=".app-checker")), describe_violations(v)
    page.check("#app-checker-red-flags-fever-unwell")  # shows the early urgent box too
    page.check("#app-checker-location-outside")
    page.fill("#app-checker-pain-level", "3")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    animations_finished(page)
    assert not (v := axe_violations(page, context=".app-checker")), describe_violations(v)
    page.click(".app-checker__form button[type=reset]")
    page.check(NONE)
    page.check("#app-checker-location-outside")
    page.check("#app-checker-training-few-rest-days")
    page.check("#app-checker-after-run-baseline-24h")
    page.fill("#app-checker-pain-level", "2")
    page.click(SUBMIT)
    expect(page.locator(CARD)).to_have_attribute("data-triage", "self-manage")
    # The result scrolls to the top: move the pointer off whatever link now sits under it (hover colours differ).
    page.mouse.move(0, 0)
    animations_finished(page)
    assert not (v := axe_violations(page, context=".app-checker")), describe_violations(v)
    page.click(".app-checker__form button[type=reset]")
    page.click(SUBMIT)  # the prompt instead of a result
    page.wait_for_selector("[data-app-checker-prompt]")
    page.mouse.move(0, 0)
    animations_finished(page)
    assert not (v := axe_violations(page, context=".app-checker")), describe_violations(v)
    context.close()


@pytest.fixture(scope="module")
def published_url(tmp_path_factory):
    """The site built for, and served at, its own address.

    Material's instant navigation only takes over links listed in sitemap.xml,
    matched on host name but not port: on a test server at a random port with
    site_url pointing elsewhere, every click is a full page load. So this copy
    is built with site_url set to the address it is served from, as on a real host.
    """
    project = copy_project(tmp_path_factory.mktemp("published") / "project")
    site = project / "site"
    # Served first, on a port the system picks, so the build can name the address it is served from
    # (the server reads the site's _headers at its first request, after the build).
    server, url = start_server(site)
    try:
        config = project / "mkdocs.yml"
        text = config.read_text()
        assert "\nsite_url: " in text
        config.write_text("\n".join(f"site_url: {url}/" if line.startswith("site_url: ") else line
                                    for line in text.split("\n")))
        assert build(project, site) == 0
        yield url
    finally:
        server.shutdown()
        server.server_close()


def test_instant_navigation_arrives_and_starts_once(page, published_url, model):
    site_url = published_url
    page.goto(f"{site_url}/")
    page.evaluate("window.__samePage = true")
    page.click('article a[href$="symptom-checker/"]')
    page.wait_for_selector(FORM)
    assert page.evaluate("window.__samePage === true"), "arrived by Material's instant navigation, not a reload"
    page.evaluate("document$.next(document)")  # Material announcing the same page again
    next_frames(page)  # a second start would have built its form by now (the model is already loaded)
    assert page.locator(FORM).count() == 1, "started once per page"
    page.check(NONE)
    page.check("#app-checker-onset-sudden")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    assert page.get_attribute(CARD, "data-triage") == "book"
    # Away and back again: one form, still working.
    page.click('.md-tabs a[href$="conditions/"], nav a[href$="conditions/"] >> nth=0')
    page.wait_for_selector(FORM, state="detached")
    page.go_back()
    page.wait_for_selector(FORM)
    next_frames(page)
    assert page.locator(FORM).count() == 1
    assert page.locator(".app-bodymap").count() == 1
    page.check("#app-checker-red-flags-fall-or-impact")
    page.check("#app-checker-onset-sudden")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)
    assert page.get_attribute(CARD, "data-triage") == "urgent"
    assert page.evaluate("window.__samePage === true")


def test_without_javascript_a_message_links_to_the_conditions(browser, site_url, model):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/symptom-checker/")
    message = page.locator("article noscript p")  # (Playwright's text search skips <noscript>)
    assert message.is_visible() and model["wording"]["no_script"] in message.inner_text()
    link = message.locator("a")
    assert link.inner_text() == model["wording"]["no_script_link"] and link.get_attribute("href") == "../conditions/"
    assert page.locator(".app-checker__privacy").is_visible()
    assert page.locator(FORM).count() == 0
    assert page.locator(".app-bodymap").is_hidden()
    context.close()


def test_a_failed_start_says_so_and_links_to_the_conditions(page, site_url, model):
    page.route("**/symptom-checker/model.json", lambda route: route.abort())  # the server failing, not a stand-in model
    page.goto(f"{site_url}/symptom-checker/")
    error = page.locator("[data-app-checker-error]")
    expect(error).to_be_visible()
    assert model["wording"]["load_error"] in error.inner_text()
    assert error.locator("a").evaluate("a => a.href") == f"{site_url}/conditions/"
    assert page.locator(FORM).count() == 0


# --- Triage rules version 2: what the page shows for each triage, on a phone ---------------------------

PHONE = {"width": 375, "height": 812}
# A word the page must never show on its own: a JavaScript value that leaked into the text.
LEAKED = re.compile(r"(?<![\w-])(null|undefined|NaN|\[object Object\]|true|false)(?![\w-])")
TRIAGE_CASES = {
    "urgent": {"red-flags": ["cannot-weight-bear"], "location": ["groin"], "training": ["high-volume"], "pain-level": 7},
    "stop-and-book": {"location": ["front"], "onset": ["gradual"], "run-pattern": ["worsens"], "training": ["load-increase"],
                      "pain-level": 5},
    "book": {"location": ["front"], "onset": ["sudden"], "run-pattern": ["had-to-stop"], "aggravators": ["lifting-leg"],
             "pain-level": 6},
    "self-manage": {"location": ["outside"], "onset": ["gradual"], "run-pattern": ["warms-up"], "after-run": ["baseline-24h"],
                    "training": ["few-rest-days"], "pain-level": 3},
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors, errors


def _answer(page, answers: dict):
    """Tick the answers (no red flag: "None of these") and press the form's own submit button."""
    if not answers.get("red-flags"):
        page.check(NONE)
    for qid, options in answers.items():
        if qid == "pain-level":
            page.fill("#app-checker-pain-level", str(options))
            continue
        for option in options:
            page.check(f"#app-checker-{qid}-{option}")
    page.click(SUBMIT)
    page.wait_for_selector(CARD)


def _in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def _result_text(page) -> str:
    return page.locator(".app-checker__result").inner_text()


def _assert_ends_with_the_safety_net(page, model):
    last = page.locator(".app-checker__result > :last-child")
    assert last.get_attribute("class") == "app-checker__safety-net"
    text = last.inner_text()
    for tier in model["red_flags"]["tiers"]:
        assert tier["heading"] in text and all(item in text for item in tier["items"])
    assert text.rstrip().endswith(f"{model['clinic']['healthdirect']}.")


def _assert_no_leaked_values(page):
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        text = _result_text(page)
        assert not LEAKED.search(text), f"{media}: {LEAKED.search(text).group(0)!r} in the result"
    page.emulate_media(media="screen")


@pytest.mark.parametrize("triage", list(TRIAGE_CASES))
def test_each_result_names_its_reasons_and_ends_with_the_safety_net(phone, site_url, model, triage):
    _open(phone, site_url)
    _answer(phone, TRIAGE_CASES[triage])
    assert phone.get_attribute(CARD, "data-triage") == triage
    because = phone.locator(f"{CARD} .app-checker__because").inner_text()
    assert because.startswith(model["wording"]["because"] + ":"), because
    _assert_ends_with_the_safety_net(phone, model)
    _assert_no_leaked_values(phone)


def test_urgent_first_screen_holds_the_action_and_no_causes(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, TRIAGE_CASES["urgent"])
    action = f'{CARD} [data-urgent-action="cannot-weight-bear"]'
    assert phone.locator(action).inner_text() == model["urgent_actions"]["cannot-weight-bear"]
    assert _in_viewport(phone, action), "what to do now is on the first screen"
    assert _in_viewport(phone, f'{CARD} a[href="tel:000"]')
    result = phone.locator(".app-checker__result")
    for absent in (".app-checker__causes", ".app-checker__cause-list", ".app-checker__exercises", ".app-checker__training",
                   ".app-programme-add", f'a[href="{model["clinic"]["booking_url"]}"]', f'a[href="{model["clinic"]["phone_href"]}"]'):
        assert result.locator(absent).count() == 0, absent
    calls = [a.get_attribute("href") for a in phone.locator(f"{CARD} a[href^='tel:']").all()]
    assert calls == ["tel:000", model["clinic"]["healthdirect_href"]]
    for cid in ("stress-fracture", "adductor-groin-pain", "femoroacetabular-impingement"):
        assert _condition_name(model, cid) not in _result_text(phone), "no reassuring cause list"
    assert model["wording"]["causes_heading"] not in phone.locator(".app-checker [role=status]").inner_text()


def test_saddle_numbness_says_emergency_department_now(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, {"red-flags": ["saddle-bladder-bowel"], "location": ["back", "low-back"]})
    assert phone.get_attribute(CARD, "data-triage") == "urgent"
    action = phone.locator(f'{CARD} [data-urgent-action="saddle-bladder-bowel"]')
    assert action.inner_text() == model["urgent_actions"]["saddle-bladder-bowel"]
    assert "emergency department now" in action.inner_text()


def test_a_limping_child_is_urgent_for_the_same_day(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, {"red-flags": ["walking-limp"], "age-group": ["under-16"], "location": ["front"]})
    assert phone.get_attribute(CARD, "data-triage") == "urgent"
    assert phone.locator(f'{CARD} [data-urgent-action="walking-limp-child"]').inner_text() == model["urgent_actions"]["walking-limp-child"]


def test_stop_and_book_names_bone_stress_first_and_offers_no_exercises(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, TRIAGE_CASES["stop-and-book"])
    card = phone.locator(CARD)
    assert card.get_attribute("data-triage") == "stop-and-book"
    first = card.locator("h3 + p")
    assert first.get_attribute("data-stop-note") == "bone-stress", "the bone stress injury is the first reason given"
    assert "walk as little as you can" in first.inner_text()
    assert card.locator(f'a[href="{model["clinic"]["booking_url"]}"]').count() == 1
    assert phone.locator(".app-checker__result .app-programme-add").count() == 0
    assert model["wording"]["programme_add"] not in _result_text(phone)
    assert phone.locator(".app-checker__exercises").inner_text().endswith(model["wording"]["exercises_wait"])
    assert phone.locator(".app-checker__training").count() == 0, "no training advice before the check"


def test_a_child_gets_parent_wording_and_no_adult_causes(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, {"location": ["front"], "onset": ["gradual"], "age-group": ["under-16"], "after-run": ["baseline-24h"],
                    "pain-level": 2})
    assert phone.get_attribute(CARD, "data-triage") == "stop-and-book"
    note = phone.locator(f'{CARD} [data-stop-note="under-16"]')
    assert note.inner_text() == model["stop_notes"]["under-16"] and "growth plate" in note.inner_text()
    assert phone.locator(".app-checker__causes").count() == 0
    assert phone.locator(".app-checker__result .app-programme-add").count() == 0


def test_hip_surgery_says_to_contact_the_surgeon(phone, site_url, model):
    _open(phone, site_url)
    _answer(phone, {"red-flags": ["hip-surgery"], "location": ["deep"], "pain-level": 2, "after-run": ["baseline-24h"]})
    assert phone.get_attribute(CARD, "data-triage") == "stop-and-book"
    assert "surgeon" in phone.locator(f'{CARD} [data-stop-note="hip-surgery"]').inner_text()


def test_book_and_self_care_offer_no_exercise_that_needs_clearance(phone, site_url, model):
    """A deep groin pain with clicking after a training jump ranks the stress fracture third: its exercises are not offered for it."""
    sf = next(c for c in model["conditions"] if c["id"] == "stress-fracture")
    assert sf["only_once_cleared"], "the stress fracture's exercises need clearance"
    _open(phone, site_url)
    _answer(phone, {"location": ["groin", "deep"], "onset": ["gradual"], "mechanical": ["clicking"],
                    "training": ["load-increase", "high-volume"], "pain-level": 3, "after-run": ["baseline-24h"]})
    shown = phone.locator(".app-checker__cause-list > li").evaluate_all("ls => ls.map(l => l.dataset.condition)")
    assert "stress-fracture" in shown
    offered = set(phone.locator(".app-checker__result button.app-programme-add").get_attribute("data-app-programme-add").split(","))
    allowed = {e for c in model["conditions"] if c["id"] in shown for e in c["exercises"] if e not in c["only_once_cleared"]}
    assert offered <= allowed, offered - allowed


def test_an_empty_form_shows_the_prompt_not_a_result(phone, site_url, model):
    _open(phone, site_url)
    phone.click(SUBMIT)
    prompt = phone.locator("[data-app-checker-prompt]")
    expect(prompt).to_be_visible()
    assert phone.locator(CARD).count() == 0
    items = prompt.locator("li").all_inner_texts()
    flags = next(q for q in model["questions"] if q["id"] == "red-flags")
    assert items == [flags["legend"], model["wording"]["prompt_other"]]
    assert prompt.locator("h2").inner_text() == model["wording"]["prompt"]
    # "None of these" alone is still not enough: one more answer is needed.
    phone.check(NONE)
    phone.click(SUBMIT)
    expect(prompt.locator("li")).to_have_count(1)
    assert phone.locator(CARD).count() == 0
    # Red flags and where it hurts: enough for a result.
    phone.check("#app-checker-location-outside")
    phone.click(SUBMIT)
    expect(phone.locator(CARD)).to_have_attribute("data-triage", "book")
    because = phone.locator(f"{CARD} .app-checker__because").inner_text()
    assert model["wording"]["fall_through_not_settling"] in because


def test_progress_counts_the_answered_questions(phone, site_url, model):
    _open(phone, site_url)
    progress = phone.locator(".app-checker__progress")
    total = len(model["questions"])
    text = lambda n: model["wording"]["progress"].replace("{answered}", str(n)).replace("{total}", str(total))  # noqa: E731
    expect(progress).to_have_text(text(0))
    phone.check(NONE)
    expect(progress).to_have_text(text(1))
    phone.check("#app-checker-location-outside")
    phone.check("#app-checker-location-back")
    expect(progress).to_have_text(text(2))
    phone.fill("#app-checker-pain-level", "3")
    expect(progress).to_have_text(text(3))
    phone.check("#app-checker-red-flags-night-pain")
    expect(phone.locator(NONE)).not_to_be_checked()  # a red flag and "None of these" exclude each other
    expect(progress).to_have_text(text(3))


def test_ticking_an_urgent_flag_brings_the_urgent_box_into_view(phone, site_url, model):
    _open(phone, site_url)
    phone.locator("#app-checker-red-flags-fever-unwell").scroll_into_view_if_needed()
    phone.check("#app-checker-red-flags-fever-unwell")
    early = phone.locator(".app-checker__early")
    expect(early).to_be_visible()
    expect(early.locator('[data-urgent-action="fever-unwell"]')).to_be_in_viewport()
    phone.uncheck("#app-checker-red-flags-fever-unwell")
    expect(early).to_be_hidden()
