/**
 * A small strict XML reader and writer for WeChat's message XML. It reads elements, attributes,
 * text, CDATA and comments, and refuses everything that makes XML parsers dangerous or ambiguous:
 * DOCTYPE and entity declarations (no XXE, no entity expansion), unknown entities, mismatched or
 * unclosed tags, more than one root, and nesting or element counts beyond small limits.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside the element, concatenated. */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'XmlSyntaxError';
  }
}

const MAX_DEPTH = 16;
const MAX_ELEMENTS = 2_000;
const NAME = /[A-Za-z_][\w.:-]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses one XML document into its root element; throws XmlSyntaxError on anything malformed. */
export function parseXml(source: string): XmlElement {
  return new XmlReader(source).document();
}

class XmlReader {
  private pos = 0;
  private elements = 0;

  constructor(private readonly src: string) {}

  document(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    // The XML declaration may only open the document.
    if (this.src.startsWith('<?xml', this.pos) && /[\s?]/.test(this.src[this.pos + 5] ?? '')) {
      const end = this.src.indexOf('?>', this.pos);
      if (end < 0) this.fail('unterminated XML declaration');
      this.pos = end + 2;
    }
    this.skipMisc();
    if (!this.src.startsWith('<', this.pos)) this.fail('expected the root element');
    const root = this.element(0);
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('content after the root element');
    return root;
  }

  /** Whitespace and comments around the root. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('<!--', this.pos)) {
        this.comment();
        continue;
      }
      if (this.src.startsWith('<!', this.pos) || this.src.startsWith('<?', this.pos)) this.fail('DOCTYPE, declarations and processing instructions are not accepted');
      return;
    }
  }

  private element(depth: number): XmlElement {
    if (depth >= MAX_DEPTH) this.fail('elements nested too deeply');
    if (++this.elements > MAX_ELEMENTS) this.fail('too many elements');
    this.expect('<');
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = this.skipSpace();
      if (this.src.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (this.src.startsWith('>', this.pos)) {
        this.pos += 1;
        break;
      }
      if (!spaced) this.fail('expected whitespace, ">" or "/>"');
      const attr = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail('unterminated attribute value');
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail('"<" in an attribute value');
      if (Object.hasOwn(attributes, attr)) this.fail(`duplicate attribute "${attr}"`);
      attributes[attr] = this.decode(raw, this.pos + 1);
      this.pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`unclosed element <${name}>`);
      if (this.src.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        this.expect('>');
        return { name, attributes, children, text };
      }
      if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos + 9);
        if (end < 0) this.fail('unterminated CDATA section');
        text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
        continue;
      }
      if (this.src.startsWith('<!--', this.pos)) {
        this.comment();
        continue;
      }
      if (this.src.startsWith('<!', this.pos) || this.src.startsWith('<?', this.pos)) this.fail('declarations and processing instructions are not accepted');
      if (this.src.startsWith('<', this.pos)) {
        children.push(this.element(depth + 1));
        continue;
      }
      const next = this.src.indexOf('<', this.pos);
      const end = next < 0 ? this.src.length : next;
      const raw = this.src.slice(this.pos, end);
      if (raw.includes(']]>')) this.fail('"]]>" in text');
      text += this.decode(raw, this.pos);
      this.pos = end;
    }
  }

  private comment(): void {
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('unterminated comment');
    this.pos = end + 3;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && ' \t\r\n'.includes(this.src[this.pos]!)) this.pos++;
    return this.pos > start;
  }

  private expect(s: string): void {
    if (!this.src.startsWith(s, this.pos)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }

  private decode(raw: string, at: number): string {
    return raw.replace(/&([^;&\s]{0,10});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.fail('"&" not starting an entity reference', at);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const code = /^#x([0-9a-fA-F]{1,6})$/.exec(ref)?.[1] ?? null;
      const dec = /^#(\d{1,7})$/.exec(ref)?.[1] ?? null;
      const n = code !== null ? parseInt(code, 16) : dec !== null ? parseInt(dec, 10) : NaN;
      if (Number.isNaN(n) || n > 0x10ffff || n === 0 || (n >= 0xd800 && n <= 0xdfff)) this.fail(`unknown entity "&${ref};"`, at);
      return String.fromCodePoint(n);
    });
  }

  private fail(message: string, at: number = this.pos): never {
    throw new XmlSyntaxError(message, at);
  }
}

/** A CDATA section holding `value`; a "]]>" inside is split across two sections, as XML requires. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** A field of WeChat's reply XML: strings as CDATA, numbers bare (WeChat's own samples do the same). */
export type XmlField = readonly [name: string, value: string | number];

/** `<xml>` with one child per field, one per line, as WeChat's documentation shows its replies. */
export function weChatXml(fields: readonly XmlField[]): string {
  const lines = fields.map(([name, value]) => `<${name}>${typeof value === 'number' ? String(value) : cdata(value)}</${name}>`);
  return `<xml>\n${lines.join('\n')}\n</xml>`;
}
