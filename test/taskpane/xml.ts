/**
 * A minimal XML parser for checking the add-in manifest offline: it accepts the XML declaration,
 * comments, CDATA, elements, attributes and the predefined and numeric entities, and rejects what
 * makes a document not well-formed (unclosed or crossed tags, a second root, text outside the root,
 * duplicate attributes, a bare "&" or "<"). No DTD support: a manifest has none. Namespaces are not
 * resolved: names keep their prefix ("bt:Image").
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated character data directly inside the element. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isNameStart(ch: string): boolean {
  return /[A-Za-z_:]/.test(ch) || ch.charCodeAt(0) > 0x7f;
}

function isNameChar(ch: string): boolean {
  return isNameStart(ch) || /[0-9.\-]/.test(ch);
}

/** Parses `src`; throws an Error naming line and column of the first well-formedness violation. */
export function parseXml(src: string): XmlElement {
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const fail: (what: string) => never = (what) => {
    const before = src.slice(0, i).split("\n");
    throw new Error(`XML non valido a riga ${before.length}, colonna ${before[before.length - 1].length + 1}: ${what}`);
  };
  const expect = (s: string): void => {
    if (!src.startsWith(s, i)) fail(`atteso «${s}»`);
    i += s.length;
  };
  const skipSpace = (): void => {
    while (i < src.length && " \t\r\n".includes(src[i])) i++;
  };
  const readName = (): string => {
    const start = i;
    if (i >= src.length || !isNameStart(src[i])) fail("nome atteso");
    while (i < src.length && isNameChar(src[i])) i++;
    return src.slice(start, i);
  };
  const decode = (raw: string): string => {
    let out = "";
    for (let k = 0; k < raw.length; k++) {
      if (raw[k] === "<") fail("«<» non ammesso nel testo o negli attributi");
      if (raw[k] !== "&") {
        out += raw[k];
        continue;
      }
      const end = raw.indexOf(";", k);
      const ref = end < 0 ? "" : raw.slice(k + 1, end);
      if (ENTITIES[ref] !== undefined) out += ENTITIES[ref];
      else if (/^#[0-9]+$/.test(ref)) out += String.fromCodePoint(Number(ref.slice(1)));
      else if (/^#x[0-9A-Fa-f]+$/.test(ref)) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else fail(`entità non valida «&${ref}»`);
      k = end;
    }
    return out;
  };
  const addText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
    else if (text.trim() !== "") fail("testo fuori dall'elemento radice");
  };

  if (src.startsWith("<?xml", i)) {
    const end = src.indexOf("?>", i);
    if (end < 0) fail("dichiarazione XML non chiusa");
    i = end + 2;
  }
  while (i < src.length) {
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      if (end < 0) fail("commento non chiuso");
      if (src.slice(i + 4, end).includes("--")) fail("«--» dentro un commento");
      i = end + 3;
    } else if (src.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) fail("CDATA fuori dall'elemento radice");
      const end = src.indexOf("]]>", i);
      if (end < 0) fail("CDATA non chiuso");
      addText(src.slice(i + 9, end));
      i = end + 3;
    } else if (src.startsWith("<?", i)) {
      const end = src.indexOf("?>", i);
      if (end < 0) fail("istruzione di elaborazione non chiusa");
      i = end + 2;
    } else if (src.startsWith("<!", i)) {
      fail("DTD e dichiarazioni non sono ammesse");
    } else if (src.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipSpace();
      expect(">");
      const open = stack.pop();
      if (!open) fail(`chiusura «${name}» senza apertura`);
      if (open.name !== name) fail(`chiusura «${name}» ma è aperto «${open.name}»`);
    } else if (src[i] === "<") {
      i++;
      const el: XmlElement = { name: readName(), attrs: {}, children: [], text: "" };
      const attrs = el.attrs as Record<string, string>;
      for (;;) {
        const hadSpace = " \t\r\n".includes(src[i]);
        skipSpace();
        if (src.startsWith("/>", i) || src[i] === ">") break;
        if (!hadSpace) fail("spazio atteso prima dell'attributo");
        const attr = readName();
        if (attr in attrs) fail(`attributo «${attr}» ripetuto`);
        skipSpace();
        expect("=");
        skipSpace();
        const quote = src[i];
        if (quote !== '"' && quote !== "'") fail("valore di attributo senza virgolette");
        const end = src.indexOf(quote, i + 1);
        if (end < 0) fail("valore di attributo non chiuso");
        const raw = src.slice(i + 1, end);
        attrs[attr] = decode(raw);
        i = end + 1;
      }
      if (stack.length === 0) {
        if (root) fail("secondo elemento radice");
        root = el;
      } else {
        stack[stack.length - 1].children.push(el);
      }
      if (src.startsWith("/>", i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    } else {
      const end = src.indexOf("<", i);
      const stop = end < 0 ? src.length : end;
      addText(decode(src.slice(i, stop)));
      i = stop;
    }
  }
  if (stack.length > 0) fail(`elemento «${stack[stack.length - 1].name}» non chiuso`);
  if (!root) fail("nessun elemento radice");
  return root;
}

/** Direct children named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** All descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}
