/** The compare page's stylesheet and script, inlined verbatim; their sha256 hashes go into its Content-Security-Policy. */

/**
 * The stylesheet: insertions underlined and deletions struck through (not colour alone), sticky header, unchanged rows
 * folded behind a checkbox (no script needed), cards per row under 700 px, landscape print with a repeating header.
 * ASCII only.
 */
const baseCss = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--art:#eef2f7;--del-bg:#ffe3e3;--del-fg:#86181d;--ins-bg:#d8f5df;--ins-fg:#0f5130;--focus:#c2410c}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font:13px/1.32 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header{padding:1rem 1.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
h1{margin:0 0 .35rem;font-size:1.45rem;line-height:1.25;overflow-wrap:anywhere}
header p,header ul{margin:.2rem 0;color:var(--muted);font-size:.92rem}
header ul{padding-left:1.2rem}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1.25rem;border-bottom:1px solid var(--line)}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
.controls legend{float:left;font-weight:600;margin-right:.4rem;padding:0}
.controls label{display:inline-flex;gap:.3rem;align-items:center;font-size:.9rem}
.fold{display:flex;gap:.4rem;align-items:center;padding:.5rem 1.25rem;font-size:.92rem}
main{padding:0 0 3rem}
table{border-collapse:separate;border-spacing:0;font-size:.9rem;width:100%;table-layout:fixed}
caption{text-align:left;padding:0 1.25rem .3rem;color:var(--muted);font-size:.85rem}
th,td{border-bottom:1px solid var(--line);border-right:1px solid var(--line);padding:.2rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{position:sticky;top:0;z-index:2;background:var(--soft);border-bottom:2px solid #8c959f}
th.st,td.st{width:10.5rem}
th.cm,td.cm{width:16rem}
tr.ah td,tr.ah th{background:var(--art);font-size:.85rem;padding-top:.1rem;padding-bottom:.1rem}
.num{font-weight:700}
.marker{color:var(--muted);font-size:.85rem}
.note{font-size:.82rem;font-style:italic;color:var(--muted)}
th .note{display:block}
.m{font-weight:600}
.l1{padding-left:1.4rem}.l2{padding-left:2.4rem}
.fn{margin:.3rem 0 0;font-size:.8rem;color:var(--muted)}
sup{font-size:.72em;line-height:0}
.absent{color:var(--muted);background:var(--soft)}
td.st{font-weight:600;font-size:.8rem}
.s-agreed td.st::before{content:"\\2713  "}
.s-pending td.st::before{content:"\\2026  "}
.from{display:block;font-weight:400;font-size:.8rem;color:var(--muted)}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
#show-same{float:left;margin:.7rem .2rem 0 1.25rem;width:1rem;height:1rem}
#show-same:not(:checked)~table .same,#show-same:not(:checked)~table .ctx,#show-same:checked~table .gap{display:none}
.gap{color:var(--muted)}
@media (max-width:700px){
table,thead,tbody,tr,th,td,caption{display:block;width:auto}
thead{display:none}
tbody{border-top:2px solid #8c959f;margin-top:.6rem}
tr{border-bottom:1px solid var(--line);padding:.2rem 0}
th,td{border-right:0;border-bottom:0;padding:.25rem .9rem}
th.st,td.st,th.cm,td.cm{width:auto}
td[data-label]::before{content:attr(data-label);display:block;font-size:.75rem;font-weight:600;color:var(--muted)}
td.absent{display:none}
td.st[data-label]::before{display:inline}
}
@media print{
@page{size:landscape;margin:12mm}
header,.fold{background:none}
.controls,.fold{display:none!important}
thead{display:table-header-group}
thead th{position:static}
tr{break-inside:avoid}
del,ins{background:none;color:#000}
}
`

/** The most version columns the screen layout below has rules for; a wider table keeps the browser's table layout. */
export const gridColumnsMax = 12

/**
 * On screens over 700 px, each row is a grid of the table's columns (class `n<versions>`, `notes` with the comments
 * column) and each article's <tbody> a block that Chromium lays out only near the screen (`content-visibility: auto`,
 * which has no effect on table boxes): a 10x draft then loads in well under 2 s instead of laying out every row.
 * Printing keeps the table layout (repeating header).
 */
function gridLayout(): string {
  const lines = ['@media screen and (min-width:701px){', 'table.grid{display:block}', 'table.grid>caption{display:block}', 'table.grid>thead{display:block;position:sticky;top:0;z-index:2}', 'table.grid>tbody{display:block;content-visibility:auto;contain-intrinsic-size:auto 14rem}', 'table.grid tr{display:grid}', 'table.grid tr.ah>th,table.grid td.all{grid-column:1/-2}', 'table.grid.notes tr.ah>th,table.grid.notes td.all{grid-column:1/-3}', 'table.grid th.st,table.grid td.st,table.grid th.cm,table.grid td.cm{width:auto}']
  for (let n = 2; n <= gridColumnsMax; n++) {
    lines.push(`table.n${n} tr{grid-template-columns:repeat(${n},minmax(0,1fr)) 10.5rem}`, `table.n${n}.notes tr{grid-template-columns:repeat(${n},minmax(0,1fr)) 10.5rem 16rem}`)
  }
  return `${lines.join('\n')}\n}\n`
}

/** The compare page's stylesheet: the table, print and phone rules, and a grid per column count on wide screens. ASCII only. */
export const compareCss = baseCss + gridLayout()

/** The script: reveals the filters (status, changed since a version) and hides the rows and articles they leave out. ASCII only. */
export const compareJs = `
(function () {
  'use strict';
  var doc = document;
  var controls = doc.getElementById('controls');
  if (!controls) return;
  controls.hidden = false;
  var boxes = Array.prototype.slice.call(controls.querySelectorAll('input[name="status"]'));
  var since = doc.getElementById('since');
  var say = doc.getElementById('shown');
  var groups = Array.prototype.slice.call(doc.querySelectorAll('tbody.art'));
  function changedAfter(row, from) {
    var list = (row.getAttribute('data-changed') || '').split(' ');
    for (var i = 0; i < list.length; i++) if (list[i] !== '' && Number(list[i]) > from) return true;
    return false;
  }
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var from = since ? Number(since.value) : -1;
    var count = 0;
    groups.forEach(function (group) {
      var rows = Array.prototype.slice.call(group.querySelectorAll('tr.u'));
      var head = group.querySelector('tr.ah');
      var any = false;
      function keep(row) { return on[row.getAttribute('data-status')] === true && (from < 0 || changedAfter(row, from)); }
      rows.forEach(function (row) { var ok = keep(row); row.hidden = !ok; if (ok) { any = true; count++; } });
      group.hidden = rows.length > 0 ? !any : !(head && keep(head));
    });
    if (say) say.textContent = count + ' paragraph rows match the filters.';
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  if (since) since.addEventListener('change', apply);
})();
`

if (/<\/(style|script)/i.test(compareCss + compareJs)) throw new Error('inline assets must not close their element')
