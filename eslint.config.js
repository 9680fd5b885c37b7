// ESLint (flat config) for every JavaScript file of the project: `make lint`, run by `make test`.
// Beyond the recommended rules, it enforces what the site promises about its front end:
// text is set as text (no HTML from strings, no eval), and the symptom checker stores and
// sends nothing, its engine touching no page, network or other module.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

// Ways to turn a string into markup or code.
const NO_HTML_FROM_STRINGS = [
  { object: "document", property: "write", message: "Build nodes and set textContent instead." },
  { object: "document", property: "writeln", message: "Build nodes and set textContent instead." },
];
const NO_HTML_SYNTAX = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Set textContent (or build nodes): text from data/ must never be parsed as HTML.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Build nodes instead: text from data/ must never be parsed as HTML.",
  },
];

// What the symptom checker never uses: answers stay in the page.
const CHECKER_STORES_AND_SENDS_NOTHING = ["localStorage", "sessionStorage", "indexedDB", "XMLHttpRequest", "WebSocket"]
  .map((name) => ({ name, message: "The symptom checker stores and sends nothing." }));
const CHECKER_PROPERTIES = [
  ...NO_HTML_FROM_STRINGS,
  { object: "document", property: "cookie", message: "The symptom checker stores nothing." },
  { object: "navigator", property: "sendBeacon", message: "The symptom checker sends nothing." },
  { object: "window", property: "localStorage", message: "The symptom checker stores nothing." },
  { object: "window", property: "sessionStorage", message: "The symptom checker stores nothing." },
];

const ENGINE_ONLY = "The engine is pure: no page, no network, no imports (ui.js does those).";

module.exports = [
  { ignores: ["node_modules/", "site/", ".site-*/", ".venv/", "screenshots/", "screenshots-pictures/", "bench-out/"] },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // The site's ES modules; Material's `document$` announces each page (instant navigation).
    files: ["docs/assets/**/*.js"],
    languageOptions: {
      sourceType: "module",
      globals: { ...globals.browser, document$: "readonly" },
    },
    rules: {
      "no-restricted-properties": ["error", ...NO_HTML_FROM_STRINGS],
      "no-restricted-syntax": ["error", ...NO_HTML_SYNTAX],
    },
  },
  {
    // Material's search worker stand-in: a classic worker script.
    files: ["docs/assets/javascripts/workers/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.worker } },
  },
  {
    files: ["docs/assets/symptom-checker/*.js"],
    rules: {
      "no-restricted-globals": ["error", ...CHECKER_STORES_AND_SENDS_NOTHING],
      "no-restricted-properties": ["error", ...CHECKER_PROPERTIES],
    },
  },
  {
    files: ["docs/assets/symptom-checker/engine.js"],
    rules: {
      "no-restricted-globals": ["error", ...CHECKER_STORES_AND_SENDS_NOTHING,
        ...["document", "window", "navigator", "location", "fetch", "self", "globalThis"]
          .map((name) => ({ name, message: ENGINE_ONLY }))],
      "no-restricted-syntax": ["error", ...NO_HTML_SYNTAX,
        { selector: "ImportDeclaration", message: ENGINE_ONLY },
        { selector: "ImportExpression", message: ENGINE_ONLY }],
    },
  },
  {
    // The browser editor's start script, a classic script in admin/index.html.
    files: ["admin/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, CMS: "readonly" } },
  },
  {
    // Node tools and tests run from the command line.
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["**/*.cjs", "eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
];
