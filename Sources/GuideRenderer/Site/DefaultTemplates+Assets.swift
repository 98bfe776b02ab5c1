internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension DefaultTemplates {
    /// The stylesheet: readable on screen, a clean checklist on paper, every colour pair at
    /// 4.5:1 or more against its background, and a focus ring that keyboard users can see.
    static let style = #"""
        :root {
          --text: #1a1a1a; --muted: #4a4a4a; --link: #0a4f9e; --rule: #c8c8c8; --paper: #ffffff;
          --note: #0a4f9e; --tip: #1e6b2e; --important: #5b2a86; --caution: #8a4b00; --warning: #a1141c;
        }
        * { box-sizing: border-box; }
        html { color: var(--text); background: var(--paper); }
        body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 3rem;
          font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        a { color: var(--link); }
        a:hover { text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; top: 0; background: var(--paper); padding: .5rem 1rem; }
        .skip:focus { left: 1rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: .5rem 0; }
        h2 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 .4rem; }
        h3, h4, h5, h6 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
        .crumbs, .subtitle, .tenant, .step-meta, .count, .step-id, .page-footer { color: var(--muted); }
        .crumbs { margin: 0; font-size: .95rem; }
        .progress { font-weight: 600; }
        .notice { border-left: 4px solid var(--caution); background: #fff5e6; padding: .5rem .75rem; }
        .hint { font-size: .95rem; color: var(--muted); }
        button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--link); border-radius: 4px;
          background: var(--paper); color: var(--link); cursor: pointer; }
        button:hover { background: #eef4fb; }
        nav.contents { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); margin: 1rem 0; }
        nav.contents ol { columns: 2 18rem; margin: .5rem 0; }
        .step { border-top: 2px solid var(--rule); padding: 1rem 0 .5rem; margin-top: 1rem; }
        .step.complete h2::after { content: " ✓"; color: var(--tip); }
        .step-number { color: var(--muted); }
        .step-progress:not(:empty)::before { content: "· "; }
        .step-meta { margin: 0 0 .5rem; font-size: .95rem; }
        .badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .85rem; font-weight: 600; }
        .badge-manual { background: #fff5e6; color: #6b3a00; }
        .badge-spends, .badge-notice { background: #fdecec; color: #8b0000; }
        .because { background: #eef4fb; border-left: 4px solid var(--note); padding: .4rem .75rem; }
        .inputs { background: #f6f6f6; padding: .4rem .75rem; border-radius: 4px; }
        .inputs-title { font-weight: 600; margin: 0; }
        .inputs ul { margin: .25rem 0; }
        .help { color: var(--muted); }
        ol.tasks, ul.tasks { padding-left: 1.6rem; }
        li.task { margin: .3rem 0; }
        li.task > input, .step-box > input { width: 1.15rem; height: 1.15rem; margin: 0 .5rem 0 0; vertical-align: -0.15rem; }
        li.task > label, .step-box > label { cursor: pointer; }
        .task-box:checked + label { color: var(--muted); }
        .callout { border-left: 4px solid; padding: .25rem .9rem; margin: 1rem 0; border-radius: 0 4px 4px 0; }
        .callout-title { font-weight: 700; margin: .4rem 0 .2rem; }
        .callout-note { border-color: var(--note); background: #eef4fb; }
        .callout-tip { border-color: var(--tip); background: #edf7ee; }
        .callout-important { border-color: var(--important); background: #f4effa; }
        .callout-caution { border-color: var(--caution); background: #fff5e6; }
        .callout-warning { border-color: var(--warning); background: #fdecec; }
        .callout-note .callout-title { color: var(--note); }
        .callout-tip .callout-title { color: var(--tip); }
        .callout-important .callout-title { color: var(--important); }
        .callout-caution .callout-title { color: var(--caution); }
        .callout-warning .callout-title { color: var(--warning); }
        .box { border: 1px solid var(--rule); padding: .25rem .9rem; border-radius: 4px; }
        blockquote { border-left: 4px solid var(--rule); margin-left: 0; padding-left: 1rem; color: var(--muted); }
        code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: .92em;
          background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; }
        pre { background: #f2f2f2; padding: .75rem; overflow-x: auto; border-radius: 4px; }
        pre code { background: none; padding: 0; }
        .raw-html { color: var(--muted); }
        .blocked-link { text-decoration: underline dotted; }
        .status { padding: .4rem .75rem; border-radius: 4px; margin: .5rem 0; }
        .status p { margin: 0; }
        div.status-done { background: #e6f4ea; color: #1b5e20; }
        div.status-not-done { background: #fdecec; color: #8b0000; }
        div.status-not-applicable, div.status-unknown { background: #eeeeee; color: #3d3d3d; }
        .status details { margin-top: .25rem; color: var(--text); }
        .removed li { margin: .3rem 0; }
        .index .countries { columns: 2 16rem; }
        .index nav.languages ul { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
        .index .language { margin-top: 2rem; }
        .page-footer { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: .9rem; }
        .sign-off { display: none; }
        .flag { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: .85em; }
        /* A4, the paper admins print on in France and most of the world */
        @page { size: A4; margin: 1.5cm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          /* command-line flags and ids are for the screen: paper gets the words */
          .skip, .tools, .crumbs, nav.contents, noscript, .step-progress, .flag, .step-id { display: none !important; }
          a { color: inherit; text-decoration: none; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8.5pt; color: #333; word-break: break-all; }
          .step { break-inside: auto; border-top: 1px solid #000; }
          /* a step heading never ends a page: it stays with what follows it */
          .step-head { break-inside: avoid; break-after: avoid; page-break-after: avoid; }
          .step-head h2, h2, h3, h4, .step-meta, .because { break-after: avoid; page-break-after: avoid; }
          .step-head + *, .step-body > :first-child { break-before: avoid; page-break-before: avoid; }
          li.task, .callout, .status, .inputs { break-inside: avoid; }
          .callout, .because, .status, .inputs, .notice, .badge { background: none !important; border: 1px solid #000; color: #000 !important; }
          .task-box:checked + label { color: #000; }
          .sign-off { display: block; margin: .6rem 0 0; font-size: 9.5pt; word-spacing: .2rem; }
        }

        """#

    /// The checklist script: ticked boxes kept in this browser, progress counted. The page does
    /// not need it: without it the boxes work for the visit and nothing is stored.
    static let script = #"""
        /* setup-guide checklist: remembers ticked boxes in this browser (localStorage) and counts progress.
           Without JavaScript the page still reads, ticks and prints; the boxes just are not remembered. */
        (function () {
          "use strict";
          var main = document.querySelector("[data-storage-key]");
          if (!main) { return; }
          var key = main.getAttribute("data-storage-key");
          var boxes = Array.prototype.slice.call(document.querySelectorAll("input.task-box"));
          var store = null;
          try { store = window.localStorage; store.getItem(key); } catch (e) { store = null; }
          var state = {};
          if (store) {
            try { state = JSON.parse(store.getItem(key) || "{}") || {}; } catch (e) { state = {}; }
          }
          function save() {
            if (!store) { return; }
            try { store.setItem(key, JSON.stringify(state)); } catch (e) { /* storage full or refused: ticks last this visit */ }
          }
          var progress = document.getElementById("progress");
          var template = progress ? progress.getAttribute("data-template") : null;
          var sections = Array.prototype.slice.call(document.querySelectorAll("section.step"));
          function update() {
            var done = boxes.filter(function (box) { return box.checked; }).length;
            if (progress && template) {
              progress.textContent = template.replace("{done}", String(done)).replace("{total}", String(boxes.length));
            }
            sections.forEach(function (section) {
              var own = section.querySelectorAll("input.task-box");
              var ticked = section.querySelectorAll("input.task-box:checked");
              var out = section.querySelector("[data-step-progress]");
              if (out && own.length) { out.textContent = ticked.length + " / " + own.length; }
              section.classList.toggle("complete", own.length > 0 && ticked.length === own.length);
            });
          }
          boxes.forEach(function (box) {
            if (Object.prototype.hasOwnProperty.call(state, box.id)) { box.checked = state[box.id] === true; }
            box.addEventListener("change", function () { state[box.id] = box.checked; save(); update(); });
          });
          Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (element) { element.hidden = false; });
          var printButton = document.getElementById("print-page");
          if (printButton) { printButton.addEventListener("click", function () { window.print(); }); }
          var reset = document.getElementById("reset-ticks");
          if (reset) {
            reset.addEventListener("click", function () {
              if (!window.confirm(reset.getAttribute("data-confirm") || "")) { return; }
              boxes.forEach(function (box) { box.checked = box.defaultChecked; });
              state = {};
              save();
              update();
            });
          }
          /* a closed <details> prints closed: open them for paper, as the findings matter there */
          window.addEventListener("beforeprint", function () {
            Array.prototype.forEach.call(document.querySelectorAll("details"), function (details) { details.open = true; });
          });
          update();
          /* Hook for the browser tests: ?selftest=tick ticks the first box as a click would, and any
             ?selftest=… writes the ticked box ids into a hidden element. It only reads this page's
             boxes and only writes text, so it is harmless on a real page. */
          var selftest = /[?&]selftest=(tick|report)(?:&|$)/.exec(window.location.search);
          if (selftest) {
            if (selftest[1] === "tick" && boxes.length && !boxes[0].checked) { boxes[0].click(); }
            var report = document.createElement("pre");
            report.id = "selftest-report";
            report.hidden = true;
            report.textContent = JSON.stringify({
              key: key, stored: store !== null, total: boxes.length,
              checked: boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.id; })
            });
            document.body.appendChild(report);
          }
        })();

        """#
}
