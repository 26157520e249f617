/* page.js: pan, zoom and search on the HTML diagram page (write_html.c
   embeds it). Everything is read from the inline SVG: Graphviz draws each
   node as a g element of class "node" whose title child is the node's id
   and whose text elements are its label, and each edge as a g of class
   "edge" titled "TAIL->HEAD", so the neighbours of a node come from the
   edge titles. The facts behind the drawing, with their sentences and
   documents, are JSON in the data-json attribute of #facts
   (write_html_data.c): the side panel of a clicked node and the edge
   tooltips come from there. */
(function () {
  'use strict';

  const input = document.getElementById('q');
  const list = document.getElementById('suggest');
  const status = document.getElementById('status');
  const stages = Array.from(document.querySelectorAll('main.stage'));
  if (!input || !list || !status) return;

  /* One explorer per tab: a <main class="stage"> with its drawing. The
     search box, status line and zoom buttons are shared and act on the
     tab shown. */
  const explorers = stages.map(explorer).filter(Boolean);
  makeTabs();

  /* With two drawings (the chosen view and the co-star view), a tab bar
     after the title switches between them. */
  function makeTabs() {
    if (explorers.length < 2) return;
    const nav = document.createElement('nav');
    nav.className = 'tabs';
    nav.setAttribute('role', 'tablist');
    const select = (i) => {
      explorers.forEach((x, j) => {
        x.clear();
        x.stage.hidden = j !== i;
        nav.children[j].setAttribute('aria-selected', String(j === i));
      });
      explorers[i].show();
    };
    explorers.forEach((x, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.id = 'tab-' + i;
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(!x.stage.hidden));
      b.textContent = (x.stage.dataset.title || '').replace(/^[^:]*: /, '');
      b.addEventListener('click', () => select(i));
      nav.append(b);
    });
    document.querySelector('.bar h1').after(nav);
  }

  function explorer(stage) {
    const svg = stage.querySelector('svg');
    const view = svg && svg.querySelector('g[id^="viewport"]');
    if (!svg || !view) return null;
    const on = () => !stage.hidden; /* the shared controls act on this tab */

    const MAX_SUGGESTIONS = 12;
    const MIN_SCALE = 0.2;
    const MAX_SCALE = 40;
    const STEP = 1.4;

    /* ---- the graph, from the DOM ---- */

    /* For matching: accents, case and punctuation do not count, so
       "elodie" finds "Élodie Yung" and "donofrio" "Vincent D'Onofrio". */
    function fold(s) {
      return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    }

    function titleOf(g) {
      const t = g.querySelector(':scope > title');
      return t ? t.textContent : '';
    }

    const nodes = new Map(); /* id -> node */
    for (const g of svg.querySelectorAll('g.node')) {
      const a = g.querySelector('a');
      const tip = a ? a.getAttribute('xlink:title') || '' : '';
      const type = /\(([^()]*)\)$/.exec(tip);
      const label = Array.from(g.querySelectorAll('text'),
        (t) => t.textContent).join(' ');
      nodes.set(titleOf(g), {
        id: titleOf(g), g, label, key: fold(label),
        type: type ? type[1] : '',
        /* entities link to their IRI; the legend's samples do not */
        entity: !!(a &&
          (a.getAttribute('xlink:href') || a.getAttribute('href'))),
        adj: new Set(),
      });
    }

    const edges = [];
    for (const g of svg.querySelectorAll('g.edge')) {
      const t = titleOf(g);
      /* An id could hold "->" itself: take the split with a node each side. */
      for (let i = t.indexOf('->'); i >= 0; i = t.indexOf('->', i + 1)) {
        const a = nodes.get(t.slice(0, i));
        const b = nodes.get(t.slice(i + 2));
        if (a && b) {
          a.adj.add(b.id);
          b.adj.add(a.id);
          edges.push({ g, a: a.id, b: b.id });
          break;
        }
      }
    }

    const entities = Array.from(nodes.values()).filter((n) => n.entity)
      .sort((x, y) => x.label.localeCompare(y.label) ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

    /* ---- the facts behind the drawing ---- */

    const data = { docs: [], sents: [], ents: {}, facts: [] };
    try {
      const el = document.getElementById('facts');
      Object.assign(data, JSON.parse((el && el.dataset.json) || '{}'));
    } catch (e) { /* a page without facts still pans, zooms and searches */ }
    const factsOf = new Map(); /* slug -> indices into data.facts */
    data.facts.forEach((f, i) => {
      for (const id of new Set([f[0], f[2]])) {
        if (!id) continue;
        if (!factsOf.has(id)) factsOf.set(id, []);
        factsOf.get(id).push(i);
      }
    });
    const labelOf = (id) => (data.ents[id] ? data.ents[id][0] : id);
    const classOf = (id) => (data.ents[id] ? data.ents[id][2] : '');

    function el(tag, cls, text) {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined) e.textContent = text;
      return e;
    }

    /* "Subject predicate object" of fact f, in words. */
    function factText(f) {
      return labelOf(f[0]) + ' ' + f[1] + ' ' +
        (f[2] ? labelOf(f[2]) : '\u201c' + f[3] + '\u201d');
    }

    /* ---- the side panel: a clicked node's works, roles and facts ---- */

    const sfx = svg.id.replace(/^diagram/, ''); /* "" on the first tab */
    const panel = el('aside', 'panel');
    panel.id = 'panel' + sfx;
    panel.hidden = true;
    panel.setAttribute('aria-label', 'Details');
    stage.appendChild(panel);

    function section(title, items) {
      if (!items.length) return [];
      const ul = el('ul');
      ul.append(...items);
      return [el('h3', null, title), ul];
    }

    /* Works: the works at the other end of n's facts. Roles: what n is to
       each (plays a character, directs, is cast in, ...). */
    function worksAndRoles(n, fs) {
      const works = new Set(), roles = [];
      for (const f of fs) {
        const other = f[0] === n.id ? f[2] : f[0];
        if (other && classOf(other) === 'work') {
          works.add(other);
          roles.push(f[0] === n.id ? f[1] + ' ' + labelOf(other)
            : f[1] + ' of ' + labelOf(other));
        } else if (f[0] === n.id && f[1] === 'portrays' && f[2])
          roles.push('plays ' + labelOf(f[2]));
      }
      return { works: [...works].map((w) => el('li', null, labelOf(w))),
        roles: [...new Set(roles)].map((r) => el('li', null, r)) };
    }

    function factItem(f) {
      const li = el('li', 'fact');
      li.append(el('div', 'what', factText(f)));
      for (const [s, d] of f[4]) {
        const q = el('blockquote', 'sentence', data.sents[s]);
        q.append(el('cite', null, data.docs[d]));
        li.append(q);
      }
      if (f[5] > f[4].length)
        li.append(el('div', 'more', 'stated in ' + f[5] + ' sentences'));
      return li;
    }

    function showPanel(n) {
      const fs = (factsOf.get(n.id) || []).map((i) => data.facts[i]);
      const close = el('button', 'close', '\u00d7');
      close.type = 'button';
      close.title = 'Close (Esc)';
      close.addEventListener('click', hidePanel);
      const wr = worksAndRoles(n, fs);
      panel.replaceChildren(close, el('h2', null, n.label),
        el('p', 'kind', n.type || capital((data.ents[n.id] || [])[1] || '')),
        ...section('Works', wr.works), ...section('Roles', wr.roles),
        ...section('Facts (' + fs.length + ')', fs.map(factItem)));
      panel.hidden = false;
      panel.scrollTop = 0;
    }

    function capital(t) {
      return t.charAt(0).toUpperCase() + t.slice(1);
    }

    function hidePanel() {
      panel.hidden = true;
    }

    /* ---- edge tooltips: the facts an edge draws ---- */

    const tip = el('div', 'tip');
    tip.id = 'tip' + sfx;
    tip.hidden = true;
    stage.appendChild(tip);
    const edgeOf = new Map(edges.map((e) => [e.g, e]));

    function edgeText(e) {
      const lines = (factsOf.get(e.a) || []).map((i) => data.facts[i])
        .filter((f) => (f[0] === e.a && f[2] === e.b) ||
          (f[0] === e.b && f[2] === e.a)).map(factText);
      if (lines.length) return lines.join('\n');
      /* co-star edges and others without a fact of their own: the drawing's
         own tooltip, else the two ends */
      const a = e.g.querySelector('a');
      return (a && a.getAttribute('xlink:title')) ||
        nodes.get(e.a).label + ' \u2014 ' + nodes.get(e.b).label;
    }

    /* ---- search ---- */

    /* 0 the whole label, 1 its start, 2 a word's start, 3 anywhere. */
    function rank(n, q) {
      if (n.key === q) return 0;
      if (n.key.startsWith(q)) return 1;
      if ((' ' + n.key).includes(' ' + q)) return 2;
      return n.key.includes(q) ? 3 : -1;
    }

    function find(text) {
      const q = fold(text);
      if (!q) return [];
      return entities.map((n) => ({ n, r: rank(n, q) }))
        .filter((m) => m.r >= 0)
        .sort((a, b) => a.r - b.r); /* stable: by label within a rank */
    }

    /* Marks the hits, their neighbours and the edges between them; dims the
       rest. No hits: everything as drawn. */
    function highlight(hits) {
      const hit = new Set(hits.map((n) => n.id));
      const near = new Set();
      for (const n of hits)
        for (const id of n.adj) if (!hit.has(id)) near.add(id);
      const any = hit.size > 0;
      for (const n of nodes.values()) {
        n.g.classList.toggle('hit', hit.has(n.id));
        n.g.classList.toggle('near', near.has(n.id));
        n.g.classList.toggle('dim', any && !hit.has(n.id) && !near.has(n.id));
      }
      for (const e of edges) {
        const on = hit.has(e.a) || hit.has(e.b);
        e.g.classList.toggle('near', any && on);
        e.g.classList.toggle('dim', any && !on);
      }
      for (const c of svg.querySelectorAll('g.cluster'))
        c.classList.toggle('dim', any);
      if (!any) status.textContent = input.value.trim() ? 'No match' : '';
      else if (hits.length === 1)
        status.textContent = hits[0].label + ': ' +
          plural(near.size, 'neighbour') + ' drawn, ' +
          plural((factsOf.get(hits[0].id) || []).length, 'fact');
      else
        status.textContent = plural(hits.length, 'match', 'matches') + ', ' +
          plural(near.size, 'neighbour');
    }

    function plural(n, one, many) {
      return n + ' ' + (n === 1 ? one : many || one + 's');
    }

    let shown = []; /* the suggested nodes */
    let active = -1;

    function suggest(matches) {
      shown = matches.slice(0, MAX_SUGGESTIONS).map((m) => m.n);
      active = -1;
      list.replaceChildren(...shown.map((n, i) => {
        const li = document.createElement('li');
        li.id = 'option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = n.label;
        const type = document.createElement('span');
        type.className = 'type';
        type.textContent = n.type;
        li.append(name, type);
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault(); /* keep the focus in the box */
          pick(n);
        });
        return li;
      }));
      const open = shown.length > 0 &&
        !(shown.length === 1 && fold(input.value) === shown[0].key);
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      input.removeAttribute('aria-activedescendant');
    }

    function move(by) {
      if (list.hidden || !shown.length) return;
      active = (active + by + shown.length) % shown.length;
      list.querySelectorAll('li').forEach((li, i) =>
        li.setAttribute('aria-selected', String(i === active)));
      const li = document.getElementById('option-' + active);
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }

    function closeList() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    /* Typing highlights as it goes: the exact label if one is typed, or
       else every entity that matches. */
    function update() {
      const matches = find(input.value);
      const exact = matches.filter((m) => m.r === 0);
      highlight((exact.length ? exact : matches).map((m) => m.n));
      suggest(matches);
    }

    /* A picked node (from the list, Enter or a click) is highlighted,
       framed with its neighbours and described in the panel. */
    function pick(n) {
      input.value = n.label;
      closeList();
      highlight([n]);
      showPanel(n);
      focusOn(n);
    }

    function clear() {
      input.value = '';
      closeList();
      highlight([]);
      hidePanel();
    }

    input.addEventListener('input', () => { if (on()) update(); });
    input.addEventListener('keydown', (ev) => {
      if (!on()) return;
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        move(ev.key === 'ArrowDown' ? 1 : -1);
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        const n = shown[active >= 0 ? active : 0];
        if (n) pick(n);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        if (!list.hidden) closeList();
        else clear();
      }
    });
    input.addEventListener('blur', closeList);
    document.getElementById('clear').addEventListener('click', () => {
      if (!on()) return;
      clear();
      input.focus();
    });

    /* ---- pan and zoom: one transform on <g id="viewport"> ---- */

    let k = 1, x = 0, y = 0;
    let anim = 0;

    /* Labels smaller than MIN_LABEL_PX on screen are hidden (those of the
       highlighted nodes stay): at first sight a large drawing shows the
       names that can be read, and more appear as one zooms in. */
    const MIN_LABEL_PX = 7;
    const texts = Array.from(svg.querySelectorAll('g.node text, g.edge text'),
      (t) => ({ t, size: parseFloat(t.getAttribute('font-size')) || 14,
        tiny: false }));
    let lastPx = -1;

    function hideSmallLabels() {
      const m = svg.getScreenCTM();
      const px = (m ? m.a : 1) * k; /* screen pixels per drawing unit */
      if (Math.abs(px - lastPx) < 1e-3) return;
      lastPx = px;
      for (const x of texts) {
        const tiny = x.size * px < MIN_LABEL_PX;
        if (tiny !== x.tiny) x.t.classList.toggle('tiny', (x.tiny = tiny));
      }
    }

    function apply() {
      view.setAttribute('transform', 'translate(' + x.toFixed(2) + ' ' +
        y.toFixed(2) + ') scale(' + k.toFixed(4) + ')');
      hideSmallLabels();
    }

    /* A point of the window in the coordinates of the SVG's viewBox. */
    function toSvg(cx, cy) {
      const m = svg.getScreenCTM();
      return new DOMPoint(cx, cy)
        .matrixTransform(m ? m.inverse() : new DOMMatrix());
    }

    function middle() {
      const r = svg.getBoundingClientRect();
      return toSvg(r.left + r.width / 2, r.top + r.height / 2);
    }

    function zoomAt(f, p) {
      cancelAnimationFrame(anim);
      const nk = Math.min(MAX_SCALE, Math.max(MIN_SCALE, k * f));
      x = p.x - (p.x - x) * (nk / k);
      y = p.y - (p.y - y) * (nk / k);
      k = nk;
      apply();
    }

    /* Moves by (dx, dy) window pixels. */
    function panBy(dx, dy) {
      cancelAnimationFrame(anim);
      const m = svg.getScreenCTM();
      x += dx / m.a;
      y += dy / m.d;
      apply();
    }

    function animateTo(nk, nx, ny) {
      cancelAnimationFrame(anim);
      const from = [k, x, y];
      const start = performance.now();
      const step = (now) => {
        const t = Math.min(1, (now - start) / 250);
        const e = t * (2 - t);
        k = from[0] + (nk - from[0]) * e;
        x = from[1] + (nx - from[1]) * e;
        y = from[2] + (ny - from[2]) * e;
        apply();
        if (t < 1) anim = requestAnimationFrame(step);
      };
      anim = requestAnimationFrame(step);
    }

    /* Frames node n and its neighbours: as large as the window allows, but
       no more than half as large again as drawn. */
    function focusOn(n) {
      animateTo(...frame([n.id, ...n.adj]));
    }

    /* The scale and translation that frame the nodes ids (see focusOn). */
    function frame(ids) {
      const boxes = ids.map((id) => nodes.get(id).g.getBoundingClientRect());
      const lo = toSvg(Math.min(...boxes.map((b) => b.left)),
        Math.min(...boxes.map((b) => b.top)));
      const hi = toSvg(Math.max(...boxes.map((b) => b.right)),
        Math.max(...boxes.map((b) => b.bottom)));
      /* in the drawing's own units, before any pan or zoom */
      const w = (hi.x - lo.x) / k, h = (hi.y - lo.y) / k;
      const cx = ((lo.x + hi.x) / 2 - x) / k, cy = ((lo.y + hi.y) / 2 - y) / k;
      const r = free();
      const m = svg.getScreenCTM();
      const fit = Math.min(0.8 * r.width / m.a / w, 0.8 * r.height / m.d / h);
      const nk = Math.min(MAX_SCALE,
        Math.max(MIN_SCALE, Math.min(fit, 1.5 / m.a)));
      const mid = toSvg(r.left + r.width / 2, r.top + r.height / 2);
      return [nk, mid.x - nk * cx, mid.y - nk * cy];
    }

    /* The part of the stage the panel leaves free, in window pixels. */
    function free() {
      const r = svg.getBoundingClientRect();
      if (panel.hidden) return r;
      const left = Math.max(r.left, Math.min(r.right,
        panel.getBoundingClientRect().left - 12));
      return { left: r.left, top: r.top, width: left - r.left,
        height: r.height };
    }

    /* The largest group of connected entities (ties: the first in label
       order), for the first view: a drawing of several works opens on the
       biggest cluster, not on a stamp-sized whole. */
    function largestComponent() {
      const seen = new Set();
      let best = [];
      for (const n of entities) {
        if (seen.has(n.id)) continue;
        const part = [n.id];
        seen.add(n.id);
        for (let i = 0; i < part.length; i++)
          for (const id of nodes.get(part[i]).adj)
            if (!seen.has(id) && nodes.get(id).entity) {
              seen.add(id);
              part.push(id);
            }
        if (part.length > best.length) best = part;
      }
      return best;
    }

    function reset() {
      animateTo(1, 0, 0);
    }

    svg.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const lines = ev.deltaMode === 1 ? 33 : ev.deltaMode === 2 ? 500 : 1;
      zoomAt(Math.exp(-ev.deltaY * lines * 0.0015),
        toSvg(ev.clientX, ev.clientY));
    }, { passive: false });

    /* Dragging pans; a press that hardly moves is a click. */
    let drag = null;
    let dragged = false;
    svg.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      drag = { id: ev.pointerId, x: ev.clientX, y: ev.clientY, moving: false };
      dragged = false;
    });
    svg.addEventListener('pointermove', (ev) => {
      if (!drag || ev.pointerId !== drag.id) return;
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moving && Math.hypot(dx, dy) < 4) return;
      if (!drag.moving) {
        drag.moving = dragged = true;
        svg.setPointerCapture(ev.pointerId);
        svg.classList.add('dragging');
      }
      drag.x = ev.clientX;
      drag.y = ev.clientY;
      panBy(dx, dy);
    });
    const endDrag = (ev) => {
      if (!drag || ev.pointerId !== drag.id) return;
      if (drag.moving && svg.hasPointerCapture(ev.pointerId))
        svg.releasePointerCapture(ev.pointerId);
      svg.classList.remove('dragging');
      drag = null;
    };
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);

    /* A click on a node picks it instead of following its IRI;
       Ctrl-, Cmd- or Shift-click still opens the IRI. A click on the empty
       drawing clears. */
    svg.addEventListener('click', (ev) => {
      const g = ev.target.closest('g.node');
      if (dragged) {
        ev.preventDefault();
        dragged = false;
        return;
      }
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      const n = g && nodes.get(titleOf(g));
      if (n && n.entity) pick(n);
      else if (!g) clear();
    });

    document.getElementById('zoom-in').addEventListener('click',
      () => { if (on()) zoomAt(STEP, middle()); });
    document.getElementById('zoom-out').addEventListener('click',
      () => { if (on()) zoomAt(1 / STEP, middle()); });
    document.getElementById('zoom-reset').addEventListener('click',
      () => { if (on()) reset(); });

    /* ---- the legend's node rows filter by type ---- */

    const hiddenTypes = new Set();

    function applyFilters() {
      for (const n of nodes.values())
        n.g.classList.toggle('off', hiddenTypes.has(n.type));
      for (const e of edges)
        e.g.classList.toggle('off', hiddenTypes.has(nodes.get(e.a).type) ||
          hiddenTypes.has(nodes.get(e.b).type));
    }

    const types = new Set(entities.map((n) => n.type));
    for (const li of document.querySelectorAll('.legend li')) {
      const type = li.textContent.trim();
      if (!types.has(type)) continue;
      li.classList.add('filter');
      li.tabIndex = 0;
      li.setAttribute('role', 'button');
      li.setAttribute('aria-pressed', 'true');
      li.title = 'Show or hide every ' + type;
      const toggle = () => {
        if (hiddenTypes.has(type)) hiddenTypes.delete(type);
        else hiddenTypes.add(type);
        li.setAttribute('aria-pressed', String(!hiddenTypes.has(type)));
        applyFilters();
      };
      li.addEventListener('click', toggle);
      li.addEventListener('keydown', (ev) => {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        ev.preventDefault();
        toggle();
      });
    }

    /* ---- edge tooltips follow the pointer ---- */

    svg.addEventListener('pointerover', (ev) => {
      const g = ev.target.closest && ev.target.closest('g.edge');
      const e = g && edgeOf.get(g);
      if (!e || drag) return;
      tip.textContent = edgeText(e);
      tip.hidden = false;
    });
    svg.addEventListener('pointermove', (ev) => {
      if (tip.hidden) return;
      const r = stage.getBoundingClientRect();
      tip.style.left = (ev.clientX - r.left + 14) + 'px';
      tip.style.top = (ev.clientY - r.top + 14) + 'px';
    });
    svg.addEventListener('pointerout', (ev) => {
      const g = ev.target.closest && ev.target.closest('g.edge');
      if (g && !(ev.relatedTarget && g.contains(ev.relatedTarget)))
        tip.hidden = true;
    });

    /* Keys, outside the search box: + and - zoom, 0 fits, arrows pan,
       / searches, Esc clears. */
    document.addEventListener('keydown', (ev) => {
      if (!on() || ev.target === input || ev.ctrlKey || ev.metaKey ||
        ev.altKey) return;
      const pan = { ArrowLeft: [80, 0], ArrowRight: [-80, 0],
        ArrowUp: [0, 80], ArrowDown: [0, -80] }[ev.key];
      if (ev.key === '+' || ev.key === '=') zoomAt(STEP, middle());
      else if (ev.key === '-' || ev.key === '_') zoomAt(1 / STEP, middle());
      else if (ev.key === '0') reset();
      else if (ev.key === '/') input.focus();
      else if (ev.key === 'Escape') clear();
      else if (pan) panBy(pan[0], pan[1]);
      else return;
      ev.preventDefault();
    });

    /* The first view frames the largest connected group of entities; when
       that leaves the usual label (the median font size) under
       READABLE_PX, it zooms in to that size on the group's most connected
       entity instead (its hub: the main work of a cast view), and the
       labels that would be too small elsewhere wait for the zoom. */
    const READABLE_PX = 10;

    function firstView() {
      const part = largestComponent();
      if (part.length < 2) return;
      let [nk, nx, ny] = frame(part);
      const sizes = texts.map((t) => t.size).sort((a, b) => a - b);
      const median = sizes.length ? sizes[sizes.length >> 1] : 14;
      const m = svg.getScreenCTM();
      if (m && median * m.a * nk < READABLE_PX) {
        const hub = part.reduce((a, b) =>
          nodes.get(b).adj.size > nodes.get(a).adj.size ? b : a);
        const r = nodes.get(hub).g.getBoundingClientRect();
        const c = toSvg(r.left + r.width / 2, r.top + r.height / 2);
        const mid = middle();
        nk = READABLE_PX / (median * m.a);
        nx = mid.x - nk * c.x; /* k = 1, x = y = 0 before the first view */
        ny = mid.y - nk * c.y;
      }
      [k, x, y] = [nk, nx, ny];
      apply();
    }

    /* A hidden tab has no layout: its first view waits until it shows. */
    let started = false;
    function show() {
      if (started) return;
      started = true;
      apply();
      firstView();
    }
    if (on()) show();
    return { stage, show, clear };
  }
})();
