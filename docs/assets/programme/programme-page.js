/* The My programme page: lists the chosen exercises with their dosage (editable
 * within the limits of the data), steps, tips and easier or harder versions;
 * reorders, removes and prints them; keeps the address in step.
 * Loaded by programme.js only on that page. Text goes in with textContent
 * (never innerHTML); handlers are attached here, never inline.
 */
import { formatProgramme, MAX_EXERCISES, parseProgrammeLink } from "./programme-hash.js";
import { forget, getItems, isRemembered, remember, setItems, subscribe } from "./programme-state.js";
import { announce } from "./programme-status.js";

const SITE = new URL("../../", import.meta.url);
const DATA_URL = new URL("../../programme/exercises.json", import.meta.url);
// Measured with scripts/bench_programme.py: this many of the wordiest exercises still print on one A4 page.
export const PRINT_FITS = 8;
const DAYS = ["M", "T", "W", "T", "F", "S", "S"];

let data = null;
let root = null;
let note = "";
let focusAfter = null;
let started = false;

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "on") for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else el.setAttribute(name, value === true ? "" : value);
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false && c !== ""));
  return el;
}

const hidden = (text) => h("span", { class: "app-visually-hidden" }, text);
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const clamp = (n, { min, max }) => Math.min(max, Math.max(min, n));
const exercise = (id) => (Object.hasOwn(data.exercises, id) ? data.exercises[id] : null);
const siteUrl = (path) => new URL(path, SITE).href;

/** Fill missing dosage from the exercise, clamp numbers to the limits, drop unknown ids. */
function normalise(list) {
  const items = [];
  for (const item of list) {
    const ex = exercise(item.id);
    if (!ex) continue;
    const hold = ex.dosage.reps === null;
    const amount = item.amount ?? (hold ? ex.dosage.hold_seconds : ex.dosage.reps);
    items.push({
      id: ex.id, hold,
      sets: clamp(item.sets ?? ex.dosage.sets, data.limits.sets),
      amount: clamp(amount, data.limits[hold ? "hold_seconds" : "reps"]),
    });
  }
  return { items, dropped: list.length - items.length };
}

function load(list, overLimit = 0, kept = []) {
  const { items, dropped } = normalise([...list, ...kept.filter((k) => !list.some((i) => i.id === k.id))]);
  const added = items.length - normalise(list).items.length;
  const notes = [];
  if (dropped) {
    notes.push(`${plural(dropped, "exercise")} in this link ${dropped === 1 ? "is" : "are"} no longer on this site, so left out.`);
  }
  if (overLimit) {
    notes.push(`My programme holds up to ${MAX_EXERCISES} exercises, so the last ${plural(overLimit, "exercise")} `
      + `in this link ${overLimit === 1 ? "was" : "were"} left out.`);
  }
  if (added > 0) {
    notes.push(`${plural(added, "exercise")} you added earlier in this tab ${added === 1 ? "is" : "are"} kept at the end. Remove any you do not want.`);
  }
  note = notes.join(" ");
  setItems(items, "load");
}

function update(next, reason, focus = null) {
  focusAfter = focus;
  setItems(next, reason);
}

/** "3 sets of 10 on each side, 2–3 times a week", as on the exercise pages. */
function dosageText(ex, item) {
  const each = ex.dosage.each_side ? " on each side" : "";
  const work = item.hold
    ? `${item.sets} hold${item.sets === 1 ? "" : "s"} of ${item.amount} seconds${each}`
    : `${item.sets} set${item.sets === 1 ? "" : "s"} of ${item.amount}${each}`;
  return `${work}, ${ex.dosage.sessions_per_week.replace("-", "–")} times a week`;
}

function numberField(ex, item, field, label, limits) {
  const id = `app-programme-${ex.id}-${field}`;
  const input = h("input", {
    id, type: "number", inputmode: "numeric", min: limits.min, max: limits.max, step: 1, value: item[field],
    "data-field": field,
    on: {
      change: () => {
        const current = getItems().find((i) => i.id === ex.id);
        const typed = Number.parseInt(input.value, 10);
        const value = Number.isNaN(typed) ? current[field] : clamp(typed, limits);
        input.value = value;
        if (value !== current[field]) {
          update(getItems().map((i) => (i.id === ex.id ? { ...i, [field]: value } : i)), "dosage");
        }
      },
    },
  });
  return h("p", { class: "app-programme-field" },
    h("label", { for: id }, `${label} (${limits.min}–${limits.max})`), input);
}

function editor(ex, item) {
  return h("fieldset", { class: "app-programme-item__edit" },
    h("legend", {}, "How much", hidden(`: ${ex.name}`)),
    numberField(ex, item, "sets", "Sets", data.limits.sets),
    item.hold
      ? numberField(ex, item, "amount", "Seconds per hold", data.limits.hold_seconds)
      : numberField(ex, item, "amount", "Reps per set", data.limits.reps));
}

function swapButton(ex, version) {
  if (getItems().some((i) => i.id === version.id)) return h("span", { class: "app-programme-item__in" }, "(in your programme)");
  return h("button", {
    type: "button", class: "app-programme-button", "data-action": `swap-${version.id}`,
    on: {
      click: () => {
        const { items } = normalise([{ id: version.id }]);
        update(getItems().map((i) => (i.id === ex.id ? items[0] : i)), "swap", `[data-id="${version.id}"] h3 a`);
        announce(`Swapped ${ex.name} for ${version.name}.`);
      },
    },
  }, "Swap", hidden(` ${ex.name} for ${version.name}`));
}

function versions(ex) {
  const rows = [["Easier", ex.easier], ["Harder", ex.harder]].flatMap(([label, list]) => list
    .filter((v) => exercise(v.id))
    .map((v) => h("li", {}, `${label}: `, h("a", { href: siteUrl(exercise(v.id).url) }, v.name), " ", swapButton(ex, v))));
  if (!rows.length) return null;
  return h("div", { class: "app-programme-item__versions" }, h("h4", {}, "Easier and harder versions"), h("ul", {}, rows));
}

function move(ex, index, by) {
  const items = getItems();
  const [item] = items.splice(index, 1);
  items.splice(index + by, 0, item);
  const action = by < 0 ? "up" : "down";
  update(items, "order", `[data-id="${ex.id}"] [data-action="${action}"]`);
  announce(`${ex.name} moved to number ${index + by + 1} of ${items.length}.`);
}

function remove(ex) {
  const items = getItems().filter((i) => i.id !== ex.id);
  update(items, "remove", "#your-exercises");
  announce(`${ex.name} removed. Your programme has ${plural(items.length, "exercise")}.`);
}

function controls(ex, index, count) {
  const button = (action, text, disabled, fn) => h("button", {
    type: "button", class: "app-programme-button", "data-action": action, disabled, on: { click: fn },
  }, text, hidden(`: ${ex.name}`));
  return h("p", { class: "app-programme-item__controls" },
    button("up", "Move up", index === 0, () => move(ex, index, -1)),
    button("down", "Move down", index === count - 1, () => move(ex, index, 1)),
    button("remove", "Remove", false, () => remove(ex)));
}

function ticks() {
  return h("table", { class: "app-programme-ticks" },
    h("thead", {}, h("tr", {}, h("td"), DAYS.map((d) => h("th", { scope: "col" }, d)))),
    h("tbody", {}, ["Week 1", "Week 2"].map((w) => h("tr", {}, h("th", { scope: "row" }, w), DAYS.map(() => h("td"))))));
}

/** "Only once your doctor or physio clears you" beside an exercise a condition allows only then. */
function clearedOnly(ex) {
  const names = ex.only_once_cleared ?? [];
  if (!names.length || !data?.only_once_cleared) return null;
  return h("p", { class: "app-programme-item__cleared app-cleared-only" }, `${names.join(", ")}: ${data.only_once_cleared}.`);
}

function renderItem(item, index, count) {
  const ex = exercise(item.id);
  return h("li", { class: "app-programme-item", "data-id": ex.id },
    h("div", { class: "app-programme-item__head" },
      h("h3", { class: "app-programme-item__name" }, h("a", { href: siteUrl(ex.url) }, ex.name)),
      h("p", { class: "app-programme-item__dosage" }, dosageText(ex, item))),
    clearedOnly(ex),
    ex.diagram && h("img", {
      class: "app-programme-item__diagram", src: siteUrl(ex.diagram.src), alt: ex.diagram.alt,
      width: ex.diagram.width, height: ex.diagram.height,
    }),
    editor(ex, item),
    h("div", { class: "app-programme-item__steps" },
      h("h4", {}, "How to do it"), h("ol", {}, ex.steps.map((s) => h("li", {}, s)))),
    h("div", { class: "app-programme-item__cues" },
      h("h4", {}, "Tips"), h("ul", {}, ex.cues.map((c) => h("li", {}, c)))),
    versions(ex),
    controls(ex, index, count),
    ticks());
}

function rememberTools() {
  if (isRemembered()) {
    return h("p", { class: "app-programme-tools__memory" },
      "This programme is remembered on this device and updates as you change it. ",
      h("button", {
        type: "button", class: "md-button", "data-action": "forget",
        on: {
          click: () => {
            forget();
            update(getItems(), "memory", '[data-action="remember"]');
            announce("Forgotten. Nothing is kept on this device now; the programme stays in this page's address.");
          },
        },
      }, "Forget on this device"));
  }
  return h("p", { class: "app-programme-tools__memory" },
    "To find it here next time without a bookmark, keep it in this browser. It stays on this device and is never sent. ",
    h("button", {
      type: "button", class: "md-button", "data-action": "remember",
      on: {
        click: () => {
          const ok = remember();
          update(getItems(), "memory", ok ? '[data-action="forget"]' : '[data-action="remember"]');
          announce(ok ? "Remembered on this device." : "This browser blocks saving. Bookmark this page instead.");
        },
      },
    }, "Remember on this device"));
}

function tools(count) {
  const copy = h("button", {
    type: "button", class: "md-button", "data-action": "copy",
    on: {
      click: () => {
        const done = (message) => {
          copy.textContent = message;
          announce(message);
        };
        if (!navigator.clipboard) return done("Copy the address from the address bar");
        navigator.clipboard.writeText(location.href).then(() => done("Link copied"),
          () => done("Copy the address from the address bar"));
      },
    },
  }, "Copy link");
  return h("div", { class: "app-programme-tools" },
    count > 0 && h("p", {},
      h("button", { type: "button", class: "md-button md-button--primary", "data-action": "print", on: { click: () => window.print() } },
        "Print or save as PDF"), " ", copy),
    count > PRINT_FITS && h("p", {}, `More than ${PRINT_FITS} exercises may not fit on one printed page.`),
    (count > 0 || isRemembered()) && rememberTools());
}

function setDate() {
  const today = new Intl.DateTimeFormat("en-AU", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
  for (const el of document.querySelectorAll("[data-app-programme-date]")) el.textContent = today;
}

function render() {
  const items = getItems();
  // Through h(): it drops the false and "" of absent parts (replaceChildren would show them as text).
  root.replaceChildren(...h("div", {},
    h("h2", { id: "your-exercises", class: "app-programme__heading", tabindex: "-1" },
      items.length ? `Your exercises (${items.length})` : "Your exercises"),
    note && h("p", { class: "app-programme__note" }, note),
    items.length > 0 && h("ol", { class: "app-programme__list" }, items.map((item, i) => renderItem(item, i, items.length))),
    tools(items.length)).childNodes);
  for (const el of document.querySelectorAll("[data-app-programme-empty]")) {
    el.hidden = items.length > 0;
    el.classList.add("app-programme__empty--decided");
  }
  root.classList.add("app-programme--ready");
  setDate();
  if (focusAfter) {
    let target = root.querySelector(focusAfter);
    if (target?.disabled) target = target.parentElement.querySelector("button:not([disabled])");
    target?.focus();
    focusAfter = null;
  }
}

function showDosage() {
  for (const item of getItems()) {
    const el = root.querySelector(`[data-id="${item.id}"] .app-programme-item__dosage`);
    if (el) el.textContent = dosageText(exercise(item.id), item);
  }
}

/** Keep the address in step with the programme (replaceState: no extra history entries). */
function writeAddress() {
  const url = new URL(location.href);
  url.hash = formatProgramme(getItems());
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}

function onChange(reason) {
  if (!root || !root.isConnected || !data) return;
  writeAddress();
  if (reason === "dosage") showDosage();
  else render();
}

function onAddressEdited() {
  const link = parseProgrammeLink(location.hash);
  if (root?.isConnected && data && link && formatProgramme(link.items) !== formatProgramme(getItems())) {
    load(link.items, link.overLimit);
  }
}

/** Show the programme in `el`; the address wins over memory when the page was loaded from it. */
export async function mount(el, { fromAddress }) {
  root = el;
  if (!started) {
    started = true;
    subscribe(onChange);
    window.addEventListener("hashchange", onAddressEdited);
    window.addEventListener("beforeprint", setDate);
  }
  try {
    data ??= await fetch(DATA_URL).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))));
  } catch {
    el.replaceChildren(h("p", { class: "app-programme__note" },
      "The exercises could not be loaded. Check your connection, then reload this page."));
    return;
  }
  if (el !== root || !el.isConnected) return; // the runner moved on while it loaded
  const link = parseProgrammeLink(location.hash);
  // A link opened in this tab wins, but the tab's own list is never dropped without asking: it is kept after it.
  if (fromAddress && link) load(link.items, link.overLimit, getItems());
  else load(getItems());
}
