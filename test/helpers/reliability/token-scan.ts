/**
 * Where a bearer token must never be: the page URL, any attribute of any element (shadow roots
 * included), the serialised DOM and shadow DOM, Web Storage and cookies, window.name and history
 * state, console messages, `icr-` event details, and request URLs. A JWT is looked for whole and
 * by each of its three parts, so a leaked signature alone still counts.
 */
import { deepElements } from './dom.js';
import type { Capture } from './capture.js';

export interface TokenLeak {
  where: string;
  excerpt: string;
}

function needles(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (const token of tokens) {
    out.add(token);
    for (const part of token.split('.')) if (part.length >= 16) out.add(part);
  }
  return [...out];
}

function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      if (typeof v === 'function') return `[function ${(v as { name?: string }).name ?? ''}]`;
      return v;
    }) ?? '';
  } catch {
    return String(value);
  }
}

/** Every place a token (or part of one) appears; an empty list is the pass. */
export function scanForTokens(tokens: readonly string[], sources: { capture?: Capture; urls?: readonly string[] } = {}): TokenLeak[] {
  const find = needles(tokens);
  const leaks: TokenLeak[] = [];
  const look = (where: string, text: string | null | undefined) => {
    if (!text) return;
    for (const n of find) {
      const at = text.indexOf(n);
      if (at >= 0) leaks.push({ where, excerpt: text.slice(Math.max(0, at - 40), at + 20).replace(n, '«token»') });
    }
  };
  look('location.href', location.href);
  look('window.name', window.name);
  look('history.state', safeJson(history.state));
  look('document.cookie', document.cookie);
  look('document.documentElement.outerHTML', document.documentElement.outerHTML);
  for (const el of deepElements(document.documentElement)) {
    for (const attr of el.attributes) look(`<${el.localName}> attribute ${attr.name}`, attr.value);
    if (el.shadowRoot) {
      look(`<${el.localName}> shadow root HTML`, el.shadowRoot.innerHTML);
      look(`<${el.localName}> shadow root text`, el.shadowRoot.textContent);
    }
    // Form controls keep a value that is neither an attribute nor text.
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) look(`<${el.localName}> value`, el.value);
  }
  for (const [name, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      look(`${name} key`, key);
      look(`${name}[${key}]`, storage.getItem(key));
    }
  }
  for (const c of sources.capture?.console ?? []) look(`console.${c.level}`, c.text);
  for (const e of sources.capture?.errors ?? []) look('uncaught error', e);
  for (const e of sources.capture?.events ?? []) look(`${e.type} event detail (from <${e.target}>)`, safeJson(e.detail));
  for (const url of sources.urls ?? []) look('request URL', url);
  return leaks;
}
