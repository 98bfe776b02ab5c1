internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The shipped templates, kept in the binary as text.
///
/// They are Swift strings rather than package resources because a `Bundle.module` that cannot
/// be found stops the program, and admins copy the binary alone onto file shares. Run
/// `setup-guide render --write-templates DIR` to get editable copies for `--templates DIR`.
///
/// Pages carry a Content-Security-Policy that allows only the site's own script and styles
/// (`file:` too, for browsers that do not count a file share as 'self'): if text ever slipped
/// through unescaped, or `--unsafe-html` lets a guide's script through, it would not run.
enum DefaultTemplates {
    /// Mustache templates by name.
    static let templates: [String: String] = ["page": page, "step": step, "index": index, "head": head]

    /// The document head both pages share: language, the content security policy, the title.
    static let head = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' file: https:; base-uri 'none'; form-action 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="setup-guide">
        <title>{{title}}</title>
        <link rel="stylesheet" href="{{assets.css}}">
        </head>
        """#
    /// Static files by name.
    static let assets: [String: String] = ["style.css": style, "checklist.js": script]

    static let page = #"""
        {{>head}}
        <body>
        <a class="skip" href="#steps">{{t.skip}}</a>
        <header class="page-header">
        <p class="crumbs"><a href="{{indexHref}}">{{t.backToIndex}}</a>{{#alternates}} · <a href="{{href}}" lang="{{lang}}" hreflang="{{lang}}">{{label}}</a>{{/alternates}}</p>
        <h1>{{heading}}</h1>
        <p class="subtitle">{{{subtitleHTML}}}</p>
        {{#tenant}}
        <p class="tenant">{{{summaryHTML}}}</p>
        {{/tenant}}
        <p id="progress" class="progress" role="status" aria-live="polite" data-template="{{t.progressTemplate}}">{{t.progressInitial}}</p>
        <p class="tools" data-js-only hidden><button type="button" id="print-page">{{t.print}}</button> <button type="button" id="reset-ticks" data-confirm="{{t.resetConfirm}}">{{t.reset}}</button></p>
        <noscript><p class="hint">{{t.noScript}}</p></noscript>
        {{#notices}}
        <p class="notice">{{.}}</p>
        {{/notices}}
        </header>
        <nav class="contents" id="contents" aria-label="{{t.contents}}">
        <ol>
        {{#steps}}
        <li><a href="#{{id}}">{{titleText}}</a></li>
        {{/steps}}
        </ol>
        </nav>
        <main id="steps" data-storage-key="{{storageKey}}">
        {{#steps}}
        {{>step}}
        {{/steps}}
        {{#hasRemoved}}
        <section class="removed" id="left-out">
        <h2>{{t.removedHeading}}</h2>
        <ul>
        {{#removed}}
        <li><strong>{{title}}</strong> <span class="step-id">[{{id}}]</span>{{t.colon}}{{because}}</li>
        {{/removed}}
        </ul>
        </section>
        {{/hasRemoved}}
        </main>
        <footer class="page-footer"><p>{{t.footer}}</p></footer>
        <script src="{{assets.js}}"></script>
        </body>
        </html>

        """#

    static let step = #"""
        <section class="step{{#status}} status-{{state}}{{/status}}" id="{{id}}">
        {{#anchor}}
        <span class="anchor" id="{{anchor}}"></span>
        {{/anchor}}
        <div class="step-head">
        <h2><span class="step-number">{{number}}.</span> {{{title}}}</h2>
        <p class="step-meta"><span class="guide">{{guide}}</span>{{#manual}} <span class="badge badge-manual">{{t.manual}}</span>{{/manual}}{{#spends}} <span class="badge badge-spends">{{t.spends}}</span>{{/spends}} <span class="step-progress" data-step-progress></span></p>
        </div>
        {{#because}}
        <p class="because"><strong>{{t.whyHere}}</strong> {{because}}</p>
        {{/because}}
        {{#status}}
        <div class="status status-{{state}}">
        <p><strong>{{label}}</strong>{{#detail}} — {{detail}}{{/detail}}</p>
        {{#hasFindings}}
        <details><summary>{{findingsSummary}}</summary>
        <ul>
        {{#findings}}
        <li>{{.}}</li>
        {{/findings}}
        </ul>
        </details>
        {{/hasFindings}}
        </div>
        {{/status}}
        {{#hasInputs}}
        <div class="inputs">
        <p class="inputs-title">{{t.inputsHeading}}</p>
        <ul>
        {{#inputs}}
        <li>{{label}}{{#help}} <span class="help">— {{help}}</span>{{/help}}</li>
        {{/inputs}}
        </ul>
        </div>
        {{/hasInputs}}
        <div class="step-body">
        {{{body}}}
        </div>
        {{#stepBox}}
        <p class="task step-box"><input type="checkbox" class="task-box" id="{{id}}"><label for="{{id}}">{{label}}</label></p>
        {{/stepBox}}
        <p class="sign-off" aria-hidden="true">{{t.signOff}}</p>
        </section>

        """#

    static let index = #"""
        {{>head}}
        <body>
        <main id="content" class="index">
        <h1>{{title}}</h1>
        {{#hasSeveralLanguages}}
        <nav class="languages" aria-label="Languages / Langues">
        <ul>
        {{#languages}}
        <li><a href="#{{anchor}}" lang="{{lang}}" hreflang="{{lang}}">{{heading}}</a></li>
        {{/languages}}
        </ul>
        </nav>
        {{/hasSeveralLanguages}}
        {{#languages}}
        <section class="language" id="{{anchor}}" lang="{{lang}}">
        <h2>{{heading}}</h2>
        <p>{{intro}}</p>
        <h3>{{countriesHeading}}</h3>
        <ul class="countries">
        {{#countries}}
        <li><a href="{{href}}" hreflang="{{lang}}">{{name}} <span class="code">({{code}})</span></a> <span class="count">{{stepsLabel}}</span>{{#hasNotices}} <span class="badge badge-notice">{{noticeLabel}}</span>{{/hasNotices}}</li>
        {{/countries}}
        </ul>
        <h3>{{guidesHeading}}</h3>
        <ol class="guides">
        {{#guides}}
        <li><strong>{{title}}</strong>{{#description}} — {{description}}{{/description}} <span class="count">{{stepsLabel}}</span></li>
        {{/guides}}
        </ol>
        </section>
        {{/languages}}
        </main>
        </body>
        </html>

        """#
}
