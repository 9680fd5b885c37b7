/* One polite live region for the whole visit: says what the last action did.
 * It sits at the end of <body>, which Material's instant navigation keeps. */
let region = null;

/** Tell screen reader users what just happened (the visible page shows it too). */
export function announce(message) {
  if (!region || !region.isConnected) {
    region = document.createElement("div");
    region.className = "app-visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("data-app-programme-status", "");
    document.body.append(region);
  }
  region.textContent = message;
}
