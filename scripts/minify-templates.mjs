// A rollup transform that removes the whitespace and comments authors indent Lit templates with
// (issue 9: bytes). No installed, maintained plugin does this for tsc's output, so it is small and
// conservative, working on the raw text of `css` and `html` tagged templates only:
//  - css``: comments go; whitespace next to { } ; , and after : goes; any other run becomes one
//    space. Strings, escapes and parentheses (calc(), media queries) are never touched.
//  - html``: a run of indentation after a line break becomes the line break alone (one whitespace
//    character, which HTML renders exactly as it rendered the run). A template holding <pre> or
//    <textarea> (where whitespace is shown) is left as written.
// Line breaks are kept in both, so every line stays where it was and the sourcemaps stay valid.

const TAGS = new Set(['css', 'html']);

/** Every `css`/`html` tagged template in the AST, by a plain walk (the ESTree rollup's parser gives). */
function* templates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
    yield { tag: node.tag.name, quasis: node.quasi.quasis };
  }
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* templates(value);
  }
}

const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
const newlinesIn = (s) => s.replace(/[^\n]/g, '');

/** A CSS template's raw text between two ${…}: `first`/`last` say whether it begins/ends the template. */
export function minifyCss(raw, first, last) {
  let out = '';
  let i = 0;
  const drop = new Set(['{', '}', ';', ',']);
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\\') {
      out += raw.slice(i, i + 2); // a JS escape, itself possibly a CSS escape: verbatim
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      if (end < 0) return raw; // a comment across ${…}: leave this part as written
      // Gone, but it still separated tokens: whitespace (then collapsed with its neighbours).
      out += newlinesIn(raw.slice(i, end)) || ' ';
      i = end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  // Whitespace runs (strings were copied verbatim above, so re-scan skipping them).
  let res = '';
  i = 0;
  while (i < out.length) {
    const c = out[i];
    if (c === '\\') {
      res += out.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < out.length && out[j] !== c) j += out[j] === '\\' ? 2 : 1;
      res += out.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isSpace(c)) {
      // "a;}" → "a}": the last declaration needs no semicolon.
      if (c === '}' && res.trimEnd().endsWith(';')) {
        const trimmed = res.trimEnd();
        res = trimmed.slice(0, -1) + res.slice(trimmed.length);
      }
      res += c;
      i += 1;
      continue;
    }
    let j = i;
    while (j < out.length && isSpace(out[j])) j++;
    const run = out.slice(i, j);
    const prev = res.trimEnd().slice(-1);
    const next = out[j];
    const atEdge = (i === 0 && first) || (j === out.length && last);
    // An escape just before (\25B8 ) may end in this space: keep one.
    const afterEscape = /\\[0-9a-fA-F]{1,6}$/.test(res);
    const removable = !afterEscape && (atEdge || drop.has(prev) || prev === ':' || drop.has(next));
    res += newlinesIn(run) || (removable ? '' : ' ');
    i = j;
  }
  return res;
}

/** An HTML template's raw text: indentation after each line break goes. */
export function minifyHtml(raw) {
  return raw.replace(/\n[ \t\r\n]*/g, (run) => newlinesIn(run));
}

export function minifyTemplates() {
  return {
    name: 'icr-minify-templates',
    transform(code, id) {
      // tsc writes "css `…`", with a space.
      // Our modules only: the dist/ JS rollup bundles, or src/ TS that esbuild compiled (the tests).
      if (id.includes('/node_modules/') || !/\.(js|ts)$/.test(id.split('?')[0]) || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      for (const { tag, quasis } of templates(this.parse(code))) {
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        if (raws.some((r, k) => r !== quasis[k].value.raw)) this.error(`minify-templates: unexpected template positions in ${id}`);
        if (tag === 'html' && raws.some((r) => /<(pre|textarea)\b/i.test(r))) continue;
        quasis.forEach((q, k) => {
          const next = tag === 'css' ? minifyCss(raws[k], k === 0, k === quasis.length - 1) : minifyHtml(raws[k]);
          if (next !== raws[k]) edits.push({ start: q.start, end: q.end, text: next });
        });
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}
