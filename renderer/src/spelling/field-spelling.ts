import { openSpellingMenu } from './spelling-menu';
import type { SpellingService } from './spelling-service';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** The styles that decide where a field's text lies, copied onto its mirror. */
const mirroredStyles = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'direction',
  'tabSize',
] as const;

/** Every field's misspelled ranges, drawn by `::highlight(spelling)` (styles/spelling.css). */
const highlight = typeof Highlight === 'undefined' ? null : new Highlight();
if (highlight) CSS.highlights.set('spelling', highlight);

/** CSS anchor names are page-wide, so each field gets its own. */
let anchors = 0;

/**
 * Spelling for a plain text field (headline, standfirst, caption): the field stays a real,
 * labelled `<textarea>`/`<input>`; a transparent copy of its text sits exactly over it, and the
 * CSS Custom Highlight API underlines misspelled words in that copy. A right-click on one opens
 * the spelling menu; a suggestion is typed in with `insertText`, so it is one native undo step.
 */
export class FieldSpelling {
  private readonly mirror = document.createElement('div');
  private readonly text = document.createTextNode('');
  private ranges: Range[] = [];
  private words: [number, number][] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checked = '';
  private readonly resize = new ResizeObserver(() => this.place());
  private readonly stopWords: () => void;

  constructor(
    private readonly field: TextField,
    private readonly service: SpellingService,
    private language: string,
  ) {
    // Anchored in CSS, the mirror follows the field through any layout shift (a banner above it).
    const anchor = `--spelling-field-${(anchors += 1)}`;
    (field as HTMLElement).style.setProperty('anchor-name', anchor);
    this.mirror.style.setProperty('position-anchor', anchor);
    // The field's box (a static `.field`) holds its mirror: held by the window, the mirror was laid
    // out again with every layout of the page, each keystroke in the body included (≈ 0.3 ms a key).
    const holder = field.parentElement;
    if (holder && !holder.style.position) holder.style.position = 'relative';
    this.mirror.className = 'spelling-mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.append(this.text);
    field.insertAdjacentElement('afterend', this.mirror);
    field.spellcheck = false;
    for (const event of ['scroll', 'focus', 'blur', 'mouseenter', 'mouseleave'] as const)
      field.addEventListener(event, this.place);
    (field as HTMLElement).addEventListener('contextmenu', this.menu);
    this.resize.observe(field);
    this.stopWords = service.onWordsChanged(this.recheck);
  }

  /** The field's value changed (or the language did): check it again after a pause. */
  update(language: string): void {
    if (language !== this.language) {
      this.language = language;
      this.checked = '';
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), 300);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.clear();
    this.resize.disconnect();
    (this.field as HTMLElement).removeEventListener('contextmenu', this.menu);
    this.stopWords();
    for (const event of ['scroll', 'focus', 'blur', 'mouseenter', 'mouseleave'] as const)
      this.field.removeEventListener(event, this.place);
    this.mirror.remove();
    (this.field as HTMLElement).style.removeProperty('anchor-name');
  }

  private readonly recheck = (): void => {
    this.checked = '';
    void this.check();
  };

  private async check(): Promise<void> {
    const value = this.field.value;
    if (value === this.checked) return;
    this.checked = value;
    const answer = /\p{L}/u.test(value)
      ? await this.service.check(this.language, [{ key: 0, text: value }])
      : null;
    // Typed on meanwhile: the next check draws.
    if (this.field.value !== value) return;
    const ranges = answer?.[0]?.ranges ?? [];
    this.words = [];
    for (let i = 0; i < ranges.length; i += 2) this.words.push([ranges[i]!, ranges[i + 1]!]);
    this.draw();
  }

  private draw(): void {
    this.clear();
    this.text.data = this.field.value;
    this.place();
    for (const [from, to] of this.words) {
      const range = new Range();
      range.setStart(this.text, from);
      range.setEnd(this.text, to);
      this.ranges.push(range);
      highlight?.add(range);
    }
  }

  private clear(): void {
    for (const range of this.ranges) highlight?.delete(range);
    this.ranges = [];
  }

  /** Lays the mirror over the field: same box, same text metrics, same scroll. */
  private readonly place = (): void => {
    // An empty mirror shows nothing: lining it up would only read styles in the frame an article opens in.
    if (this.text.data === '') return;
    const style = getComputedStyle(this.field);
    const mirror = this.mirror.style;
    for (const name of mirroredStyles) mirror[name] = style[name];
    mirror.borderColor = 'transparent';
    mirror.whiteSpace = this.field instanceof HTMLInputElement ? 'pre' : 'pre-wrap';
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  };

  private readonly menu = (event: MouseEvent): void => {
    if (this.field.readOnly) return;
    const at = this.ranges.findIndex((range) =>
      [...range.getClientRects()].some(
        (r) =>
          event.clientX >= r.left &&
          event.clientX <= r.right &&
          event.clientY >= r.top &&
          event.clientY <= r.bottom,
      ),
    );
    const place = this.words[at];
    if (!place) return;
    event.preventDefault();
    const [from, to] = place;
    const value = this.field.value;
    const word = value.slice(from, to);
    openSpellingMenu({
      x: event.clientX,
      y: event.clientY,
      word,
      suggestions: this.service.suggest(this.language, word),
      onAdd: () => void this.service.addWord(word),
      onReplace: (suggestion) => {
        if (this.field.value !== value) return;
        this.field.focus();
        this.field.setSelectionRange(from, to);
        // Typed in as if by the user: React hears the input, and one Ctrl+Z takes it back.
        document.execCommand('insertText', false, suggestion);
      },
    });
  };
}
