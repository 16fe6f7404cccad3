// A client from another stack: loads the .proto files alone, starts the real server on a free loopback
// port, and calls Assess on the illustrative example file.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const root = path.resolve(__dirname, '..', '..');
const protos = path.join(root, 'protos');
let server;
let client;

function serverDll() {
  for (const config of ['Release', 'Debug']) {
    const dll = path.join(root, 'src', 'ScoringKernel.Server', 'bin', config, 'net10.0', 'ScoringKernel.Server.dll');
    if (fs.existsSync(dll)) return dll;
  }
  throw new Error('build the server first: dotnet build ScoringKernel.sln -c Release');
}

before(async () => {
  server = spawn('dotnet', [serverDll(), '--urls', 'http://127.0.0.1:0', '--json-url', 'none', '--metrics-url', 'none'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 60 s')), 60_000);
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const match = seen.match(/Now listening on: http:\/\/(127\.0\.0\.1:\d+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  const definition = protoLoader.loadSync('scoringkernel/v1/scoring_service.proto', {
    includeDirs: [protos, path.join(protos, 'third_party')],
    enums: String,
    defaults: false,
  });
  const v1 = grpc.loadPackageDefinition(definition).scoringkernel.v1;
  client = new v1.ScoringService(address, grpc.credentials.createInsecure());
});

after(() => {
  if (client) client.close();
  if (server) server.kill('SIGTERM');
});

function call(method, request) {
  return new Promise((resolve, reject) => {
    client[method](request, { deadline: Date.now() + 30_000 }, (error, reply) => (error ? reject(error) : resolve(reply)));
  });
}

test('Assess on the example file scores 衡山县 84.59, Class 2 in the county group', async () => {
  const request = JSON.parse(fs.readFileSync(path.join(root, 'specs', 'examples', 'illustrative-2015.json'), 'utf8'));
  const reply = await call('Assess', request);

  const card = reply.assessment.scoreCards.find((c) => c.unitCode === '430423');
  assert.equal(card.total, '84.59');
  assert.deepEqual(card.indicatorScores.map((s) => s.score), ['14.09', '17.50', '3.50', '4.40', '7.00', '15.00', '6.40', '4.75', '7.75', '4.20']);
  const counties = reply.assessment.groups.find((g) => g.group === 'ASSESSMENT_GROUP_COUNTIES_AND_CITIES');
  const ranked = counties.units.find((u) => u.unitCode === '430423');
  assert.equal(ranked.grade, 'GRADE_CLASS_2');
  assert.equal(counties.units.filter((u) => u.grade === 'GRADE_CLASS_1').length, 3);
});

test('a negative figure comes back INVALID_ARGUMENT naming the field', async () => {
  const request = JSON.parse(fs.readFileSync(path.join(root, 'specs', 'examples', 'illustrative-2015.json'), 'utf8'));
  request.units[0].houseRenovation.householdsRenovated = -1;
  await assert.rejects(call('Assess', request), (error) => {
    assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
    assert.match(error.details, /units\[0\]\.house_renovation\.households_renovated/);
    return true;
  });
});

// The error model of AIP-193, read as an integrator on another stack reads it: the google.rpc.Status in the
// grpc-status-details-bin trailer, its BadRequest, ErrorInfo and LocalizedMessage details.
const protobuf = require('protobufjs');
const errorTypes = (() => {
  const rootNs = new protobuf.Root();
  // google/rpc from the copies beside the contract; google/protobuf/any.proto is one protobufjs carries itself.
  rootNs.resolvePath = (_origin, target) => (target.startsWith('google/rpc/') ? path.join(protos, 'third_party', target) : target);
  rootNs.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
  return {
    Status: rootNs.lookupType('google.rpc.Status'),
    BadRequest: rootNs.lookupType('google.rpc.BadRequest'),
    ErrorInfo: rootNs.lookupType('google.rpc.ErrorInfo'),
    LocalizedMessage: rootNs.lookupType('google.rpc.LocalizedMessage'),
  };
})();

function details(error) {
  const bytes = error.metadata.get('grpc-status-details-bin')[0];
  assert.ok(bytes, 'the status carries its details');
  const status = errorTypes.Status.decode(bytes);
  const unpack = (name, type) => status.details.filter((d) => d.type_url.endsWith(name)).map((d) => type.decode(d.value));
  return {
    badRequest: unpack('google.rpc.BadRequest', errorTypes.BadRequest)[0],
    errorInfo: unpack('google.rpc.ErrorInfo', errorTypes.ErrorInfo)[0],
    localized: unpack('google.rpc.LocalizedMessage', errorTypes.LocalizedMessage)[0],
  };
}

function callWith(method, request, metadata) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: Date.now() + 30_000 }, (error, reply) => (error ? reject(error) : resolve(reply)));
  });
}

test('a refused figure carries its reason, the office\'s Chinese by default and ErrorInfo', async () => {
  const request = JSON.parse(fs.readFileSync(path.join(root, 'specs', 'examples', 'illustrative-2015.json'), 'utf8'));
  const changning = request.units.findIndex((u) => u.unitCode === '430482');
  request.units[changning].ownBudget.ownBudgetWan = '-5';
  await assert.rejects(call('Assess', request), (error) => {
    assert.equal(error.code, grpc.status.INVALID_ARGUMENT);
    const { badRequest, errorInfo, localized } = details(error);
    const violation = badRequest.fieldViolations[0];
    assert.equal(violation.field, `units[${changning}].own_budget.own_budget_wan`);
    assert.equal(violation.description, 'must not be negative (got -5)');
    assert.equal(violation.reason, 'VALUE_NEGATIVE');
    assert.equal(violation.localizedMessage.locale, 'zh-CN');
    assert.equal(violation.localizedMessage.message, '常宁市 · 附件1-九 本级财政预算安排(万元):不能为负数(填写了 -5)');
    assert.equal(errorInfo.reason, 'VALUE_NEGATIVE');
    assert.equal(errorInfo.domain, 'scoringkernel.v1');
    assert.equal(localized.message, violation.localizedMessage.message);
    return true;
  });
});

test('accept-language en gives the localized messages in English', async () => {
  const request = JSON.parse(fs.readFileSync(path.join(root, 'specs', 'examples', 'illustrative-2015.json'), 'utf8'));
  request.units[0].houseRenovation.householdsRenovated = -1;
  const metadata = new grpc.Metadata();
  metadata.set('accept-language', 'en-GB,en;q=0.9');
  await assert.rejects(callWith('Assess', request, metadata), (error) => {
    const { badRequest, localized } = details(error);
    assert.equal(badRequest.fieldViolations[0].localizedMessage.locale, 'en');
    assert.match(badRequest.fieldViolations[0].localizedMessage.message, /dilapidated houses renovated.*must not be negative \(got -1\)/);
    assert.equal(localized.locale, 'en');
    return true;
  });
});
