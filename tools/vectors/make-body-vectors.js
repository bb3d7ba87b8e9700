#!/usr/bin/env node
// Signing test vectors B1-B6 (requests with a body and with path parameters), computed with Alibaba Cloud's own npm
// packages, as shared/reference/sae-api.md section 7.3 did for R1-R3/V1-V3. See README.md in this folder.
//
//   node make-body-vectors.js [FOLDER]
//
// FOLDER holds node_modules with @alicloud/openapi-util, @alicloud/openapi-client and @alicloud/tea-util; without it
// the packages are looked up the ordinary way (NODE_PATH, or a node_modules above the current directory).
// It prints one JSON record per vector, then an end-to-end cross-check: openapi-client's own doRequest /
// doROARequest / doROARequestWithForm run with the same inputs (time, nonce and transport mocked), and the body,
// content type and path it would have sent are compared with the records'.
'use strict';

const path = require('path');
const Module = require('module');

const folder = process.argv[2];
const load = folder
  ? Module.createRequire(path.join(path.resolve(folder), 'package.json'))
  : require;
// openapi-client resolves its own copies (it may carry a nested tea-util); patch those, not ours.
const clientRequire = Module.createRequire(load.resolve('@alicloud/openapi-client'));

const OpenApiUtil = load('@alicloud/openapi-util').default;
const TeaUtil = load('@alicloud/tea-util').default;
const versionOf = (name) => load(name + '/package.json').version;

const AK_ID = 'testid';
const AK_SECRET = 'testsecret';
const NONCE = '550e8400-e29b-41d4-a716-446655440000';
const ACS_DATE = '2018-02-22T07:46:12Z';
const HTTP_DATE = 'Thu, 22 Feb 2018 07:46:12 GMT';
const HOST = 'sae.cn-hangzhou.aliyuncs.com';
const VERSION = '2019-05-06';
const USER_AGENT = 'test';
const ALGORITHM = 'ACS3-HMAC-SHA256';

// The three requests. Body maps keep the insertion order given here (Node's querystring keeps it; see README).
const requests = {
  TagResources: {
    method: 'POST',
    pathname: '/tags',
    query: {},
    reqBodyType: 'formData',
    body: {
      RegionId: 'cn-hangzhou',
      ResourceType: 'application',
      ResourceIds: '["app-1"]',
      Tags: '[{"Key":"env","Value":"prod"}]',
    },
  },
  CreateConfigMap: {
    method: 'POST',
    pathname: '/pop/v1/sam/configmap/configMap',
    query: { Name: 'web-config', NamespaceId: 'cn-hangzhou:demo' },
    reqBodyType: 'json',
    body: { Data: '{"k1":"v1"}' },
  },
  StartWebApplication: {
    method: 'POST',
    // As the generated SDK splices a path parameter in: OpenApiUtil.getEncodeParam (RFC 3986, "/" -> %2F).
    pathname: `/pop/v2/api/web/application-ops/${OpenApiUtil.getEncodeParam('app 1/x')}/start`,
    query: { NamespaceId: 'cn-hangzhou:demo' },
    reqBodyType: 'json',
    body: undefined,
  },
};

// The exact body bytes and content type, as openapi-client builds them.
function encodeBody(req) {
  if (req.body === undefined) {
    return { body: undefined, contentType: undefined };
  }
  if (req.reqBodyType === 'json') {
    return { body: TeaUtil.toJSONString(req.body), contentType: 'application/json; charset=utf-8' };
  }
  return { body: OpenApiUtil.toForm(req.body), contentType: 'application/x-www-form-urlencoded' };
}

function acs3(id, action) {
  const req = requests[action];
  const { body, contentType } = encodeBody(req);
  const payloadHash = OpenApiUtil.hexEncode(OpenApiUtil.hash(TeaUtil.toBytes(body === undefined ? '' : body), ALGORITHM));
  const headers = {
    host: HOST,
    'x-acs-version': VERSION,
    'x-acs-action': action,
    'user-agent': USER_AGENT,
    'x-acs-date': ACS_DATE,
    'x-acs-signature-nonce': NONCE,
    accept: 'application/json',
  };
  if (contentType !== undefined) {
    headers['content-type'] = contentType;
  }
  headers['x-acs-content-sha256'] = payloadHash;
  const request = { method: req.method, pathname: req.pathname, query: req.query, headers };
  const authorization = OpenApiUtil.getAuthorization(request, ALGORITHM, payloadHash, AK_ID, AK_SECRET);
  const canonicalRequest = acs3CanonicalRequest(request, payloadHash);
  const stringToSign = ALGORITHM + '\n' + OpenApiUtil.hexEncode(OpenApiUtil.hash(Buffer.from(canonicalRequest), ALGORITHM));
  const signature = OpenApiUtil.hexEncode(OpenApiUtil.signatureMethod(AK_SECRET, stringToSign, ALGORITHM));
  if (!authorization.endsWith('Signature=' + signature)) {
    throw new Error(`${id}: the canonical request rebuilt here does not give getAuthorization's signature`);
  }
  return { id, scheme: 'ACS3-HMAC-SHA256', action, method: req.method, path: req.pathname, query: req.query, headers, body: body === undefined ? null : body, canonicalRequest, stringToSign, authorization };
}

// getAuthorization does not return its canonical request; this is the same construction (openapi-util 0.3.3
// getAuthorization/getAuthorizationQueryString/getAuthorizationHeaders), checked above against its signature.
function acs3CanonicalRequest(request, payloadHash) {
  const encode = (s) => encodeURIComponent(s).replace(/!/g, '%21').replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A');
  const uri = request.pathname.replace('+', '%20').replace('*', '%2A').replace('%7E', '~');
  const query = Object.keys(request.query).sort().map((k) => k + '=' + encode(request.query[k])).join('&');
  const names = Object.keys(request.headers).map((k) => k.toLowerCase())
    .filter((k) => k.startsWith('x-acs-') || k === 'host' || k === 'content-type').sort();
  const canonicalHeaders = names.map((k) => `${k}:${request.headers[k].trim()}\n`).join('');
  return `${request.method}\n${uri}\n${query}\n${canonicalHeaders}\n${names.join(';')}\n${payloadHash}`;
}

function roa(id, action) {
  const req = requests[action];
  const { body, contentType } = encodeBody(req);
  const headers = {
    date: HTTP_DATE,
    host: HOST,
    accept: 'application/json',
    'x-acs-signature-nonce': NONCE,
    'x-acs-signature-method': 'HMAC-SHA1',
    'x-acs-signature-version': '1.0',
    'x-acs-version': VERSION,
    'x-acs-action': action,
    'user-agent': USER_AGENT,
  };
  if (contentType !== undefined) {
    headers['content-type'] = contentType;
  }
  const request = { method: req.method, pathname: req.pathname, query: req.query, headers };
  const stringToSign = OpenApiUtil.getStringToSign(request);
  const authorization = `acs ${AK_ID}:${OpenApiUtil.getROASignature(stringToSign, AK_SECRET)}`;
  return { id, scheme: 'ROA HMAC-SHA1', action, method: req.method, path: req.pathname, query: req.query, headers, body: body === undefined ? null : body, stringToSign, authorization };
}

// End to end: openapi-client's callApi with the same request, time, nonce fixed and the transport replaced.
async function endToEnd(action, signatureAlgorithm) {
  const req = requests[action];
  const OpenApi = clientRequire('@alicloud/openapi-client');
  const tea = clientRequire('@alicloud/tea-typescript');
  const clientTeaUtil = clientRequire('@alicloud/tea-util').default;
  const RealDate = global.Date;
  const fixed = RealDate.parse(ACS_DATE);
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  const realDoAction = tea.doAction;
  const realNonce = clientTeaUtil.getNonce;
  let captured;
  global.Date = FixedDate;
  clientTeaUtil.getNonce = () => NONCE;
  tea.doAction = (request) => { captured = request; throw new Error('captured'); };
  try {
    const config = new OpenApi.Config({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, endpoint: HOST, userAgent: USER_AGENT });
    if (signatureAlgorithm) {
      config.signatureAlgorithm = signatureAlgorithm;
    }
    const client = new OpenApi.default(config);
    const params = new OpenApi.Params({
      action, version: VERSION, protocol: 'HTTPS', pathname: req.pathname, method: req.method, authType: 'AK',
      style: 'ROA', reqBodyType: req.reqBodyType, bodyType: 'json',
    });
    const request = new OpenApi.OpenApiRequest({ query: req.query, body: req.body });
    try {
      await client.callApi(params, request, new (clientRequire('@alicloud/tea-util').RuntimeOptions)({}));
    } catch (e) {
      if (!captured) throw e;
    }
  } finally {
    global.Date = RealDate;
    clientTeaUtil.getNonce = realNonce;
    tea.doAction = realDoAction;
  }
  const body = captured.body ? (await TeaUtil.readAsBytes(captured.body)).toString('utf8') : null;
  return { pathname: captured.pathname, query: captured.query, headers: captured.headers, body };
}

async function main() {
  const vectors = [
    acs3('B1', 'TagResources'),
    acs3('B2', 'CreateConfigMap'),
    acs3('B3', 'StartWebApplication'),
    roa('B4', 'TagResources'),
    roa('B5', 'CreateConfigMap'),
    roa('B6', 'StartWebApplication'),
  ];
  const packages = {};
  for (const name of ['@alicloud/openapi-util', '@alicloud/openapi-client', '@alicloud/tea-util']) {
    packages[name] = versionOf(name);
  }
  packages['@alicloud/tea-util (openapi-client\'s own)'] = clientRequire('@alicloud/tea-util/package.json').version;
  console.log(JSON.stringify({ node: process.version, packages }, null, 2));
  for (const v of vectors) {
    console.log(JSON.stringify(v, null, 2));
  }

  // The cross-check: what openapi-client itself would put on the wire for the same calls.
  let ok = true;
  for (const v of vectors) {
    const sent = await endToEnd(v.action, v.scheme === 'ROA HMAC-SHA1' ? 'v2' : undefined);
    const problems = [];
    if (sent.pathname !== v.path) problems.push(`path ${sent.pathname}`);
    if (sent.body !== v.body) problems.push(`body ${JSON.stringify(sent.body)}`);
    if (sent.headers['content-type'] !== v.headers['content-type']) problems.push(`content-type ${sent.headers['content-type']}`);
    if (v.headers['x-acs-content-sha256'] !== undefined && sent.headers['x-acs-content-sha256'] !== v.headers['x-acs-content-sha256']) {
      problems.push(`x-acs-content-sha256 ${sent.headers['x-acs-content-sha256']}`);
    }
    // The client adds x-acs-credentials-provider (signed); drop it and the signature must be ours.
    const headers = Object.assign({}, sent.headers);
    delete headers['x-acs-credentials-provider'];
    delete headers.authorization; // ROA
    delete headers.Authorization; // ACS3 (doRequest writes it capitalised)
    const request = { method: v.method, pathname: sent.pathname, query: sent.query, headers };
    const mine = v.scheme === 'ROA HMAC-SHA1'
      ? `acs ${AK_ID}:${OpenApiUtil.getROASignature(OpenApiUtil.getStringToSign(request), AK_SECRET)}`
      : OpenApiUtil.getAuthorization(request, ALGORITHM, headers['x-acs-content-sha256'], AK_ID, AK_SECRET);
    if (mine !== v.authorization) problems.push(`authorization without x-acs-credentials-provider ${mine}`);
    ok = ok && problems.length === 0;
    console.log(`end-to-end ${v.id}: ${problems.length === 0 ? 'same path, body, content type and signature' : problems.join('; ')}` +
      ` (the client itself sent ${JSON.stringify(sent.headers.authorization || sent.headers.Authorization)} with x-acs-credentials-provider ${sent.headers['x-acs-credentials-provider']})`);
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => { console.error(e); process.exitCode = 2; });
