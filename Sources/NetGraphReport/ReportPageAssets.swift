/// The style sheet and scripts every report page carries inline, so it needs nothing from
/// the network: system fonts only, no images, no external script.
enum ReportPageAssets {
    /// Runs first, in `<head>`: records every script error, failed load and `console.error`
    /// call in the page's `data-report-errors` attribute, so a headless browser's DOM dump
    /// (`make report-check`) shows whether the page broke.
    static let errorCapture = """
        (function () {
          var root = document.documentElement, errors = [];
          function note(message) {
            errors.push(String(message));
            root.setAttribute('data-report-errors', errors.join('\\n'));
            root.setAttribute('data-report-status', 'error');
          }
          window.addEventListener('error', function (event) {
            var target = event.target;
            var failedLoad = target && target !== window && (target.src || target.href);
            note(failedLoad ? 'failed to load ' + failedLoad : event.message);
          }, true);
          window.addEventListener('unhandledrejection', function (event) { note('unhandled rejection: ' + event.reason); });
          var original = console.error;
          console.error = function () {
            note(Array.prototype.join.call(arguments, ' '));
            return original.apply(console, arguments);
          };
        })();
        """

    /// Runs last: clicking an actor anywhere in the tables marks its node in the drawing and
    /// scrolls to it; a button switches the drawing between fitting the page and its own
    /// size. Then it records the number of entity nodes drawn and, when nothing failed,
    /// `data-report-status="ok"`.
    static let behaviour = """
        (function () {
          var root = document.documentElement;
          var drawing = document.getElementById('drawing');
          var nodes = new Map();
          if (drawing) {
            drawing.querySelectorAll('g.node').forEach(function (node) {
              var id = node.getAttribute('id') || '';
              if (id.indexOf('legend-kind-') !== 0) nodes.set(id, node);
            });
          }
          var marked = null;
          document.addEventListener('click', function (event) {
            var actor = event.target.closest('[data-entity]');
            if (!actor) return;
            var node = nodes.get(actor.getAttribute('data-entity'));
            if (marked) marked.classList.remove('marked');
            if (!node || node === marked) { marked = null; return; }
            node.classList.add('marked');
            marked = node;
            node.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
          });
          var toggle = document.getElementById('toggle-size');
          if (toggle && drawing) {
            toggle.addEventListener('click', function () {
              var fit = drawing.classList.toggle('fit');
              toggle.textContent = fit ? 'Show at full size' : 'Fit to the page';
            });
          }
          root.setAttribute('data-report-nodes', String(nodes.size));
          if (!root.hasAttribute('data-report-errors')) root.setAttribute('data-report-status', 'ok');
        })();
        """

    static let styleSheet = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce0; --paper: #ffffff; --wash: #f5f6f8; --accent: #332288; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--paper);
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 20px; }
        h1 { font-size: 28px; margin: 0 0 4px; overflow-wrap: anywhere; }
        h2 { font-size: 20px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 16px; margin: 0 0 6px; overflow-wrap: anywhere; }
        p { margin: 4px 0 8px; }
        .summary { color: var(--muted); max-width: 900px; overflow-wrap: anywhere; }
        .scope { font-weight: 600; }
        .counts { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; padding: 0; margin: 10px 0; }
        .counts b { font-size: 18px; }
        .kinds { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 4px 0 10px; color: var(--muted); }
        nav { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 8px 0; border-top: 1px solid var(--line); }
        nav a { color: var(--accent); text-decoration: none; font-weight: 600; }
        .note { color: var(--muted); font-size: 13px; }
        .chip { display: inline-block; width: 11px; height: 11px; border-radius: 3px; margin-right: 5px;
          vertical-align: -1px; border: 1px solid rgba(0, 0, 0, 0.35); }
        button { font: inherit; font-size: 13px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px;
          background: var(--wash); cursor: pointer; }
        .drawing { margin: 0; border: 1px solid var(--line); border-radius: 6px; background: #fff;
          overflow: auto; max-height: 92vh; }
        .drawing.fit svg { max-width: 100%; height: auto; }
        .drawing svg { display: block; margin: 0 auto; }
        .drawing g.node.marked polygon, .drawing g.node.marked ellipse, .drawing g.node.marked path,
        .drawing g.node.marked polyline { stroke: #e8000b; stroke-width: 6px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 14px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--paper); }
        .card .note { min-height: 2.9em; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        .chart svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
        th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 3px 6px; }
        td { border-bottom: 1px solid var(--wash); padding: 3px 6px; vertical-align: top; overflow-wrap: anywhere; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        [data-entity] { cursor: pointer; }
        tr[data-entity]:hover, span.actor:hover { background: #fff3c4; }
        .kind { white-space: nowrap; color: var(--muted); }
        .chain { border-left: 4px solid #000; padding: 4px 0 4px 12px; margin: 14px 0; }
        .path { font-size: 15px; overflow-wrap: anywhere; }
        .link { color: var(--muted); white-space: nowrap; }
        td.date { white-space: nowrap; }
        .evidence td.quote { font-style: italic; min-width: 240px; }
        .status { color: #a3001b; font-weight: 600; }
        .members { line-height: 1.7; }
        span.actor { border-bottom: 1px dotted var(--muted); overflow-wrap: anywhere; }
        .url { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        footer { color: var(--muted); font-size: 12px; padding-top: 20px; padding-bottom: 40px; }
        @media print {
          button, nav { display: none; }
          .drawing { max-height: none; overflow: visible; }
          .card, .chain, tr { break-inside: avoid; }
        }
        """
}
