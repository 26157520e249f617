// page.test.js: the HTML diagram page in a real browser (Debian's chromium
// driven by playwright-core), offline. Loads the page from file://, fails
// any request that is not a file:// URL, types an actor's name into the
// search box and checks the highlight against the neighbours read from the
// SVG's edge titles, zooms with the wheel, pans by dragging and with the
// keyboard, and saves a screenshot. Prints "ok - ..." / "not ok - ..."
// lines; exits 1 if any check failed.
// Usage: node tests/html/page.test.js PAGE.html ACTOR SCREENSHOT.png PROFILE_DIR
'use strict';

const path = require('path');
const { chromium } = require('playwright-core');

const [page_file, actor, shot, profile] = process.argv.slice(2);
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
    await searchChecks(p);
    await p.screenshot({ path: shot });
    await viewChecks(p);
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
