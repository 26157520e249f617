// page.test.js: the HTML diagram page in a real browser (Debian's chromium
// driven by playwright-core), offline. Loads the page from file://, fails
// any request that is not a file:// URL, types an actor's name into the
// search box and checks the highlight against the neighbours read from the
// SVG's edge titles, zooms with the wheel, pans by dragging and with the
// keyboard, and saves a screenshot. Then the explorer: labels readable at
// first load, a click on the actor zooms and opens the side panel, which
// must show every fact of the actor in the facts export (FACTS.tsv,
// written with --explain) with its sentence and document; an edge's
// tooltip; the legend's type filters; a screenshot with the panel open
// (SCREENSHOT with "-panel" before ".png"; the first view's has "-first");
// the co-star view's tab, with a panel and a screenshot ("-costars"). Prints "ok - ..." /
// "not ok - ..." lines; exits 1 if any check failed.
// Usage: node tests/html/page.test.js PAGE.html ACTOR SCREENSHOT.png
//   PROFILE_DIR FACTS.tsv
'use strict';

const path = require('path');
const { chromium } = require('playwright-core');

const fs = require('fs');

const [page_file, actor, shot, profile, facts_file] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
let failed = 0;

function check(cond, what, why) {
  if (cond) {
    console.log('ok - html browser: ' + what);
  } else {
    failed++;
    console.log('not ok - html browser: ' + what + (why ? ': ' + why : ''));
  }
}

// The page's own folding, written again: accents and case do not count.
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

// In the page: the state of every node and edge for a search.
function classes() {
  const title = (g) => g.querySelector(':scope > title').textContent;
  const label = (g) => Array.from(g.querySelectorAll('text'),
    (t) => t.textContent).join(' ');
  return {
    nodes: Array.from(document.querySelectorAll('#diagram g.node'), (g) => ({
      id: title(g), label: label(g), cls: g.getAttribute('class'),
    })),
    edges: Array.from(document.querySelectorAll('#diagram g.edge'),
      (g) => title(g)),
    status: document.getElementById('status').textContent,
  };
}

function transform(p) {
  return p.evaluate(() =>
    document.getElementById('viewport').getAttribute('transform'));
}

// Neighbours of id from edge titles "a->b" (ids are known, so split at
// the arrow that leaves a known id on both sides).
function neighbours(state, id) {
  const ids = new Set(state.nodes.map((n) => n.id));
  const out = new Set();
  for (const t of state.edges) {
    for (let i = t.indexOf('->'); i >= 0; i = t.indexOf('->', i + 1)) {
      const a = t.slice(0, i), b = t.slice(i + 2);
      if (ids.has(a) && ids.has(b)) {
        if (a === id) out.add(b);
        if (b === id) out.add(a);
        break;
      }
    }
  }
  out.delete(id);
  return out;
}

const has = (n, c) => (' ' + n.cls + ' ').includes(' ' + c + ' ');

async function searchChecks(p) {
  await p.locator('#q').pressSequentially(actor, { delay: 10 });
  let s = await p.evaluate(classes);
  const me = s.nodes.filter((n) => n.label === actor);
  check(me.length === 1, 'one node is labelled "' + actor + '"',
    me.length + ' found');
  if (me.length !== 1) return;
  const near = neighbours(s, me[0].id);
  check(near.size > 0, 'the actor has neighbours in the drawing');
  check(has(me[0], 'hit') && !has(me[0], 'dim'), 'the actor is highlighted',
    me[0].cls);
  const notNear = [...near].filter((id) =>
    !has(s.nodes.find((n) => n.id === id), 'near'));
  check(notNear.length === 0, 'its ' + near.size + ' neighbours are marked',
    notNear.join(', '));
  const others = s.nodes.filter((n) => n.id !== me[0].id && !near.has(n.id));
  const lit = others.filter((n) => !has(n, 'dim'));
  check(others.length > 0 && lit.length === 0,
    'the other ' + others.length + ' nodes are dimmed',
    lit.map((n) => n.id).join(', '));
  check(s.status.startsWith(actor), 'the status line names the actor',
    s.status);
  const shown = await p.locator('#suggest').isVisible();
  check(!shown, 'no suggestion list once the whole name is typed');

  // Lower case, no accents, only the start of the family name.
  await p.click('#clear');
  s = await p.evaluate(classes);
  check(s.nodes.every((n) => !has(n, 'dim') && !has(n, 'hit')),
    'Clear removes the highlight');
  const words = fold(actor).split(' ');
  const part = words[words.length - 1].slice(0, 4);
  await p.locator('#q').pressSequentially(part, { delay: 10 });
  const options = await p.locator('#suggest li').allTextContents();
  check(options.some((o) => o.startsWith(actor)),
    'typing "' + part + '" suggests "' + actor + '"', options.join(' | '));
  await p.keyboard.press('Escape');
  await p.keyboard.press('Escape');
  check((await p.inputValue('#q')) === '', 'Escape twice clears the box');
  // Pick with the keyboard: the typed name, then Enter.
  await p.locator('#q').pressSequentially(fold(actor), { delay: 5 });
  await p.keyboard.press('Enter');
  s = await p.evaluate(classes);
  check(has(s.nodes.find((n) => n.label === actor), 'hit'),
    'the folded name "' + fold(actor) + '" finds the actor');
}

async function viewChecks(p) {
  const box = await p.locator('#diagram').boundingBox();
  check(box && box.width > 1000 && box.height > 700,
    'the drawing fills the window',
    box ? box.width + 'x' + box.height : 'no box');
  await p.keyboard.press('Escape');
  await p.click('#zoom-reset');
  await p.waitForTimeout(400);
  const before = await transform(p);
  await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await p.mouse.wheel(0, -300);
  await p.waitForTimeout(100);
  const zoomed = await transform(p);
  check(zoomed !== before, 'the wheel zooms', before + ' -> ' + zoomed);
  await p.mouse.down();
  await p.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40,
    { steps: 5 });
  await p.mouse.up();
  const panned = await transform(p);
  check(panned !== zoomed, 'dragging pans', zoomed + ' -> ' + panned);
  await p.click('#zoom-out');
  check((await transform(p)) !== panned, 'the minus button zooms out');
  await p.locator('body').click({ position: { x: 5, y: 5 } });
  await p.keyboard.press('0');
  await p.waitForTimeout(400);
  check((await transform(p)) === before, 'the 0 key resets the view',
    await transform(p));
}

// The facts export's rows about the actor: [subject, predicate, object,
// document, sentence] (columns 1, 3, 4, 7 without its span, 8).
function actorFacts() {
  if (!facts_file) return [];
  return fs.readFileSync(facts_file, 'utf8').split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 8 && c[2] !== 'type' &&
      (c[0] === actor || c[3] === actor))
    .map((c) => [c[0], c[2], c[3], c[6].replace(/:[0-9]+-[0-9]+$/, ''), c[7]]);
}

// At first load: some node labels show, and every label shown is at
// least 7 px high on screen.
async function firstLoadChecks(p) {
  const r = await p.evaluate(() => {
    const shown = Array.from(document.querySelectorAll('#diagram g.node text'))
      .filter((t) => getComputedStyle(t).visibility !== 'hidden');
    const h = shown.map((t) => t.getBoundingClientRect().height);
    return { n: shown.length, min: Math.min(...h) };
  });
  check(r.n > 0 && r.min >= 7, 'at first load ' + r.n +
    ' node labels show, the smallest ' + r.min.toFixed(1) + ' px high');
}

async function panelChecks(p) {
  await p.keyboard.press('Escape');
  await p.click('#zoom-reset');
  await p.waitForTimeout(400);
  const before = await transform(p);
  const node = p.locator('#diagram g.node').filter({
    has: p.locator('text', { hasText: actor }) }).first();
  await node.click();
  await p.waitForTimeout(400);
  check((await transform(p)) !== before, 'a click on the actor zooms to it');
  const panel = p.locator('#panel');
  check(await panel.isVisible(), 'a click opens the side panel');
  const text = await panel.innerText();
  const name = await panel.locator('h2').innerText();
  check(name === actor, 'the panel names the actor', name);
  check(/\bActor\b/.test(text) && /Works/i.test(text) && /Roles/i.test(text),
    'the panel gives the type, works and roles');
  const rows = actorFacts();
  const flat = text.replace(/\s+/g, ' ');
  const missing = rows.filter((r) =>
    !flat.includes(r[4].replace(/\s+/g, ' ').trim()) || !flat.includes(r[3]));
  check(rows.length > 0 && missing.length === 0, 'the panel shows the ' +
    rows.length + ' facts of the actor with their sentences and documents',
    missing.map((r) => r.slice(0, 3).join(' ')).join(' | '));
  await p.screenshot({ path: shot.replace(/\.png$/, '-panel.png') });
  await p.click('#panel .close');
  check(!(await panel.isVisible()), 'the close button hides the panel');
}

async function tooltipChecks(p) {
  // An edge of the actor's: the tooltip names both ends.
  const e = await p.evaluate((who) => {
    const label = (g) => Array.from(g.querySelectorAll('text'),
      (t) => t.textContent).join(' ');
    const me = Array.from(document.querySelectorAll('#diagram g.node'))
      .find((g) => label(g) === who);
    const id = me.querySelector(':scope > title').textContent;
    const edge = Array.from(document.querySelectorAll('#diagram g.edge'))
      .find((g) => g.querySelector(':scope > title').textContent
        .startsWith(id + '->'));
    return edge ? edge.id : null;
  }, actor);
  if (!e) {
    check(false, 'an edge leaves the actor');
    return;
  }
  await p.dispatchEvent('#' + e + ' path', 'pointerover', { bubbles: true });
  const tip = await p.locator('#tip');
  const t = await tip.innerText();
  check(await tip.isVisible() && t.includes(actor),
    'an edge of the actor has a tooltip naming the fact', t);
}

async function filterChecks(p) {
  const count = () => p.evaluate(() =>
    Array.from(document.querySelectorAll('#diagram g.node'))
      .filter((g) => getComputedStyle(g).display !== 'none').length);
  const all = await count();
  const item = p.locator('.legend li.filter', { hasText: 'Character' });
  check((await item.count()) === 1, 'the legend row "Character" is a filter');
  if ((await item.count()) !== 1) return;
  await item.click();
  const chars = await p.evaluate(() =>
    Array.from(document.querySelectorAll('#diagram g.node a'))
      .filter((a) => / \(Character\)$/.test(a.getAttribute('xlink:title')))
      .length);
  const fewer = await count();
  check(chars > 0 && fewer === all - chars, 'a click on it hides the ' +
    chars + ' characters', all + ' -> ' + fewer);
  await item.click();
  check((await count()) === all, 'a second click shows them again');
}

// The co-star view as a second tab: it shows, draws actors, and a click
// on a named one opens that tab's panel with facts.
async function tabChecks(p) {
  const tab = p.locator('#tab-1');
  check((await tab.count()) === 1 && /Co-star/.test(await tab.innerText()),
    'a second tab holds the co-star view');
  if ((await tab.count()) !== 1) return;
  await tab.click();
  await p.waitForTimeout(300);
  check(await p.locator('#stage-costars').isVisible() &&
    !(await p.locator('#stage').isVisible()), 'the tab switches the drawing');
  const named = p.locator('#diagram-costars g.node').filter({
    has: p.locator('text') });
  const n = await named.count();
  check(n > 0, 'the co-star drawing names ' + n + ' actors');
  if (n === 0) return;
  const who = (await named.first().locator('text').allTextContents()).join(' ');
  await named.first().click();
  await p.waitForTimeout(400);
  const panel = p.locator('#panel-costars');
  const facts = await panel.locator('li.fact').count();
  check(await panel.isVisible() &&
    (await panel.locator('h2').innerText()) === who && facts > 0,
    'a click on ' + who + ' opens the tab\'s panel with ' + facts + ' facts');
  await p.screenshot({ path: shot.replace(/\.png$/, '-costars.png') });
  await p.click('#tab-0');
  check(await p.locator('#stage').isVisible() &&
    !(await panel.isVisible()), 'the first tab comes back, the panel closed');
}

async function main() {
  const requests = [];
  const errors = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const p = context.pages()[0] || await context.newPage();
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto('file://' + path.resolve(page_file), { waitUntil: 'load' });
    const ns = await p.evaluate(() =>
      document.getElementById('diagram').namespaceURI + ' ' +
      document.querySelectorAll('#diagram g.node').length);
    check(/^http:\/\/www\.w3\.org\/2000\/svg [1-9]/.test(ns),
      'the browser reads the inline SVG', ns);
    await firstLoadChecks(p);
    await p.screenshot({ path: shot.replace(/\.png$/, '-first.png') });
    await searchChecks(p);
    await p.screenshot({ path: shot });
    await viewChecks(p);
    await panelChecks(p);
    await tooltipChecks(p);
    await filterChecks(p);
    await tabChecks(p);
    check(errors.length === 0, 'no console errors', errors.join(' | '));
    check(requests.length === 0, 'no network requests', requests.join(' '));
  } finally {
    await context.close();
  }
}

main().then(() => process.exit(failed ? 1 : 0), (e) => {
  console.log('not ok - html browser: the test ran: ' + String(e).split('\n')[0]);
  process.exit(1);
});
