// Trade Brief timeline webview: draws the model the extension sends (an axis of markers and a
// list in date order), filters it, and asks the extension to open an event's source.
// Plain DOM, no framework; every interactive element is a native button or form control.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const state = Object.assign({ entity: '', kind: '', citedOnly: false }, vscode.getState() || {});
  let model = JSON.parse($('model').textContent || '{"events":[],"entities":[],"kinds":[]}');

  const DAY = 86400000;
  const day = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else if (k === 'style') Object.assign(node.style, v); // CSSOM: the CSP forbids style attributes
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children || []) if (c) node.appendChild(c);
    return node;
  }

  function fillSelect(select, options, value) {
    while (select.options.length > 1) select.remove(1);
    for (const o of options) select.appendChild(el('option', { value: o.value, text: o.label }));
    select.value = options.some((o) => o.value === value) ? value : '';
  }

  function visibleEvents() {
    return model.events.filter(
      (e) =>
        (!state.entity || e.entities.includes(state.entity)) &&
        (!state.kind || e.kind === state.kind) &&
        (!state.citedOnly || e.cited),
    );
  }

  function flags(e) {
    return [e.cited && 'cited', e.conflict && 'conflict', e.disagree && 'disagree'].filter(Boolean);
  }

  function describe(e) {
    const notes = [];
    if (e.cited) notes.push('cited in the brief');
    if (e.conflict) notes.push('the brief has a warning about it');
    if (e.disagree) notes.push('sources disagree');
    return `${e.name}, ${e.dateLabel}, ${e.kind}, ${e.sources} source${e.sources === 1 ? '' : 's'}${notes.length ? ', ' + notes.join(', ') : ''}. Press Enter to open the source.`;
  }

  function open(id) {
    vscode.postMessage({ type: 'open', id });
  }

  /** Markers placed by date, stacked into lanes so overlapping spans stay clickable. */
  function drawAxis(events) {
    const axis = $('axis');
    axis.replaceChildren();
    const dated = events.filter((e) => e.from && e.to);
    if (!dated.length) {
      axis.hidden = true;
      return;
    }
    axis.hidden = false;
    let min = Math.min(...dated.map((e) => day(e.from)));
    let max = Math.max(...dated.map((e) => day(e.to)));
    const pad = Math.max(2, Math.round((max - min) * 0.03));
    min -= pad;
    max += pad + 1;
    const span = max - min;
    const pct = (d) => ((d - min) / span) * 100;

    // Month ticks.
    const start = new Date(min * DAY);
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(), first = true; ; m++, first = false) {
      if (m > 11) { m = 0; y++; }
      const d = Math.max(min, Date.UTC(y, m, 1) / DAY); // the first month starts at the axis' left edge
      if (d >= max) break;
      const label = first || m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m];
      axis.appendChild(el('div', { class: 'tick', style: { left: `${pct(d)}%` }, 'aria-hidden': 'true' }, [el('span', { text: label })]));
    }

    const lanes = [];
    const minWidth = 1.2; // percent, so a one-day event is still a target
    for (const e of dated) {
      const left = pct(day(e.from));
      const width = Math.max(minWidth, pct(day(e.to) + 1) - left);
      let lane = lanes.findIndex((end) => end <= left);
      if (lane === -1) { lane = lanes.length; lanes.push(0); }
      lanes[lane] = left + Math.max(width, 6); // leave room for the label-less marker's hover
      const b = el('button', {
        class: ['marker', e.kind, ...flags(e)].join(' '),
        style: { left: `${left}%`, width: `${width}%`, top: `${lane * 22 + 28}px` },
        title: `${e.name} — ${e.dateLabel}`,
        'aria-label': describe(e),
        'data-id': e.id,
      });
      b.addEventListener('click', () => { focusRow(e.id); open(e.id); });
      axis.appendChild(b);
    }
    axis.style.height = `${lanes.length * 22 + 40}px`;
  }

  function focusRow(id) {
    const row = document.querySelector(`.event[data-id="${CSS.escape(id)}"]`);
    if (row) row.scrollIntoView({ block: 'nearest' });
  }

  function drawList(events) {
    const list = $('list');
    list.replaceChildren();
    for (const e of events) {
      const badges = flags(e).map((f) => el('span', { class: `badge ${f}`, text: f === 'cited' ? 'cited' : f === 'conflict' ? 'warning in brief' : 'sources disagree' }));
      const button = el('button', { class: ['event', ...flags(e)].join(' '), 'data-id': e.id, 'aria-label': describe(e) }, [
        el('span', { class: 'date', text: e.dateLabel }),
        el('span', { class: 'name', text: e.name }),
        el('span', { class: 'meta' }, [
          el('span', { class: `kind ${e.kind}`, text: e.kind }),
          el('span', { class: 'muted', text: ` ${e.sources} source${e.sources === 1 ? '' : 's'}` }),
          ...badges,
        ]),
        e.quote ? el('span', { class: 'quote', text: `“${e.quote}” — ${e.file}:${e.line + 1}` }) : null,
        e.entityNames.length ? el('span', { class: 'who muted', text: e.entityNames.join(' · ') }) : null,
      ]);
      button.addEventListener('click', () => open(e.id));
      list.appendChild(el('li', {}, [button]));
    }
  }

  function render() {
    fillSelect($('entity'), model.entities.map((e) => ({ value: e.id, label: `${e.name} (${e.kind})` })), state.entity);
    fillSelect($('kind'), model.kinds.map((k) => ({ value: k, label: k })), state.kind);
    state.entity = $('entity').value;
    state.kind = $('kind').value;
    $('citedOnly').checked = state.citedOnly;
    const events = visibleEvents();
    const cited = model.events.filter((e) => e.cited).length;
    const conflicts = model.events.filter((e) => e.conflict).length;
    $('title').textContent = `Timeline — ${events.length} of ${model.events.length} event${model.events.length === 1 ? '' : 's'}`;
    $('brief').textContent = model.brief
      ? `Brief: ${model.brief} — cites ${cited}, ${conflicts} with warnings`
      : 'Open a brief to mark the events it cites.';
    const empty = $('empty');
    empty.hidden = events.length > 0;
    empty.textContent = model.events.length
      ? 'No events match these filters.'
      : 'No events yet. Add articles to the sources folder; the timeline fills in once they are indexed.';
    drawAxis(events);
    drawList(events);
    vscode.setState(state);
  }

  $('entity').addEventListener('change', (ev) => { state.entity = ev.target.value; render(); });
  $('kind').addEventListener('change', (ev) => { state.kind = ev.target.value; render(); });
  $('citedOnly').addEventListener('change', (ev) => { state.citedOnly = ev.target.checked; render(); });

  // Arrow keys walk the list; Enter/Space already activate the native buttons.
  $('list').addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const buttons = [...document.querySelectorAll('.event')];
    const i = buttons.indexOf(document.activeElement);
    const next = buttons[i + (ev.key === 'ArrowDown' ? 1 : -1)];
    if (next) { next.focus(); ev.preventDefault(); }
  });

  window.addEventListener('message', (ev) => {
    if (ev.data && ev.data.type === 'model') {
      model = ev.data.model;
      render();
    }
  });

  render();
  vscode.postMessage({ type: 'rendered', eventCount: model.events.length });
})();
