/** The Docs preview page's HTML: a static frame; the document arrives later as JSON from /docs/document. */
import { QUESTION_MARKUP } from './page';

export function docsPageHtml(css: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Career Conversation preview</title>
<style>${css}</style>
</head>
<body class="docs-preview">
<header id="topbar" class="topbar">
  <div class="logo logo-docs" aria-hidden="true"></div>
  <div class="titles">
    <h1 id="doc-title">Career Conversation</h1>
    <span class="subtitle">Career Growth preview · the built Docs add-on against an in-memory document</span>
  </div>
  <a class="switch" href="/">Growth plan spreadsheet preview</a>
</header>
<nav id="toolbar" class="toolbar" aria-label="Extensions menu">
  <span class="toolbar-label">Extensions › Career Conversation ›</span>
  <span id="menu"></span>
  <span class="toolbar-spacer"></span>
  <button type="button" id="no-cursor" class="reset" aria-pressed="false">No cursor</button>
  <button type="button" id="reset" class="reset reset-docs">Reset document</button>
</nav>
<div id="workspace" class="workspace">
  <main class="doc-area" tabindex="0" aria-label="Document">
    <p id="doc-status" class="doc-status" role="status"></p>
    <p id="edit-hint" class="visually-hidden">Click, or press Enter, to edit this text; Enter keeps the edit, Escape drops it.</p>
    <article id="page" class="page" aria-label="Document body"></article>
  </main>
  <aside class="log-panel docs-log" tabindex="0" aria-label="Calls">
    <p id="growth-plan" class="growth-plan"></p>
    <h2>Calls</h2>
    <ol id="log"></ol>
  </aside>
</div>
<div id="dialog" class="modal-backdrop" hidden>
  <div class="modal" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
    <div class="modal-titlebar"><h2 id="dialog-title"></h2><button type="button" id="close-dialog" aria-label="Close dialog">×</button></div>
    <iframe id="dialog-frame" title="Add-on dialog"></iframe>
  </div>
</div>
${QUESTION_MARKUP}
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>`;
}
