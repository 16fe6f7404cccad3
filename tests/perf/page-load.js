// The workbench's first load in headless Chromium (Debian's chromium), over the DevTools protocol: time from navigation
// to the load event and to the ranking chart, and the bytes transferred (encoded, as on the wire), then a reload.
// Usage: node --experimental-websocket tests/perf/page-load.js http://127.0.0.1:PORT/?demo (the demo: the example scored,
// the ranking drawn; the round of an empty store has no ranking to draw)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const url = process.argv[2];
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'page-load-'));
const chrome = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });

async function devtoolsPort() {
  for (let i = 0; i < 200; i++) {
    try { const p = fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]; if (p) return p; } catch { }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('chromium did not start');
}

(async () => {
  const port = await devtoolsPort();
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(targets.find((t) => t.type === 'page').webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r));
  let id = 0; const pending = new Map(); const listeners = [];
  ws.addEventListener('message', (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
    else listeners.forEach((l) => l(msg));
  });
  const send = (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
  await send('Network.enable'); await send('Page.enable');
  async function load(label, reload) {
    let bytes = 0; const files = {}; const statuses = {};
    const onMsg = (msg) => {
      if (msg.method === 'Network.responseReceived') statuses[msg.params.requestId] = [msg.params.response.url, msg.params.response.status, msg.params.response.headers['content-encoding'] || msg.params.response.headers['Content-Encoding'] || ''];
      if (msg.method === 'Network.loadingFinished') { bytes += msg.params.encodedDataLength; files[msg.params.requestId] = msg.params.encodedDataLength; }
    };
    listeners.push(onMsg);
    const loaded = new Promise((r) => listeners.push((msg) => { if (msg.method === 'Page.loadEventFired') r(); }));
    const start = Date.now();
    if (reload) await send('Page.reload'); else await send('Page.navigate', { url });
    await loaded;
    const loadMs = Date.now() - start;
    // Ready for a clerk: the ranking's bars drawn (the page's charts hold their data).
    for (let i = 0; i < 300; i++) {
      const r = await send('Runtime.evaluate', { expression: "document.querySelectorAll('.echart.bars').length > 0 && [...document.querySelectorAll('.echart.bars')].every(b => b.chart)", returnByValue: true });
      if (r.result.value) break;
      await new Promise((res) => setTimeout(res, 20));
    }
    const readyMs = Date.now() - start;
    if (readyMs > 6000) throw new Error(`${label}: the ranking was not drawn within 6 s`);
    await new Promise((r) => setTimeout(r, 300));
    listeners.splice(listeners.indexOf(onMsg), 1);
    console.log(`${label}: load event ${loadMs} ms, ranking drawn ${readyMs} ms, ${bytes} bytes transferred in ${Object.keys(files).length} responses`);
    for (const [rid, [u, status, enc]] of Object.entries(statuses)) console.log(`  ${status} ${enc.padEnd(3)} ${String(files[rid] ?? '').padStart(8)}  ${u.replace(url, '/')}`);
  }
  await load('first load (empty cache)', false);
  await load('reload', true);
  ws.close(); chrome.kill();
  try { fs.rmSync(profile, { recursive: true, force: true }); } catch { /* chromium may still be writing its profile */ }
})().catch((e) => { console.error(e); chrome.kill(); process.exit(1); });
