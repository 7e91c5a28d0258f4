import { createHash } from 'node:crypto';
import { rowOf } from '../core/deadlines.js';
import type { Result } from '../core/evaluate.js';
import { boxes, type Status } from '../data/types.js';
import { toolName, toolVersion } from '../version.js';
import { printable } from './printable.js';
import type { ReportContext } from './ReportContext.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { place, stackLanes, timelineOf, type RowState, type Timeline } from './timeline.js';
import { buildView, examplesPerGroup, type WorkGroup } from './view.js';
import { pageWords, type PageWords } from './words/pageWords.js';
import type { Words } from './words/Words.js';

/** Text for HTML content and attribute values alike. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Untrusted text (a path, a header value): control characters made visible, then escaped. */
const safe = (text: string): string => escapeHtml(printable(text));

const symbol: Readonly<Record<string, string>> = {
  met: '✔',
  open: '●',
  missed: '✖',
  'not-applicable': '–',
  unknown: '?',
};
const symbolOf = (state: RowState) => symbol[state] ?? '?';
const stateWord = (state: RowState, w: Words, p: PageWords): string =>
  state === 'unknown' ? p.unknown : ((w.status as Record<string, string>)[state] ?? p.unknown);
/** Any state the page does not know yet is drawn as unknown rather than as a wrong colour. */
const stateClass = (state: RowState) => (state in symbol ? state : 'unknown');

// Colours in pairs for light and dark, each at least 4.5:1 against its background.
const css = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--band1:#f6f8fa;--band2:#fff8c5;--band3:#dafbe1;--met:#1a7f37;--open:#8a5a00;--missed:#cf222e;--na:#59636e;--unknown:#8250df;--now:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--band1:#151b23;--band2:#2e2a12;--band3:#12261e;--met:#3fb950;--open:#d29922;--missed:#ff7b72;--na:#9198a1;--unknown:#bc8cff;--now:#58a6ff}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1.5rem;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .6rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.title,.muted,.counts,.more,.hint,.related{color:var(--muted)}
.verdict{border-left:.5rem solid var(--open);padding:.4rem .8rem;background:var(--band1)}
.verdict.ready{border-color:var(--met)}.verdict.missed{border-color:var(--missed)}
.mark{font-weight:700}
.met .mark,.mark.met{color:var(--met)}.open .mark,.mark.open{color:var(--open)}.missed .mark,.mark.missed,.error .mark{color:var(--missed)}
.warning .mark{color:var(--open)}.info .mark{color:var(--now)}.not-applicable .mark{color:var(--na)}.unknown .mark{color:var(--unknown)}
ul.items{list-style:none;padding-left:0}ul.items li{margin:.2rem 0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n{text-align:right}
figure{margin:0}svg{width:100%;height:auto;display:block}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--fg);paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
svg .phase text,svg .day text{fill:var(--muted)}
svg .band.afsluiting{fill:var(--band1)}svg .band.transitie{fill:var(--band2)}svg .band.ingebruikname{fill:var(--band3)}
svg .axis,svg .day line,svg .leader{stroke:var(--line)}svg .axis{stroke-width:2}
svg .live line{stroke:var(--met);stroke-width:2}
svg .now line{stroke:var(--now);stroke-width:2;stroke-dasharray:5 3}svg .now text{fill:var(--now);font-weight:700}
svg .dot{stroke:var(--bg);stroke-width:1.5}
svg .met .dot,svg .met .sym{fill:var(--met)}svg .open .dot,svg .open .sym{fill:var(--open)}svg .missed .dot,svg .missed .sym{fill:var(--missed)}
svg .not-applicable .dot,svg .not-applicable .sym{fill:var(--na)}svg .unknown .dot,svg .unknown .sym{fill:var(--unknown)}
svg .not-applicable text{fill:var(--na)}
details summary{cursor:pointer;color:var(--now)}
footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:.6rem;font-size:.9rem;color:var(--muted)}
dl.moments,footer dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}dl.moments dd,footer dd{margin:0}dl.moments dt{font-weight:600}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt;background:#fff;color:#000}figure{break-inside:avoid}h2,h3{break-after:avoid}details>summary{display:none}details{display:block}}
`.trim();

/** The page allows its own inline style and nothing else: no script, image, font or request. */
const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; base-uri 'none'; form-action 'none'`;

const svgWidth = 960;
const padX = 24;
const laneHeight = 19;
const charWidth = 7;

const fixed = (n: number) => n.toFixed(1);

/** The timetable drawn: phases as bands, days as ticks, every row a dot and a label, "now" a line. */
const timelineSvg = (
  tl: Timeline,
  result: Result,
  w: Words,
  p: PageWords,
  context: ReportContext,
) => {
  const { timetable } = context;
  const zone = timetable.zone;
  const x = (at: number) => padX + place(tl, at, svgWidth - 2 * padX);
  const when = (at: number) => formatMoment(at, zone, w, { year: false });

  // Labels: one per row, and one for go-live; stacked in lanes under the axis so rows at one instant stay readable.
  interface Label {
    readonly at: number;
    readonly text: string;
    readonly kind: 'row' | 'live';
    readonly row?: Timeline['rows'][number];
    from: number;
    to: number;
    anchor: 'start' | 'end';
  }
  const labels: Label[] = [
    ...tl.rows.map((row) => ({
      at: row.at,
      text: `${row.id} ${symbolOf(row.state)} ${stateWord(row.state, w, p)}${row.open > 0 ? ` · ${row.open}` : ''}`,
      kind: 'row' as const,
      row,
    })),
    { at: tl.live, text: p.live(timetable.to), kind: 'live' as const },
  ].map((l) => {
    const width = l.text.length * charWidth;
    const start = x(l.at) + 6;
    const fits = start + width <= svgWidth - 2;
    return {
      ...l,
      from: fits ? start - 6 : x(l.at) - 6 - width,
      to: fits ? start + width : x(l.at),
      anchor: fits ? ('start' as const) : ('end' as const),
    };
  });
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.from - b.l.from || a.i - b.i);
  const lanes = stackLanes(
    order.map(({ l }) => l),
    8,
  );
  const laneOf = new Map(order.map(({ i }, k) => [i, lanes[k] ?? 0]));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  // Phase names over their bands; a name wider than its band moves to a lane of its own.
  const phaseLabels = tl.phases
    .filter((ph) => x(ph.to) - x(ph.from) >= 1)
    .map((ph) => {
      const width = w.phase[ph.phase](timetable).length * charWidth;
      const start = x(ph.from) + 6;
      const fits = start + width <= svgWidth - 4;
      return {
        ph,
        anchor: fits ? ('start' as const) : ('end' as const),
        tx: fits ? start : svgWidth - 4,
        from: fits ? start : svgWidth - 4 - width,
        to: fits ? start + width : svgWidth - 4,
      };
    });
  const phaseLanes = stackLanes(phaseLabels, 12);
  const axisY = 16 + Math.max(1, ...phaseLanes.map((l) => l + 1)) * 15 + 22;
  const laneTop = axisY + 30;
  const height = laneTop + laneCount * laneHeight + 26;

  const parts: string[] = [];
  const title = p.svgTitle({ from: timetable.from, to: timetable.to });
  const nowText = `${p.now}: ${formatMoment(tl.now, zone, w)}`;
  const desc = [
    tl.nowOn === 'on'
      ? `${nowText}, ${w.phase[result.phase](timetable)}.`
      : `${nowText} — ${p.nowOff[tl.nowOn === 'before' ? 'before' : 'after']}.`,
    ...tl.rows.map(
      (r) =>
        `${r.id} ${formatMoment(r.at, zone, w)}: ${stateWord(r.state, w, p)}${r.open > 0 ? `, ${w.labels.messages(r.open)}` : ''}.`,
    ),
    `${p.live(timetable.to)}: ${formatMoment(tl.live, zone, w)}.`,
  ].join(' ');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${svgWidth} ${height}" role="img" aria-labelledby="tl-title tl-desc" data-start="${tl.start}" data-end="${tl.end}">`,
    `<title id="tl-title">${escapeHtml(title)}</title>`,
    `<desc id="tl-desc">${escapeHtml(desc)}</desc>`,
  );
  phaseLabels.forEach(({ ph, anchor, tx }, i) => {
    const [x1, x2] = [x(ph.from), x(ph.to)];
    parts.push(
      `<g class="phase"><rect class="band ${ph.phase}" x="${fixed(x1)}" y="0" width="${fixed(x2 - x1)}" height="${height}"/><text x="${fixed(tx)}" y="${16 + (phaseLanes[i] ?? 0) * 15}" text-anchor="${anchor}">${escapeHtml(w.phase[ph.phase](timetable))}</text></g>`,
    );
  });
  parts.push(
    `<line class="axis" x1="${padX}" y1="${axisY}" x2="${svgWidth - padX}" y2="${axisY}"/>`,
  );
  // A date under every few local midnights, so at most about ten dates show.
  const every = Math.max(1, Math.ceil(tl.days.length / 10));
  tl.days.forEach((d, i) => {
    const dx = fixed(x(d));
    const [, day, month] = formatMoment(d, zone, w, { year: false }).split(' ');
    const label =
      i % every === 0
        ? `<text x="${dx}" y="${axisY - 10}" text-anchor="middle">${escapeHtml(`${day ?? ''} ${month ?? ''}`)}</text>`
        : '';
    parts.push(
      `<g class="day"><line x1="${dx}" y1="${axisY - 5}" x2="${dx}" y2="${axisY + 5}"/>${label}</g>`,
    );
  });
  // Go-live, then the rows: a leader from the axis down to the label's lane.
  // Under the labels first: "now", then the leaders, so every label's halo keeps it readable.
  const nx = x(tl.now);
  const nowAnchor = nx > svgWidth * 0.75 ? 'end' : 'start';
  const nowLabel =
    tl.nowOn === 'on'
      ? `${p.now} · ${when(tl.now)}`
      : `${p.now} · ${p.nowOff[tl.nowOn === 'before' ? 'before' : 'after']}`;
  parts.push(
    `<g class="now" data-at="${tl.now}" data-x="${fixed(nx)}" data-on="${tl.nowOn}"><line x1="${fixed(nx)}" y1="${axisY - 28}" x2="${fixed(nx)}" y2="${height - 20}"/><text x="${fixed(nowAnchor === 'start' ? nx + 5 : nx - 5)}" y="${height - 6}" text-anchor="${nowAnchor}">${escapeHtml(nowLabel)}</text></g>`,
  );
  const placed = labels.map((l, i) => {
    const lx = x(l.at);
    const ly = laneTop + (laneOf.get(i) ?? 0) * laneHeight;
    const tx = l.anchor === 'start' ? lx + 6 : lx - 6;
    return { l, lx, ly, tx };
  });
  parts.push(
    '<g class="leaders">',
    ...placed.map(({ l, lx, ly }) =>
      l.kind === 'live'
        ? `<g class="live"><line x1="${fixed(lx)}" y1="${axisY - 28}" x2="${fixed(lx)}" y2="${ly - 13}"/></g>`
        : `<line class="leader" x1="${fixed(lx)}" y1="${axisY + 6}" x2="${fixed(lx)}" y2="${ly - 4}"/>`,
    ),
    '</g>',
  );
  for (const { l, lx, ly, tx } of placed) {
    const text = `<text x="${fixed(tx)}" y="${ly}" text-anchor="${l.anchor}">${escapeHtml(l.text)}</text>`;
    const row = l.row;
    if (l.kind === 'live' || row === undefined) {
      parts.push(`<g class="live" data-at="${l.at}" data-x="${fixed(lx)}">${text}</g>`);
      continue;
    }
    parts.push(
      `<g class="row ${stateClass(row.state)}" data-row="${escapeHtml(row.id)}" data-at="${row.at}" data-x="${fixed(lx)}"><circle class="dot" cx="${fixed(lx)}" cy="${axisY}" r="6"/>${text}</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
};

const statusMark = (status: Status, w: Words) =>
  `<span class="mark">${status === 'error' ? '✖' : status === 'warning' ? '⚠' : 'ℹ'}</span> ${escapeHtml(w.status[status])}`;

/**
 * The report as one HTML page that needs nothing else: style and timeline inline, no script, and a
 * Content-Security-Policy that refuses any request. Built from the same view as the text report.
 */
export const renderHtml = (result: Result, context: ReportContext): string => {
  const { words: w, timetable } = context;
  const p = pageWords[w.lang];
  const zone = timetable.zone;
  const view = buildView(result, { words: w, timetable, verbose: context.verbose });
  const tl = timelineOf(result, timetable);
  const now = result.at;
  const out: string[] = [];

  out.push(
    '<!DOCTYPE html>',
    `<html lang="${w.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(`${w.verdict[view.verdict]} — ${view.title}`)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
  );

  // The verdict, as big as it matters, with the moment judged and the next moment that binds.
  const ahead = result.deadlines.filter((d) => d.status !== 'not-applicable' && d.at > now);
  const nextAt = ahead.length === 0 ? null : Math.min(...ahead.map((d) => d.at));
  const nextIds = ahead.filter((d) => d.at === nextAt).map((d) => d.id);
  const verdictMark = view.verdict === 'ready' ? '✔' : view.verdict === 'missed' ? '✖' : '●';
  out.push(
    '<header>',
    `<p class="title">${escapeHtml(view.title)}</p>`,
    `<h1 class="verdict ${view.verdict}" id="verdict"><span class="mark ${view.verdict === 'ready' ? 'met' : view.verdict === 'missed' ? 'missed' : 'open'}" aria-hidden="true">${verdictMark}</span> ${escapeHtml(view.headline)}</h1>`,
    '<dl class="moments">',
    `<dt>${escapeHtml(p.judgedAt)}</dt><dd>${escapeHtml(formatMoment(now, zone, w))}</dd>`,
    `<dt>${escapeHtml(p.nextRow)}</dt><dd>${
      nextAt === null
        ? escapeHtml(p.noNextRow)
        : escapeHtml(
            `${nextIds.join(', ')} · ${formatMoment(nextAt, zone, w)} (${formatTimeLeft(now, nextAt, w)})`,
          )
    }</dd>`,
    '</dl>',
  );
  for (const notice of view.notices) out.push(`<p class="notice">${escapeHtml(notice)}</p>`);
  if (view.steps.length > 0) {
    out.push('<ol class="steps">');
    for (const s of view.steps) {
      const rest = [s.what, s.where, s.by].filter((t): t is string => t !== null).join(' ');
      out.push(`<li><strong>${escapeHtml(s.label)}</strong> ${safe(rest)}</li>`);
    }
    out.push('</ol>');
  }
  out.push(
    ...view.details.map((d) => `<p class="muted">${escapeHtml(d)}</p>`),
    '</header>',
    '<main>',
  );

  // The timeline, and the same rows as a table for whoever does not see the picture.
  out.push(
    '<section aria-labelledby="h-timeline">',
    `<h2 id="h-timeline">${escapeHtml(p.timeline)}</h2>`,
    '<figure>',
    timelineSvg(tl, result, w, p, context),
    '</figure>',
    `<table class="rows"><caption class="muted">${escapeHtml(p.rowsCaption)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(p.columns.row)}</th><th scope="col">${escapeHtml(p.columns.moment)}</th><th scope="col">${escapeHtml(p.columns.what)}</th><th scope="col">${escapeHtml(p.columns.state)}</th><th scope="col">${escapeHtml(p.columns.messages)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const row of tl.rows) {
    const left = row.at > now ? ` (${formatTimeLeft(now, row.at, w)})` : '';
    out.push(
      `<tr class="${stateClass(row.state)}" data-row="${escapeHtml(row.id)}"><th scope="row">${escapeHtml(row.id)}</th><td>${escapeHtml(formatMoment(row.at, zone, w) + left)}</td><td>${escapeHtml(rowOf(timetable, row.id).title[w.lang])}</td><td><span class="mark" aria-hidden="true">${symbolOf(row.state)}</span> ${escapeHtml(stateWord(row.state, w, p))}</td><td class="n">${row.open}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '</section>');

  out.push(
    '<section aria-labelledby="h-end">',
    `<h2 id="h-end">${escapeHtml(w.labels.endState)}</h2>`,
    '<ul class="items">',
  );
  for (const e of view.endState) {
    out.push(
      `<li class="${e.state === 'open' ? 'missed' : e.state}"><span class="mark">${e.state === 'met' ? '✔' : e.state === 'unknown' ? '?' : '✖'}</span> ${escapeHtml(e.label)}${e.open === null ? '' : ` — ${escapeHtml(e.open)}`}</li>`,
    );
  }
  out.push('</ul>');
  if (view.unverified !== null) out.push(`<p class="muted">${escapeHtml(view.unverified)}</p>`);
  out.push('</section>');

  const group = (g: WorkGroup, heading: string) => {
    out.push(heading, `<p class="counts">${escapeHtml(g.counts)}</p>`);
    const item = (i: WorkGroup['items'][number], k: number, all: WorkGroup['items']) => {
      const hint =
        all[k + 1]?.hint !== i.hint ? `<br><span class="hint">→ ${safe(i.hint)}</span>` : '';
      const related =
        i.related === null ? '' : `<br><span class="related">${safe(i.related)}</span>`;
      return `<li class="${g.clock === 'open' ? 'open' : 'missed'}"><span class="mark" aria-hidden="true">${g.clock === 'open' ? '●' : '✖'}</span> <code>${safe(i.path)}</code> ${safe(i.text)}${related}${hint}</li>`;
    };
    const first = g.items.slice(0, examplesPerGroup);
    const rest = g.items.slice(examplesPerGroup);
    out.push('<ul class="items">', ...first.map((i, k) => item(i, k, first)), '</ul>');
    if (rest.length > 0)
      out.push(
        `<details><summary>${escapeHtml(p.showRest(rest.length))}</summary><ul class="items">`,
        ...rest.map((i, k) => item(i, k, rest)),
        '</ul></details>',
      );
    if (g.more !== null) out.push(`<p class="more">${escapeHtml(g.more)}</p>`);
  };

  out.push(
    '<section aria-labelledby="h-todo">',
    `<h2 id="h-todo">${escapeHtml(w.labels.todo)}</h2>`,
  );
  const errorStep = view.steps.find((s) => s.action === 'errors');
  if (view.groups.length === 0)
    out.push(`<p>${escapeHtml(errorStep?.what ?? w.labels.nothingTodo)}</p>`);
  for (const g of view.groups) group(g, `<h3>${escapeHtml(g.header)}</h3>`);
  out.push('</section>');

  if (view.blocked !== null) {
    out.push('<section aria-labelledby="h-blocked">');
    group(view.blocked, `<h2 id="h-blocked">${escapeHtml(view.blocked.header)}</h2>`);
    out.push('</section>');
  }

  if (view.counterparts !== null) {
    out.push(
      '<section aria-labelledby="h-counterparts">',
      `<h2 id="h-counterparts">${escapeHtml(w.labels.counterparts)}</h2>`,
      '<ul>',
      ...view.counterparts.lines.map((l) => `<li>${safe(l)}</li>`),
      '</ul>',
    );
    if (view.counterparts.more !== null)
      out.push(`<p class="more">${escapeHtml(view.counterparts.more)}</p>`);
    out.push('</section>');
  }

  if (view.problems.length > 0) {
    out.push(
      '<section aria-labelledby="h-problems">',
      `<h2 id="h-problems">${escapeHtml(w.labels.problems)}</h2>`,
    );
    for (const g of view.problems) {
      out.push(`<h3>${escapeHtml(w.ruleTitle[g.rule])}</h3>`, '<ul class="items">');
      g.items.forEach((i, k) => {
        const hint =
          g.items[k + 1]?.hint !== i.hint ? `<br><span class="hint">→ ${safe(i.hint)}</span>` : '';
        const related =
          i.related === null ? '' : `<br><span class="related">${safe(i.related)}</span>`;
        out.push(
          `<li class="${i.status}">${statusMark(i.status, w)} <code>${safe(i.path)}</code> ${safe(i.text)}${related}${hint}</li>`,
        );
      });
      out.push('</ul>');
      if (g.more !== null) out.push(`<p class="more">${escapeHtml(g.more)}</p>`);
    }
    out.push('</section>');
  }

  if (view.closing.length > 0)
    out.push(
      '<section aria-label="' + escapeHtml(p.hint) + '">',
      ...view.closing.map((l) => `<p>${escapeHtml(l)}</p>`),
      '</section>',
    );
  out.push('</main>');

  // Who made it, from which timetable, over which folders: enough to reproduce the page.
  out.push(
    '<footer>',
    `<p>${escapeHtml(p.footer.made({ tool: toolName, version: toolVersion }))}</p>`,
    '<dl>',
    `<dt>${escapeHtml(p.footer.timetable)}</dt><dd><code>${escapeHtml(timetable.id)}</code> — ${escapeHtml(timetable.title[w.lang])}</dd>`,
  );
  const folders = context.folders ?? {};
  const given = boxes.flatMap((box) => (folders[box] ?? []).map((f) => ({ box, f })));
  if (given.length > 0)
    out.push(
      `<dt>${escapeHtml(p.footer.folders)}</dt><dd>${given
        .map(({ box, f }) => `${escapeHtml(p.boxFlag[box])} <code>${safe(f)}</code>`)
        .join('<br>')}</dd>`,
    );
  out.push(
    '</dl>',
    `<p>${escapeHtml(p.footer.noPersonalData)}</p>`,
    '</footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
};
