// Chromium traces and CPU profiles for scripts/bench/run.mjs: the render cost part and the
// `--only=profile` tool.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** The trace events recorded while `run()` runs in `page`. */
export async function traceOf(page, run) {
  await page.tracing.start({ categories: CATEGORIES });
  await run();
  return JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
}

/** The page's main thread (`pid:tid`): the renderer main thread with the most events. */
export function mainThreadOf(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const perThread = {};
  for (const e of events) if (mains.has(`${e.pid}:${e.tid}`)) perThread[`${e.pid}:${e.tid}`] = (perThread[`${e.pid}:${e.tid}`] ?? 0) + 1;
  return Object.entries(perThread).sort((a, b) => b[1] - a[1])[0][0];
}

const TASK_PARTS = ['FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER'];

/**
 * Where a warm view's main thread goes: one by-id view (ICR server) on a page that has already
 * shown this patient and then forgotten the answers, first CPU-profiled (self time by function, the
 * top 30), then traced (each main-thread task over 1 ms with its parts, and each answer's arrival).
 */
/** Prints the top `n` functions by CPU self time in a V8 sampling profile. */
function printSelfTime(profile, n = 30) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`    ${total.toFixed(1)} ms of samples outside idle`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${k}`);
}

/** CPU self time of one large record in `<icr-record>` (issue 21 point 3): where its time goes. */
export async function profileLargeRecord(openPage, n) {
  const page = await openPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const r = await page.evaluate((k) => window.bench.largeRecordView(k), n);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  console.log(`    N=${n}: first screen ${r.firstScreenMs} ms, every page in ${r.allMs} ms, ${r.elements} DOM elements`);
  printSelfTime(profile);
}

export async function profileView(openPage, latency) {
  const warmForgotten = async () => {
    const page = await openPage('?remote');
    await page.evaluate(() => window.bench.roundTrip('id', 200, true));
    await page.evaluate(() => window.bench.forget());
    return page;
  };
  const view = (page) => page.evaluate((l) => window.bench.roundTrip('id', l, false), latency);

  const page = await warmForgotten();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const r = await view(page);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  console.log(`    ${r.ms} ms from the first request`);
  printSelfTime(profile);

  const tp = await warmForgotten();
  const events = await traceOf(tp, () => view(tp));
  await tp.close();
  const main = mainThreadOf(events);
  const onMain = (e) => `${e.pid}:${e.tid}` === main && e.ph === 'X';
  const sent = events.filter((e) => e.name === 'ResourceSendRequest' && /\/fhir\//.test(e.args.data.url));
  const t0 = Math.min(...sent.map((e) => e.ts));
  const urlOf = new Map(sent.map((e) => [e.args.data.requestId, e.args.data.url.replace(/^.*\/fhir\//, '').slice(0, 40)]));
  const lines = [];
  for (const e of events) {
    if (e.ts < t0) continue;
    if (e.name === 'ResourceFinish' && urlOf.has(e.args.data.requestId)) lines.push([e.ts, `answer in   ${urlOf.get(e.args.data.requestId)}`]);
    if (onMain(e) && e.name === 'RunTask' && e.dur > 1000) {
      const parts = {};
      for (const k of events) if (onMain(k) && k.ts >= e.ts && k.ts < e.ts + e.dur && TASK_PARTS.includes(k.name)) parts[k.name] = (parts[k.name] ?? 0) + k.dur / 1000;
      lines.push([e.ts, `task ${(e.dur / 1000).toFixed(1).padStart(5)} ms  ${Object.entries(parts).filter(([, v]) => v > 0.3).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`]);
    }
  }
  for (const [ts, what] of lines.sort((a, b) => a[0] - b[0])) console.log(`    ${((ts - t0) / 1000).toFixed(1).padStart(6)} ms  ${what}`);
}
