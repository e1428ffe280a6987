// The Diary view: unlock, choose a family, write with live highlights, save once no error remains, browse, export.
// The passphrase is sent once to the server on this computer and not kept here; nothing is stored in the browser.
"use strict";

const TOKEN = document.querySelector('meta[name="diary-token"]').content;
const DEBOUNCE_MS = 400;
const $ = (id) => document.getElementById(id);
const unlockPanel = $("unlock-panel"), browsePanel = $("browse-panel"), writePanel = $("write-panel");
const passphrase = $("passphrase"), unlockStatus = $("unlock-status"), familySelect = $("family");
const browseStatus = $("browse-status"), entriesList = $("entries"), entryView = $("entry");
const note = $("note"), day = $("day"), statusLine = $("status"), highlighted = $("highlighted");
const findingsList = $("findings"), saveButton = $("save"), saved = $("saved");

let sequence = 0, timer = null, idleTimer = null, idleMs = 600000;

class Locked extends Error {}

// Every diary request carries the page's token; a locked diary (423) shows the unlock form again.
async function api(path, body) {
  const init = { headers: { "X-Discreet-Token": TOKEN }, cache: "no-store", credentials: "omit" };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 423) { showLocked((await response.json()).error); throw new Locked(); }
  return response;
}

async function json(path, body) {
  const response = await api(path, body);
  const answer = await response.json();
  if (!response.ok && response.status !== 409) throw new Error(answer.error || "That did not work.");
  return [response.status, answer];
}

function showLocked(message) {
  clearTimeout(idleTimer);
  browsePanel.hidden = writePanel.hidden = true;  // a draft stays in the box, hidden, for after unlock
  entriesList.replaceChildren();
  entryView.replaceChildren();
  entryView.hidden = true;
  familySelect.replaceChildren();
  unlockPanel.hidden = false;
  unlockStatus.textContent = message || "";
  passphrase.focus();
}

function stillHere() {  // the server locks after idle time too; this keeps the page in step
  clearTimeout(idleTimer);
  idleTimer = setTimeout(lock, idleMs);
}

async function unlock(event) {
  event.preventDefault();
  const value = passphrase.value;
  passphrase.value = "";
  unlockStatus.textContent = "Unlocking…";
  try {
    const [, answer] = await json("/api/diary/unlock", { passphrase: value });
    idleMs = answer.idle_seconds * 1000;
  } catch (err) {
    unlockStatus.textContent = err.message;
    passphrase.focus();
    return;
  }
  unlockStatus.textContent = "";
  unlockPanel.hidden = true;
  browsePanel.hidden = writePanel.hidden = false;
  if (!day.value) {  // today on this computer's calendar, not in UTC
    const now = new Date();
    day.value = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  }
  stillHere();
  await loadFamilies();
}

async function lock() {
  try { await api("/api/diary/lock", {}); } catch { /* already locked */ }
  showLocked("Locked.");
}

async function loadFamilies() {
  const [, answer] = await json("/api/diary/families");
  familySelect.replaceChildren(...answer.families.map((f) => {
    const option = document.createElement("option");
    option.value = f.name;
    option.textContent = `${f.name} (${f.members.join(", ")})${f.closed ? `, closed ${f.closed}` : ""}`;
    return option;
  }));
  if (!answer.families.length) browseStatus.textContent = "No families yet: add one with `discreet diary family add`.";
  await loadEntries();
  schedule();
}

async function loadEntries() {
  entryView.hidden = true;
  entriesList.replaceChildren();
  if (!familySelect.value) return;
  const [, answer] = await json(`/api/diary/entries?family=${encodeURIComponent(familySelect.value)}`);
  browseStatus.textContent = answer.entries.length ? "" : "No entries for this family yet.";
  for (const e of answer.entries) {
    const li = document.createElement("li");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "link";
    open.textContent = `${e.date}${e.versions > 1 ? ` (v${e.versions})` : ""}: ${e.preview}`;
    open.addEventListener("click", () => showEntry(e.id));
    li.append(open);
    entriesList.append(li);
  }
}

async function showEntry(id) {
  const [, e] = await json(`/api/diary/entries/${id}`);
  const heading = document.createElement("h3");
  heading.textContent = `${e.family}, ${e.date} (version ${e.versions.length}, saved ${e.versions.at(-1).saved})`;
  const text = document.createElement("p");
  text.className = "entry-text";
  text.textContent = e.text;
  entryView.replaceChildren(heading, text);
  entryView.hidden = false;
  stillHere();
}

async function exportPack() {
  const family = familySelect.value;
  if (!family) return;
  browseStatus.textContent = "Preparing their notes…";
  const response = await api("/api/diary/export", { family });
  if (!response.ok) { browseStatus.textContent = (await response.json()).error; return; }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([await response.text()], { type: "text/plain" }));
  link.download = `${family.replace(/[^A-Za-z0-9-]+/g, "-")}-notes.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  browseStatus.textContent = "Exported. The file is not encrypted: hand it over securely, then delete your copy.";
  stillHere();
}

// Writing: checked as `discreet diary add` checks it; Save waits for a current answer with no error.
function schedule() {
  saveButton.disabled = true;
  saved.textContent = "";
  statusLine.textContent = note.value.trim() ? "Checking…" : "Write the entry; it is checked when you stop typing.";
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
}

async function check() {
  const text = note.value, family = familySelect.value, mine = ++sequence;
  if (!text.trim() || !family) { show(text, { findings: [], blocking: 0 }); return; }
  let answer;
  try {
    [, answer] = await json("/api/diary/check", { text, family });
  } catch (err) {
    if (err instanceof Locked || mine !== sequence) return;
    show(text, { findings: [], blocking: 0 });
    statusLine.textContent = err instanceof TypeError
      ? "discreet has stopped. Start it again (discreet serve) and reload this page." : err.message;
    saveButton.disabled = true;
    return;
  }
  if (mine !== sequence || text !== note.value) return;
  show(text, answer);
  stillHere();
}

function show(text, answer) {
  render(text, answer.findings);
  const errors = answer.blocking, others = answer.findings.length - errors;
  saveButton.disabled = !text.trim() || errors > 0;
  statusLine.textContent = !text.trim() ? "Write the entry; it is checked when you stop typing."
    : errors ? `${errors} error${errors === 1 ? "" : "s"} to fix before you can save (marked below).`
    : others ? `Ready to save. ${others} thing${others === 1 ? "" : "s"} to look at (marked below).`
    : "Nothing found. Ready to save.";
}

function render(text, findings) {
  highlighted.replaceChildren();
  findingsList.replaceChildren();
  highlighted.hidden = findings.length === 0;
  const cuts = new Set([0, text.length]);
  findings.forEach((f) => { cuts.add(f.js_start); cuts.add(f.js_end); });
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = findings.filter((f) => f.js_start <= start && end <= f.js_end);
    if (!covering.length) { highlighted.append(text.slice(start, end)); continue; }
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    const main = covering.find((f) => f.severity === "error") || covering[0];
    mark.className = `${main.kind}${main.severity === "error" ? " error" : ""}`;
    mark.title = covering.map((f) => f.message).join(" ");
    highlighted.append(mark);
  }
  for (const f of findings) {
    const li = document.createElement("li");
    li.className = `finding ${f.kind}${f.severity === "error" ? " error" : ""}`;
    const head = document.createElement("p");
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = f.severity === "error" ? "Must fix" : "Look at this";
    const quoted = document.createElement("q");
    quoted.textContent = f.text;
    head.append(badge, " ", quoted);
    const why = document.createElement("p");
    why.textContent = f.suggestion ? `${f.message} Suggestion: ${f.suggestion}` : f.message;
    li.append(head, why);
    findingsList.append(li);
  }
}

async function save() {
  saveButton.disabled = true;
  const text = note.value;
  try {
    const [status, answer] = await json("/api/diary/save", { text, family: familySelect.value, date: day.value });
    if (status === 409) { render(text, answer.findings); statusLine.textContent = answer.error; return; }
    note.value = "";
    render("", []);
    statusLine.textContent = "Write the entry; it is checked when you stop typing.";
    saved.textContent = `Saved for the ${answer.family} family.`;
    await loadEntries();
  } catch (err) {
    if (!(err instanceof Locked)) { statusLine.textContent = err.message; saveButton.disabled = false; }
  }
}

$("unlock-form").addEventListener("submit", unlock);
$("lock").addEventListener("click", lock);
$("export").addEventListener("click", exportPack);
familySelect.addEventListener("change", () => { loadEntries(); schedule(); });
note.addEventListener("input", schedule);
saveButton.addEventListener("click", save);
// Closing or leaving the tab locks the diary: the key lives for this tab's life only.
addEventListener("pagehide", () => {
  fetch("/api/diary/lock", { method: "POST", keepalive: true, credentials: "omit",
    headers: { "X-Discreet-Token": TOKEN, "Content-Type": "application/json" }, body: "{}" });
});
passphrase.focus();
