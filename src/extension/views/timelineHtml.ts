// The timeline webview's HTML shell: strict CSP with a nonce, the stylesheet and script from
// media/timeline/, and the first model inlined as JSON so the page draws without a round trip.
import type { TimelineModel } from './timelineModel';

export interface TimelineHtmlInputs {
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  model: TimelineModel;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function timelineHtml({ cspSource, nonce, styleUri, scriptUri, model }: TimelineHtmlInputs): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(styleUri)}" nonce="${nonce}">
<title>Trade Brief Timeline</title>
</head>
<body>
<header class="bar">
  <h1 id="title">Timeline</h1>
  <p id="brief" class="muted" aria-live="polite"></p>
  <div class="filters" role="group" aria-label="Filters">
    <label>Entity <select id="entity"><option value="">All</option></select></label>
    <label>Kind <select id="kind"><option value="">All</option></select></label>
    <label class="check"><input type="checkbox" id="citedOnly"> Cited in brief only</label>
  </div>
  <ul class="legend" aria-label="Legend">
    <li><span class="swatch cited"></span>cited in the brief</li>
    <li><span class="swatch conflict"></span>a warning in the brief</li>
    <li><span class="swatch disagree"></span>sources disagree</li>
  </ul>
</header>
<main>
  <section class="axis-wrap" aria-label="Time axis">
    <div id="axis" class="axis"></div>
  </section>
  <p id="empty" class="muted" hidden></p>
  <ol id="list" class="list" aria-label="Events in date order"></ol>
</main>
<script type="application/json" id="model">${inlineJson(model)}</script>
<script nonce="${nonce}" src="${escapeAttr(scriptUri)}"></script>
</body>
</html>`;
}
