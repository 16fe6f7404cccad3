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
