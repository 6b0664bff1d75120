/**
 * The page's one script (inline, no modules, nothing fetched). It reads the facts from the JSON in
 * #review-data and builds the card with textContent only, so no input text is ever parsed as HTML.
 *   - a highlight's card: on hover and on focus; Enter or a click keeps it open, Escape closes it
 *   - a table row (click, or Enter when focused) scrolls to its highlight, flashes it and focuses it
 *   - a column header sorts its table; the filters hide highlights and rows together
 */
export const SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent || '{}');
  var card = document.getElementById('card');
  var HIGHLIGHT = 'mark.fact, del.dropped';
  var current = null;
  var pinned = false;

  function fmt(n) { return n === null ? '' : Number(n).toLocaleString('en-US', { maximumFractionDigits: 6 }); }
  function item(dl, name, value) {
    var dt = document.createElement('dt'); dt.textContent = name;
    var dd = document.createElement('dd'); dd.textContent = value;
    dl.append(dt, dd);
  }
  function fill(el) {
    var d = data[el.id];
    if (!d) return false;
    var title = document.createElement('p'); title.className = 'card-title';
    var raw = document.createElement('strong'); raw.textContent = d.raw; raw.lang = 'zh-CN';
    var dl = document.createElement('dl');
    if (d.kind === 'fact') {
      var swatch = document.createElement('span'); swatch.className = 'swatch c-' + d.category; swatch.textContent = d.category;
      title.append(raw, ' ', swatch);
      item(dl, 'value', fmt(d.value) + (d.max === null ? '' : ' to ' + fmt(d.max)));
      item(dl, 'unit', d.unit + (d.measureWord && d.measureWord !== d.unit ? ' (' + d.measureWord + ')' : ''));
      item(dl, 'qualifier', d.qualifier);
      item(dl, 'per', d.per || '\u2014');
      item(dl, 'total', d.total ? 'yes' : 'no');
      item(dl, 'subject', d.subject || '\u2014');
      item(dl, 'confidence', d.confidence.toFixed(2));
      item(dl, 'department', d.department || '(lead)');
    } else {
      title.append(raw, ' dropped');
      item(dl, 'reason', d.reason);
      item(dl, 'rule', d.rule);
    }
    item(dl, 'line', String(d.line));
    card.replaceChildren(title, dl);
    return true;
  }
  function show(el, pin) {
    if (el.classList.contains('off') || !fill(el)) return;
    if (current && current !== el) current.removeAttribute('aria-describedby');
    current = el; pinned = !!pin;
    el.setAttribute('aria-describedby', 'card');
    card.hidden = false;
    var r = el.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, width - card.offsetWidth - 8));
    card.style.left = (window.scrollX + left) + 'px';
    card.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  function hide() {
    if (current) current.removeAttribute('aria-describedby');
    card.hidden = true; current = null; pinned = false;
  }
  function highlightOf(node) { return node && node.closest ? node.closest(HIGHLIGHT) : null; }

  function go(id) {
    var el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
    el.focus({ preventScroll: true });
  }

  function sortBy(th) {
    var table = th.closest('table');
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.getAttribute('data-type') === 'num';
    table.querySelectorAll('th[aria-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { if (!row.hasAttribute('data-order')) row.setAttribute('data-order', i); });
    function key(row) {
      var cell = row.cells[column];
      var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
      return numeric ? Number(v) : v;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), 'zh-CN');
      return (ascending ? c : -c) || a.getAttribute('data-order') - b.getAttribute('data-order');
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-category-filter]'));
  var range = document.getElementById('min-confidence');
  var rangeValue = document.getElementById('min-confidence-value');
  var shown = document.getElementById('shown');
  var showDropped = document.getElementById('show-dropped');
  function applyFilters() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var min = Number(range.value);
    rangeValue.textContent = min.toFixed(2);
    var visible = 0, total = 0;
    document.querySelectorAll('mark.fact, tr[data-category]').forEach(function (el) {
      var keep = on[el.getAttribute('data-category')] !== false && Number(el.getAttribute('data-confidence')) >= min;
      if (el.tagName === 'MARK') {
        el.classList.toggle('off', !keep);
        el.tabIndex = keep ? 0 : -1;
        total++; if (keep) visible++;
      } else {
        el.hidden = !keep;
      }
    });
    document.querySelectorAll('[data-count-for]').forEach(function (c) {
      var block = document.getElementById(c.getAttribute('data-count-for'));
      c.textContent = block ? block.querySelectorAll('mark.fact:not(.off)').length : 0;
    });
    shown.textContent = visible + ' of ' + total + ' facts shown';
    if (current && current.classList.contains('off')) hide();
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  range.addEventListener('input', applyFilters);
  if (showDropped) showDropped.addEventListener('change', function () {
    document.body.classList.toggle('hide-dropped', !showDropped.checked);
  });

  document.addEventListener('mouseover', function (e) {
    var el = highlightOf(e.target);
    if (el && !pinned) show(el, false);
  });
  document.addEventListener('mouseout', function (e) {
    var el = highlightOf(e.target);
    if (el && el === current && !pinned && document.activeElement !== el) hide();
  });
  document.addEventListener('focusin', function (e) {
    var el = highlightOf(e.target);
    if (el) show(el, false); else if (current && !pinned) hide();
  });
  document.addEventListener('focusout', function (e) {
    var el = highlightOf(e.target);
    if (el && el === current && !pinned) hide();
  });
  document.addEventListener('click', function (e) {
    var el = highlightOf(e.target);
    if (el) { if (pinned && current === el) hide(); else show(el, true); return; }
    if (card.contains(e.target)) return;
    if (pinned) hide();
    var th = e.target.closest && e.target.closest('th');
    if (th && th.querySelector('button')) { sortBy(th); return; }
    var row = e.target.closest && e.target.closest('tr[data-target]');
    if (row) go(row.getAttribute('data-target'));
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { if (!card.hidden) { hide(); e.preventDefault(); } return; }
    if (e.key !== 'Enter') return;
    var el = highlightOf(e.target);
    if (el) { show(el, true); e.preventDefault(); return; }
    if (e.target.matches && e.target.matches('tr[data-target]')) { go(e.target.getAttribute('data-target')); e.preventDefault(); }
  });
  window.addEventListener('resize', function () { if (current && !card.hidden) show(current, pinned); });
  applyFilters();
})();`;
