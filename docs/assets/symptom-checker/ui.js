// The symptom checker's page: builds the form from model.json, shows the engine's result.
// Every word comes from model.json (built from data/), set with textContent only.
// Nothing is sent or stored: the only requests are model.json and engine.js, at load.
import { assess } from "../../symptom-checker/engine.js";

const MODEL_URL = new URL("../../symptom-checker/model.json", import.meta.url);
const SITE_ROOT = new URL("../../", import.meta.url);
const URGENT = "urgent";

let modelPromise = null;

/** model.json, fetched once per visit to the site (instant navigation keeps this module alive). */
function loadModel() {
  if (!modelPromise) {
    modelPromise = fetch(MODEL_URL, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) throw new Error(`model.json: HTTP ${response.status}`);
      return response.json();
    });
    modelPromise.catch(() => { modelPromise = null; }); // a failed load is tried again on the next visit
  }
  return modelPromise;
}

/** A new element: attributes (false/null skipped) and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

const sitePath = (relative) => new URL(relative, SITE_ROOT).pathname;
const fieldId = (questionId, optionId) => `app-checker-${questionId}${optionId ? `-${optionId}` : ""}`;

/* ----------------------------------------------------------------- the form */

function optionList(question, type) {
  return el("div", { class: "app-checker__options" }, question.options.map((option) => {
    const id = fieldId(question.id, option.id);
    return el("div", { class: "app-checker__option" },
      el("input", { type, id, name: question.id, value: option.id }),
      el("label", { for: id }, option.label));
  }));
}

function painQuestion(question, wording) {
  const id = fieldId(question.id);
  const helpId = `${id}-help`;
  const input = el("input", {
    type: "range", id, name: question.id, min: question.min, max: question.max, step: 1, value: question.min,
    "aria-describedby": question.help ? helpId : null, "aria-valuetext": wording.pain_not_answered,
    "data-app-unanswered": true,
  });
  const output = el("output", { for: id, class: "app-checker__pain-value", "aria-hidden": "true" }, wording.pain_not_answered);
  return el("div", { class: "app-checker__question app-checker__question--pain" },
    el("label", { for: id, class: "app-checker__legend" }, question.legend),
    question.help ? el("p", { id: helpId, class: "app-checker__help" }, question.help) : null,
    el("div", { class: "app-checker__pain" },
      el("span", { class: "app-checker__pain-end", "aria-hidden": "true" }, String(question.min)),
      input,
      el("span", { class: "app-checker__pain-end", "aria-hidden": "true" }, String(question.max)),
      output));
}

function choiceQuestion(question, bodyMap) {
  const helpId = `${fieldId(question.id)}-help`;
  const type = question.kind === "one" ? "radio" : "checkbox";
  return el("fieldset", {
    class: `app-checker__question app-checker__question--${question.id}`,
    "aria-describedby": question.help ? helpId : null,
  },
  el("legend", { class: "app-checker__legend" }, question.legend),
  question.help ? el("p", { id: helpId, class: "app-checker__help" }, question.help) : null,
  question.id === "location" ? bodyMap : null,
  optionList(question, type));
}

/** The body map's regions become checkboxes mirroring the location boxes. */
function bodyMapFrom(parts, question, wording) {
  const svg = parts?.querySelector("svg");
  if (!svg) return null;
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", wording.body_map);
  const labels = new Map(question.options.map((o) => [o.id, o.label]));
  for (const region of svg.querySelectorAll("[data-location]")) {
    const label = labels.get(region.dataset.location);
    if (!label) { region.remove(); continue; }
    region.setAttribute("role", "checkbox");
    region.setAttribute("aria-checked", "false");
    region.setAttribute("tabindex", "0");
    region.setAttribute("aria-label", label);
  }
  return el("figure", { class: "app-bodymap__figure" }, svg,
    el("figcaption", { class: "app-checker__help" }, wording.body_map_help));
}

function wireBodyMap(form) {
  const regions = [...form.querySelectorAll(".app-bodymap [data-location]")];
  const boxFor = (location) => form.querySelector(`input[name="location"][value="${CSS.escape(location)}"]`);
  const sync = () => {
    for (const region of regions) {
      const checked = boxFor(region.dataset.location)?.checked ?? false;
      region.setAttribute("aria-checked", String(checked));
      region.classList.toggle("app-bodymap__region--checked", checked);
    }
  };
  const toggle = (region) => {
    const box = boxFor(region.dataset.location);
    if (!box) return;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  };
  for (const region of regions) {
    region.addEventListener("click", () => toggle(region));
    region.addEventListener("keydown", (event) => {
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        toggle(region);
      }
    });
  }
  form.addEventListener("change", (event) => { if (event.target.name === "location") sync(); });
  return sync;
}

function wirePain(form, wording) {
  const input = form.querySelector('input[type="range"]');
  if (!input) return () => {};
  const output = form.querySelector(".app-checker__pain-value");
  const show = () => {
    const answered = !input.hasAttribute("data-app-unanswered");
    const text = answered ? `${input.value} ${wording.pain_out_of}` : wording.pain_not_answered;
    input.setAttribute("aria-valuetext", text);
    output.textContent = text;
  };
  input.addEventListener("input", () => { input.removeAttribute("data-app-unanswered"); show(); });
  return () => { input.setAttribute("data-app-unanswered", ""); show(); };
}

/** question id -> option ids (or the pain number), as the engine takes them; unanswered ones left out. */
function readAnswers(form, model) {
  const answers = {};
  for (const question of model.questions) {
    if (question.kind === "number") {
      const input = form.elements.namedItem(question.id);
      if (input && !input.hasAttribute("data-app-unanswered")) answers[question.id] = Number(input.value);
      continue;
    }
    const picked = [...form.querySelectorAll(`input[name="${CSS.escape(question.id)}"]:checked`)].map((i) => i.value);
    if (picked.length) answers[question.id] = picked;
  }
  return answers;
}

/* --------------------------------------------------------------- the result */

function linkButton(href, text, primary) {
  return el("a", { class: `md-button${primary ? " md-button--primary" : ""}`, href }, text);
}

function bookingActions(model, primary) {
  const { wording, clinic } = model;
  return el("p", { class: "app-checker__actions" },
    linkButton(clinic.booking_url, wording.book_online, primary), " ",
    linkButton(clinic.phone_href, `${wording.call} ${clinic.phone}`, false));
}

function triageCard(model, triage) {
  const message = model.triage[triage];
  const { wording, clinic } = model;
  const card = el("div", { class: `app-checker__triage app-checker__triage--${triage}`, "data-triage": triage },
    el("h3", { class: "app-checker__triage-heading" },
      el("span", { class: "app-checker__triage-label" }, `${message.label}:`), " ", message.heading),
    el("p", {}, message.message));
  if (triage === URGENT) {
    // Emergency care only: no booking button above (or instead of) this advice.
    card.append(el("p", { class: "app-checker__actions" },
      linkButton(clinic.emergency_href, `${wording.call} ${clinic.emergency_number}`, true), " ",
      el("span", {}, wording.emergency_department)));
  } else if (triage !== "self-manage") {
    card.append(bookingActions(model, true));
  }
  return card;
}

function causesSection(model, result) {
  const { wording } = model;
  const byId = new Map(model.conditions.map((c) => [c.id, c]));
  const top = result.conditions.slice(0, 3).filter((c) => byId.has(c.id));
  const section = el("section", { class: "app-checker__causes", "aria-labelledby": "app-checker-causes" },
    el("h3", { id: "app-checker-causes" }, wording.causes_heading));
  if (!top.length) {
    section.append(el("p", {}, wording.no_causes));
    return section;
  }
  section.append(el("p", {}, wording.causes_intro));
  section.append(el("ol", { class: "app-checker__cause-list" }, top.map((match) => {
    const condition = byId.get(match.id);
    return el("li", { "data-condition": match.id },
      el("a", { href: sitePath(condition.url) }, condition.name),
      el("p", {}, `${wording.reasons_prefix}: ${match.reasons.join("; ")}.`));
  })));
  return section;
}

/** The first three exercises of the closest matches, closest match first. */
function suggestedExercises(model, result) {
  const byId = new Map(model.conditions.map((c) => [c.id, c]));
  const chosen = [];
  for (const match of result.conditions.slice(0, 3)) {
    for (const id of byId.get(match.id)?.exercises ?? []) {
      if (chosen.length < 3 && !chosen.includes(id) && model.exercises[id]) chosen.push(id);
    }
  }
  return chosen;
}

function exercisesSection(model, result) {
  const { wording } = model;
  const section = el("section", { class: "app-checker__exercises", "aria-labelledby": "app-checker-exercises" },
    el("h3", { id: "app-checker-exercises" }, wording.exercises_heading));
  if (result.triage === "stop-and-book") {
    section.append(el("p", {}, wording.exercises_wait));
    return section;
  }
  const ids = suggestedExercises(model, result);
  if (!ids.length) return null;
  section.append(el("p", {}, wording.exercises_intro),
    el("ul", {}, ids.map((id) => el("li", {}, el("a", { href: sitePath(model.exercises[id].url) }, model.exercises[id].name)))),
    el("p", {}, el("button", {
      type: "button", class: "md-button app-programme-add", "data-app-programme-add": ids.join(","),
    }, wording.programme_add)),
    el("p", {}, model.pain_rule));
  return section;
}

function trainingSection(model, answers) {
  const ticked = (answers.training ?? []).filter((id) => model.load_advice[id]);
  if (!ticked.length) return null;
  return el("section", { class: "app-checker__training", "aria-labelledby": "app-checker-training" },
    el("h3", { id: "app-checker-training" }, model.wording.load_heading),
    ticked.map((id) => el("p", { "data-advice": id }, model.load_advice[id])));
}

function answersSection(model, answers) {
  const { wording } = model;
  const list = el("dl", { class: "app-checker__answers" });
  for (const question of model.questions) {
    let text;
    if (question.kind === "number") {
      text = question.id in answers ? `${answers[question.id]} ${wording.pain_out_of}` : wording.not_answered;
    } else {
      const labels = question.options.filter((o) => answers[question.id]?.includes(o.id)).map((o) => o.label);
      text = labels.length ? labels.join("; ") : wording.not_answered;
    }
    list.append(el("dt", {}, question.legend), el("dd", {}, text));
  }
  return el("section", { class: "app-checker__answers-section", "aria-labelledby": "app-checker-answers" },
    el("h3", { id: "app-checker-answers" }, wording.answers_heading), list);
}

function renderResult(box, model, answers, result, form) {
  const { wording } = model;
  const heading = el("h2", { id: "app-checker-result", tabindex: "-1" }, wording.result_heading);
  const printButton = el("button", { type: "button", class: "md-button md-button--primary app-checker__print" }, wording.print_button);
  printButton.addEventListener("click", () => window.print());
  const changeButton = el("button", { type: "button", class: "md-button app-checker__change" }, wording.change_answers);
  changeButton.addEventListener("click", () => form.querySelector("input")?.focus());
  const bookLater = result.triage === "self-manage"
    ? el("section", { class: "app-checker__book", "aria-labelledby": "app-checker-book" },
      el("h3", { id: "app-checker-book" }, wording.book_heading), bookingActions(model, false))
    : null;
  box.replaceChildren(
    heading,
    triageCard(model, result.triage),
    causesSection(model, result),
    result.triage === URGENT ? null : exercisesSection(model, result),
    trainingSection(model, answers),
    bookLater,
    answersSection(model, answers),
    el("p", { class: "app-checker__print-note" }, wording.print_note),
    el("p", { class: "app-checker__actions app-checker__no-print" }, printButton, " ", changeButton),
  );
  box.hidden = false;
  // An urgent result must not sit under site-wide "Book" buttons: hide them until the next page.
  document.body.classList.toggle("app-urgent-result", result.triage === URGENT);
  return heading;
}

/* ------------------------------------------------------------------ wiring */

/**
 * Red flags come first (like NHS 111): when the ticked ones alone make the result urgent,
 * say so straight after them, with a button to the result, instead of after ten questions.
 */
function earlyWarning(form, model) {
  const flags = form.querySelector(".app-checker__question--red-flags");
  const message = model.triage[URGENT];
  const box = el("div", { class: "app-checker__triage app-checker__triage--urgent app-checker__early", hidden: true },
    el("p", { class: "app-checker__triage-heading" },
      el("span", { class: "app-checker__triage-label" }, `${message.label}:`), " ", message.heading),
    el("p", {}, el("button", { type: "submit", class: "md-button md-button--primary" }, model.wording.submit)));
  if (!flags) return box;
  flags.after(box);
  flags.addEventListener("change", () => {
    const ticked = [...flags.querySelectorAll("input:checked")].map((i) => i.value);
    box.hidden = assess(model, { "red-flags": ticked }).triage !== URGENT;
  });
  return box;
}

function build(root, model) {
  const { wording } = model;
  const parts = document.querySelector("[data-app-checker-parts]");
  const form = el("form", { class: "app-checker__form" });
  const status = el("p", { class: "app-checker__status", role: "status" });
  const resultBox = el("section", { class: "app-checker__result", "aria-labelledby": "app-checker-result", hidden: true });

  for (const question of model.questions) {
    if (question.kind === "number") {
      form.append(painQuestion(question, wording));
    } else {
      const map = question.id === "location" ? bodyMapFrom(parts, question, wording) : null;
      form.append(choiceQuestion(question, map));
    }
  }
  const early = earlyWarning(form, model);
  const submit = el("button", { type: "submit", class: "md-button md-button--primary" }, wording.submit);
  const reset = el("button", { type: "reset", class: "md-button" }, wording.reset);
  form.append(el("p", { class: "app-checker__actions" }, submit, " ", reset));

  const syncMap = wireBodyMap(form);
  const clearPain = wirePain(form, wording);
  form.addEventListener("reset", () => {
    // Reset restores the boxes after this event: redraw the map and pain score once it has.
    setTimeout(() => {
      syncMap();
      clearPain();
      early.hidden = true;
      resultBox.hidden = true;
      resultBox.replaceChildren();
      status.textContent = "";
      root.classList.remove("app-checker--has-result");
      delete root.dataset.appCheckerTriage;
    });
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const answers = readAnswers(form, model);
    const result = assess(model, answers);
    const heading = renderResult(resultBox, model, answers, result, form);
    root.dataset.appCheckerTriage = result.triage;
    root.classList.add("app-checker--has-result");
    const message = model.triage[result.triage];
    const first = model.conditions.find((c) => c.id === result.conditions[0]?.id);
    heading.focus();
    // Emptied, then filled a moment later: a screen reader announces it even when it is the same as last time.
    status.textContent = "";
    setTimeout(() => {
      status.textContent = `${wording.result_heading}. ${message.label}: ${message.heading}.${first ? ` ${wording.causes_heading}: ${first.name}.` : ""}`;
    }, 100);
  });

  parts?.remove();
  root.append(form, status, resultBox);
  root.classList.add("app-checker--ready");
}

function start() {
  document.body.classList.remove("app-urgent-result"); // a new page (instant navigation keeps <body>)
  const root = document.querySelector("[data-app-checker]");
  if (!root || root.dataset.appCheckerReady) return; // not this page, or already running on it
  root.dataset.appCheckerReady = "true";
  loadModel().then((model) => build(root, model)).catch(() => {
    document.querySelector("[data-app-checker-error]")?.removeAttribute("hidden");
  });
}

// Material's instant navigation swaps pages without reloading: start on every page it shows.
if (globalThis.document$ && typeof globalThis.document$.subscribe === "function") {
  globalThis.document$.subscribe(start);
} else {
  start();
}
