// Hostile but correctly SIGNED requests against the bot's three Slack endpoints; counts answers by status class.
// Usage: node bench/fuzz/fuzz.mjs --url http://127.0.0.1:5090 --secret S [--count 10000] [--seed 1]
//        [--concurrency 8] [--coach UFUZZCOACH] [--student UFUZZ0001] [--cohort fuzz] [--out DIR]
// Every request carries a valid v0 signature over its exact bytes, so each one reaches the parsers and handlers.
// Cases are drawn from a seeded generator: the same seed gives the same requests. Each 5xx (and each transport error)
// is saved to --out as JSON {endpoint, contentType, bodyBase64, status, answer} to replay.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = new URL(args.url ?? 'http://127.0.0.1:5090');
const secret = args.secret ?? (() => { throw new Error('--secret is required'); })();
const count = Number(args.count ?? 10000);
const concurrency = Number(args.concurrency ?? 8);
const coach = args.coach ?? 'UFUZZCOACH';
const student = args.student ?? 'UFUZZ0001';
const cohort = args.cohort ?? 'fuzz';
const out = args.out ?? null;
const only = args.only ?? null; // one endpoint: commands, interactions or events
// Where response_urls point: FakeSlack's, so a handler's reply neither leaves the machine nor hangs on an unreachable host.
const hook = args.hook ?? 'http://127.0.0.1:5094/response/fuzz';
let seed = Number(args.seed ?? 1) >>> 0;

// mulberry32: small, seeded, good enough to pick cases.
const random = () => { seed = (seed + 0x6d2b79f5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

const FORM = 'application/x-www-form-urlencoded';
const JSONT = 'application/json';
const contentTypes = [FORM, JSONT, `${FORM}; charset=utf-8`, `${FORM}; charset=latin1`, 'text/plain', 'multipart/form-data; boundary=x',
  '', 'application/x-www-form-urlencoded;;;', 'garbage', `${JSONT}; charset="utf-8"`, `${JSONT}; charset=utf-16`, 'APPLICATION/JSON', '*/*', 'application/xml'];

const bigString = () => { const n = pick([300, 3001, 5000, 20000, 60000]); return pick(['a', 'é', '🙂', '\u0000', '<@U1>', '%', '"', '\\']).repeat(n).slice(0, n); };
const hostileStrings = ['', ' ', '\u0000', '\ud800', 'null', 'undefined', 'NaN', '-1', '0', '99999999999999999999', '1e309', '<script>', '*bold*', '<!channel>',
  '../../etc/passwd', "'; DROP TABLE Cohorts; --", '%00', '\r\n\r\n', 'Ｕ１２３', 'U', 'UFUZZ0001 UFUZZ0002', '2026-02-30', '9999-12-31', '0001-01-01', '24:61',
  'ß'.repeat(40), '\u202e', '{}', '[]', '{"a":1}'];
const hostileString = () => (chance(0.15) ? bigString() : pick(hostileStrings));
const deep = (depth, kind = pick(['[', '{'])) => (kind === '[' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
const hostileValue = () => pick([
  () => null, () => true, () => false, () => 0, () => -1, () => 1.5, () => 1e308, () => Number.MAX_SAFE_INTEGER, () => hostileString(), () => [], () => ({}),
  () => [null], () => [hostileString()], () => ({ type: hostileString() }), () => JSON.parse(deep(60, '[')), () => ({ [hostileString()]: null }),
])();

// --- slash commands -------------------------------------------------------------------------------------------
const subcommands = ['week', 'week 3', 'week 0', 'week -1', 'week 99999999999', 'week 2 module 9', 'week module', 'deliverables', 'deliverables module 2', 'outcomes',
  'outcomes networking', 'outcomes x', 'reflect', 'reflect 7', 'log', 'log extra', 'join', `join ${cohort}`, 'join nope', 'leave', 'done', 'done exit-ticket-2', 'undo exit-ticket-2',
  'pause', 'pause until 2026-02-30', 'pause until 1999-01-01', 'pause until', 'resume', 'settings', 'settings group off', 'settings x y', 'preview kickoff 3', 'preview digest',
  `preview digest cohort ${cohort}`, 'preview deadlines cohort nope', 'preview group 99', 'export', 'forget-me', 'help', '?', 'cohort', 'cohort list', `cohort roster ${cohort}`,
  'cohort add x module 1 starts 2026-03-02 tz Nowhere/Zone', 'cohort add x module 9 starts 2026-03-03', 'cohort add x module 1 starts 2026-03-02 tz America/Denver',
  `cohort pause ${cohort} 2026-03-27 2026-03-23`, `cohort times ${cohort} kickoff 25:00`, `cohort times ${cohort} group 14:00`, `cohort link ${cohort} <#C123|x>`,
  `cohort link ${cohort} <#|>`, `cohort advance ${cohort} module 9 starts 2026-01-01`, `cohort nudge ${cohort} nope`, `report ${cohort}`, `report ${cohort} week 99`,
  `report ${cohort} page -1`, 'report nope', `report ${cohort} chart week x`, 'student', 'student <@>', 'student <@UFUZZ0001|x>', 'digest maybe', 'digest', '', ' ', 'WEEK'];
const commandText = () => {
  const base = pick(subcommands);
  if (chance(0.5)) return base;
  const words = base.split(' ');
  words[int(words.length + 1)] = hostileString();
  return words.join(' ');
};
// A lone surrogate cannot be percent-encoded as UTF-8; send the bytes it would have been (invalid UTF-8) instead.
const enc = (s) => { try { return encodeURIComponent(s); } catch { return '%ED%A0%80'; } };
const formEncode = (fields) => fields.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
const commandFields = () => [
  ['token', 'x'], ['team_id', 'T0FUZZ'], ['team_domain', 'fuzz'], ['channel_id', 'C0FUZZ'], ['channel_name', 'fuzz'],
  ['user_id', chance(0.35) ? coach : chance(0.7) ? student : hostileString()], ['user_name', 'fuzz'], ['command', chance(0.9) ? '/prodev' : hostileString()],
  ['text', commandText()], ['api_app_id', 'A0FUZZ'], ['is_enterprise_install', pick(['false', 'true', 'maybe'])],
  ['response_url', pick([hook, 'http://127.0.0.1:1/x', 'not a url', '', 'https://'])], ['trigger_id', pick(['1.2.3', '', hostileString()])],
];
const mutateFields = (fields) => {
  const f = fields.slice();
  switch (int(6)) {
    case 0: f.splice(int(f.length), 1); break; // drop one
    case 1: f[int(f.length)] = [f[int(f.length)][0], hostileString()]; break; // hostile value
    case 2: f.push([pick(f)[0], hostileString()]); break; // duplicate a key
    case 3: f.push([hostileString(), hostileString()]); break; // unknown key
    case 4: f.push(['ssl_check', pick(['1', '0', 'true'])]); break;
    default: break;
  }
  return f;
};
const badForm = () => pick([
  () => 'team_id=T1&user_id=%ZZ&command=/prodev', () => '%', () => '&&&===&=', () => 'text=' + '%'.repeat(50), () => 'a=b&c',
  () => Buffer.concat([Buffer.from('text='), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]), () => Buffer.from([0xc0, 0x80]),
  () => crypto.randomBytes(int(2000)), () => '', () => 'payload=' + encodeURIComponent(deep(5000)), () => 'text=' + 'a'.repeat(70000),
  () => '=' + 'x'.repeat(5000), () => 'user_id=%ED%A0%80', () => JSON.stringify({ text: 'week' }),
])();

function commandCase() {
  const roll = random();
  if (roll < 0.55) return { contentType: chance(0.9) ? FORM : pick(contentTypes), body: formEncode(mutateFields(commandFields())) };
  if (roll < 0.65) return { contentType: pick(contentTypes), body: formEncode(commandFields()) };
  if (roll < 0.85) return { contentType: FORM, body: badForm() };
  if (roll < 0.9) return { contentType: FORM, body: formEncode([['ssl_check', '1'], ['token', hostileString()]]) };
  return { contentType: pick(contentTypes), body: hostileString() };
}

// --- interactions ---------------------------------------------------------------------------------------------
const actionIds = ['open_log', 'open_reflect', 'deliverable_check', 'deliverable_done', 'deliverable_undo', 'deliverable_link', 'student_record',
  'forget_me_confirm', 'forget_me_cancel', 'unknown_action'];
const user = () => ({ id: chance(0.3) ? coach : student, username: 'fuzz', team_id: 'T0FUZZ' });
const action = () => ({
  type: pick(['button', 'checkboxes', 'static_select', 'datepicker']), action_id: pick(actionIds),
  block_id: pick(['b', 'deliverable:1:exit-ticket-2', 'deliverable:1:linkedin-draft', 'deliverable:9:x', hostileString()]),
  value: pick([student, coach, 'x', hostileString()]), action_ts: '1700000001.000200',
  selected_option: chance(0.3) ? { text: { type: 'plain_text', text: 'x' }, value: hostileString() } : undefined,
  selected_options: chance(0.3) ? [{ text: { type: 'plain_text', text: 'x' }, value: pick(['headshot', 'x', hostileString()]) }] : undefined,
});
const stateValues = (callback) => {
  const text = (v) => ({ type: 'plain_text_input', value: v });
  switch (callback) {
    case 'network_log': return {
      contact_name: { value: text(pick(['Ada', '', hostileString()])) }, contact_role: { value: text(hostileString()) },
      kind: { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'x' }, value: pick(['CoffeeChat', 'Nope', '99', hostileString()]) } } },
      occurred_on: { value: { type: 'datepicker', selected_date: pick(['2026-03-10', '2026-02-30', '9999-12-31', '0001-01-01', hostileString()]) } },
      learned: { value: text(pick(['Stuff', hostileString()])) }, follow_up_on: { value: { type: 'datepicker', selected_date: pick([null, '2026-03-20', hostileString()]) } },
    };
    case 'reflection': return { reflection_text: { text: text(pick(['I learned', hostileString()])) } };
    default: return { deliverable_url: { url: { type: 'url_text_input', value: pick(['https://example.org/x', 'javascript:alert(1)', hostileString()]) } } };
  }
};
const interactionTemplate = () => {
  const kind = pick(['block_actions', 'block_actions', 'view_submission', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'block_suggestion', hostileString()]);
  const common = { type: kind, user: user(), team: { id: 'T0FUZZ', domain: 'fuzz' }, api_app_id: 'A0FUZZ', trigger_id: pick(['9.8.7', '']),
    response_url: pick([hook, 'not a url', undefined]) };
  if (kind === 'block_actions') {
    return { ...common, container: pick([{ type: 'view', view_id: 'V1' }, { type: 'message', message_ts: '1.2', channel_id: 'C1', is_ephemeral: true }]),
      actions: Array.from({ length: 1 + int(2) }, action) };
  }
  const callback = pick(['network_log', 'reflection', 'deliverable_link', 'unknown_form']);
  const metadata = pick(['1:2', '1:exit-ticket-2', '{"module":1,"week":2}', `1|linkedin-draft|${hook}`, '', hostileString()]);
  return { ...common, view: { id: 'V1', type: 'modal', callback_id: callback, private_metadata: metadata, hash: 'h', state: { values: stateValues(callback) } } };
};
// Replaces, deletes or adds one node anywhere in the tree.
function mutate(value) {
  if (value === null || typeof value !== 'object') return hostileValue();
  const keys = Object.keys(value);
  if (keys.length === 0 || chance(0.25)) {
    if (Array.isArray(value)) return chance(0.5) ? [...value, hostileValue()] : [];
    return chance(0.5) ? { ...value, [pick([...keys, 'type', 'user', 'id', 'actions', 'view', 'state', 'values'])]: hostileValue() } : {};
  }
  const key = pick(keys);
  const copy = Array.isArray(value) ? value.slice() : { ...value };
  if (!Array.isArray(copy) && chance(0.15)) delete copy[key];
  else copy[key] = chance(0.6) ? mutate(copy[key]) : hostileValue();
  return copy;
}
const mutated = (template) => { let v = template; for (let i = int(4); i >= 0; i--) v = mutate(v); return v; };

function interactionCase() {
  const roll = random();
  if (roll < 0.6) return { contentType: chance(0.95) ? FORM : pick(contentTypes), body: formEncode([['payload', JSON.stringify(mutated(interactionTemplate()))]]) };
  if (roll < 0.7) return { contentType: FORM, body: formEncode([['payload', JSON.stringify(interactionTemplate())]]) };
  if (roll < 0.8) return { contentType: FORM, body: formEncode([['payload', pick([deep(pick([63, 64, 65, 1000, 20000])), '{', '[]', '1', 'null', '"x"', '{"type":null}',
    '{"type":"block_actions","actions":{}}', '{"type":"view_submission","view":[]}', '\ud800', '{"type":"\\ud800"}', bigString()])]]) };
  if (roll < 0.9) return { contentType: FORM, body: badForm() };
  return { contentType: pick(contentTypes), body: chance(0.5) ? JSON.stringify(interactionTemplate()) : formEncode([['payload', JSON.stringify(interactionTemplate())], ['payload', '{}']]) };
}

// --- events ---------------------------------------------------------------------------------------------------
let eventSerial = 0;
const eventTemplate = () => {
  const type = pick(['event_callback', 'event_callback', 'event_callback', 'url_verification', 'app_rate_limited', hostileString()]);
  if (type === 'url_verification') return { token: 'x', type, challenge: pick(['3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', hostileString()]) };
  const inner = { type: pick(['app_home_opened', 'app_home_opened', 'member_joined_channel', 'message', 'reaction_added', hostileString()]),
    user: pick([student, coach, hostileString()]), channel: 'D0FUZZ', tab: pick(['home', 'messages', hostileString()]), event_ts: '1773248400.000100' };
  return { token: 'x', team_id: 'T0FUZZ', api_app_id: 'A0FUZZ', type, event_id: chance(0.9) ? `Ev${seedTag}${++eventSerial}` : 'Ev0SAME', event_time: 1773248400,
    authorizations: [{ team_id: 'T0FUZZ', user_id: 'UBOT', is_bot: true }], event: inner };
};
const seedTag = `F${(Number(args.seed ?? 1) >>> 0).toString(36).toUpperCase()}X`;
function eventCase() {
  const roll = random();
  const headers = chance(0.2) ? { 'X-Slack-Retry-Num': pick(['1', '3', '-1', 'x', '99999999999']), 'X-Slack-Retry-Reason': pick(['http_timeout', 'http_error', 'x'.repeat(8000), '%00', '"']) } : {};
  if (roll < 0.6) return { contentType: chance(0.95) ? JSONT : pick(contentTypes), body: JSON.stringify(mutated(eventTemplate())), headers };
  if (roll < 0.7) return { contentType: JSONT, body: JSON.stringify(eventTemplate()), headers };
  if (roll < 0.85) return { contentType: JSONT, body: pick([deep(pick([63, 64, 65, 5000])), '{', '', 'null', '[]', '"x"', '{"type":"\\ud800"}', '{"event":', bigString(),
    '{"type":"event_callback","team_id":"T","event_id":"E","event_time":"yesterday","event":{"type":"x"}}', '{"type":"event_callback","event_time":1e400}',
    crypto.randomBytes(int(3000)), '\ufeff{"type":"app_rate_limited"}']), headers };
  return { contentType: pick(contentTypes), body: chance(0.5) ? JSON.stringify(eventTemplate()) : badForm(), headers };
}

// --- sending --------------------------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
function send(endpoint, testCase) {
  const body = Buffer.isBuffer(testCase.body) ? testCase.body : Buffer.from(testCase.body, 'utf8');
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = 'v0=' + crypto.createHmac('sha256', secret).update(Buffer.concat([Buffer.from(`v0:${ts}:`), body])).digest('hex');
  const headers = { 'Content-Length': body.length, 'X-Slack-Request-Timestamp': ts, 'X-Slack-Signature': signature, ...(testCase.headers ?? {}) };
  if (testCase.contentType !== '') headers['Content-Type'] = testCase.contentType;
  return new Promise((resolve) => {
    const request = http.request({ host: base.hostname, port: base.port, path: `/slack/${endpoint}`, method: 'POST', headers, agent, timeout: 30000 }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode, answer: Buffer.concat(chunks).toString('utf8').slice(0, 500), body }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout after 30 s')));
    request.on('error', (e) => resolve({ status: 0, answer: String(e.message), body }));
    request.end(body);
  });
}

const endpoints = { commands: commandCase, interactions: interactionCase, events: eventCase };
const results = {};
if (out) fs.mkdirSync(out, { recursive: true });
for (const [endpoint, generate] of Object.entries(endpoints).filter(([name]) => only === null || name === only)) {
  const tally = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, error: 0, byStatus: {} };
  const started = Date.now();
  let next = 0;
  let saved = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const testCase = generate();
      const { status, answer, body } = await send(endpoint, testCase);
      const bucket = status === 0 ? 'error' : `${Math.floor(status / 100)}xx`;
      tally[bucket] = (tally[bucket] ?? 0) + 1;
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      if ((bucket === '5xx' || bucket === 'error') && out && saved < 50) {
        saved++;
        fs.writeFileSync(path.join(out, `${endpoint}-${saved}.json`), JSON.stringify({ endpoint, contentType: testCase.contentType, headers: testCase.headers ?? {}, bodyBase64: body.toString('base64'), status, answer }, null, 1));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  tally.seconds = (Date.now() - started) / 1000;
  results[endpoint] = tally;
  console.log(`/slack/${endpoint}: ${count} requests in ${tally.seconds.toFixed(1)} s: 2xx ${tally['2xx']}, 4xx ${tally['4xx']}, 5xx ${tally['5xx']}, transport errors ${tally.error}` +
    ` (by status: ${Object.entries(tally.byStatus).map(([s, n]) => `${s}×${n}`).join(', ')})`);
}
agent.destroy();
const failures = Object.values(results).reduce((n, t) => n + t['5xx'] + t.error, 0);
console.log(JSON.stringify(results));
process.exit(failures === 0 ? 0 : 1);
