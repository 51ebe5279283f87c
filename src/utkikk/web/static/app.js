/* Utkikk: the little JavaScript the pages need; every page still works without it.
   - actor fields ([data-actor]): suggestions from /api/actors as one types, shown by name
   - article pages: the evidence sentence named by #ev-N is highlighted and scrolled into view
   - chart downloads: a[data-png] draws the chart's SVG onto a canvas and saves a PNG
   - the actor index: a filter over its rows */
"use strict";

const FOLD = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i" };

/* Lower case without accents, like utkikk.store.directory.fold on the server. */
function fold(s) {
  return s.toLowerCase().replace(/[øæœßđłı]/g, (c) => FOLD[c]).normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
}

function actorLabel(a) {
  let extra = [];
  if (a.match && a.match !== a.name && a.match !== a.code) extra.push(a.match);
  if (a.via) extra.push("via " + a.via);
  extra.push(a.events ? a.events + " events" : "no events here");
  return { main: a.code + " — " + a.name, extra: extra.join(" · ") };
}

function typeahead(input) {
  const list = document.createElement("ul");
  list.className = "ta-list";
  list.setAttribute("role", "listbox");
  list.id = "ta-" + input.name + "-" + Math.random().toString(36).slice(2, 8);
  list.hidden = true;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.parentNode.appendChild(list);
  let items = [], active = -1, timer = null, seq = 0;

  function close() { list.hidden = true; active = -1; input.setAttribute("aria-expanded", "false"); }
  function choose(i) { if (items[i]) { input.value = items[i].code; } close(); }
  function mark(i) {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute("aria-selected", k === i ? "true" : "false"));
  }
  function render(rows) {
    items = rows;
    list.replaceChildren(...rows.map((a, i) => {
      const li = document.createElement("li"), lab = actorLabel(a), small = document.createElement("span");
      li.setAttribute("role", "option");
      li.textContent = lab.main;
      small.className = "muted";
      small.textContent = " " + lab.extra;
      li.appendChild(small);
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); choose(i); });
      return li;
    }));
    list.hidden = rows.length === 0;
    input.setAttribute("aria-expanded", rows.length ? "true" : "false");
    active = -1;
  }
  async function lookup() {
    const q = input.value.trim(), mine = ++seq;
    if (!q) { render([]); return; }
    try {
      const r = await fetch("/api/actors?limit=8&q=" + encodeURIComponent(q));
      const data = await r.json();
      if (mine === seq) render(data.actors || []);
    } catch (e) { render([]); }
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    if (ev.key === "ArrowDown") { ev.preventDefault(); mark(Math.min(active + 1, items.length - 1)); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); mark(Math.max(active - 1, 0)); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); choose(active); }
    else if (ev.key === "Escape") { close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

function highlightTarget() {
  document.querySelectorAll(".sent.hit").forEach((el) => el.classList.remove("hit"));
  const m = location.hash.match(/^#ev-(\d+)$/);
  if (!m) return;
  const parts = document.querySelectorAll('.sent[data-ev="' + m[1] + '"]');
  parts.forEach((el) => el.classList.add("hit"));
  if (parts.length) parts[0].scrollIntoView({ block: "center" });
}

async function savePng(link) {
  const text = await (await fetch(link.href)).text();
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  const img = new Image();
  img.onload = () => {
    const scale = 2, canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = link.dataset.png;
      document.body.appendChild(a);
      a.click();
      a.remove();
    }, "image/png");
  };
  img.src = url;
}

function actorFilter(input) {
  const rows = [...document.querySelectorAll("table.actors tbody tr[data-search]")];
  const count = document.getElementById("actor-count");
  rows.forEach((tr) => { tr.dataset.folded = fold(tr.dataset.search); });
  input.addEventListener("input", () => {
    const q = fold(input.value);
    let shown = 0;
    rows.forEach((tr) => {
      const hit = !q || tr.dataset.folded.split(" ").some((w) => w.startsWith(q)) || tr.dataset.folded.includes(q);
      tr.hidden = !hit;
      shown += hit ? 1 : 0;
    });
    if (count) count.textContent = q ? shown + " of " + rows.length : "";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-actor]").forEach(typeahead);
  document.querySelectorAll("a[data-png]").forEach((a) => a.addEventListener("click", (ev) => {
    ev.preventDefault();
    savePng(a);
  }));
  const filter = document.getElementById("actor-filter");
  if (filter) actorFilter(filter);
  const filterForm = document.getElementById("actor-filter-form");  // filters in place: no reload
  if (filterForm) filterForm.addEventListener("submit", (ev) => ev.preventDefault());
  highlightTarget();
});
window.addEventListener("hashchange", highlightTarget);
