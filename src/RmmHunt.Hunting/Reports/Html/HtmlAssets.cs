namespace RmmHunt.Hunting.Reports.Html;

/// <summary>The report's inline style and script: everything the page needs is in the file, so it opens offline.</summary>
internal static class HtmlAssets
{
    public const string Style = """
        :root { --high: #c62828; --medium: #ef6c00; --low: #b58900; --info: #1565c0; --ink: #1d2430; --muted: #5f6b7a; --line: #d9dee5; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f5f7fa; }
        header { background: #1d2430; color: #fff; padding: 18px 28px; }
        header h1 { margin: 0 0 4px; font-size: 22px; }
        header p { margin: 0; color: #c9d1dc; }
        main { padding: 8px 28px 40px; max-width: 1400px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
        h2 { font-size: 17px; margin: 0 0 10px; }
        h3 { font-size: 15px; margin: 14px 0 6px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; }
        .card { flex: 1 1 140px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
        .card b { display: block; font-size: 24px; }
        .card span { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f5; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        code, .mono { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: 12px; word-break: break-all; }
        .sev { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
        .sev-High { background: var(--high); } .sev-Medium { background: var(--medium); } .sev-Low { background: var(--low); } .sev-Informational { background: var(--info); }
        .expired { color: var(--high); font-weight: 600; }
        .muted { color: var(--muted); }
        details > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
        input[type=search] { padding: 6px 10px; width: 320px; border: 1px solid var(--line); border-radius: 6px; }
        svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
        svg .axis { stroke: var(--line); }
        .legend { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 6px; }
        .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 4px; vertical-align: -2px; }
        """;

    /// <summary>Filters the findings tables as the analyst types, and says how many rows are shown.</summary>
    public const string Script = """
        (function () {
          var input = document.getElementById('finding-filter');
          var count = document.getElementById('finding-count');
          var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
          function apply() {
            var text = (input.value || '').toLowerCase(), shown = 0;
            rows.forEach(function (row) {
              var show = !text || row.textContent.toLowerCase().indexOf(text) >= 0;
              row.style.display = show ? '' : 'none';
              if (show && row.closest('#findings-by-tool')) shown++;
            });
            count.textContent = shown + ' of ' + rows.filter(function (r) { return r.closest('#findings-by-tool'); }).length + ' findings shown';
          }
          input.addEventListener('input', apply);
          apply();
          document.body.setAttribute('data-script', 'ran');
        })();
        """;
}
