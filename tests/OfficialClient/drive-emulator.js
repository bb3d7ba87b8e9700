#!/usr/bin/env node
// Drives every emulated SAE API with Alibaba Cloud's official Node client, against the emulator on 127.0.0.1. See
// README.md in this folder. tests/Pester/OfficialClient.Tests.ps1 runs it and asserts one result per API.
//
//   node drive-emulator.js --modules FOLDER --endpoint http://127.0.0.1:PORT --key ID --secret SECRET [--signature acs3|v2]
//
// FOLDER holds node_modules installed from this folder's package-lock.json (npm ci). Each call is built the way
// Alibaba's generated @alicloud/sae20190506 client builds it (that package is not on the registry this project uses,
// so its generated <api>WithOptions is reproduced here from the surface file): each parameter where the surface puts
// it, the query through OpenApiUtil.query, a body through OpenApiUtil.parseToMap, a path parameter through
// $dara.URL.percentEncode, a structured one shrunk to JSON, then @alicloud/openapi-core's own callApi with the API's
// Params (version 2019-05-06, style ROA, its method, pathname, reqBodyType and bodyType). The client signs with
// ACS3-HMAC-SHA256, its default, as the SAE SDK does, or with --signature v2 its ROA signature; its own transport
// sends the request.
//
// It prints one line per refusal it checks ({"refusal", "api", "passed", "problems"}: an error answer as the official
// client surfaces it), then one line per API of apis.json ({"api", "passed", "calls", "problems"}), all JSON, and
// exits 0 only when every one passed. An API passes when each of its calls was answered 200 with Success true (where
// the surface declares Success) and a body whose fields, at every depth, are the surface's responseFields with their
// JSON types; and when every documented field its answers left out is one unanswered.json says why of (the emulator
// answers every field that carries information, not a subset).
'use strict';

const path = require('path');
const Module = require('module');
const fs = require('fs');

const options = parseArguments(process.argv.slice(2));
const load = Module.createRequire(path.join(path.resolve(options.modules), 'package.json'));
const OpenApiCore = load('@alicloud/openapi-core');
const $dara = load('@darabonba/typescript');
const OpenApi = OpenApiCore.default;
const { OpenApiUtil, $OpenApiUtil } = OpenApiCore;

const root = path.resolve(__dirname, '..', '..');
const surface = JSON.parse(fs.readFileSync(path.join(root, 'data', 'sae-api-surface.json'), 'utf8'));
const surfaceApis = new Map(surface.apis.map((api) => [api.name, api]));
const driven = JSON.parse(fs.readFileSync(path.join(__dirname, 'apis.json'), 'utf8')).apis;
// The declared response fields no driven answer holds, with why (unanswered.json).
const unansweredReasons = JSON.parse(fs.readFileSync(path.join(__dirname, 'unanswered.json'), 'utf8'));

// The seed's applications and namespaces (src/SaePowerShell.Emulator/DefaultSeed.json).
const Demo = 'cn-hangzhou:demo';
const Apps = {
  DemoWeb: '0d1e2f3a-0000-4000-8000-000000000201',
  DemoOrder: '0d1e2f3a-0000-4000-8000-000000000202',
  DemoPayment: '0d1e2f3a-0000-4000-8000-000000000203',
  WebGallery: '0d1e2f3a-0000-4000-8000-000000000901',
};
const Image = 'registry.cn-hangzhou.aliyuncs.com/demo/web-frontend:2.0';
const strategy = (batch, releaseType) => JSON.stringify({ type: 'BatchUpdate', batchUpdate: { batch, releaseType } });
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

// The client as a user of the SAE SDK configures it for the emulator: its endpoint, plain http, its key, a region.
// --signature v2 makes it sign as its ROA path does (signatureAlgorithm 'v2': callApi's doROARequest and
// doROARequestWithForm, HMAC-SHA1 in "acs KEY:SIGNATURE"), the other signature the client has for ROA APIs.
const newClient = (accessKeyId, accessKeySecret) => new OpenApi(new $OpenApiUtil.Config({
  accessKeyId,
  accessKeySecret,
  endpoint: new URL(options.endpoint).host,
  protocol: 'http',
  regionId: 'cn-hangzhou',
  ...(options.signature === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
}));
const client = newClient(options.key, options.secret);

// The steps, in the order they run: each drives one or more APIs on the seeded world, later ones with what earlier
// ones answered. Adding an API is a step here (or a call in one) and its name in apis.json.
const steps = [
  ['DescribeRegions', () => call('DescribeRegions', {})],
  ['DescribeNamespaceList', () => call('DescribeNamespaceList', { ContainCustom: true, HybridCloudExclude: true })],
  ['ListApplications', () => call('ListApplications', { NamespaceId: Demo, AppName: 'web', CurrentPage: 1, PageSize: 20, OrderBy: 'appName', Reverse: false })],
  ['DescribeApplicationStatus', () => call('DescribeApplicationStatus', { AppId: Apps.DemoWeb })],
  ['BatchStartApplications', async (w) => {
    w.started = (await call('BatchStartApplications', { NamespaceId: Demo, AppIds: `${Apps.DemoWeb},${Apps.DemoOrder}` })).Data.ChangeOrderId;
    await finished(w.started);
  }],
  ['DescribeChangeOrder', (w) => call('DescribeChangeOrder', { ChangeOrderId: w.started })],
  ['ListChangeOrders', () => call('ListChangeOrders', { AppId: Apps.DemoWeb, CurrentPage: 1, PageSize: 10, CoStatus: '2' })],
  ['ListNamespaceChangeOrders', () => call('ListNamespaceChangeOrders', { NamespaceId: Demo, CurrentPage: 1, PageSize: 10 })],
  ['BatchRestartApplications', async () => {
    await finished((await call('BatchRestartApplications', { NamespaceId: Demo, AppIds: Apps.DemoOrder })).Data.ChangeOrderId);
  }],
  ['DescribeApplicationGroups', async (w) => {
    w.groupId = (await call('DescribeApplicationGroups', { AppId: Apps.DemoWeb, CurrentPage: 1, PageSize: 10 })).Data[0].GroupId;
  }],
  ['DescribeApplicationInstances', async (w) => {
    const data = (await call('DescribeApplicationInstances', { AppId: Apps.DemoWeb, GroupId: w.groupId, CurrentPage: 1, PageSize: 10 })).Data;
    w.instances = data.Instances.map((i) => i.InstanceId);
  }],
  ['DescribeInstanceLog', (w) => call('DescribeInstanceLog', { InstanceId: w.instances[0] })],
  ['RestartInstances', async (w) => {
    await finished((await call('RestartInstances', { AppId: Apps.DemoWeb, InstanceIds: w.instances[0] })).Data.ChangeOrderId);
  }],
  ['DeleteInstances', async (w) => {
    await finished((await call('DeleteInstances', { AppId: Apps.DemoWeb, InstanceIds: w.instances[1] })).Data.ChangeOrderId);
  }],
  ['DescribeApplicationConfig', () => call('DescribeApplicationConfig', { AppId: Apps.DemoWeb })],
  ['DeployApplication', async () => {
    const deployed = await call('DeployApplication', {
      AppId: Apps.DemoWeb, PackageType: 'Image', ImageUrl: Image, Replicas: 2, Cpu: 1000, Memory: 2048, Timezone: 'Asia/Shanghai',
      Envs: JSON.stringify([{ name: 'LOG_LEVEL', value: 'info' }]), UpdateStrategy: strategy(1, 'auto'), ChangeOrderDesc: 'from the official Node client',
    });
    await finished(deployed.Data.ChangeOrderId);
  }],
  ['ListAppVersions', async (w) => {
    const versions = (await call('ListAppVersions', { AppId: Apps.DemoWeb })).Data;
    w.olderVersion = versions[versions.length - 1].Id;
  }],
  ['RollbackApplication', async (w) => {
    await finished((await call('RollbackApplication', { AppId: Apps.DemoWeb, VersionId: w.olderVersion, UpdateStrategy: strategy(1, 'auto') })).Data.ChangeOrderId);
  }],
  ['RescaleApplication', async () => {
    await finished((await call('RescaleApplication', { AppId: Apps.DemoWeb, Replicas: 3, MinReadyInstances: 1 })).Data.ChangeOrderId);
  }],
  ['RescaleApplicationVertically', async () => {
    await finished((await call('RescaleApplicationVertically', { AppId: Apps.DemoWeb, Cpu: '2000', Memory: '4096' })).Data.ChangeOrderId);
  }],
  ['UpdateApplicationDescription', () => call('UpdateApplicationDescription', { AppId: Apps.DemoWeb, AppDescription: 'storefront, set by the official Node client' })],
  ['UpdateAppSecurityGroup', () => call('UpdateAppSecurityGroup', { AppId: Apps.DemoWeb, SecurityGroupId: 'sg-bp1demoweb0002' })],
  ['UpdateApplicationVswitches', () => call('UpdateApplicationVswitches', {
    AppId: Apps.DemoWeb, VSwitchId: 'vsw-bp1demoweb0001,vsw-bp1demoweb0002', Deploy: true, MinReadyInstances: 1,
  })],
  // A manual two-batch deploy waits before its second batch: its pipeline is described and confirmed.
  ['DescribePipeline', async (w) => {
    w.manual = await waiting(await manualDeploy(Apps.DemoOrder));
    await call('DescribePipeline', { PipelineId: w.manual.pipelineId });
  }],
  ['ConfirmPipelineBatch', async (w) => {
    await call('ConfirmPipelineBatch', { PipelineId: w.manual.pipelineId, Confirm: true });
    await finished(w.manual.changeOrderId);
  }],
  ['AbortChangeOrder', async () => {
    const order = await waiting(await manualDeploy(Apps.DemoOrder));
    await call('AbortChangeOrder', { ChangeOrderId: order.changeOrderId });
  }],
  ['AbortAndRollbackChangeOrder', async () => {
    const order = await waiting(await manualDeploy(Apps.DemoOrder));
    await call('AbortAndRollbackChangeOrder', { ChangeOrderId: order.changeOrderId });
  }],
  ['ListAppEvents', () => call('ListAppEvents', { Namespace: Demo, AppId: Apps.DemoWeb, CurrentPage: 1, PageSize: 20 })],
  ['BatchStopApplications', async () => {
    await finished((await call('BatchStopApplications', { NamespaceId: Demo, AppIds: Apps.DemoOrder })).Data.ChangeOrderId);
  }],
  ['TagResources', () => call('TagResources', {
    RegionId: 'cn-hangzhou', ResourceType: 'application', ResourceIds: JSON.stringify([Apps.DemoWeb]),
    Tags: JSON.stringify([{ Key: 'env', Value: 'demo' }, { Key: 'team', Value: 'web' }]),
  })],
  ['ListTagResources', () => call('ListTagResources', { RegionId: 'cn-hangzhou', ResourceType: 'application', ResourceIds: JSON.stringify([Apps.DemoWeb]) })],
  ['UntagResources', () => call('UntagResources', {
    RegionId: 'cn-hangzhou', ResourceType: 'application', ResourceIds: JSON.stringify([Apps.DemoWeb]), TagKeys: JSON.stringify(['team']),
  })],
  ['CreateNamespace', (w) => {
    w.namespace = 'cn-hangzhou:nodesdk';
    return call('CreateNamespace', { NamespaceId: w.namespace, NamespaceName: 'node-sdk', NamespaceDescription: 'made by the official Node client' });
  }],
  ['DescribeNamespace', (w) => call('DescribeNamespace', { NamespaceId: w.namespace })],
  ['UpdateNamespace', (w) => call('UpdateNamespace', { NamespaceId: w.namespace, NamespaceName: 'node-sdk-renamed', NamespaceDescription: 'renamed' })],
  ['CreateConfigMap', async (w) => {
    const data = JSON.stringify({ LOG_LEVEL: 'info', WORKERS: '4' });
    w.configMapId = (await call('CreateConfigMap', { NamespaceId: w.namespace, Name: 'web-config', Description: 'the web tier', Data: data })).Data.ConfigMapId;
  }],
  ['DescribeConfigMap', (w) => call('DescribeConfigMap', { ConfigMapId: w.configMapId })],
  ['ListNamespacedConfigMaps', (w) => call('ListNamespacedConfigMaps', { NamespaceId: w.namespace })],
  ['UpdateConfigMap', (w) => call('UpdateConfigMap', { ConfigMapId: w.configMapId, Description: 'changed', Data: JSON.stringify({ LOG_LEVEL: 'debug' }) })],
  ['DeleteConfigMap', (w) => call('DeleteConfigMap', { ConfigMapId: w.configMapId })],
  ['CreateSecret', async (w) => {
    // CreateSecretRequestSecretData: one string field, SecretData, holding a JSON object of base64 values.
    const data = { SecretData: JSON.stringify({ username: base64('admin'), password: base64('s3cret') }) };
    w.secretId = (await call('CreateSecret', { NamespaceId: w.namespace, SecretName: 'db-credentials', SecretType: 'Opaque', SecretData: data })).Data.SecretId;
  }],
  ['ListSecrets', (w) => call('ListSecrets', { NamespaceId: w.namespace })],
  ['DescribeSecret', (w) => call('DescribeSecret', { NamespaceId: w.namespace, SecretId: w.secretId })],
  ['UpdateSecret', (w) => call('UpdateSecret', { NamespaceId: w.namespace, SecretId: w.secretId, SecretData: { SecretData: JSON.stringify({ password: base64('rotated') }) } })],
  ['DeleteSecret', (w) => call('DeleteSecret', { NamespaceId: w.namespace, SecretId: w.secretId })],
  // Scaling rules on the order API: a weekend timing rule, a CPU metric rule, each as SAE's JSON strings.
  ['CreateApplicationScalingRule', async () => {
    const timer = JSON.stringify({ period: '* * Sat,Sun', schedules: [{ atTime: '00:00', targetReplicas: 1 }] });
    await call('CreateApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'weekend', ScalingRuleType: 'timing', ScalingRuleTimer: timer });
    const metric = JSON.stringify({ minReplicas: 1, maxReplicas: 4, metrics: [{ metricType: 'CPU', metricTargetAverageUtilization: 70 }] });
    await call('CreateApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'cpu', ScalingRuleType: 'metric', ScalingRuleMetric: metric, ScalingRuleEnable: false });
  }],
  ['DescribeApplicationScalingRules', () => call('DescribeApplicationScalingRules', { AppId: Apps.DemoOrder })],
  ['DescribeApplicationScalingRule', () => call('DescribeApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'cpu' })],
  ['UpdateApplicationScalingRule', () => call('UpdateApplicationScalingRule', {
    AppId: Apps.DemoOrder, ScalingRuleName: 'weekend', ScalingRuleTimer: JSON.stringify({ period: '* * Sat', schedules: [{ atTime: '06:00', targetReplicas: 2 }] }),
  })],
  ['EnableApplicationScalingRule', () => call('EnableApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'cpu' })],
  ['DisableApplicationScalingRule', () => call('DisableApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'cpu' })],
  ['DeleteApplicationScalingRule', () => call('DeleteApplicationScalingRule', { AppId: Apps.DemoOrder, ScalingRuleName: 'weekend' })],
  ['DeleteNamespace', (w) => call('DeleteNamespace', { NamespaceId: w.namespace })],
  ['DescribeWebApplication', () => call('DescribeWebApplication', { ApplicationId: Apps.WebGallery, NamespaceId: Demo })],
  ['StartWebApplication', () => call('StartWebApplication', { ApplicationId: Apps.WebGallery, NamespaceId: Demo })],
  ['StopWebApplication', () => call('StopWebApplication', { ApplicationId: Apps.WebGallery, NamespaceId: Demo })],
  ['ListWebApplications', () => call('ListWebApplications', { NamespaceId: Demo, Prefix: 'web', Limit: 10 })],
  ['DescribeInstanceSpecifications', () => call('DescribeInstanceSpecifications', {})],
  ['CreateApplication', async () => {
    const created = await call('CreateApplication', {
      NamespaceId: Demo, AppName: 'node-sdk-app', AppDescription: 'made by the official Node client', PackageType: 'Image',
      ImageUrl: Image, Replicas: 1, Cpu: 500, Memory: 1024, Timezone: 'Asia/Shanghai', AssociateEip: false,
    });
    await finished(created.Data.ChangeOrderId);
  }],
  // Load balancers on Demo's order service: a CLB on each side, changed and unbound; an NLB created, extended, unbound.
  ['BindSlb', async () => {
    await finished((await call('BindSlb', {
      AppId: Apps.DemoOrder, Internet: JSON.stringify([{ port: 80, targetPort: 8080, protocol: 'TCP' }]), InternetSlbChargeType: 'PayBySpec',
      Intranet: JSON.stringify([{ port: 8080, targetPort: 8080, protocol: 'HTTP' }]),
    })).Data.ChangeOrderId);
  }],
  ['DescribeApplicationSlbs', () => call('DescribeApplicationSlbs', { AppId: Apps.DemoOrder })],
  ['UnbindSlb', async () => {
    await finished((await call('UnbindSlb', { AppId: Apps.DemoOrder, Internet: true, Intranet: true })).Data.ChangeOrderId);
  }],
  ['BindNlb', async (w) => {
    const listeners = (port, protocol) => JSON.stringify([{ Port: port, TargetPort: 8080, Protocol: protocol }]);
    await finished((await call('BindNlb', { AppId: Apps.DemoOrder, AddressType: 'Intranet', Listeners: listeners(80, 'TCP') })).Data.ChangeOrderId);
    w.nlbId = Object.keys((await call('DescribeApplicationNlbs', { AppId: Apps.DemoOrder })).Data.Instances)[0];
    await finished((await call('BindNlb', { AppId: Apps.DemoOrder, NlbId: w.nlbId, Listeners: listeners(53, 'UDP') })).Data.ChangeOrderId);
  }],
  ['DescribeApplicationNlbs', () => call('DescribeApplicationNlbs', { AppId: Apps.DemoOrder })],
  ['UnbindNlb', async (w) => {
    await finished((await call('UnbindNlb', { AppId: Apps.DemoOrder, NlbId: w.nlbId, Port: 53, Protocol: 'UDP' })).Data.ChangeOrderId);
    await finished((await call('UnbindNlb', { AppId: Apps.DemoOrder, NlbId: w.nlbId })).Data.ChangeOrderId);
  }],
  // An ingress in Demo: the web application by default, the order service under /orders; changed, listed, deleted.
  ['CreateIngress', async (w) => {
    w.ingressId = (await call('CreateIngress', {
      NamespaceId: Demo, ListenerPort: 80, ListenerProtocol: 'HTTP', LoadBalanceType: 'clb', AddressType: 'Internet', Description: 'from the official Node client',
      DefaultRule: JSON.stringify({ appId: Apps.DemoWeb, containerPort: 8080 }),
      Rules: JSON.stringify([{ appId: Apps.DemoOrder, containerPort: 8080, domain: 'shop.example.com', path: '/orders' }]),
      CorsConfig: JSON.stringify({ Enable: 'true', AllowOrigin: '*' }), EnableGzip: true, IdleTimeout: 15, RequestTimeout: 60,
    })).Data.IngressId;
  }],
  ['DescribeIngress', (w) => call('DescribeIngress', { IngressId: w.ingressId })],
  ['UpdateIngress', (w) => call('UpdateIngress', {
    IngressId: w.ingressId, Description: 'changed by the official Node client', ListenerPort: '8080',
    Rules: JSON.stringify([{ appId: Apps.DemoOrder, containerPort: 8080, domain: 'shop.example.com', path: '/api' }]),
  })],
  ['ListIngresses', () => call('ListIngresses', { NamespaceId: Demo, AppId: Apps.DemoOrder, CurrentPage: 1, PageSize: 10 })],
  ['DeleteIngress', (w) => call('DeleteIngress', { IngressId: w.ingressId })],
  // A job template in Demo: created, changed, run twice (the second with an EventId, sent twice: one run), suspended
  // and resumed, its history read and one run deleted, then the template deleted.
  ['CreateJob', async (w) => {
    const created = await call('CreateJob', {
      AppName: 'node-report', NamespaceId: Demo, PackageType: 'Image', ImageUrl: Image, Replicas: 2, Workload: 'job', Cpu: 500, Memory: 1024,
      Command: 'python', CommandArgs: JSON.stringify(['report.py']), BackoffLimit: 2, Timeout: 600, ConcurrencyPolicy: 'Forbid', Slice: false,
      TriggerConfig: JSON.stringify({ type: 'time', config: '0 2 * * *', timezone: 'Asia/Shanghai' }), AppDescription: 'from the official Node client',
      Envs: JSON.stringify([{ name: 'REPORT', value: 'daily' }]), Timezone: 'Asia/Shanghai', TerminationGracePeriodSeconds: 10,
    });
    w.jobId = created.Data.AppId;
    await finished(created.Data.ChangeOrderId);
  }],
  ['UpdateJob', async (w) => {
    await finished((await call('UpdateJob', { AppId: w.jobId, Replicas: '3', CommandArgs: JSON.stringify(['report.py', '--full']) })).Data.ChangeOrderId);
  }],
  ['DescribeJob', (w) => call('DescribeJob', { AppId: w.jobId })],
  ['ExecJob', async (w) => {
    w.runId = (await call('ExecJob', { AppId: w.jobId })).Data.Data;
    const once = (await call('ExecJob', { AppId: w.jobId, EventId: 'node-once', Replicas: '1' })).Data.Data;
    if ((await call('ExecJob', { AppId: w.jobId, EventId: 'node-once' })).Data.Data !== once) {
      throw new Error('ExecJob with an EventId it ran with started another run');
    }
  }],
  ['DescribeJobStatus', (w) => call('DescribeJobStatus', { AppId: w.jobId, JobId: w.runId })],
  ['ListJobs', () => call('ListJobs', { NamespaceId: Demo, Workload: 'job', CurrentPage: 1, PageSize: 10, OrderBy: 'instances', Reverse: true })],
  ['SuspendJob', async (w) => {
    await call('SuspendJob', { AppId: w.jobId, Suspend: true });
    await call('SuspendJob', { AppId: w.jobId, Suspend: false });
  }],
  ['DescribeJobHistory', (w) => call('DescribeJobHistory', { AppId: w.jobId, CurrentPage: 1, PageSize: 20 })],
  ['DeleteHistoryJob', (w) => call('DeleteHistoryJob', { AppId: w.jobId, JobId: w.runId })],
  ['DeleteJob', (w) => call('DeleteJob', { AppId: w.jobId })],
  // One application at a time, and the reads of what the world holds.
  ['StopApplication', async () => {
    await finished((await call('StopApplication', { AppId: Apps.DemoOrder })).Data.ChangeOrderId);
  }],
  ['StartApplication', async () => {
    await finished((await call('StartApplication', { AppId: Apps.DemoOrder })).Data.ChangeOrderId);
  }],
  ['RestartApplication', async () => {
    await finished((await call('RestartApplication', { AppId: Apps.DemoOrder, MinReadyInstances: 1, AutoEnableApplicationScalingRule: false })).Data.ChangeOrderId);
  }],
  ['GetApplication', async () => {
    await call('GetApplication', { AppId: Apps.DemoOrder });
    await call('GetApplication', { AppName: 'web-frontend', NamespaceId: Demo });
  }],
  ['DescribeNamespaces', () => call('DescribeNamespaces', { CurrentPage: 1, PageSize: 10 })],
  ['DescribeNamespaceResources', () => call('DescribeNamespaceResources', { NamespaceId: Demo })],
  ['DescribeVSwitches', () => call('DescribeVSwitches', { VpcId: 'vpc-emulator' })],
  ['DescribeApplicationImage', () => call('DescribeApplicationImage', { AppId: Apps.DemoOrder, ImageUrl: Image })],
  ['UpdateNamespaceVpc', () => call('UpdateNamespaceVpc', { NamespaceId: Demo, VpcId: 'vpc-emulator' })],
  ['ReduceApplicationCapacityByInstanceIds', async () => {
    await finished((await call('RescaleApplication', { AppId: Apps.DemoOrder, Replicas: 2 })).Data.ChangeOrderId);
    const groupId = (await call('DescribeApplicationGroups', { AppId: Apps.DemoOrder })).Data[0].GroupId;
    const instances = (await call('DescribeApplicationInstances', { AppId: Apps.DemoOrder, GroupId: groupId })).Data.Instances;
    await finished((await call('ReduceApplicationCapacityByInstanceIds', { AppId: Apps.DemoOrder, InstanceIds: instances[0].InstanceId })).Data.ChangeOrderId);
  }],
  ['DeleteApplication', async () => {
    await finished((await call('DeleteApplication', { AppId: Apps.DemoPayment })).Data.ChangeOrderId);
  }],
];

const results = new Map(driven.map((api) => [api, { api, passed: true, calls: 0, problems: [], unanswered: [] }]));
// Each API's response-field paths its answers held, across all its calls (Data.Applications[].AppId).
const answered = new Map(driven.map((api) => [api, new Set()]));

// One API call as the generated client makes it; records the outcome for the API and returns the answer's body.
async function call(api, values) {
  const result = results.get(api);
  if (!result) {
    throw new Error(`${api} is called but is not listed in apis.json`);
  }
  result.calls += 1;
  const declared = surfaceApis.get(api);
  let response;
  try {
    response = await send(client, api, values);
  } catch (error) {
    const problem = `${api} failed: ${error.code || error.name} ${error.message}`.trim();
    result.passed = false;
    result.problems.push(problem);
    throw new Error(problem);
  }
  const problems = [];
  if (response.statusCode !== 200) {
    problems.push(`answered ${response.statusCode}`);
  }
  const answer = response.body;
  // Success where the surface declares it (DescribeRegions declares none: its 200 is the success), true or, where
  // it is declared a string (DescribeApplicationNlbs), "true".
  const success = declared.responseFields.find((f) => f.name === 'Success');
  if (!answer || typeof answer !== 'object' || (success && answer.Success !== (success.type === 'string' ? 'true' : true))) {
    problems.push(`not a success: ${JSON.stringify(answer).slice(0, 300)}`);
  } else {
    checkObject(api, answer, declared.responseFields, problems);
    seen(answer, declared.responseFields, '', answered.get(api));
  }
  if (problems.length > 0) {
    result.passed = false;
    result.problems.push(...problems);
    throw new Error(`${api}: ${problems.join('; ')}`);
  }
  return answer;
}

// The generated <api>WithOptions: parameters where the surface puts them, then the client's own callApi.
async function send(through, api, values) {
  const declared = surfaceApis.get(api);
  const query = {};
  const body = {};
  let pathname = declared.path;
  for (const name of Object.keys(values)) {
    if (!declared.requestParams.some((p) => p.name === name)) {
      throw new Error(`${api} has no parameter ${name} in the surface`);
    }
  }
  for (const p of declared.requestParams) {
    let value = values[p.name];
    if ($dara.isNull(value)) {
      continue;
    }
    // A structured parameter (serialization json in the surface) is "shrunk" as the generated client does it:
    // OpenApiUtil.arrayToStringWithSpecifiedStyle(tmpReq.x, "X", "json").
    if (p.serialization === 'json' && typeof value !== 'string') {
      value = OpenApiUtil.arrayToStringWithSpecifiedStyle(value, p.name, 'json');
    }
    if (p.in === 'path') {
      pathname = pathname.replace(`{${p.name}}`, $dara.URL.percentEncode(String(value)));
    } else if (p.in === 'body') {
      body[p.name] = value;
    } else {
      query[p.name] = value;
    }
  }
  const hasQuery = declared.requestParams.some((p) => p.in === 'query');
  const hasBody = declared.requestParams.some((p) => p.in === 'body');
  const request = new $OpenApiUtil.OpenApiRequest({
    headers: {},
    ...(hasQuery ? { query: OpenApiUtil.query(query) } : {}),
    ...(hasBody ? { body: OpenApiUtil.parseToMap(body) } : {}),
  });
  const params = new $OpenApiUtil.Params({
    action: declared.action,
    version: '2019-05-06',
    protocol: 'HTTPS',
    pathname,
    method: declared.method,
    authType: 'AK',
    style: declared.style,
    reqBodyType: declared.reqBodyType,
    bodyType: declared.bodyType,
  });
  return through.callApi(params, request, new $dara.RuntimeOptions({}));
}

// Refusals as the official client surfaces them: it throws an error with the HTTP status (statusCode), the request id
// (requestId), the answer's body (data) and, as code, the body's Code. A gateway refusal's Code is its error code; an
// SAE business error's Code is the HTTP status as text and SAE's own code is in ErrorCode, as the SDK's response
// models have it (shared/reference/sae-api.md section 5.1), so a Node user reads error.data.ErrorCode there.
const refusals = [
  { name: 'an unknown application', client: () => client, api: 'DescribeApplicationStatus', values: { AppId: '0d1e2f3a-0000-4000-8000-00000000dead' }, status: 400, code: '400', errorCode: 'InvalidApplication.NotFound' },
  { name: 'a wrong AccessKey secret', client: () => newClient(options.key, 'not-the-secret'), api: 'ListApplications', values: { NamespaceId: Demo }, status: 400, code: 'SignatureDoesNotMatch' },
  { name: 'an unknown AccessKey id', client: () => newClient('LTAI5tNotTheEmulatorKey', options.secret), api: 'ListApplications', values: { NamespaceId: Demo }, status: 404, code: 'InvalidAccessKeyId.NotFound' },
];

async function refused(refusal) {
  const problems = [];
  try {
    await send(refusal.client(), refusal.api, refusal.values);
    problems.push('the call succeeded');
  } catch (error) {
    const data = error.data || {};
    if (error.code !== refusal.code) problems.push(`code ${error.code}, expected ${refusal.code}`);
    if (refusal.errorCode && data.ErrorCode !== refusal.errorCode) problems.push(`ErrorCode ${data.ErrorCode}, expected ${refusal.errorCode}`);
    if (error.statusCode !== refusal.status) problems.push(`status ${error.statusCode}, expected ${refusal.status}`);
    if (typeof error.requestId !== 'string' || error.requestId === '' || error.requestId !== data.RequestId) problems.push(`request id ${error.requestId}`);
    if (typeof data.Message !== 'string' || data.Message === '') problems.push('no Message in the error data');
    if (!String(error.message).includes(`code: ${refusal.status}, ${data.Message} request id: ${data.RequestId}`)) problems.push(`message ${error.message}`);
  }
  return { refusal: refusal.name, api: refusal.api, passed: problems.length === 0, problems };
}

// The paths of the declared fields an answer holds (Data.Applications[].AppId): a list's items under name[], a map's
// values under the map's own path, since its keys are the answer's own (an NLB's id), not names the surface declares.
function seen(value, fields, where, paths) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const field of fields) {
    if (!(field.name in value)) continue;
    const at = where === '' ? field.name : `${where}.${field.name}`;
    paths.add(at);
    const inner = value[field.name];
    const children = field.fields || [];
    if (children.length === 0 || inner === null || typeof inner !== 'object') continue;
    if (Array.isArray(inner)) inner.forEach((item) => seen(item, children, `${at}[]`, paths));
    else if (field.type.startsWith('map<')) Object.values(inner).forEach((item) => seen(item, children, at, paths));
    else seen(inner, children, at, paths);
  }
}

// The surface's response-field paths of an API, as seen() names them; a map's keys are its own, not the surface's.
function declaredPaths(fields, where, paths) {
  for (const field of fields) {
    const at = where === '' ? field.name : `${where}.${field.name}`;
    paths.push(at);
    if (field.fields && field.fields.length > 0) {
      declaredPaths(field.fields, field.type.startsWith('array<') ? `${at}[]` : at, paths);
    }
  }
  return paths;
}

// Every documented field an answer leaves out must be one unanswered.json explains, and each of its entries must
// still explain one: an API that answers a subset of its fields without saying why fails, as does a stale entry.
function explainUnanswered(result) {
  const own = (unansweredReasons.apis || {})[result.api] || {};
  const entries = { ...(unansweredReasons.everywhere || {}), ...own };
  const covers = (entry, p) => p === entry || p.startsWith(`${entry}.`) || p.startsWith(`${entry}[]`);
  for (const p of result.unanswered) {
    if (!Object.keys(entries).some((entry) => covers(entry, p))) {
      result.passed = false;
      result.problems.push(`${p} is a documented response field no answer held, and unanswered.json does not say why`);
    }
  }
  for (const entry of Object.keys(own)) {
    if (!result.unanswered.some((p) => covers(entry, p))) {
      result.passed = false;
      result.problems.push(`unanswered.json explains ${entry}, which the answers now hold: take the entry out`);
    }
  }
}

// As tests/SaePowerShell.Emulator.Tests/SurfaceFile.cs: every field declared, at every depth, with its JSON type.
function checkObject(where, value, fields, problems) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${where} should be an object, is ${JSON.stringify(value)}`);
    return;
  }
  for (const [name, field] of Object.entries(value)) {
    const declared = fields.find((f) => f.name === name);
    if (!declared) {
      problems.push(`${where}.${name} is not a declared response field`);
      continue;
    }
    checkValue(`${where}.${name}`, field, declared, problems);
  }
}

function checkValue(where, value, field, problems) {
  const type = field.type;
  if (value === null || type === 'any') {
    return;
  }
  const wrong = (what) => problems.push(`${where} is declared ${type}, is ${what}`);
  switch (type) {
    case 'string':
      if (typeof value !== 'string') wrong(JSON.stringify(value));
      break;
    case 'integer':
    case 'long':
      if (!Number.isInteger(value)) wrong(JSON.stringify(value));
      break;
    case 'float':
    case 'double':
      if (typeof value !== 'number') wrong(JSON.stringify(value));
      break;
    case 'boolean':
      if (typeof value !== 'boolean') wrong(JSON.stringify(value));
      break;
    case 'object':
      checkObject(where, value, field.fields || [], problems);
      break;
    case 'array<object>':
      if (!Array.isArray(value)) wrong(typeof value);
      else value.forEach((item) => checkObject(`${where}[]`, item, field.fields || [], problems));
      break;
    case 'array<string>':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) wrong(JSON.stringify(value));
      break;
    case 'array<integer>':
    case 'array<long>':
      if (!Array.isArray(value) || !value.every((item) => Number.isInteger(item))) wrong(JSON.stringify(value));
      break;
    default:
      if (type.startsWith('array<') && !Array.isArray(value)) wrong(typeof value);
      if (type.startsWith('map<') && (value === null || typeof value !== 'object' || Array.isArray(value))) wrong(typeof value);
  }
}

// A manual deploy of two batches; returns its change order id.
async function manualDeploy(appId) {
  const deployed = await call('DeployApplication', { AppId: appId, PackageType: 'Image', ImageUrl: Image, UpdateStrategy: strategy(2, 'manual') });
  return deployed.Data.ChangeOrderId;
}

// Waits (DescribeChangeOrder) until the order waits for its next batch to be confirmed.
async function waiting(changeOrderId) {
  const order = await until(changeOrderId, (status) => status === 8);
  return { changeOrderId, pipelineId: order.CurrentPipelineId };
}

// Waits (DescribeChangeOrder) until the order has succeeded.
async function finished(changeOrderId) {
  const order = await until(changeOrderId, (status) => status === 2 || status === 3 || status === 6);
  if (order.Status !== 2) {
    throw new Error(`change order ${changeOrderId} ended with status ${order.Status}`);
  }
}

async function until(changeOrderId, done) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const order = (await call('DescribeChangeOrder', { ChangeOrderId: changeOrderId })).Data;
    if (done(order.Status)) {
      return order;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`change order ${changeOrderId} did not get there in 15 s`);
}

function parseArguments(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i += 2) {
    parsed[args[i].replace(/^--/, '')] = args[i + 1];
  }
  for (const name of ['modules', 'endpoint', 'key', 'secret']) {
    if (!parsed[name]) {
      console.error(`usage: node drive-emulator.js --modules FOLDER --endpoint http://127.0.0.1:PORT --key ID --secret SECRET (missing --${name})`);
      process.exit(2);
    }
  }
  if (parsed.signature !== undefined && !['acs3', 'v2'].includes(parsed.signature)) {
    console.error(`--signature is acs3 (the default, ACS3-HMAC-SHA256) or v2 (the ROA signature), not ${parsed.signature}`);
    process.exit(2);
  }
  if (new URL(parsed.endpoint).hostname !== '127.0.0.1') {
    console.error(`the endpoint must be on 127.0.0.1, not ${parsed.endpoint}`);
    process.exit(2);
  }
  return parsed;
}

async function main() {
  const stepNames = steps.map(([name]) => name);
  for (const api of driven) {
    if (!stepNames.includes(api)) {
      results.get(api).passed = false;
      results.get(api).problems.push(`apis.json lists ${api}, but no step of drive-emulator.js drives it`);
    }
  }
  const world = {};
  for (const [name, run] of steps) {
    if (!results.has(name)) {
      console.error(`drive-emulator.js has a step for ${name}, which apis.json does not list`);
      process.exitCode = 1;
      continue;
    }
    try {
      await run(world);
    } catch (error) {
      const result = results.get(name);
      result.passed = false;
      if (!result.problems.some((p) => error.message.includes(p))) {
        result.problems.push(error.message);
      }
    }
  }
  for (const refusal of refusals) {
    const outcome = await refused(refusal);
    console.log(JSON.stringify(outcome));
    if (!outcome.passed) {
      process.exitCode = 1;
    }
  }
  for (const result of results.values()) {
    const paths = answered.get(result.api);
    result.unanswered = declaredPaths(surfaceApis.get(result.api).responseFields, '', []).filter((p) => !paths.has(p));
    explainUnanswered(result);
    if (result.calls === 0 && result.problems.length === 0) {
      result.passed = false;
      result.problems.push('never called');
    }
    console.log(JSON.stringify(result));
  }
  if ([...results.values()].some((r) => !r.passed)) {
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
