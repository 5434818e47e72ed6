// The explorer: one page, five views chosen by the URL's hash (#/search?query=…), each
// drawn from the JSON API (/api/VERB, the CLI's --json) with DOM nodes, never HTML text.
"use strict";

const PAGE_SIZE = 50;
const $ = (sel) => document.querySelector(sel);

// An element with attributes (on… are listeners) and children (strings become text).
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null) e.append(c);
  return e;
}

// The API's answer to VERB with PARAMS (arrays repeat a parameter); throws its error.
function apiUrl(verb, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const x of [].concat(v)) if (x !== "" && x != null) q.append(k, x);
  }
  return `/api/${verb}?${q}`;
}
async function api(verb, params) {
  const r = await fetch(apiUrl(verb, params));
  const body = await r.json().catch(() => ({ error: `${r.status} ${r.statusText}` }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function status(id, text, error = false) {
  const p = $(id);
  p.replaceChildren(...[].concat(text));
  p.classList.toggle("error", error);
}

// An id qualified by its pack when the corpus has several (2019-02:17).
const qualified = (x, id) => (x.pack ? `${x.pack}:${id}` : id);
const hashFor = (view, params) => `#/${view}?${new URLSearchParams(params)}`;

function pager(id, offset, shown, total, go) {
  const nav = $(id);
  nav.replaceChildren();
  if (offset > 0) nav.append(el("button", { onclick: () => go(Math.max(0, offset - PAGE_SIZE)) }, "← previous"));
  const more = total == null ? shown === PAGE_SIZE : offset + shown < total;
  if (more) nav.append(el("button", { onclick: () => go(offset + PAGE_SIZE) }, "next →"));
}

// ---- search ----------------------------------------------------------------------

async function showSearch(p) {
  const form = $("#search-form");
  for (const k of ["query", "sort", "page", "article"]) form.elements[k].value = p.get(k) || (k === "sort" ? "position" : "");
  const [from, to] = (p.get("dates") || "..").split("..");
  form.elements.from.value = from;
  form.elements.to.value = to;
  $("#kwic tbody").replaceChildren();
  $("#search-pager").replaceChildren();
  const query = p.get("query");
  if (!query) return status("#search-status", "Type a word or phrase: 乡村振兴, 党建, 基层…");
  const filters = { query, dates: p.get("dates"), page: p.get("page"), article: p.get("article") };
  const offset = Number(p.get("offset")) || 0;
  status("#search-status", "searching…");
  try {
    const [count, lines] = await Promise.all([
      api("search", { ...filters, count: "true" }),
      api("search", { ...filters, sort: p.get("sort") || "position", context: 14, limit: PAGE_SIZE, offset }),
    ]);
    const shown = lines.length ? ` (${offset + 1}–${offset + lines.length})` : "";
    status("#search-status", [el("span", { id: "hit-count" }, String(count)), ` hit${count === 1 ? "" : "s"}${shown}`]);
    $("#kwic tbody").replaceChildren(...lines.map(kwicRow));
    pager("#search-pager", offset, lines.length, count, (o) => {
      p.set("offset", o);
      location.hash = `#/search?${p}`;
    });
  } catch (e) {
    status("#search-status", e.message, true);
  }
}

function kwicRow(line) {
  const open = () => {
    location.hash = hashFor("reader", {
      id: qualified(line, line.article), p: line.paragraph, start: line.char_start, end: line.char_end,
    });
  };
  const src = `${line.source.file}:${line.source.line}:${line.source.column}`;
  return el("tr", { class: "hit-row", onclick: open, title: "open in the reader" },
    el("td", { class: "pid" }, qualified(line, line.paragraph)),
    el("td", { class: "left" }, line.left),
    el("td", { class: "kw" }, line.text),
    el("td", { class: "right" }, line.right),
    el("td", { class: "src" }, src));
}

$("#search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const f = ev.target.elements;
  const params = { query: f.query.value.trim(), sort: f.sort.value };
  if (f.from.value || f.to.value) params.dates = `${f.from.value || "0001-01-01"}..${f.to.value || "9999-12-31"}`;
  if (f.page.value.trim()) params.page = f.page.value.trim();
  if (f.article.value.trim()) params.article = f.article.value.trim();
  location.hash = hashFor("search", params);
});

// ---- reader ----------------------------------------------------------------------

// What a mention's tooltip says: its typed value.
const describe = {
  figure: (m) => `figure ${m.text}: ${m.value}${m.value_max != null ? `–${m.value_max}` : ""}` +
    `${m.unit ? ` ${m.unit}` : ""}${m.approx ? ` (${m.approx})` : ""}${m.multiplier ? `, ×${m.multiplier}` : ""}`,
  date: (m) => `date ${m.text}: ${m.iso ?? "unresolved"}${m.iso_end ? `/${m.iso_end}` : ""} (${m.precision}, ${m.resolved_by})`,
  entity: (m) => `${m.kind} ${m.name}${m.title ? ` (${m.title})` : ""}${m.admin_level ? ` [${m.admin_level}]` : ""}`,
  quote: (m) => `${m.kind} quote, speaker: ${m.speaker ?? "none stated"}${m.speaker_title ? ` (${m.speaker_title})` : ""}`,
};

async function showReader(p) {
  const id = p.get("id");
  $("#open-form").elements.id.value = id || "";
  $("#source-panel").hidden = true;
  if (!id) {
    $("#reader").replaceChildren();
    return status("#reader-status", "Open an article by its id, or click a search hit.");
  }
  status("#reader-status", "loading…");
  let article;
  try {
    article = await api("show", { id });
  } catch (e) {
    $("#reader").replaceChildren();
    return status("#reader-status", e.message, true);
  }
  const soft = (verb, extra = {}) => api(verb, { article: id, ...extra }).catch(() => []);
  const [figures, dates, quotes, entities] = await Promise.all([
    soft("figures"), soft("dates"), soft("quotes"), soft("entities", { mentions: "true" }),
  ]);
  const marks = new Map(); // paragraph id → [{start, end, cls, title}] in corpus chars
  const add = (m, cls, title) => {
    if (!marks.has(m.paragraph)) marks.set(m.paragraph, []);
    marks.get(m.paragraph).push({ start: m.char_start, end: m.char_end, cls, title });
  };
  figures.forEach((m) => add(m, "m-figure", describe.figure(m)));
  dates.forEach((m) => add(m, "m-date", describe.date(m)));
  quotes.forEach((m) => add(m, "m-quote", describe.quote(m)));
  entities.forEach((m) => add(m, `m-${m.kind}`, describe.entity(m)));
  const target = p.get("p");
  if (target && p.get("start")) {
    add({ paragraph: target, char_start: Number(p.get("start")), char_end: Number(p.get("end")) }, "hit", "search hit");
  }
  const n = figures.length + dates.length + quotes.length + entities.length;
  status("#reader-status", `${countParagraphs(article)} paragraphs, ${n} mentions marked`);
  $("#reader").replaceChildren(...articleNodes(article, id, marks));
  const at = target && document.getElementById(`p-${target}`);
  if (at) {
    at.classList.add("target");
    (at.querySelector(".hit") || at).scrollIntoView({ block: "center" });
  } else {
    window.scrollTo(0, 0);
  }
}

const countParagraphs = (a) => a.sections.reduce((n, s) => n + s.paragraphs.length, 0);

function articleNodes(a, id, marks) {
  const meta = [a.date, a.dateline?.text, a.byline, a.reporters.map((r) => r.name).join("、"), a.file]
    .filter(Boolean).join(" · ");
  const out = [
    a.kicker && el("p", { class: "kicker" }, a.kicker),
    el("h2", {}, a.title || "(untitled)"),
    a.subtitle && el("p", { class: "subtitle" }, `——${a.subtitle}`),
    el("p", { class: "meta" }, `${qualified(a, a.id)} · ${meta}`),
  ];
  for (const s of a.sections) {
    if (s.heading) out.push(el("h3", {}, s.heading));
    if (s.subheading) out.push(el("h4", {}, s.subheading));
    for (const para of s.paragraphs) {
      out.push(el("p", { class: "para", id: `p-${para.id}`, "data-id": para.id },
        el("a", { class: "pid", href: "#", title: "show the source line", onclick: (ev) => { ev.preventDefault(); showSource(id, para); } }, para.id),
        el("span", { class: "text" }, marked(para, marks.get(para.id) || []))));
    }
  }
  return out.filter(Boolean);
}

// The paragraph's text cut at every mention boundary; each piece carries the classes and
// tooltips of the mentions that cover it (a person inside a quote is both).
function marked(para, spans) {
  const chars = Array.from(para.text);
  const local = spans
    .map((s) => ({ ...s, start: s.start - para.char_start, end: s.end - para.char_start }))
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= chars.length);
  const cuts = [...new Set([0, chars.length, ...local.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const text = chars.slice(a, b).join("");
    const over = local.filter((s) => s.start <= a && b <= s.end);
    if (!over.length) { nodes.push(text); continue; }
    const cls = [...new Set(over.map((s) => s.cls))].join(" ");
    nodes.push(el("span", { class: cls, title: [...new Set(over.map((s) => s.title))].join("\n") }, text));
  }
  return nodes;
}

const rawCache = new Map();
async function showSource(id, para) {
  const panel = $("#source-panel");
  const where = (s) => `${s.file}:${s.line}:${s.column}`;
  panel.hidden = false;
  panel.replaceChildren(el("button", { onclick: () => { panel.hidden = true; } }, "close"),
    el("code", {}, where(para.source)), " loading…");
  try {
    if (!rawCache.has(id)) rawCache.set(id, await api("show", { id, raw: "true" }));
    const raw = rawCache.get(id);
    const lines = raw.raw.split(/\r\n|\r|\n/);
    const lineOf = (s) => lines[s.line - raw.first_line] ?? "";
    const pieces = [para.source, ...para.joins.map((j) => j.source)];
    panel.replaceChildren(panel.firstChild,
      ...pieces.flatMap((s, i) => [
        el("div", {}, el("code", {}, where(s)), i ? " (continues after a page break)" : ` paragraph ${para.id}`),
        el("pre", { class: "source-line" }, lineOf(s)),
      ]));
  } catch (e) {
    panel.replaceChildren(panel.firstChild, el("code", {}, where(para.source)), ` — ${e.message}`);
  }
}

$("#open-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  location.hash = hashFor("reader", { id: ev.target.elements.id.value.trim() });
});

// ---- articles --------------------------------------------------------------------

async function showArticles(p) {
  const offset = Number(p.get("offset")) || 0;
  try {
    const list = await api("articles", { limit: PAGE_SIZE, offset });
    status("#articles-status", list.length ? `articles ${offset + 1}–${offset + list.length}` : "no more articles");
    $("#articles tbody").replaceChildren(...list.map((a) => el("tr", {},
      el("td", { class: "src" }, qualified(a, a.id)),
      el("td", {}, el("a", { href: hashFor("reader", { id: qualified(a, a.id) }) }, a.title || "(untitled)")),
      el("td", {}, a.date || "–"),
      el("td", { class: "num" }, `${a.paragraphs} ¶`))));
    pager("#articles-pager", offset, list.length, null, (o) => { location.hash = hashFor("articles", { offset: o }); });
  } catch (e) {
    status("#articles-status", e.message, true);
  }
}

// ---- charts ----------------------------------------------------------------------

// Shows the SVG at URL in IMG, or the API's error in STATUS.
function chart(img, url, statusId) {
  img.hidden = true;
  img.onload = () => { img.hidden = false; };
  img.onerror = async () => {
    const body = await fetch(url).then((r) => r.json()).catch(() => ({}));
    status(statusId, body.error || "the chart could not be drawn", true);
  };
  img.src = url;
}

async function showTrend(p) {
  const terms = (p.get("terms") || "").split(/[\s,，、]+/).filter(Boolean);
  const by = p.get("by") || "month";
  const form = $("#trend-form");
  form.elements.terms.value = terms.join(" ");
  form.elements.by.value = by;
  $("#trend-table tbody").replaceChildren();
  if (!terms.length) {
    $("#trend-chart").hidden = true;
    return status("#trend-status", "Give one term or more: 乡村振兴 党建");
  }
  status("#trend-status", `hits per million chars of ${terms.join(", ")}, by ${by}`);
  chart($("#trend-chart"), apiUrl("plot/trend", { terms, by }), "#trend-status");
  $("#trend-chart").alt = `trend of ${terms.join(", ")} by ${by}`;
  try {
    const points = await api("trend", { terms, by });
    $("#trend-table tbody").replaceChildren(
      el("tr", {}, ...["period", "term", "hits", "per million", "articles"].map((h) => el("th", {}, h))),
      ...points.map((x) => el("tr", {}, el("td", {}, x.period), el("td", {}, x.term),
        el("td", { class: "num" }, String(x.hits)), el("td", { class: "num" }, x.per_million.toFixed(1)),
        el("td", { class: "num" }, String(x.articles)))));
  } catch (e) {
    status("#trend-status", e.message, true);
  }
}

$("#trend-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const f = ev.target.elements;
  location.hash = hashFor("trend", { terms: f.terms.value.trim(), by: f.by.value });
});

async function showTimeline(p) {
  const offset = Number(p.get("offset")) || 0;
  const window = { limit: PAGE_SIZE, offset };
  status("#timeline-status", "");
  chart($("#timeline-chart"), apiUrl("plot/timeline", window), "#timeline-status");
  $("#timeline-chart").alt = "timeline of the dated statements";
  try {
    const entries = await api("timeline", window);
    if (!$("#timeline-status").classList.contains("error")) {
      status("#timeline-status", entries.length ? `dated statements ${offset + 1}–${offset + entries.length}, in date order` : "no more dated statements");
    }
    $("#timeline tbody").replaceChildren(...entries.map((t) => {
      const para = t.sentence_id && t.sentence_id.split(".").slice(0, 3).join(".");
      const link = para && hashFor("reader", { id: qualified(t, para.split(".")[0]), p: para, start: t.char_start, end: t.char_end });
      return el("tr", {},
        el("td", {}, t.iso_end ? `${t.iso}/${t.iso_end}` : t.iso),
        el("td", {}, t.text),
        el("td", {}, link ? el("a", { href: link }, t.sentence) : t.sentence || "–"),
        el("td", { class: "src" }, `${t.source.file}:${t.source.line}:${t.source.column}`));
    }));
    pager("#timeline-pager", offset, entries.length, null, (o) => { location.hash = hashFor("timeline", { offset: o }); });
  } catch (e) {
    status("#timeline-status", e.message, true);
  }
}

// ---- views -----------------------------------------------------------------------

const views = { search: showSearch, reader: showReader, articles: showArticles, trend: showTrend, timeline: showTimeline };

function route() {
  const m = location.hash.match(/^#\/(\w+)\??(.*)$/);
  const view = m && views[m[1]] ? m[1] : "search";
  const params = new URLSearchParams(m ? m[2] : "");
  for (const v of Object.keys(views)) $(`#view-${v}`).hidden = v !== view;
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("current", a.dataset.view === view);
  views[view](params);
}

window.addEventListener("hashchange", route);
route();
api("stats").then((s) => {
  $("#corpus-stats").textContent = `${s.files} files · ${s.articles} articles · ${s.paragraphs} paragraphs · ${s.paragraph_chars} chars`;
}).catch(() => {});
