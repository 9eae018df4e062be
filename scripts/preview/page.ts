/** The preview pages' HTML: static frames; all workbook and document data arrives later as JSON. */

/** The modal in which both pages ask the add-on's alerts and prompts (browser/questionDialog.ts). */
export const QUESTION_MARKUP = `<div id="question" class="modal-backdrop" hidden>
  <div id="question-box" class="alert-box" role="alertdialog" aria-modal="true" aria-labelledby="question-title" aria-describedby="question-prompt">
    <div class="question-head"><h2 id="question-title"></h2><button type="button" id="question-close" class="question-close" aria-label="Close without answering">×</button></div>
    <p id="question-prompt"></p>
    <p id="question-field" class="question-field" hidden><input id="question-text" type="text" aria-labelledby="question-prompt"></p>
    <div id="question-actions" class="alert-actions"></div>
  </div>
</div>`;

export function previewPageHtml(css: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Career Growth preview</title>
<style>${css}</style>
</head>
<body>
<header id="topbar" class="topbar">
  <div class="logo" aria-hidden="true"></div>
  <div class="titles">
    <h1 id="doc-title">Untitled spreadsheet</h1>
    <span class="subtitle">Career Growth preview · the built add-on against an in-memory spreadsheet</span>
  </div>
  <a class="switch" href="/docs">Career Conversation doc preview</a>
</header>
<nav id="toolbar" class="toolbar" aria-label="Extensions menu">
  <span class="toolbar-label">Extensions › Career Growth ›</span>
  <span id="menu"></span>
  <button type="button" id="reset" class="reset">Reset workbook</button>
</nav>
<div id="workspace" class="workspace">
  <main class="workbook" aria-label="Workbook">
    <div class="formula-bar" aria-label="Selected cell" role="group">
      <span id="cell-name" class="cell-name" aria-label="Cell"></span>
      <output id="cell-content" class="cell-content" aria-label="Content"></output>
    </div>
    <p id="cell-status" class="cell-status" role="alert"></p>
    <div id="grid" role="region" tabindex="0" aria-label="Selected tab"></div>
    <div id="tabs" class="tabs" role="tablist" aria-label="Tabs"></div>
    <section class="log-panel" tabindex="0" aria-label="Calls">
      <h2>Calls</h2>
      <ol id="log"></ol>
    </section>
  </main>
  <aside id="sidebar-panel" class="sidebar-panel" aria-label="Add-on sidebar">
    <div class="sidebar-title"><span>Career Growth</span><button type="button" id="close-sidebar" aria-label="Close sidebar">×</button></div>
    <iframe id="sidebar-frame" title="Career Growth sidebar" src="/sidebar"></iframe>
  </aside>
</div>
<div id="toasts" class="toasts" role="status" aria-live="polite"></div>
${QUESTION_MARKUP}
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>`;
}

/**
 * A built page (the sidebar, a Docs dialog) with the google.script.run bridge injected before the
 * page's own scripts; `rpcPath` is where its calls go.
 */
export function pageWithBridge(
  pageHtml: string,
  bridgeScript: string,
  functions: string[],
  rpcPath = '/rpc',
): string {
  const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
  const inject =
    `<script>window.__previewFunctions=${json(functions)};window.__previewRpc=${json(rpcPath)};</script>` +
    `<script>${bridgeScript.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(pageHtml);
  if (!head) return inject + pageHtml;
  const at = head.index + head[0].length;
  return pageHtml.slice(0, at) + inject + pageHtml.slice(at);
}
