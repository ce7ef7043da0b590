namespace ClaimCheck.Cli.Reporting;

/// <summary>The inline style sheet and script of the HTML report. Constant text: no data is ever spliced into them.</summary>
internal static class HtmlReportAssets
{
    /// <summary>The highlight background of a contradicted sentence (the render test looks for it in a screenshot).</summary>
    public const string ContradictedHighlight = "#ffb3a7";

    /// <summary>The highlight background of a sentence without enough information.</summary>
    public const string NotEnoughInfoHighlight = "#ffe58f";

    /// <summary>The highlight background of a supported sentence.</summary>
    public const string SupportedHighlight = "#b3d7ff";

    /// <summary>
    /// The style sheet. Verdicts differ by colour (red-orange, yellow, blue: told apart with the common colour-vision
    /// deficiencies too), by underline style (wavy, dotted, solid) and by a text label, so that colour is never the only cue.
    /// The highlight colours appear nowhere else on the page.
    /// </summary>
    public const string Css = """
        :root { color-scheme: light; --c-dark: #a31f12; --n-dark: #7a5c00; --s-dark: #1d5fa8; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d9d9d9; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fafafa; line-height: 1.5; }
        header { background: #ffffff; border-bottom: 1px solid var(--rule); padding: 16px 24px; position: sticky; top: 0; z-index: 1; }
        h1 { font-size: 1.4rem; margin: 0 0 4px; }
        .meta { margin: 0 0 10px; color: var(--muted); font-size: 0.9rem; }
        .counts { display: flex; flex-wrap: wrap; gap: 8px 20px; list-style: none; margin: 0 0 10px; padding: 0; }
        .counts li { font-size: 0.95rem; }
        .counts .n { font-weight: 700; font-size: 1.15rem; margin-right: 4px; }
        .counts .contradicted .n { color: var(--c-dark); }
        .counts .not-enough-info .n { color: var(--n-dark); }
        .counts .supported .n { color: var(--s-dark); }
        .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
        .filters span { color: var(--muted); font-size: 0.9rem; }
        .filters button { font: inherit; font-size: 0.9rem; padding: 4px 12px; border-radius: 14px; border: 2px solid var(--muted); background: #ffffff; color: var(--ink); cursor: pointer; }
        .filters button[data-filter="contradicted"] { border-color: var(--c-dark); }
        .filters button[data-filter="not-enough-info"] { border-color: var(--n-dark); }
        .filters button[data-filter="supported"] { border-color: var(--s-dark); }
        .filters button[aria-pressed="false"] { opacity: 0.55; text-decoration: line-through; }
        main { padding: 8px 24px 24px; }
        nav.toc ul { margin: 4px 0 0; padding-left: 20px; }
        section.document { background: #ffffff; border: 1px solid var(--rule); border-radius: 6px; margin: 16px 0; padding: 12px 16px; }
        section.document h2 { font-size: 1.1rem; margin: 0 0 2px; font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; word-break: break-all; }
        .doc-counts { color: var(--muted); font-size: 0.85rem; margin: 0 0 8px; }
        .chunk { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; border-top: 1px solid #eeeeee; padding: 8px 0; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.98rem; }
        .notes { display: flex; flex-direction: column; gap: 8px; }
        mark.s { color: inherit; padding: 1px 0; text-decoration-thickness: 2px; text-underline-offset: 3px; }
        mark.s.contradicted { background: #ffb3a7; text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: var(--c-dark); }
        mark.s.not-enough-info { background: #ffe58f; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: var(--n-dark); }
        mark.s.supported { background: #b3d7ff; text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: var(--s-dark); }
        mark.s.suppressed { background: transparent; text-decoration-line: underline; text-decoration-style: dashed; text-decoration-color: #9e9e9e; }
        .label { display: inline-block; font-size: 0.72rem; font-weight: 700; line-height: 1.3; padding: 0 5px; margin-right: 4px; border-radius: 3px; color: #ffffff; text-decoration: none; vertical-align: 1px; white-space: nowrap; font-family: system-ui, "DejaVu Sans", sans-serif; }
        .contradicted > .label, .note.contradicted .label { background: var(--c-dark); }
        .not-enough-info > .label, .note.not-enough-info .label { background: var(--n-dark); }
        .supported > .label, .note.supported .label { background: var(--s-dark); }
        .suppressed > .label { background: #757575; }
        .note { border: 1px solid var(--rule); border-left: 6px solid var(--muted); border-radius: 4px; padding: 6px 10px; font-size: 0.88rem; background: #ffffff; }
        .note.contradicted { border-left-color: var(--c-dark); }
        .note.not-enough-info { border-left-color: var(--n-dark); border-left-style: dotted; }
        .note.supported { border-left-color: var(--s-dark); }
        .note h3 { font-size: 0.9rem; margin: 0 0 4px; font-weight: 600; }
        .note h3 a { color: inherit; text-decoration: none; }
        .note .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 400; color: var(--muted); }
        .note .pos { font-weight: 400; color: var(--muted); font-size: 0.8rem; white-space: nowrap; }
        .note .finding { white-space: nowrap; font-size: 0.75rem; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px; margin-left: 4px; font-weight: 600; }
        .note p { margin: 2px 0; }
        .note .statement { color: var(--muted); font-style: italic; }
        .note ul { margin: 4px 0 0; padding-left: 18px; }
        .note .evidence li { margin: 2px 0; }
        .note .src { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem; color: var(--muted); }
        .note q strong { font-weight: 700; }
        .hide-contradicted .note.contradicted, .hide-not-enough-info .note.not-enough-info, .hide-supported .note.supported { display: none; }
        .hide-contradicted mark.s.contradicted, .hide-not-enough-info mark.s.not-enough-info, .hide-supported mark.s.supported { background: transparent; text-decoration-line: none; }
        .hide-contradicted mark.s.contradicted > .label, .hide-not-enough-info mark.s.not-enough-info > .label, .hide-supported mark.s.supported > .label { display: none; }
        footer { color: var(--muted); font-size: 0.8rem; padding: 0 24px 24px; }
        @media (max-width: 800px) { .chunk { grid-template-columns: minmax(0, 1fr); } }
        @media print { header { position: static; } .filters { display: none; } }
        """;

    /// <summary>The filter buttons: each toggles a <c>hide-VERDICT</c> class on the body; "show all" clears them.</summary>
    public const string Script = """
        (function () {
          var buttons = document.querySelectorAll('button[data-filter]');
          function set(button, on) {
            button.setAttribute('aria-pressed', on ? 'true' : 'false');
            document.body.classList.toggle('hide-' + button.getAttribute('data-filter'), !on);
          }
          buttons.forEach(function (button) {
            button.addEventListener('click', function () { set(button, button.getAttribute('aria-pressed') !== 'true'); });
          });
          var all = document.getElementById('show-all');
          if (all) {
            all.addEventListener('click', function () { buttons.forEach(function (button) { set(button, true); }); });
          }
        })();
        """;
}
