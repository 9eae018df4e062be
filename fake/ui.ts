/**
 * The Sheets editor UI (Ui, Menu, PromptResponse) and HtmlService (HtmlOutput). What they show is
 * recorded on the env's UiRecorder (`fake.ui`).
 */
import { countMethods } from './calls';
import type { FakeEnv, MenuRecord } from './env';
import { badArgs, exception } from './env';
import type { ButtonName, EnumValue } from './enums';
import { Button, BUTTONS_OF, ButtonSet, enumType, SandboxMode, XFrameOptionsMode } from './enums';

export class FakeMenu {
  readonly _typeName = 'Base.Menu';
  readonly _record: MenuRecord;
  constructor(
    private readonly env: FakeEnv,
    caption: string | null,
    addon: boolean,
  ) {
    this._record = { caption, addon, items: [] };
  }
  _calls() {
    return this.env.calls;
  }
  addItem(caption: string, functionName: string): this {
    if (
      typeof caption !== 'string' ||
      typeof functionName !== 'string' ||
      caption === '' ||
      functionName === ''
    ) {
      throw badArgs(this.env, 'Base.Menu.addItem', [caption, functionName]);
    }
    this._record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this._record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    if (!(menu instanceof FakeMenu) || menu._record.addon)
      throw badArgs(this.env, 'Base.Menu.addSubMenu', [menu]);
    this._record.items.push({ caption: menu._record.caption ?? '', subMenu: menu._record });
    return this;
  }
  addToUi(): void {
    const copy = JSON.parse(JSON.stringify(this._record)) as MenuRecord;
    const menus = this.env.ui.menus;
    const same = menus.findIndex((m) => m.addon === copy.addon && m.caption === copy.caption);
    if (same >= 0) menus.splice(same, 1, copy);
    else menus.push(copy);
  }
}
countMethods(FakeMenu, 'Menu');

export class FakePromptResponse {
  readonly _typeName = 'Base.PromptResponse';
  constructor(
    private readonly env: FakeEnv,
    private readonly button: EnumValue,
    private readonly text: string,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): EnumValue {
    return this.button;
  }
}
countMethods(FakePromptResponse, 'PromptResponse');

/** What an alert or prompt asks: its title, its text and the name of its ButtonSet. */
export interface Question {
  title: string;
  prompt: string;
  buttons: keyof typeof ButtonSet;
}

/**
 * The question of `Ui.alert`/`Ui.prompt` arguments, or null when they fit no overload: (prompt),
 * (prompt, buttons), (title, prompt, buttons). A host that lets a person answer reads it before the
 * call, then queues the answer (UiRecorder.queueResponse).
 */
export function questionOf(args: readonly unknown[]): Question | null {
  let title: unknown = '';
  let prompt: unknown;
  let buttons: unknown = ButtonSet.OK;
  if (args.length === 1) [prompt] = args;
  else if (args.length === 2) [prompt, buttons] = args;
  else if (args.length === 3) [title, prompt, buttons] = args;
  if (typeof title !== 'string' || typeof prompt !== 'string' || enumType(buttons) !== 'ButtonSet')
    return null;
  return { title, prompt, buttons: (buttons as EnumValue).name() as keyof typeof ButtonSet };
}

export class FakeUi {
  readonly _typeName = 'Base.Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  private _html(method: string, args: unknown[]): FakeHtmlOutput {
    const [output] = args;
    if (!(output instanceof FakeHtmlOutput)) throw badArgs(this.env, `Base.Ui.${method}`, args);
    return output;
  }
  private _dialog(kind: 'alert' | 'prompt', args: unknown[]): { button: EnumValue; text: string } {
    const question = questionOf(args);
    if (!question) throw badArgs(this.env, `Base.Ui.${kind}`, args);
    const { title, prompt, buttons: setName } = question;
    const allowed = BUTTONS_OF[setName];
    const queued = this.env.ui.responses.shift();
    const answer = typeof queued === 'string' ? { button: queued } : queued;
    const buttonName = (answer?.button ?? allowed[0]) as ButtonName;
    if (!allowed.includes(buttonName) && buttonName !== 'CLOSE') {
      throw new Error(
        `Fake UI: queued response ${buttonName} is not a button of ButtonSet.${setName} (${allowed.join(', ')})`,
      );
    }
    const text = answer && 'text' in answer ? (answer.text ?? '') : '';
    this.env.ui.alerts.push({
      kind,
      title,
      prompt,
      buttons: setName,
      response: buttonName,
      ...(kind === 'prompt' ? { text } : {}),
    });
    return { button: Button[buttonName], text };
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.env, null, true);
  }
  createMenu(caption: string): FakeMenu {
    if (typeof caption !== 'string') throw badArgs(this.env, 'Base.Ui.createMenu', [caption]);
    return new FakeMenu(this.env, caption, false);
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    const out = this._html('showSidebar', [userInterface]);
    this.env.ui.sidebars.push({
      title: out.getTitle(),
      html: out.getContent(),
      width: 300,
      height: out._height() ?? 0,
    });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    const out = this._html('showModalDialog', [userInterface, title]);
    if (typeof title !== 'string') throw badArgs(this.env, 'Base.Ui.showModalDialog', [userInterface, title]);
    this.env.ui.dialogs.push({
      modal: true,
      title,
      html: out.getContent(),
      width: out._width() ?? 600,
      height: out._height() ?? 400,
    });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    const out = this._html('showModelessDialog', [userInterface, title]);
    if (typeof title !== 'string')
      throw badArgs(this.env, 'Base.Ui.showModelessDialog', [userInterface, title]);
    this.env.ui.dialogs.push({
      modal: false,
      title,
      html: out.getContent(),
      width: out._width() ?? 600,
      height: out._height() ?? 400,
    });
  }
  alert(...args: unknown[]): EnumValue {
    return this._dialog('alert', args).button;
  }
  prompt(...args: unknown[]): FakePromptResponse {
    const { button, text } = this._dialog('prompt', args);
    return new FakePromptResponse(this.env, button, text);
  }
}
countMethods(FakeUi, 'Ui');

// ---------------------------------------------------------------------------------------------
// HtmlService

const META_TAGS = [
  'viewport',
  'apple-mobile-web-app-capable',
  'mobile-web-app-capable',
  'google-site-verification',
];

export class FakeHtmlOutput {
  readonly _typeName = 'HtmlService.HtmlOutput';
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private metaTags: { name: string; content: string }[] = [];
  private favicon = '';
  constructor(
    private readonly env: FakeEnv,
    private content: string,
  ) {}
  _calls() {
    return this.env.calls;
  }
  _width(): number | null {
    return this.width;
  }
  _height(): number | null {
    return this.height;
  }
  private _str(method: string, v: unknown): string {
    if (typeof v !== 'string') throw badArgs(this.env, `HtmlService.HtmlOutput.${method}`, [v]);
    return v;
  }
  private _int(method: string, v: unknown): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw badArgs(this.env, `HtmlService.HtmlOutput.${method}`, [v]);
    return v;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = this._str('setContent', content);
    return this;
  }
  append(addedContent: string): this {
    this.content += this._str('append', addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    const s = this._str('appendUntrusted', addedContent);
    this.content += s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = this._str('setTitle', title);
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setWidth(width: number): this {
    this.width = this._int('setWidth', width);
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setHeight(height: number): this {
    this.height = this._int('setHeight', height);
    return this;
  }
  getFaviconUrl(): string {
    return this.favicon;
  }
  setFaviconUrl(iconUrl: string): this {
    this.favicon = this._str('setFaviconUrl', iconUrl);
    return this;
  }
  setSandboxMode(mode: EnumValue): this {
    if (enumType(mode) !== 'SandboxMode')
      throw badArgs(this.env, 'HtmlService.HtmlOutput.setSandboxMode', [mode]);
    return this;
  }
  setXFrameOptionsMode(mode: EnumValue): this {
    if (enumType(mode) !== 'XFrameOptionsMode')
      throw badArgs(this.env, 'HtmlService.HtmlOutput.setXFrameOptionsMode', [mode]);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    if (typeof name !== 'string' || typeof content !== 'string')
      throw badArgs(this.env, 'HtmlService.HtmlOutput.addMetaTag', [name, content]);
    if (!META_TAGS.includes(name))
      throw exception(this.env, `Meta tag name "${name}" is not allowed. Allowed: ${META_TAGS.join(', ')}.`);
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
}
countMethods(FakeHtmlOutput, 'HtmlOutput');

export class FakeHtmlService {
  readonly _typeName = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    private readonly env: FakeEnv,
    private readonly files: Record<string, string>,
  ) {}
  _calls() {
    return this.env.calls;
  }
  createHtmlOutput(html?: string): FakeHtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      throw badArgs(this.env, 'HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this.env, html ?? '');
  }
  /** Looks `filename` up in htmlFiles (keys with or without `.html`). */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    if (typeof filename !== 'string')
      throw badArgs(this.env, 'HtmlService.createHtmlOutputFromFile', [filename]);
    const base = filename.replace(/\.html$/, '');
    const content = this.files[base] ?? this.files[`${base}.html`];
    if (content === undefined) throw exception(this.env, `No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.env, content);
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (Apps Script fake)';
  }
}
countMethods(FakeHtmlService, 'HtmlService');
