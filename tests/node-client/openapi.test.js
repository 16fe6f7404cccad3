// A client from another stack driven by the OpenAPI document alone (specs/openapi.yaml): it finds each operation by
// its operationId, builds the request from the path and the verb the document gives, and checks every answer against
// the document's schemas (names, types, decimal strings, enums, the google.rpc.Status of a refusal).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..', '..');
const doc = YAML.parse(fs.readFileSync(path.join(root, 'specs', 'openapi.yaml'), 'utf8'));
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'scoringkernel-openapi-'));
let server;
let base;

function serverDll() {
  for (const config of ['Release', 'Debug']) {
    const dll = path.join(root, 'src', 'ScoringKernel.Server', 'bin', config, 'net10.0', 'ScoringKernel.Server.dll');
    if (fs.existsSync(dll)) return dll;
  }
  throw new Error('build the server first: dotnet build ScoringKernel.sln -c Release');
}

before(async () => {
  server = spawn('dotnet', [serverDll(), '--urls', 'http://127.0.0.1:0', '--json-url', 'http://127.0.0.1:0', '--metrics-url', 'none',
    '--store', `sqlite:${path.join(data, 'rounds.db')}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 60 s')), 60_000);
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      // The start-up report: the gRPC address, then the HTTP/1.1 JSON one.
      const match = seen.match(/addresses: http:\/\/127\.0\.0\.1:\d+, (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
});

after(() => {
  if (server) server.kill('SIGTERM');
  fs.rmSync(data, { recursive: true, force: true });
});

function operation(id) {
  for (const [route, item] of Object.entries(doc.paths))
    for (const [verb, op] of Object.entries(item))
      if (op.operationId === id) return { route, verb, op };
  throw new Error(`no operation ${id} in specs/openapi.yaml`);
}

function resolve(schema) {
  while (schema && schema.$ref) schema = doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
  return schema;
}

// A small check of a value against the document's schema: every name it holds is declared, with the declared type.
function conforms(value, schema, at) {
  schema = resolve(schema);
  if (!schema || Object.keys(schema).length === 0) return;
  if (schema.allOf) {
    // The parts together: a name one part declares is declared.
    const parts = schema.allOf.map(resolve);
    const properties = Object.assign({}, ...parts.map((p) => p.properties || {}));
    conforms(value, { type: 'object', properties }, at);
    return;
  }
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((s) => { try { conforms(value, s, at); return true; } catch { return false; } });
    assert.ok(fits.length >= 1, `${at}: fits none of the schemas of oneOf`);
    return;
  }
  if (schema.const !== undefined) { assert.equal(value, schema.const, at); return; }
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.enum) { assert.ok(schema.enum.includes(value), `${at}: ${value} is not one of the enum`); return; }
  if (type.includes('object')) {
    assert.equal(typeof value, 'object', at);
    for (const [name, v] of Object.entries(value)) {
      const declared = schema.properties && schema.properties[name];
      if (declared) conforms(v, declared, `${at}.${name}`);
      else if (schema.additionalProperties) conforms(v, schema.additionalProperties === true ? {} : schema.additionalProperties, `${at}.${name}`);
      else assert.fail(`${at}.${name} is not in the document's schema`);
    }
  } else if (type.includes('array')) {
    assert.ok(Array.isArray(value), at);
    value.forEach((v, i) => conforms(v, schema.items, `${at}[${i}]`));
  } else if (type.includes('string')) {
    assert.equal(typeof value, 'string', at);
    if (schema.format === 'decimal') assert.match(value, /^-?\d+(\.\d+)?$/, `${at}: a decimal string`);
  } else if (type.includes('integer')) {
    assert.ok(Number.isInteger(value), at);
  } else if (type.includes('boolean')) {
    assert.equal(typeof value, 'boolean', at);
  }
}

async function call(id, { params = {}, body } = {}) {
  const { route, verb, op } = operation(id);
  const url = base + route.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(params[name]));
  const response = await fetch(url, {
    method: verb.toUpperCase(),
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  const declared = op.responses[String(response.status)] || op.responses[`${String(response.status)[0]}XX`];
  assert.ok(declared, `${id}: HTTP ${response.status} is not among the document's responses`);
  conforms(json, declared.content['application/json'].schema, id);
  return { status: response.status, json };
}

test('Assess on the illustrative example, as the document describes it', async () => {
  const example = JSON.parse(fs.readFileSync(path.join(root, 'specs', 'examples', 'illustrative-2015.json'), 'utf8'));
  const { status, json } = await call('Assess', { body: example });
  assert.equal(status, 200);
  assert.equal(json.assessment.scoreCards.length, example.units.length);
  assert.match(json.assessment.scoreCards[0].total, /^\d+\.\d\d$/);
});

test('a round write (OpenRound) and a refusal in the document\'s google.rpc.Status', async () => {
  const opened = await call('OpenRound', { body: { year: 2015 } });
  assert.equal(opened.status, 200);
  assert.equal(opened.json.round.year, 2015);
  const read = await call('GetRound', { params: { year: 2015 } });
  assert.equal(read.json.round.etag, opened.json.round.etag);

  const refused = await call('OpenRound', { body: { year: 2015 } });
  assert.ok(refused.status >= 400 && refused.status < 500, `a second opening is refused (${refused.status})`);
  assert.ok(refused.json.details.some((d) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo'));
  assert.ok(refused.json.details.some((d) => d['@type'] === 'type.googleapis.com/google.rpc.LocalizedMessage'));
});
