// Starts the browser editor (Decap CMS) by hand, with its settings from
// config.json (made from config.yml at build time: some hosts serve .yml with
// a type Decap refuses), and, for `make edit`, the port of the local server
// (decap-server): /admin/?local_backend_port=NNNN. Decap only ever talks to a
// local server when this page itself is on localhost or 127.0.0.1.
window.CMS_MANUAL_INIT = true;
window.addEventListener("DOMContentLoaded", async () => {
  const response = await fetch("config.json", { cache: "no-cache" });
  const config = await response.json();
  const port = new URLSearchParams(window.location.search).get("local_backend_port");
  if (/^[0-9]{2,5}$/.test(port || "")) {
    config.local_backend = { url: `http://${window.location.hostname}:${port}/api/v1` };
  }
  window.CMS.init({ config: { ...config, load_config_file: false } });
});
