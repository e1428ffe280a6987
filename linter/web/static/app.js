// The page's behaviour: check when typing pauses, show findings, remember what is fine or kept, copy the safe version.
// Nothing is stored: the note, the names and the choices live in this tab's memory only.
"use strict";

const LABELS = {
  person: "Name", location: "Place", facility: "Hospital, school or workplace", phone: "Phone number",
  email: "Email address", handle: "Social media", date: "Date", id: "ID number",
  quasi: "Detail that could identify someone",
  judgement: "Judgement", stigma: "Loaded word", speculation: "Guess stated as fact",
  gossip: "Hearsay", sarcasm: "Sarcasm or a joke", body: "Remark about someone's body",
  paternalism: "Talking down to the family",
};
const DEBOUNCE_MS = 400;  // check when typing pauses, not on every key

const $ = (id) => document.getElementById(id);
const note = $("note"), names = $("names"), statusLine = $("status"), highlighted = $("highlighted");
const detail = $("detail"), list = $("findings"), safe = $("safe"), copyButton = $("copy"), copied = $("copied");
const remaining = $("remaining");

const fine = new Set();  // keys of findings marked fine (wording) or kept visible (identifiers)
let findings = [];
let safeText = "";
let sequence = 0;        // only the newest answer is shown
let timer = null;
let inFlight = null;     // the AbortController of the check under way: a newer one cancels it
let refocusKey = null;   // after a choice re-renders the list, keep keyboard focus on that finding's control

function label(f) { return LABELS[f.category] || f.category; }

function nameList() {
  return names.value.split(/[\n,]/).map((n) => n.trim()).filter(Boolean);
}

function schedule() {
  // Fail closed: until the new answer arrives, nothing older can be copied.
  setSafe("", []);
  copied.textContent = "";
  remaining.textContent = "";
  statusLine.textContent = note.value.trim() ? "Checking…" : "Paste a note to start.";
  inFlight?.abort();  // its answer would be for older text
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
}

async function check() {
  const text = note.value;
  const mine = ++sequence;
  inFlight?.abort();
  inFlight = null;
  if (!text.trim()) { show(text, { findings: [], safe: "", kept: [] }); return; }
  const controller = inFlight = new AbortController();
  let answer;
  try {
    const response = await fetch("/api/check", {
      method: "POST", headers: { "Content-Type": "application/json" }, cache: "no-store",
      credentials: "omit", body: JSON.stringify({ text, names: nameList(), fine: [...fine] }),
      signal: controller.signal,
    });
    answer = await response.json();
    if (!response.ok) throw new Error(answer.error || "The check failed.");
  } catch (err) {
    if (mine !== sequence || controller.signal.aborted) return;
    findings = [];
    render(text);
    setSafe("", []);
    remaining.textContent = "";
    statusLine.textContent = err instanceof TypeError
      ? "discreet has stopped. Start it again (discreet serve) and reload this page."
      : err.message;
    return;
  }
  if (mine !== sequence || text !== note.value) return;
  show(text, answer);
}

function show(text, answer) {
  findings = answer.findings;
  setSafe(answer.safe, answer.kept);
  const open = findings.filter((f) => !f.fine);
  const ids = open.filter((f) => f.kind === "identifier").length;
  const words = open.length - ids;
  // Copy works while remarks remain, but it does not look finished.
  remaining.textContent = words ? `${count(words, "remark", "remarks")} still in the text` : "";
  copyButton.classList.toggle("unfinished", words > 0);
  statusLine.textContent = !text.trim() ? "Paste a note to start."
    : open.length === 0 ? (findings.length ? "Everything left is marked as fine." : "Nothing found. Read it through before you share it.")
    : `Found ${count(ids, "thing that could identify someone", "things that could identify someone")}` +
      ` and ${count(words, "piece of wording to look at", "pieces of wording to look at")}.`;
  render(text);
}

function count(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

// The safe version, with what the user chose to keep visible marked; nothing to copy until it is current.
function setSafe(text, kept) {
  safeText = text;
  safe.replaceChildren();
  let at = 0;
  for (const span of kept) {
    safe.append(text.slice(at, span.start));
    const mark = document.createElement("mark");
    mark.className = "kept";
    mark.title = "Kept visible";
    mark.textContent = text.slice(span.start, span.end);
    safe.append(mark);
    at = span.end;
  }
  safe.append(text.slice(at));
  copyButton.disabled = !text.trim();
  if (copyButton.disabled) copyButton.classList.remove("unfinished");
}

// The note with each finding marked; overlapping findings share a segment.
function render(text) {
  highlighted.replaceChildren();
  list.replaceChildren();
  hideDetail();
  highlighted.hidden = findings.length === 0;
  const cuts = new Set([0, text.length]);
  findings.forEach((f) => { cuts.add(f.js_start); cuts.add(f.js_end); });
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = findings.map((f, n) => n).filter((n) => findings[n].js_start <= start && end <= findings[n].js_end);
    if (!covering.length) { highlighted.append(piece); continue; }
    const mark = document.createElement("mark");
    mark.textContent = piece;
    mark.tabIndex = 0;
    mark.setAttribute("role", "button");
    mark.dataset.findings = covering.join(" ");
    const main = findings[covering.find((n) => findings[n].kind === "identifier") ?? covering[0]];
    mark.className = `${main.kind}${covering.every((n) => findings[n].fine) ? " fine" : ""}`;
    mark.setAttribute("aria-label", `${piece}: ${covering.map((n) => label(findings[n])).join(", ")}. Press Enter for details.`);
    highlighted.append(mark);
  }
  findings.forEach((f, n) => list.append(item(f, n)));
  if (refocusKey !== null) {
    [...list.querySelectorAll("[data-key]")].find((control) => control.dataset.key === refocusKey)?.focus();
    refocusKey = null;
  }
}

function item(f, n) {
  const li = document.createElement("li");
  li.className = `finding ${f.kind}${f.fine ? " fine" : ""}`;
  li.id = `finding-${n}`;
  const head = document.createElement("p");
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.textContent = label(f);
  const quoted = document.createElement("q");
  quoted.textContent = f.text;
  head.append(badge, " ", quoted);
  const why = document.createElement("p");
  why.textContent = f.message;
  li.append(head, why);
  if (f.suggestion) {
    const tip = document.createElement("p");
    tip.className = "suggestion";
    tip.textContent = `Suggestion: ${f.suggestion}`;
    li.append(tip);
  }
  li.append(f.kind === "identifier" ? keepControl(f) : fineToggle(f, `fine-${n}`));
  return li;
}

function choose(f, isFine) {
  if (isFine) fine.add(f.key); else fine.delete(f.key);
  refocusKey = f.key;
  clearTimeout(timer);
  copyButton.disabled = true;
  check();
}

// Keeping a name visible puts it back in the safe version, so it takes a second, deliberate step.
function keepControl(f) {
  const wrap = document.createElement("p");
  wrap.className = "keep";
  const button = (text, className, action) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  };
  if (f.fine) {
    const hide = button("Hide it again", "secondary", () => choose(f, false));
    hide.dataset.key = f.key;
    wrap.append("Kept visible in the safe version. ", hide);
    return wrap;
  }
  const ask = button("Keep it visible…", "secondary", () => {
    const question = document.createElement("span");
    question.textContent = `Keep ‘${f.text}’ visible in the safe version? `;
    const cancel = button("Cancel", "secondary", () => { wrap.replaceChildren(ask); ask.focus(); });
    wrap.replaceChildren(question, button("Yes, keep it visible", "danger", () => choose(f, true)), " ", cancel);
    cancel.focus();  // pressing Enter twice must not keep a name by mistake
  });
  ask.dataset.key = f.key;
  wrap.append(ask);
  return wrap;
}

function fineToggle(f, id) {
  const wrap = document.createElement("p");
  wrap.className = "toggle";
  const box = document.createElement("input");
  box.type = "checkbox";
  box.id = id;
  box.checked = f.fine;
  box.dataset.key = f.key;
  const text = document.createElement("label");
  text.htmlFor = id;
  text.textContent = "This is fine";
  box.addEventListener("change", () => choose(f, box.checked));
  wrap.append(box, " ", text);
  return wrap;
}

function showDetail(mark) {
  const chosen = mark.dataset.findings.split(" ").map(Number);
  detail.replaceChildren(...chosen.map((n) => {
    const card = item(findings[n], n);
    const box = card.querySelector("input");
    if (box) {
      box.id = `detail-fine-${n}`;
      card.querySelector("label").htmlFor = box.id;
    }
    card.removeAttribute("id");
    return card;
  }));
  detail.hidden = false;
}

function hideDetail() { detail.hidden = true; detail.replaceChildren(); }

highlighted.addEventListener("click", (e) => { if (e.target.matches("mark")) showDetail(e.target); });
highlighted.addEventListener("mouseover", (e) => { if (e.target.matches("mark")) showDetail(e.target); });
highlighted.addEventListener("focusin", (e) => { if (e.target.matches("mark")) showDetail(e.target); });
highlighted.addEventListener("keydown", (e) => {
  if (e.target.matches("mark") && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    showDetail(e.target);
    detail.querySelector("input, button")?.focus();
  }
});
document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideDetail(); });

copyButton.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(safeText);
  } catch {
    const range = document.createRange();  // older browsers: copy the selection instead
    range.selectNodeContents(safe);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand("copy");
  }
  copied.textContent = "Copied. Read it through before you post it.";
});

note.addEventListener("input", schedule);
names.addEventListener("input", schedule);
