/* The programme in memory: one list shared by every page of the visit.
 *
 * This module lives as long as the browser tab's document, so it survives
 * Material's instant navigation. A copy goes into sessionStorage on every
 * change, so a reload or a full page load in the same tab keeps the list (the
 * browser clears it when the tab closes). It writes to localStorage only after
 * the runner presses "Remember on this device", and forget() removes it again.
 */
import { formatProgramme, MAX_EXERCISES, parseProgramme } from "./programme-hash.js";

const STORAGE_KEY = "app-programme";
const TAB_KEY = "app-programme-tab";
let items = [];
const listeners = new Set();

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

function tabStorage() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The list as this tab last had it ("" when emptied), or null before the first change. */
function readTab() {
  try {
    return tabStorage()?.getItem(TAB_KEY) ?? null;
  } catch {
    return null;
  }
}

function saveTab() {
  try {
    tabStorage()?.setItem(TAB_KEY, formatProgramme(items));
  } catch {
    /* blocked: the list still lives in memory and in the programme's address */
  }
}

function read() {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function save() {
  if (read() === null) return; // not remembered: nothing is stored
  try {
    storage().setItem(STORAGE_KEY, formatProgramme(items));
  } catch {
    /* full or blocked: the address still holds the programme */
  }
}

/** A copy of the exercises in the programme, in order. */
export function getItems() {
  return items.map((i) => ({ ...i }));
}

/** Replace the programme; `reason` tells listeners what changed ("add", "dosage", "order", "load"...). */
export function setItems(next, reason) {
  const seen = new Set();
  items = next.filter((i) => !seen.has(i.id) && seen.add(i.id)).slice(0, MAX_EXERCISES).map((i) => ({ ...i }));
  save();
  saveTab();
  for (const fn of listeners) fn(reason);
}

/** Add exercises by id, keeping order; returns how many were added, already there, or left out (full). */
export function addIds(ids) {
  const next = getItems();
  const result = { added: 0, already: 0, full: 0 };
  for (const id of ids) {
    if (next.some((i) => i.id === id)) result.already += 1;
    else if (next.length >= MAX_EXERCISES) result.full += 1;
    else {
      next.push({ id });
      result.added += 1;
    }
  }
  if (result.added) setItems(next, "add");
  return result;
}

export function has(id) {
  return items.some((i) => i.id === id);
}

/** Call fn(reason) after every change; returns a function that stops it. */
export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function isRemembered() {
  return read() !== null;
}

/** Keep the programme in this browser's localStorage (the runner asked for it). Returns false if blocked. */
export function remember() {
  try {
    storage().setItem(STORAGE_KEY, formatProgramme(items));
    return true;
  } catch {
    return false;
  }
}

/** Remove the remembered copy; the programme stays in the page and its address. */
export function forget() {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing was stored */
  }
}

/** Load this tab's list (after a reload or a full page load), else the remembered programme. */
export function loadRemembered() {
  const stored = readTab() ?? read();
  if (stored) items = parseProgramme(`#${stored}`) ?? [];
}
