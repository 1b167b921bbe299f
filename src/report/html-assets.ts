/** The HTML report's stylesheet and script, inlined verbatim; their sha256 hashes go into the Content-Security-Policy. */

/** The stylesheet: layout, redline marks (strike-through and underline, not colour alone), views, filters, print. ASCII only. */
export const css = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--focus:#c2410c;--del-bg:#ffe3e3;--del-fg:#86181d;--ins-bg:#d8f5df;--ins-fg:#0f5130}
*{box-sizing:border-box}
html{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.skip-link{position:absolute;left:.5rem;top:-4rem;z-index:10;background:var(--bg);padding:.5rem .75rem;border:2px solid var(--focus)}
.skip-link:focus{top:.5rem}
a{color:#0b57a4}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
h3[tabindex]:focus{outline:3px solid var(--focus);outline-offset:4px}
.page-head{padding:1.25rem 1.5rem;border-bottom:1px solid var(--line);background:var(--soft)}
.page-head h1{margin:0 0 .35rem;font-size:1.6rem;line-height:1.25}
.versions{margin:0;padding:0;list-style:none;color:var(--muted);font-size:.95rem}
.layout{display:grid;grid-template-columns:minmax(17rem,23rem) minmax(0,1fr)}
.sidebar{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;border-right:1px solid var(--line);padding:1rem;background:var(--bg)}
main{padding:.5rem 2rem 4rem;max-width:72rem;min-width:0}
main>section>h2{margin:2rem 0 .75rem;font-size:1.35rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
.controls{display:flex;flex-direction:column;gap:.6rem;padding-bottom:1rem;margin-bottom:.5rem;border-bottom:1px solid var(--line)}
.controls[hidden]{display:none}
.row{display:flex;flex-wrap:wrap;gap:.4rem}
button{font:inherit;font-size:.9rem;padding:.35rem .7rem;border:1px solid #6e7781;border-radius:6px;background:#fff;color:var(--fg);cursor:pointer}
button:hover{background:var(--soft)}
button[aria-pressed="true"]{background:#1f2937;color:#fff;border-color:#1f2937}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0;padding:.3rem .7rem .5rem}
legend{font-weight:600;font-size:.9rem;padding:0 .25rem}
.filters label{display:flex;gap:.45rem;align-items:center;font-size:.9rem;padding:.05rem 0}
.filters input{width:1rem;height:1rem;margin:0}
.status,.help{margin:0;font-size:.85rem;color:var(--muted)}
kbd{font:inherit;font-size:.8rem;border:1px solid #8c959f;border-bottom-width:2px;border-radius:4px;padding:0 .3rem;background:var(--soft)}
.toc h2{font-size:1rem;margin:.5rem 0}
.toc h3{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:.8rem 0 .2rem}
.toc ol{list-style:none;margin:0;padding:0}
.toc a{display:grid;grid-template-columns:1.4rem minmax(0,1fr) auto;gap:.3rem;align-items:baseline;padding:.05rem .25rem;border-radius:4px;text-decoration:none;color:var(--fg);font-size:.85rem}
.toc a:hover{background:var(--soft)}
.toc-text{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.toc .tag{color:var(--muted);font-size:.72rem}
.sym{display:inline-block;min-width:1.4rem;text-align:center;font-weight:700;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.k-substantive .sym{color:#9a3412}.k-editorial .sym{color:#7c5e10}.k-added .sym{color:#0f5130}.k-deleted .sym{color:#86181d}
.k-split .sym,.k-merged .sym{color:#5b21b6}.k-other .sym{color:#0b57a4}.k-unchanged .sym,.k-references .sym{color:var(--muted)}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem;margin:.25rem 0 1rem}
.stats div{border:1px solid var(--line);border-radius:8px;padding:.45rem .7rem;display:flex;flex-direction:column-reverse;background:var(--soft)}
.stats dt{font-size:.8rem;color:var(--muted)}
.stats dd{margin:0;font-size:1.35rem;font-weight:650;font-variant-numeric:tabular-nums}
main h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;font-size:.9rem;margin:.25rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .65rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #8c959f}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.plain{padding-left:1.5rem}
.plain li{margin:.15rem 0}
section.change{content-visibility:auto;contain-intrinsic-size:auto 36rem;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0;background:#fff}
section.change h3{margin:0 0 .4rem;font-size:1.15rem}
.meta{margin:0 0 .5rem;font-size:.85rem;color:var(--muted)}
.badges{list-style:none;margin:0 0 .6rem;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
.badges li{font-size:.8rem;border:1px solid #8c959f;border-radius:999px;padding:0 .6rem;background:var(--soft)}
.badges li.change-class{font-weight:600;border-style:double;border-width:3px}
.title-change{margin:.25rem 0 .5rem}
.units{margin-top:.25rem}
.unit{display:grid;grid-template-columns:11rem minmax(0,1fr);gap:.2rem 1rem;padding:.45rem 0;border-top:1px dashed var(--line)}
.unit-label{font-size:.85rem;color:var(--muted)}
.piece{margin:1rem 0 .25rem;font-size:1rem}
.unit-label .note{display:block;font-family:system-ui,sans-serif;font-size:.72rem;text-transform:uppercase;letter-spacing:.03em}
.sbs{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}
.sbs>div{padding:0 .25rem}
.sbs .old{border-right:1px solid var(--line);padding-right:1rem}
.sbs .empty{color:var(--muted);font-style:italic}
.sbs-head{display:none;grid-template-columns:11rem minmax(0,1fr) minmax(0,1fr);gap:1rem;font-size:.8rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
body[data-view="inline"] .sbs{display:none}
body[data-view="side"] .inline{display:none}
body[data-view="side"] .sbs-head{display:grid}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
details.same{padding:.3rem 0;border-top:1px dashed var(--line)}
details.same summary{cursor:pointer;color:var(--muted);font-size:.85rem}
details.same .unit{color:#3d444d}
.events{margin:.6rem 0 0;padding:.5rem .75rem .5rem 2rem;background:var(--soft);border-radius:6px;font-size:.9rem}
.events-title{margin:.8rem 0 0;font-size:.9rem;font-weight:600}
.compact{list-style:none;margin:.25rem 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
.compact li{border:1px solid var(--line);border-radius:6px;padding:0 .5rem;font-size:.85rem;background:var(--soft)}
.chart{margin:0}
.chart svg{max-width:100%;height:auto;display:block}
.chart text{font-size:11px;fill:#1b1f24;font-family:system-ui,sans-serif}
.chart .axis-title{font-size:12px;font-weight:600}
.chart .seg-label{fill:#fff;font-weight:600;font-size:10px}
.chart .axis{stroke:#57606a;stroke-width:1}
.chart .grid{stroke:#e1e4e8;stroke-width:1}
.chart rect.seg{stroke:#fff;stroke-width:1}
.c0{fill:#1f4e79}.c1{fill:#b03a2e}.c2{fill:#1e7b4a}.c3{fill:#6c3483}.c4{fill:#8a6100}.c5{fill:#0e6f7c}.c6{fill:#a0325a}.c7{fill:#4d5656}.c8{fill:#a04000}.c9{fill:#7b4b2a}
@media screen{.is-filtered{display:none!important}}
@media (max-width:60rem){.layout{display:block}.sidebar{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}.toc{max-height:45vh;overflow:auto}main{padding:.5rem 1rem 3rem}.sbs{grid-template-columns:minmax(0,1fr);gap:.4rem}.sbs .old{border-right:0}.unit{grid-template-columns:minmax(0,1fr)}body[data-view="side"] .sbs-head{display:none}.sbs>div>.vh:first-child{position:static!important;display:block;width:auto;height:auto;margin:0;clip:auto;clip-path:none;white-space:normal;font-size:.72rem;font-weight:600;text-transform:uppercase;color:var(--muted)}}
@media print{
.sidebar,.skip-link,.controls{display:none!important}
.layout{display:block}
main{max-width:none;padding:0}
.page-head{background:none;padding:0 0 .5rem}
section.change{content-visibility:visible;break-inside:auto;border:0;border-top:1px solid #999;border-radius:0;padding:.5rem 0}
section.change h3{break-after:avoid}
details.same>summary{list-style:none}
details::details-content{content-visibility:visible;display:contents}
del{background:none;color:#000}
ins{background:none;color:#000}
a{color:#000;text-decoration:none}
}
`

/**
 * The script: reveals the controls, then wires the view toggle, the filters, next/previous-change navigation
 * (buttons and the keys n/j, p/k, v) and opens every collapsed part before printing. ASCII only.
 */
export const js = `
(function () {
  'use strict';
  var doc = document;
  var body = doc.body;
  var all = function (selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); };
  var sections = all('section.change');
  var items = all('[data-cats]');
  var boxes = all('.filters input[type="checkbox"]');
  var viewButton = doc.getElementById('view-toggle');
  var navStatus = doc.getElementById('nav-status');
  var filterStatus = doc.getElementById('filter-status');
  var current = -1;
  var controls = doc.getElementById('controls');
  if (controls) controls.hidden = false;

  function shown(el) { return !el.classList.contains('is-filtered'); }
  function headingOf(section) { return section.querySelector('h3'); }
  function say(el, text) { if (el) el.textContent = text; }

  function focusSection(i) {
    current = i;
    var heading = headingOf(sections[i]);
    if (heading) heading.focus();
    var visible = sections.filter(shown);
    say(navStatus, 'Change ' + (visible.indexOf(sections[i]) + 1) + ' of ' + visible.length);
  }
  function indexFromFocus() {
    var active = doc.activeElement;
    for (var i = 0; i < sections.length; i++) if (sections[i].contains(active)) return i;
    return current;
  }
  function go(step) {
    var from = indexFromFocus();
    for (var j = from + step; j >= 0 && j < sections.length; j += step) {
      if (shown(sections[j])) { focusSection(j); return; }
    }
    say(navStatus, step > 0 ? 'No next change' : 'No previous change');
  }

  function setView(side) {
    body.setAttribute('data-view', side ? 'side' : 'inline');
    if (viewButton) viewButton.setAttribute('aria-pressed', side ? 'true' : 'false');
  }
  function toggleView() { setView(body.getAttribute('data-view') !== 'side'); }

  function applyFilters() {
    var active = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    items.forEach(function (el) {
      var cats = (el.getAttribute('data-cats') || '').split(' ');
      var match = active.length === 0 || active.some(function (cat) { return cats.indexOf(cat) >= 0; });
      el.classList.toggle('is-filtered', !match);
    });
    all('.group').forEach(function (group) {
      group.classList.toggle('is-filtered', !group.querySelector('li:not(.is-filtered)'));
    });
    var detailed = sections.filter(shown).length;
    var compact = all('.compact li');
    var compactShown = compact.filter(shown).length;
    say(filterStatus, active.length === 0
      ? 'Showing all ' + sections.length + ' detailed sections and ' + compact.length + ' other articles.'
      : 'Showing ' + detailed + ' of ' + sections.length + ' detailed sections and ' + compactShown + ' of ' + compact.length + ' other articles.');
  }
  function clearFilters() {
    boxes.forEach(function (box) { box.checked = false; });
    applyFilters();
  }

  boxes.forEach(function (box) { box.addEventListener('change', applyFilters); });
  var clear = doc.getElementById('clear-filters');
  if (clear) clear.addEventListener('click', clearFilters);
  if (viewButton) viewButton.addEventListener('click', toggleView);
  var next = doc.getElementById('next-change');
  var prev = doc.getElementById('prev-change');
  if (next) next.addEventListener('click', function () { go(1); });
  if (prev) prev.addEventListener('click', function () { go(-1); });

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && target.closest && target.closest('textarea, select, [contenteditable], input:not([type="checkbox"]):not([type="radio"])')) return;
    var key = event.key;
    if (key === 'n' || key === 'j') { event.preventDefault(); go(1); }
    else if (key === 'p' || key === 'k') { event.preventDefault(); go(-1); }
    else if (key === 'v') { event.preventDefault(); toggleView(); }
  });

  doc.addEventListener('click', function (event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) return;
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    var target = doc.getElementById(id);
    var i = sections.indexOf(target);
    if (i < 0) return;
    event.preventDefault();
    if (!shown(target)) clearFilters();
    focusSection(i);
    try { history.replaceState(null, '', '#' + id); } catch (error) { /* file: URLs may refuse */ }
  });

  var opened = [];
  window.addEventListener('beforeprint', function () {
    all('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  if (location.hash) {
    var start = sections.indexOf(doc.getElementById(decodeURIComponent(location.hash.slice(1))));
    if (start >= 0) current = start;
  }
  applyFilters();
})();
`
