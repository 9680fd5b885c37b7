/* My programme: a home exercise plan the runner builds on this site.
 *
 * How the programme travels between pages, with no server, no cookies and
 * no storage (unless asked):
 * - The programme is written in the address of the My programme page, after
 *   "#" (format: programme-hash.js). That link is the whole programme: it can
 *   be bookmarked or sent, and browsers never send the part after "#".
 * - Other pages' "#" is for their headings, so "Add to my programme" adds the
 *   exercise to a list held in memory (programme-state.js). This module lives
 *   on while Material's instant navigation swaps pages, and writes the list
 *   into the href of every link to My programme on the page; following one
 *   (instantly, in a new tab, or copied) carries the programme there.
 * - The list is also kept in sessionStorage for this tab, so a reload or a
 *   full page load (from a search engine, another host) keeps adding to it;
 *   the browser clears it when the tab closes. "Remember on this device" on
 *   the programme page also keeps it in localStorage, until "Forget" removes it.
 * - On the programme page the address wins when the page is loaded from it
 *   (first load, reload, edited address), and the tab's own exercises not in
 *   it are kept after it; after instant navigation the list in memory wins, so
 *   going Back to an older address does not undo additions.
 *
 * Contract with other components: ANY element with class app-programme-add
 * and data-app-programme-add="id1,id2" adds those exercises when clicked
 * (event delegation on document: markup rendered later works too). The
 * element's text, or that of an .app-programme-add__label inside it, becomes
 * "Added to my programme" (or its data-app-programme-added-text), and a
 * polite live region says what happened. Elements of this component that are
 * [hidden] in the HTML (useless without this script) are revealed.
 */
import { formatProgramme, ID, parseProgramme } from "./programme-hash.js";
import { addIds, has, getItems, loadRemembered, subscribe } from "./programme-state.js";
import { announce } from "./programme-status.js";

const PROGRAMME_URL = new URL("../../programme/", import.meta.url);
const ADD = ".app-programme-add[data-app-programme-add]";
let firstDocument = true;

function idsOf(el) {
  return el.getAttribute("data-app-programme-add").split(",").map((s) => s.trim()).filter((s) => ID.test(s));
}

/** A link to My programme itself; not one to a heading on it (skip link, permalinks: "#pain-rule"). */
function isProgrammeLink(a) {
  if (!(a instanceof HTMLAnchorElement)) return false; // an SVG <a> has no pathname or hash
  const path = a.pathname.replace(/index\.html$/, "");
  const ownHash = a.hash === "" || a.hash.startsWith("#p=");
  return ownHash && a.origin === PROGRAMME_URL.origin && path === PROGRAMME_URL.pathname;
}

/** Write the programme into every link to My programme, and show each add control's state. */
function refresh() {
  const hash = formatProgramme(getItems());
  for (const a of document.querySelectorAll("a[href]")) {
    if (isProgrammeLink(a) && a.hash !== (hash ? `#${hash}` : "")) a.hash = hash;
  }
  for (const el of document.querySelectorAll(ADD)) {
    const ids = idsOf(el);
    const label = el.querySelector(".app-programme-add__label") || el;
    if (!el.hasAttribute("data-app-programme-label")) el.setAttribute("data-app-programme-label", label.textContent);
    const added = ids.length > 0 && ids.every(has);
    label.textContent = added
      ? el.getAttribute("data-app-programme-added-text") || "Added to my programme"
      : el.getAttribute("data-app-programme-label");
    el.classList.toggle("app-programme-add--added", added);
  }
}

function onClick(event) {
  const el = event.target instanceof Element ? event.target.closest(ADD) : null;
  if (!el) return;
  const { added, already, full } = addIds(idsOf(el));
  const count = getItems().length;
  const total = `Your programme has ${count} exercise${count === 1 ? "" : "s"}.`;
  if (full) announce(`Your programme is full, so ${full} exercise${full === 1 ? " was" : "s were"} left out. ${total}`);
  else if (added) announce(`Added to my programme. ${total}`);
  else if (already) announce(`Already in my programme. ${total}`);
  refresh();
}

/** Per page (first load and every instant navigation): reveal controls, sync links, mount the programme page. */
function setupPage() {
  for (const el of document.querySelectorAll(".app-programme-add[hidden], .app-programme-actions[hidden]")) {
    el.hidden = false;
  }
  refresh();
  const root = document.querySelector("[data-app-programme]");
  if (root) {
    const fromAddress = firstDocument;
    // Say "empty" (or not) now, before exercises.json arrives: the first paint already shows it (programme.css).
    const empty = !getItems().length && !(fromAddress && parseProgramme(location.hash)?.length);
    for (const el of document.querySelectorAll("[data-app-programme-empty]")) {
      el.hidden = !empty;
      el.classList.add("app-programme__empty--decided"); // from now on [hidden] hides it (programme.css)
    }
    import("./programme-page.js").then((page) => page.mount(root, { fromAddress }));
  }
  firstDocument = false;
}

if (!window.__appProgramme) {
  window.__appProgramme = true;
  loadRemembered();
  announce(""); // the live region exists before its first message, so it is read out
  subscribe(refresh);
  // Capture phase: runs before Material's instant navigation reads a link's href.
  document.addEventListener("click", onClick, true);
  if (typeof window.document$ !== "undefined") window.document$.subscribe(setupPage);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setupPage);
  else setupPage();
}
