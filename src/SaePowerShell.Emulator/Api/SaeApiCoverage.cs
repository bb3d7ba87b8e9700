namespace SaePowerShell.Emulator.Api;

/// <summary>
/// For each API of <see cref="SaeApiTable"/>: what it does to the world, and how it knowingly differs from SAE (as
/// the emulator's README says). One place, beside the table, so docs/emulator-coverage.md is generated from it and a
/// new handler without its line fails that test.
/// </summary>
internal static class SaeApiCoverage
{
    private const string Read = "none (a read)";
    private const string NoneKnown = "none known";

    public static readonly IReadOnlyDictionary<string, (string Effects, string Differences)> ByApi = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["ListApplications"] = (Read, "without NamespaceId it lists the x-acs-region-id header's region, else every application, in seed order"),
        ["BatchStartApplications"] = (
            "a CoBatchStartApplication change order; as each application's batch succeeds it runs with all its instances; startedBy ledger",
            "up to three batches over the change order delay (1.5 s by default); a running application is started again, not refused"),
        ["BatchStopApplications"] = (
            "a CoBatchStopApplication change order; as each application's batch succeeds it stops and its instances go; stoppedBy ledger",
            "up to three batches over the change order delay; a stopped application is stopped again, not refused"),
        ["BatchRestartApplications"] = (
            "a CoRestartApplication change order; each application ends running on new instances; restartedBy ledger",
            "a stopped application is restarted (ends running), where SAE may answer Application.InvalidStatus"),
        ["DescribeChangeOrder"] = (Read, NoneKnown),
        ["ListChangeOrders"] = (Read, "UserId and CreateUserId are always sae-emulator (one account; the key that created an order is not kept)"),
        ["DescribeApplicationStatus"] = (Read, NoneKnown),
        ["DescribeNamespaceList"] = (Read, "HybridCloudExclude changes nothing (no namespace is a hybrid cloud one); every namespace has VPC vpc-emulator, vSwitch vsw-emulator, security group sg-emulator"),
        ["ListNamespaceChangeOrders"] = (Read, "lists batch start and stop orders only (the two documented CoTypeCodes); Key matches ChangeOrderId or Description (the model does not say what it searches); no Pipelines string"),
        ["DescribeRegions"] = (Read, "the regions of the world's namespaces only, with no recommended zones"),
        ["DescribeApplicationSlbs"] = (Read, "ClusterId is derived from the region; connection draining, cookies and sticky sessions are not modelled (SAE's defaults, off, are answered); InternetSlbExpired and IntranetSlbExpired are always false; a side without a CLB answers an empty list and empty strings"),
        ["BindSlb"] = (
            "each given side's listeners become exactly those given, on the CLB named (InternetSlbId, IntranetSlbId), the one already bound, or a new one SAE buys (lb-…, an address derived from its id); a one-batch CoBindSlb order holds the application",
            "the binding shows at once, not when the order ends; a port given twice, HTTPS without httpsCertId, another CLB while one is bound on that side, one CLB on both sides and a listener key other than port, targetPort, protocol, httpsCertId, httpsCaCertId are InvalidParameter.WithMessage (SAE documents no codes); any lb- id is taken (there are no CLBs to look up)"),
        ["UnbindSlb"] = (
            "Internet=true and/or Intranet=true take that side's CLB (all its listeners) off; a one-batch CoUnbindSlb order holds the application",
            "immediate in the world; naming neither side, or a side without a CLB, is InvalidParameter.WithMessage (SAE documents no code); a CLB SAE bought is not deleted anywhere (there are no CLBs to list)"),
        ["DescribeApplicationNlbs"] = (Read, "the Listeners map is keyed PROTOCOL:port (SAE documents no key); every listener is Configuring while a CoBindNlb order of the application runs, else Bounded; a missing AppId is InvalidAppId.NotFound"),
        ["BindNlb"] = (
            "the listeners are added to the NLB NlbId names (bound now if it was not) or, without NlbId, to a new one SAE creates (nlb-…, AddressType, Internet by default, and a DNS name derived from its id); a one-batch CoBindNlb order holds the application",
            "the listeners show at once; a port and protocol already bound or given twice, TCPSSL without CertIds, an AddressType other than the bound NLB's and a bad ZoneMappings are InvalidParameter.WithMessage (SAE documents no codes); ZoneMappings is checked and not kept; a missing AppId is InvalidAppId.NotFound, missing Listeners InvalidParameter.NotEmpty"),
        ["UnbindNlb"] = (
            "NlbId with Port and Protocol takes that listener off, NlbId alone the whole NLB; an NLB without listeners is unbound; a one-batch CoUnbindNlb order holds the application",
            "immediate in the world; an NLB or listener not bound, and Port without Protocol, are InvalidParameter.WithMessage (SAE documents no codes); a missing AppId is InvalidAppId.NotFound, a missing NlbId InvalidParameter.NotEmpty"),
        ["ListIngresses"] = (Read, "paged, 10 by default; AppId keeps the ingresses whose default rule or a rule names it; MseGatewayId, MseGatewayPort and MseGatewayProtocol are always empty (no ingress is on an MSE gateway)"),
        ["DescribeIngress"] = (Read, "an unknown id is InvalidIngressId.NotFound (the emulator's code; SAE documents none); RuleActions is always empty (rule actions are not taken); the name is the load balancer, the port and a suffix derived from the id"),
        ["CreateIngress"] = (
            "an ingress under the next id (1, 2, …, never reused) in its namespace: one listener of the CLB or ALB named (SlbId) or of a new one SAE buys (lb-… or alb-…), its default rule and rules",
            "a listener port another ingress holds on that load balancer, an application of another namespace, a domain and path given twice, a path without a leading /, HTTPS without CertId or CertIds and a rule key the emulator does not take are InvalidParameter.WithMessage (SAE documents no codes); an unknown application is InvalidAppId.NotFound; ZoneMappings is checked and not kept, LoadBalancerEdition accepted and not kept; IdleTimeout 1 to 60 (15), RequestTimeout 1 to 180 (60)"),
        ["UpdateIngress"] = (
            "each given parameter replaces the ingress's value (Rules and DefaultRule whole), the others are kept",
            "a LoadBalanceType other than the ingress's is InvalidParameter.WithMessage (the load balancer cannot change); the refusals are CreateIngress's"),
        ["DeleteIngress"] = ("the ingress is gone at once", "its load balancer, even one SAE bought, is not deleted anywhere (there are none to list); DeleteApplication does not remove the rules naming the application (they answer an empty AppName)"),
        ["CreateJob"] = (
            "a job template in its namespace at once (ListJobs and DescribeJob find it, ListApplications does not); a one-batch CoCreateJob order that holds no application reports it",
            "AppName is unique among the namespace's jobs; Workload other than job, an Image job without ImageUrl, CommandArgs or SliceEnvs not a JSON array and TriggerConfig not a JSON object are InvalidParameter.WithMessage (SAE documents no codes); a trigger is kept and never fires; BackoffLimit 0 to 100 (3), Timeout from 1 (3600), ConcurrencyPolicy Allow by default"),
        ["UpdateJob"] = ("each given setting replaces the template's, the others are kept; a one-batch CoUpdateJob order reports it", "runs already started keep what they started with; CoCreateJob and CoUpdateJob are the emulator's codes (SAE documents none for jobs)"),
        ["DescribeJob"] = (Read, "Tags, RefedAppIds and the webhook URLs are always empty (no job is tagged, referenced or event-triggered); a JobId must be one of the job's runs, and the template answered is the current one"),
        ["ListJobs"] = (Read, "oldest first unless OrderBy; a Tags filter keeps no job (jobs carry no tags); LastChangeorderState is the last CreateJob or UpdateJob order's status"),
        ["ExecJob"] = (
            "a run (manual-…) of the job's Replicas, or the given ones, from Time or now, running for the change order delay, then succeeded, or failed when its command is false or ends in exit N (N not 0); an EventId the job already ran with starts nothing and answers that run",
            "a GET that acts; a suspended job still runs when told to; the run's length is the emulator's change order delay, not the job's"),
        ["DescribeJobStatus"] = (Read, "without JobId the latest run; a job that never ran answers State 0 with an empty JobId; an unknown JobId is InvalidJobId.NotFound (the emulator's code)"),
        ["DescribeJobHistory"] = (Read, "newest first; paged, 10 by default, up to 10000"),
        ["SuspendJob"] = ("Suspend true suspends the job, false resumes it; runs already started go on", "a GET that acts; Data is the AppId (SAE documents a string and not its value)"),
        ["DeleteHistoryJob"] = ("the run leaves the job's history, a running one too", "Data is the JobId; an unknown JobId is InvalidJobId.NotFound (the emulator's code)"),
        ["DeleteJob"] = ("the template and its history are gone at once, running runs with them", "Data is the AppId (SAE documents a string and not its value)"),
        ["StartApplication"] = (
            "a CoStart change order of one batch, the application's own; when it succeeds the application runs with all its instances; startedBy ledger",
            "as BatchStartApplications: a running application is started again, not refused; the namespace's seeded fault applies"),
        ["StopApplication"] = (
            "a CoStop change order of one batch, the application's own; when it succeeds the application stops and its instances go; stoppedBy ledger",
            "as BatchStopApplications: a stopped application is stopped again, not refused; the namespace's seeded fault applies"),
        ["RestartApplication"] = (
            "a CoRestartApplication change order of one batch, the application's own; the application ends running on new instances; restartedBy ledger",
            "as BatchRestartApplications (a stopped application is restarted); MinReadyInstances and MinReadyInstanceRatio are checked and not kept, AutoEnableApplicationScalingRule checked and ignored; the instances are replaced in one batch"),
        ["GetApplication"] = (Read, "by AppId, or AppName in NamespaceId; neither is InvalidAppId.NotFound (the surface leaves all three optional); BaseAppId and MseNamespaceId are empty, IsStateful and MseEnabled false; ScaleRuleEnabled is \"true\" while one of its scaling rules is enabled, ScaleRuleType the enabled rule's type (else the first rule's, else empty)"),
        ["DescribeNamespaces"] = (Read, "AccessKey, SecretKey and AddressServerHost (EDAS configuration service) are empty; TenantId is derived from the namespace id; PageSize 1 to 100"),
        ["DescribeNamespaceResources"] = (Read, "the emulated VPC, vSwitch and security group (their names are their ids); LastChangeOrder* is the newest change order of the namespace; no jump server, SLS configuration or APM agent (empty); UserId sae-emulator; TenantId derived"),
        ["DescribeVSwitches"] = (Read, "one VPC (vpc-emulator, any other is InvalidVpcId.NotFound) with one vSwitch, vsw-emulator, in zone h of the x-acs-region-id header's region (cn-hangzhou without it); its free addresses are 4093 less the world's instances"),
        ["StopWebApplication"] = ("moves LastModifiedTime; no change order", "immediate: nothing runs (nor stops)"),
        ["ListWebApplications"] = (Read, "web applications come only from the seed; InstanceCount is 0; Limit 1 to 100 (20), NextToken an offset; the answered fields are DescribeWebApplication's"),
        ["DescribeInstanceSpecifications"] = (Read, "the CPU and memory pairs the emulator takes (CreateApplication, DeployApplication), numbered from 1, all enabled, Version 0; SpecInfo is the emulator's wording"),
        ["ReduceApplicationCapacityByInstanceIds"] = (
            "a one-batch CoScaleIn change order; on success the named instances are gone and the application is configured for that many fewer; scaledInBy ledger",
            "an id that is not one of the application's instances is InvalidParameter.WithMessage naming it, as DeleteInstances answers"),
        ["DescribeApplicationImage"] = (Read, "the image reference is read, not looked up: RegionId from an Alibaba Cloud registry's host (else the application's region), RepoNamespace library without one, RepoTag latest without one, RepoOriginType ALI_HUB or DOCKER_HUB; CrUrl, Logo and RepoType are empty"),
        ["UpdateNamespaceVpc"] = ("none: every namespace is in the one emulated VPC", "only vpc-emulator is taken; any other VpcId is InvalidVpcId.NotFound"),
        ["DeleteApplication"] = ("a CoDeleteApp change order of one batch; AppDeletingStatus true while it runs; when it succeeds the application and its instances are gone", "the application stays in a saved world (its change orders name it), found by no API"),
        ["CreateApplication"] = (
            "a new application in its namespace at once (stopped, no instances) with its first version, and a CoCreateApp change order of one batch; when it succeeds the application runs its replicas (stopped, without instances, with Deploy false or Replicas 0)",
            "a duplicate AppName in the namespace and a CPU/memory pair SAE does not sell are InvalidParameter.WithMessage (SAE documents no code for either); without Cpu and Memory the application gets 500 millicores and 1024 MB; without NamespaceId, the x-acs-region-id header's default namespace; a VpcId other than the namespace's (vpc-emulator) is InvalidVpcId.NotFound; AutoConfig, EnableEbpf, EnableNamespaceSlsConfig, GpuConfig, SaeVersion and EnableSidecarResourceIsolated are accepted and not answered (DescribeApplicationConfig has no field for them); at most 1000 instances"),
        ["UpdateApplicationDescription"] = ("AppDescription replaced at once (ListApplications, DescribeApplicationConfig); no change order, as the answer has no Data", "allowed while a change order runs"),
        ["UpdateAppSecurityGroup"] = ("SecurityGroupId replaced at once (DescribeApplicationConfig); no change order, as the answer has no Data", "refused with Application.ChangerOrderRunning while a change order runs; any id without spaces is taken (there are no security groups to look up)"),
        ["UpdateApplicationVswitches"] = (
            "VSwitchId replaced at once (DescribeApplicationConfig); with Deploy=true a running application's instances are recreated at once; no change order, as the answer has no Data",
            "refused with Application.ChangerOrderRunning while a change order runs; any ids without spaces are taken (there are no vSwitches to look up); MinReady* are checked and not kept"),
        ["TagResources"] = ("sets tags on applications; a key set again takes the new value", "ResourceType application only; no limit on how many ids or tags one call takes"),
        ["UntagResources"] = ("removes the keys TagKeys names, or every tag with DeleteAll", "ResourceType application only; a call with neither removes nothing"),
        ["ListTagResources"] = (Read, "ResourceType application only; pages of 50 tags, NextToken an offset; without ResourceIds, every tagged application of the region"),
        ["CreateConfigMap"] = ("a config map under the next id (1, 2, …, never reused)", NoneKnown),
        ["DescribeConfigMap"] = (Read, "an unknown id is InvalidConfigMapId.NotFound (the emulator's code; SAE documents none); RelateApps is always empty"),
        ["ListNamespacedConfigMaps"] = (Read, "not paged"),
        ["UpdateConfigMap"] = ("the data replaced whole, the description when given; UpdateTime moves", NoneKnown),
        ["ListSecrets"] = (Read, "not paged; the data is left out, as SAE's answer declares"),
        ["DescribeSecret"] = (Read, "an unknown id, or one of another namespace, is InvalidSecretId.NotFound (the emulator's code; SAE documents none); RelateApps is always empty"),
        ["CreateSecret"] = ("a secret under the next id (1, 2, …, never reused); a name taken in the namespace is refused", "only Opaque and kubernetes.io/dockerconfigjson are taken; values must be base64"),
        ["UpdateSecret"] = ("the data replaced whole, the type kept; UpdateTime moves", NoneKnown),
        ["DescribeApplicationScalingRules"] = (Read, "one page of every rule; MetricsStatus is the application's replicas (nothing is measured); TimeZone is UTC; MetricSource is default; no Prometheus metrics"),
        ["DescribeApplicationScalingRule"] = (Read, "an unknown name is InvalidScalingRuleName.NotFound (the emulator's code; SAE documents none); MetricsStatus as in the listing"),
        ["CreateApplicationScalingRule"] = (
            "a rule on the application, enabled unless ScalingRuleEnable is false; a name taken on the application is refused",
            "rules are kept and answered, never acted on (no scaling happens); refusals are InvalidParameter.WithMessage naming the parameter and the value: a bad period or atTime, targetReplicas outside 0..1000, min above max, an unknown metric type, a percentage outside 1..100, an SLB metric without slbId"),
        ["UpdateApplicationScalingRule"] = ("what the call gives replaces the rule's, the rest stays; UpdateTime moves", "the type may change; the timer or metric it then needs must be given"),
        ["DeleteApplicationScalingRule"] = ("the rule is gone at once", NoneKnown),
        ["EnableApplicationScalingRule"] = ("the rule enabled", "an enabled rule is enabled again, not refused"),
        ["DisableApplicationScalingRule"] = ("the rule disabled; LastDisableTime set", "a disabled rule is disabled again, not refused"),
        ["DeleteSecret"] = ("the secret is gone at once", "no application mounts a secret, so none is refused for being in use"),
        ["DeleteConfigMap"] = ("the config map is gone at once", "no application mounts a config map, so none is refused for being in use"),
        ["CreateNamespace"] = ("a custom namespace (region:name); an id already taken is refused", "the duplicate refusal is InvalidParameter.WithMessage (SAE documents no code); NameSpaceShortId needs the x-acs-region-id header; no VPC is chosen (every namespace is in vpc-emulator)"),
        ["DescribeNamespace"] = (Read, NoneKnown),
        ["UpdateNamespace"] = ("name replaced; description and EnableMicroRegistration when given", NoneKnown),
        ["DeleteNamespace"] = ("the namespace is gone at once", "refused with Namespace.AppExists (the emulator's code, in SAE's pattern) while applications or web applications are in it"),
        ["DescribeWebApplication"] = (Read, "web applications come only from the seed"),
        ["StartWebApplication"] = ("counts a start and moves LastModifiedTime; no change order", "immediate: nothing runs"),
        ["DeployApplication"] = (
            "a new version and a CoDeploy change order: batch by batch the old instances are replaced by the new version's; on success the version and configuration become current; deployedBy ledger",
            "every parameter DescribeApplicationConfig answers is kept (a deploy changes what it is given and keeps the rest), AutoEnableApplicationScalingRule is accepted and ignored; a stopped application stays stopped (Deploy is not modelled); pauses between batches are capped at the change order delay; at most 1000 instances"),
        ["RescaleApplication"] = (
            "a CoScaleOut or CoScaleIn change order; Replicas becomes the new count and a running application gains or loses instances, the newest first; scaledOutBy or scaledInBy ledger",
            "every instance is ready at once, so MinReady* are checked and not kept; the same count is still an order; at most 1000 instances"),
        ["RescaleApplicationVertically"] = (
            "a CoRescaleApplicationVertically change order; CPU and memory change and a running application's instances are recreated; rescaledVerticallyBy ledger",
            "any whole CPU and memory above 0 is accepted (SAE allows only its specification pairs)"),
        ["ListAppVersions"] = (Read, NoneKnown),
        ["RollbackApplication"] = (
            "a CoRollback change order back to one of the application's versions, replacing instances batch by batch; rolledBackBy ledger",
            "pauses between batches are capped at the change order delay"),
        ["DescribeApplicationConfig"] = (Read, "every official field: what CreateApplication and DeployApplication were given (JSON-string fields as sent, mounts and maps parsed into the declared shape), else SAE's default (empty, false, 0; java, 30 s grace period, 20 GB disk, MicroRegistration 0); VpcId is the fixed emulated one; ClusterId, DeploymentName and the mounts' ConfigMapName/SecretName are derived; GpuCount, GpuType, Mse*, CmsServiceId and IdleHour are only ever empty"),
        ["DescribeApplicationGroups"] = (Read, "one group per application (_DEFAULT_GROUP), its id derived from the AppId"),
        ["DescribeApplicationInstances"] = (Read, "every instance is ready at once, without a health check (WithoutHealthCheckConfig), and has no sidecars"),
        ["RestartInstances"] = (
            "a CoRestartInstances change order; each named container restarts in place (one more restart, its log becomes the previous log); instancesRestartedBy ledger",
            NoneKnown),
        ["DeleteInstances"] = (
            "a CoDeleteInstances change order; the named instances go and, the replica count kept, new ones replace them; instancesDeletedBy ledger",
            NoneKnown),
        ["ConfirmPipelineBatch"] = ("Confirm=true: the waiting batch runs from now; Confirm=false: the order is terminated (6)", "an unknown id is InvalidPipelineId.NotFound (the emulator's code; SAE documents none)"),
        ["DescribePipeline"] = (Read, "an unknown id is InvalidPipelineId.NotFound (the emulator's code; SAE documents none); CoStatus words are the emulator's"),
        ["AbortChangeOrder"] = ("terminates an active change order (6): what its finished batches did stays done, the applications are free at once", NoneKnown),
        ["AbortAndRollbackChangeOrder"] = (
            "as AbortChangeOrder, and a deploy or rollback puts the version and configuration from before it back, on new instances",
            "the rollback is immediate, not a change order of its own"),
        ["ListAppEvents"] = (Read, "only the events the emulator makes: Created, Started, Killing, ScalingReplicaSet, and the BackOff of a seeded fault"),
        ["DescribeInstanceLog"] = (Read, "the log is the emulator's own lines about the container (pull, start, restarts); there are no sidecar containers"),
    };
}
