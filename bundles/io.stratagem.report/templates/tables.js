// Sorting, filtering and searching the tables of a Stratagem site, in the page: no network, no
// library. Without this script every table reads as written; with it, each table (or each set of
// tables that share their columns, such as the per-unit sections of the readiness board) gets a
// search box, a choice list for each column with few values, and headers that sort when clicked.
(function () {
  'use strict';

  /** A column gets a choice list when its cells take between 2 and this many values, none with a digit. */
  var MAX_CHOICES = 12;

  /** A table of more rows than this, not split into sections, shows PAGE rows until asked for all. */
  var LONG = 200;
  var PAGE = 100;

  /** The value of a cell for sorting and choosing: its text without the small print under it. */
  function key(cell) {
    var text = '';
    cell.childNodes.forEach(function (node) {
      if (node.nodeName !== 'SMALL' && node.nodeName !== 'BR') {
        text += node.textContent;
      }
    });
    return text.replace(/\s+/g, ' ').trim();
  }

  /** A number when the whole value reads as one (12, -3.5, 40 %), else null. */
  function number(value) {
    return /^-?\d+(\.\d+)?\s*%?$/.test(value) ? parseFloat(value) : null;
  }

  /** Numbers in order before words; words in the reader's order, digits by value; empty last. */
  function compare(a, b) {
    if (a === '' || b === '') {
      return a === b ? 0 : a === '' ? 1 : -1;
    }
    var x = number(a);
    var y = number(b);
    if (x !== null && y !== null) {
      return x - y;
    }
    if (x !== null || y !== null) {
      return x !== null ? -1 : 1;
    }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** The sets of tables to enhance: marked sets, then each other table with a header and rows. */
  function sets() {
    var result = [];
    document.querySelectorAll('main [data-table-set]').forEach(function (container) {
      var tables = Array.prototype.slice.call(container.querySelectorAll('table'));
      if (tables.length > 0) {
        result.push({ container: container, tables: tables });
      }
    });
    document.querySelectorAll('main table').forEach(function (table) {
      if (!table.closest('[data-table-set]') && table.tHead && table.tBodies.length > 0 && table.tBodies[0].rows.length > 1) {
        result.push({ container: table, tables: [table] });
      }
    });
    return result;
  }

  function enhance(set) {
    var headings = set.tables[0].tHead.rows[set.tables[0].tHead.rows.length - 1].cells;
    var columns = Array.prototype.map.call(headings, function (th) { return th.textContent.trim(); });
    // Each row once: its table body, its values, its text with the headings of its sections.
    set.rows = [];
    set.boxes = Array.prototype.slice.call(set.container.querySelectorAll('details, section'));
    set.tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row, index) {
          var context = '';
          for (var box = row.parentNode; box && box !== set.container; box = box.parentNode) {
            var title = box.nodeName === 'DETAILS' ? box.querySelector('summary') : box.nodeName === 'SECTION' ? box.querySelector('h2, h3') : null;
            context += title ? ' ' + title.textContent : '';
          }
          set.rows.push({ row: row, body: body, index: index, keys: Array.prototype.map.call(row.cells, key),
            text: (row.textContent + context).replace(/\s+/g, ' ').toLowerCase() });
        });
      });
    });

    var tools = element('div', { 'class': 'table-tools' });
    set.search = element('input', { type: 'search', placeholder: 'Search', 'aria-label': 'Search the table' });
    tools.appendChild(set.search);
    set.filters = [];
    columns.forEach(function (name, column) {
      var values = {};
      set.rows.forEach(function (r) { if (r.keys[column] !== undefined && r.keys[column] !== '') { values[r.keys[column]] = true; } });
      var distinct = Object.keys(values).sort(compare);
      // words to choose from (statuses, phases, categories); figures are sorted or searched instead
      if (distinct.length < 2 || distinct.length > MAX_CHOICES || distinct.length === set.rows.length || distinct.some(function (v) { return /\d/.test(v); })) {
        return;
      }
      var select = element('select', { 'aria-label': 'Filter ' + name, 'data-column': name });
      select.appendChild(element('option', { value: '' }, name + ': all'));
      distinct.forEach(function (value) { select.appendChild(element('option', { value: value }, value)); });
      select.addEventListener('change', function () { apply(set); });
      set.filters.push({ column: column, select: select });
      tools.appendChild(select);
    });
    set.count = element('span', { 'class': 'table-count', role: 'status' });
    tools.appendChild(set.count);
    set.limit = set.tables.length === 1 && set.boxes.length === 0 && set.rows.length > LONG ? PAGE : Infinity;
    set.more = element('button', { type: 'button', 'class': 'table-more' }, 'Show all rows');
    set.more.addEventListener('click', function () { set.limit = Infinity; apply(set); });
    tools.appendChild(set.more);
    set.container.parentNode.insertBefore(tools, set.container);

    var pending = null;
    set.search.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { apply(set); }, set.rows.length > 2000 ? 200 : 0);
    });

    set.tables.forEach(function (table) {
      var cells = table.tHead.rows[table.tHead.rows.length - 1].cells;
      Array.prototype.forEach.call(cells, function (th, column) {
        // The header cell itself takes clicks and keys: Chromium does not repeat on printed pages
        // a table header that holds a button.
        th.classList.add('sortable');
        th.tabIndex = 0;
        th.title = 'Sort by ' + columns[column];
        var toggle = function () { sort(set, column, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1); };
        th.addEventListener('click', toggle);
        th.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            toggle();
          }
        });
      });
    });
    apply(set);
  }

  /** Sorts the rows of every table of the set by a column; ties keep the order of the page. */
  function sort(set, column, direction) {
    var sorted = set.rows.slice().sort(function (a, b) {
      return direction * compare(a.keys[column] || '', b.keys[column] || '') || a.index - b.index;
    });
    sorted.forEach(function (r) { r.body.appendChild(r.row); });
    set.rows = sorted;
    if (set.limit !== Infinity) {
      apply(set);
    }
    set.tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (th, index) {
        if (index === column) {
          th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
        } else {
          th.removeAttribute('aria-sort');
        }
      });
    });
  }

  /** Shows the rows that hold every word searched and the value chosen in each list. */
  function apply(set) {
    var words = set.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var active = words.length > 0 || set.filters.some(function (f) { return f.select.value !== ''; });
    var shown = 0;
    set.rows.forEach(function (r) {
      var visible = set.filters.every(function (f) { return f.select.value === '' || r.keys[f.column] === f.select.value; })
        && words.every(function (word) { return r.text.indexOf(word) >= 0; });
      shown += visible ? 1 : 0;
      // a long table shows its first rows, in the order they are sorted
      r.row.hidden = !visible || shown > set.limit;
    });
    // A section or group with no row left is hidden; while filtering, a group with rows is open.
    set.boxes.forEach(function (box) {
      box.hidden = active && box.querySelector('tbody tr:not([hidden])') === null;
      if (box.nodeName === 'DETAILS') {
        if (active && !('wasOpen' in box.dataset)) {
          box.dataset.wasOpen = box.open;
        }
        if (active) {
          box.open = !box.hidden;
        } else if ('wasOpen' in box.dataset) {
          box.open = box.dataset.wasOpen === 'true';
          delete box.dataset.wasOpen;
        }
      }
    });
    var listed = Math.min(shown, set.limit);
    set.count.textContent = (active || listed < set.rows.length ? listed + ' of ' : '') + set.rows.length + (set.rows.length === 1 ? ' row' : ' rows')
      + (active && listed < shown ? ', ' + shown + ' match' : '');
    set.more.hidden = listed >= shown;
  }

  function start() {
    var all = sets();
    all.forEach(enhance);
    // printed, a long table is printed whole
    window.addEventListener('beforeprint', function () {
      all.forEach(function (set) {
        if (set.limit !== Infinity) {
          set.limit = Infinity;
          apply(set);
        }
      });
    });
    document.documentElement.setAttribute('data-tables', 'ready');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
