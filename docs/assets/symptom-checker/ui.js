// The symptom checker's page: builds the form from model.json, shows the engine's result.
// Every word comes from model.json (built from data/), set with textContent only.
// Nothing is sent or stored: the only requests are model.json and engine.js, at load.
import { explain } from "../../symptom-checker/engine.js";

const MODEL_URL = new URL("../../symptom-checker/model.json", import.meta.url);
const SITE_ROOT = new URL("../../", import.meta.url);
const URGENT = "urgent";
const STOP = "stop-and-book";
const RED_FLAGS = "red-flags";
const NONE_OF_THESE = "app-checker-red-flags-none";

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

/**
 * Only real nodes and text: null, undefined and booleans (an optional section that is
 * absent) are dropped, never handed to the DOM, which would print them as "null" or "true".
 */
function nodes(...children) {
  return children.flat(Infinity).filter((child) => child instanceof Node || typeof child === "string" || typeof child === "number")
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** A new element: attributes (false/null skipped) and children (see nodes()). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...nodes(children));
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

/** "None of these" under the red flags: an answer to the question, not an option id. */
function noneOfThese(wording) {
  return el("div", { class: "app-checker__option app-checker__option--none" },
    el("input", { type: "checkbox", id: NONE_OF_THESE, "data-app-none": RED_FLAGS }),
    el("label", { for: NONE_OF_THESE }, wording.none_of_these));
}

function choiceQuestion(question, bodyMap, wording) {
  const helpId = `${fieldId(question.id)}-help`;
  const type = question.kind === "one" ? "radio" : "checkbox";
  const options = optionList(question, type);
  if (question.id === RED_FLAGS) options.append(noneOfThese(wording));
  return el("fieldset", {
    id: fieldId(question.id), tabindex: "-1",
    class: `app-checker__question app-checker__question--${question.id}`,
    "aria-describedby": question.help ? helpId : null,
  },
  el("legend", { class: "app-checker__legend" }, question.legend),
  question.help ? el("p", { id: helpId, class: "app-checker__help" }, question.help) : null,
  question.id === "location" ? bodyMap : null,
  options);
}

/** Ticking "None of these" clears the red flags, and ticking a red flag clears it. */
function wireNoneOfThese(form) {
  const none = form.querySelector(`#${NONE_OF_THESE}`);
  if (!none) return;
  form.addEventListener("change", (event) => {
    if (event.target === none && none.checked) {
      for (const box of form.querySelectorAll(`input[name="${RED_FLAGS}"]:checked`)) box.checked = false;
    } else if (event.target.name === RED_FLAGS && event.target.checked) {
      none.checked = false;
    }
  });
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

/** The questions answered so far; the red flags count once a flag or "None of these" is ticked. */
function answeredQuestions(form, model) {
  const answers = readAnswers(form, model);
  const answered = new Set(Object.keys(answers));
  if (form.querySelector(`#${NONE_OF_THESE}`)?.checked) answered.add(RED_FLAGS);
  return answered;
}

/** What must still be answered before a result: the red flags, and one other question. */
function missingForResult(model, answered) {
  const missing = [];
  const flags = model.questions.find((q) => q.id === RED_FLAGS);
  if (flags && !answered.has(RED_FLAGS)) missing.push({ id: RED_FLAGS, text: flags.legend });
  if (![...answered].some((id) => id !== RED_FLAGS)) {
    missing.push({ id: "location", text: model.wording.prompt_other });
  }
  return missing;
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

function emergencyActions(model) {
  const { wording, clinic } = model;
  return el("p", { class: "app-checker__actions" },
    linkButton(clinic.emergency_href, `${wording.call} ${clinic.emergency_number}`, true), " ",
    linkButton(clinic.healthdirect_href, `${wording.urgent_call_healthdirect} ${clinic.healthdirect}`, false));
}

/** The urgent signs the runner ticked, most urgent first (the order of urgent_actions in the YAML). */
function urgentSigns(model, answers) {
  const flags = new Set(answers[RED_FLAGS] ?? []);
  const child = (answers["age-group"] ?? []).includes("under-16");
  return Object.keys(model.urgent_actions).filter((id) =>
    (id === "walking-limp-child" ? child && flags.has("walking-limp") : flags.has(id)));
}

function urgentActions(model, answers) {
  const signs = urgentSigns(model, answers);
  return el("div", { class: "app-checker__urgent-actions" },
    el("p", { class: "app-checker__urgent-now" }, el("strong", {}, model.wording.urgent_now)),
    el("ul", {}, signs.map((id) => el("li", { "data-urgent-action": id }, model.urgent_actions[id]))),
    emergencyActions(model));
}

/** Said first on a stop-and-book result: why to stop (a bone stress injury first), a child's hip, surgery. */
function stopNotes(model, answers, result) {
  const flags = new Set(answers[RED_FLAGS] ?? []);
  const child = (answers["age-group"] ?? []).includes("under-16");
  const ids = [];
  if (child) ids.push("under-16");
  else if (result.boneStress) ids.push("bone-stress");
  for (const id of ["hip-surgery", "bone-risk", "numbness-weakness"]) if (flags.has(id)) ids.push(id);
  return ids.filter((id) => model.stop_notes[id]).map((id) => el("p", { "data-stop-note": id }, model.stop_notes[id]));
}

/** "Because you ticked: ..." with the answers that decided the triage, or why it fell through to "book". */
function becauseLine(model, result) {
  const { wording } = model;
  if (result.byRanking) {
    const reasons = result.conditions[0]?.reasons ?? [];
    return el("p", { class: "app-checker__because" }, `${wording.by_ranking}: ${reasons.join("; ")}.`);
  }
  if (!result.decidedBy.length) {
    const words = { "not-settling": wording.fall_through_not_settling, "no-pain-score": wording.fall_through_no_pain };
    return el("p", { class: "app-checker__because" }, result.fallThrough.map((id) => words[id]).filter(Boolean).join(" "));
  }
  const label = new Map();
  for (const q of model.questions) for (const o of q.options) label.set(`${q.id}\u0000${o.id}`, o.label);
  const names = result.decidedBy.map(([question, option]) => (question === "pain-level"
    ? `pain ${option} ${wording.pain_out_of}`
    : `\u201c${label.get(`${question}\u0000${option}`)}\u201d`));
  return el("p", { class: "app-checker__because" }, `${wording.because}: ${[...new Set(names)].join("; ")}.`);
}

function triageCard(model, answers, result) {
  const { triage } = result;
  const message = model.triage[triage];
  const card = el("div", { class: `app-checker__triage app-checker__triage--${triage}`, "data-triage": triage },
    el("h3", { class: "app-checker__triage-heading" },
      el("span", { class: "app-checker__triage-label" }, `${message.label}:`), " ", message.heading));
  if (triage === URGENT) {
    // What to do now comes first; no booking or clinic phone: the call buttons are 000 and healthdirect.
    card.append(...nodes(el("p", {}, message.message), urgentActions(model, answers)));
  } else if (triage === STOP) {
    card.append(...nodes(stopNotes(model, answers, result), el("p", {}, message.message), bookingActions(model, true)));
  } else {
    card.append(...nodes(el("p", {}, message.message), triage === "book" ? bookingActions(model, true) : null));
  }
  card.append(becauseLine(model, result));
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

/**
 * The first three exercises of the closest matches, closest match first. Left out: those a
 * condition allows only once a clinician clears them, and stretches after a sudden onset.
 */
function suggestedExercises(model, result, sudden) {
  const byId = new Map(model.conditions.map((c) => [c.id, c]));
  const chosen = [];
  for (const match of result.conditions.slice(0, 3)) {
    const condition = byId.get(match.id);
    const cleared = new Set(condition?.only_once_cleared ?? []);
    for (const id of condition?.exercises ?? []) {
      const exercise = model.exercises[id];
      if (!exercise || cleared.has(id) || (sudden && exercise.stretch)) continue;
      if (chosen.length < 3 && !chosen.includes(id)) chosen.push(id);
    }
  }
  return chosen;
}

function exercisesSection(model, answers, result) {
  const { wording } = model;
  const section = el("section", { class: "app-checker__exercises", "aria-labelledby": "app-checker-exercises" },
    el("h3", { id: "app-checker-exercises" }, wording.exercises_heading));
  if (result.triage === STOP) {
    section.append(el("p", {}, wording.exercises_wait));
    return section;
  }
  const sudden = (answers.onset ?? []).includes("sudden");
  const ids = suggestedExercises(model, result, sudden);
  if (!ids.length) return null;
  section.append(...nodes(
    el("p", {}, wording.exercises_intro),
    sudden ? el("p", { class: "app-checker__wait" }, el("strong", {}, wording.exercises_wait_sudden)) : null,
    el("ul", {}, ids.map((id) => el("li", {}, el("a", { href: sitePath(model.exercises[id].url) }, model.exercises[id].name)))),
    el("p", {}, el("button", {
      type: "button", class: "md-button app-programme-add", "data-app-programme-add": ids.join(","),
    }, wording.programme_add)),
    el("p", { class: "app-pain-rule" }, model.pain_rule)));
  return section;
}

/** The general red flags (data/advice.yml): the last thing on every result. */
function safetyNet(model) {
  const { wording, clinic, red_flags: redFlags } = model;
  return el("section", { class: "app-checker__safety-net", "aria-labelledby": "app-checker-safety-net" },
    el("h3", { id: "app-checker-safety-net" }, wording.safety_net_heading),
    redFlags.tiers.map((tier) => [
      el("p", { class: `app-checker__safety-tier app-checker__safety-tier--${tier.id}` }, el("strong", {}, `${tier.heading}:`)),
      el("ul", {}, tier.items.map((item) => el("li", {}, item))),
    ]),
    el("p", { class: "app-checker__safety-not-sure" }, `${redFlags.not_sure} `,
      el("a", { href: clinic.healthdirect_href }, clinic.healthdirect), "."));
}

function trainingSection(model, answers) {
  const ticked = (answers.training ?? []).filter((id) => model.load_advice[id]);
  if (!ticked.length) return null;
  return el("section", { class: "app-checker__training", "aria-labelledby": "app-checker-training" },
    el("h3", { id: "app-checker-training" }, model.wording.load_heading),
    ticked.map((id) => el("p", { "data-advice": id }, model.load_advice[id])));
}

function answersSection(model, answers, noneOfThese) {
  const { wording } = model;
  const list = el("dl", { class: "app-checker__answers" });
  for (const question of model.questions) {
    let text;
    if (question.kind === "number") {
      text = question.id in answers ? `${answers[question.id]} ${wording.pain_out_of}` : wording.not_answered;
    } else {
      const labels = question.options.filter((o) => answers[question.id]?.includes(o.id)).map((o) => o.label);
      const none = question.id === RED_FLAGS && noneOfThese;
      text = labels.length ? labels.join("; ") : (none ? wording.none_of_these : wording.not_answered);
    }
    list.append(el("dt", {}, question.legend), el("dd", {}, text));
  }
  return el("section", { class: "app-checker__answers-section", "aria-labelledby": "app-checker-answers" },
    el("h3", { id: "app-checker-answers" }, wording.answers_heading), list);
}

function renderResult(box, model, answers, result, form) {
  const { wording } = model;
  const { triage } = result;
  const child = (answers["age-group"] ?? []).includes("under-16");
  const heading = el("h2", { id: "app-checker-result", tabindex: "-1" }, wording.result_heading);
  const printButton = el("button", { type: "button", class: "md-button md-button--primary app-checker__print" }, wording.print_button);
  printButton.addEventListener("click", () => window.print());
  const changeButton = el("button", { type: "button", class: "md-button app-checker__change" }, wording.change_answers);
  changeButton.addEventListener("click", () => form.querySelector("input")?.focus());
  const keepGoing = triage === "book" || triage === "self-manage";
  const bookLater = triage === "self-manage"
    ? el("section", { class: "app-checker__book", "aria-labelledby": "app-checker-book" },
      el("h3", { id: "app-checker-book" }, wording.book_heading), bookingActions(model, false))
    : null;
  box.replaceChildren(...nodes(
    heading,
    triageCard(model, answers, result),
    // Urgent: no list of causes (it would reassure), no exercises, no training advice.
    // A child's hip: no adult causes.
    triage === URGENT || child ? null : causesSection(model, result),
    triage === URGENT ? null : exercisesSection(model, answers, result),
    keepGoing ? trainingSection(model, answers) : null,
    bookLater,
    answersSection(model, answers, form.querySelector(`#${NONE_OF_THESE}`)?.checked ?? false),
    el("p", { class: "app-checker__print-note" }, wording.print_note),
    el("p", { class: "app-checker__actions app-checker__no-print" }, printButton, " ", changeButton),
    safetyNet(model),
  ));
  box.hidden = false;
  // An urgent result must not sit under site-wide "Book" buttons: hide them until the next page.
  document.body.classList.toggle("app-urgent-result", triage === URGENT);
  return heading;
}

/** Instead of a result: which questions to answer first, each a link to it. */
function renderPrompt(box, model, missing) {
  const heading = el("h2", { id: "app-checker-result", tabindex: "-1" }, model.wording.prompt);
  box.replaceChildren(el("div", { class: "app-checker__prompt", "data-app-checker-prompt": "" },
    heading,
    el("ul", {}, missing.map((m) => el("li", { "data-question": m.id }, el("a", { href: `#${fieldId(m.id)}` }, m.text))))));
  box.hidden = false;
  document.body.classList.remove("app-urgent-result");
  return heading;
}

/* ------------------------------------------------------------------ wiring */

/**
 * Red flags come first (like NHS 111): the moment a ticked sign makes the result urgent,
 * show what to do now right under the red flags and bring it into view.
 */
function earlyWarning(form, model) {
  const flags = form.querySelector(".app-checker__question--red-flags");
  const message = model.triage[URGENT];
  const box = el("div", { class: "app-checker__triage app-checker__triage--urgent app-checker__early", hidden: true },
    el("p", { class: "app-checker__triage-heading" },
      el("span", { class: "app-checker__triage-label" }, `${message.label}:`), " ", message.heading));
  if (!flags) return box;
  flags.after(box);
  const update = () => {
    const answers = readAnswers(form, model);
    const urgent = explain(model, { [RED_FLAGS]: answers[RED_FLAGS] ?? [], "age-group": answers["age-group"] ?? [] }).triage === URGENT;
    const wasHidden = box.hidden;
    box.querySelector(".app-checker__urgent-actions")?.remove();
    if (urgent) box.append(urgentActions(model, answers));
    box.hidden = !urgent;
    if (urgent && wasHidden) box.scrollIntoView({ block: "nearest" });
  };
  form.addEventListener("change", (event) => {
    if (event.target.name === RED_FLAGS || event.target.name === "age-group") update();
  });
  return box;
}

/** "Answered n of 10", kept up to date as the runner answers. */
function wireProgress(form, model, progress) {
  const total = model.questions.length;
  const show = () => {
    const answered = answeredQuestions(form, model).size;
    progress.textContent = model.wording.progress.replace("{answered}", String(answered)).replace("{total}", String(total));
  };
  form.addEventListener("change", show);
  form.addEventListener("input", show);
  show();
  return show;
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
      form.append(choiceQuestion(question, map, wording));
    }
  }
  const early = earlyWarning(form, model);
  const submit = el("button", { type: "submit", class: "md-button md-button--primary" }, wording.submit);
  const reset = el("button", { type: "reset", class: "md-button" }, wording.reset);
  const progress = el("p", { class: "app-checker__progress" });
  form.append(progress, el("p", { class: "app-checker__actions" }, submit, " ", reset));

  const syncMap = wireBodyMap(form);
  const clearPain = wirePain(form, wording);
  wireNoneOfThese(form);
  const showProgress = wireProgress(form, model, progress);
  form.addEventListener("reset", () => {
    // Reset restores the boxes after this event: redraw the map and pain score once it has.
    setTimeout(() => {
      syncMap();
      clearPain();
      early.hidden = true;
      showProgress();
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
    const missing = missingForResult(model, answeredQuestions(form, model));
    status.textContent = "";
    if (missing.length) {
      // No result from a form without the red flags and one other answer: say what to answer instead.
      const heading = renderPrompt(resultBox, model, missing);
      root.classList.remove("app-checker--has-result");
      delete root.dataset.appCheckerTriage;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: "start" });
      setTimeout(() => { status.textContent = `${wording.prompt} ${missing.map((m) => m.text).join("; ")}`; }, 100);
      return;
    }
    const result = explain(model, answers);
    const heading = renderResult(resultBox, model, answers, result, form);
    root.dataset.appCheckerTriage = result.triage;
    root.classList.add("app-checker--has-result");
    const message = model.triage[result.triage];
    // Causes are named aloud only where the page shows them (never on an urgent result or for a child).
    const showsCauses = result.triage !== URGENT && !(answers["age-group"] ?? []).includes("under-16");
    const first = showsCauses ? model.conditions.find((c) => c.id === result.conditions[0]?.id) : null;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
    // Emptied, then filled a moment later: a screen reader announces it even when it is the same as last time.
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
