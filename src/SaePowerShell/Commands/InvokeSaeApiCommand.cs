using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Calls any SAE API, with the module's signing, quota, retries and safety, and writes its answer as objects.</para>
/// <para type="description">Invoke-SaeApi reaches every one of SAE's 152 APIs (OpenAPI 2019-05-06) by its action name, with the parameters in a hashtable. Before any call it checks them against SAE's official API surface: an unknown action or parameter names the closest ones, a missing required parameter is named, and each value is converted to its declared type (a hashtable, array or object is JSON-encoded where the API takes a structured value). Parameters go where the SDK puts them: the query, the path, or a form or JSON body. It writes the answer's Data as objects; an API without Data writes its body without the envelope fields; -Raw writes the whole body; -All follows CurrentPage, PageSize and TotalSize and writes each item of every page. A call that acts asks for confirmation through -WhatIf and -Confirm, naming what it acts on by the ids given: every call that is not a GET, and the GETs that act (ExecJob, SuspendJob, ConfirmPipelineBatch). A DELETE also asks to continue unless -Force; a host that cannot ask (a non-interactive runbook) gets the error DeleteNeedsForce instead, and nothing is sent. Reads are retried like every other read; a call that acts is never repeated blindly: one that got no answer is the non-terminating error OutcomeUnknown, which names the action, its target and the request's id, and says how to look at the target. An API the server does not offer (HTTP 501, such as one the emulator does not emulate) is the error it answered, never retried. The region comes from -RegionId, else the namespace id (a NamespaceId parameter or -NamespaceId), as for every other cmdlet, and the quota is the session's.</para>
/// </summary>
/// <example>
/// <code>Invoke-SaeApi DescribeRegions -RegionId cn-hangzhou</code>
/// <para>A query-only API: the regions SAE serves.</para>
/// </example>
/// <example>
/// <code>Invoke-SaeApi TagResources @{ RegionId = 'cn-hangzhou'; ResourceType = 'application'; ResourceIds = @($app.AppId); Tags = @(@{ Key = 'env'; Value = 'prod' }) }</code>
/// <para>A form-body API: ResourceIds and Tags are lists, JSON-encoded as the SDK encodes them.</para>
/// </example>
/// <example>
/// <code>Invoke-SaeApi CreateConfigMap @{ NamespaceId = 'cn-hangzhou:demo'; Name = 'web-config'; Data = @{ LOG_LEVEL = 'info' } }</code>
/// <para>A JSON-body API: Data is a hashtable, sent JSON-encoded in the body.</para>
/// </example>
/// <example>
/// <code>Invoke-SaeApi StartWebApplication @{ ApplicationId = $id; NamespaceId = 'cn-hangzhou:demo' } -WhatIf</code>
/// <para>A path-parameter API (v2: /pop/v2/api/web/application-ops/{ApplicationId}/start): -WhatIf shows what would be called, and sends nothing.</para>
/// </example>
/// <example>
/// <code>Invoke-SaeApi ListApplications @{ NamespaceId = 'cn-hangzhou:demo'; PageSize = 50 } -All | Select-Object AppName, AppId</code>
/// <para>A paged listing: -All reads every page and writes each application.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Invoke, "SaeApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Invoke-SaeApi.md")]
[OutputType(typeof(PSObject))]
public sealed class InvokeSaeApiCommand : SaeCmdletBase
{
    private static readonly string[] EnvelopeFields = { "Code", "Message", "RequestId", "Success", "TraceId", "ErrorCode", "DynamicCode", "DynamicMessage", "HttpStatusCode" };

    /// <summary>
    /// <para type="description">The API's action name, such as DescribeApplicationConfig or StartWebApplication (tab completes every official one).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ArgumentCompleter(typeof(ApiActionCompleter))]
    [ValidateNotNullOrEmpty]
    public string Action { get; set; } = string.Empty;

    /// <summary>
    /// <para type="description">The API's parameters by their official names, such as @{ AppId = '...'; VersionId = '...' }. Values are converted to the declared type; hashtables, arrays and objects are JSON-encoded where the API takes a structured value.</para>
    /// </summary>
    [Parameter(Position = 1)]
    public Hashtable? Parameter { get; set; }

    /// <summary>
    /// <para type="description">The namespace, for an API that takes NamespaceId and when the hashtable does not give one; its id also tells the region.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [ValidateNotNullOrEmpty]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">For a paged API (CurrentPage and PageSize): read every page and write each item of its list.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Write the whole answer, envelope and all, instead of its Data.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    /// <summary>
    /// <para type="description">With a DELETE API: do not ask to continue.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        ApiDefinition? api = ApiCatalog.Find(Action);
        if (api is null)
        {
            WriteError(ErrorRecordFactory.Invalid("UnknownAction", "'" + Action + "' is not an SAE API. The closest are: " + string.Join(", ", ApiCatalog.Closest(Action, ApiCatalog.Apis.Keys)) + ".", Action));
            return;
        }

        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Parameter ?? new Hashtable())
        {
            given[entry.Key.ToString() ?? string.Empty] = PowerShellValues.Unwrap(entry.Value);
        }

        if (NamespaceId != null && api.Find("NamespaceId") != null && !given.ContainsKey("NamespaceId"))
        {
            given["NamespaceId"] = NamespaceId;
        }

        string? namespaceId = (given.TryGetValue("NamespaceId", out object? ns) ? ns as string : null) ?? NamespaceId;
        string? region = api.Find("RegionId") != null && given.TryGetValue("RegionId", out object? r) ? r as string : null;
        if (!TryLocate(namespaceId, region, Action, out ServiceLocation location) || !TryBuild(api, given, location, out ApiRequest request))
        {
            return;
        }

        if (!Confirmed(api, request))
        {
            return;
        }

        if (All)
        {
            ReadAllPages(api, given, location);
            return;
        }

        ApiResponse? response = Call(request, Action, api.Acts ? null : "Could not call " + api.Action);
        if (response != null)
        {
            WriteObject(Raw ? JsonOutput.From(response.Body) : JsonOutput.From(response.Data ?? WithoutEnvelope(response.Body)), enumerateCollection: true);
        }
    }

    private bool TryBuild(ApiDefinition api, IReadOnlyDictionary<string, object?> given, ServiceLocation location, out ApiRequest request)
    {
        try
        {
            request = ApiCallBuilder.Build(api, given, location);
            return true;
        }
        catch (SaeConfigurationException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, Action));
            request = null!;
            return false;
        }
    }

    /// <summary>
    /// A call that acts (ApiEffects: every method but GET, and the GETs that act) asks first, naming its target by
    /// the ids given; a DELETE also asks to continue unless -Force, and where the host cannot ask, says to use -Force.
    /// </summary>
    private bool Confirmed(ApiDefinition api, ApiRequest request)
    {
        if (!api.Acts)
        {
            return true;
        }

        string target = request.TargetOrApplications.Description + " (" + api.Method + " " + SaePowerShell.Core.Http.SignedRequestFactory.PathWithParameters(request)
            + (request.NamespaceId is null ? string.Empty : " in namespace " + request.NamespaceId) + ")";
        if (!ShouldProcess(target, api.Action))
        {
            return false;
        }

        if (api.Method != "DELETE" || Force)
        {
            return true;
        }

        try
        {
            return ShouldContinue(api.Action + " deletes " + target + ". Continue?", "Delete with " + api.Action);
        }
        catch (Exception ex) when (ex is PSInvalidOperationException || ex is System.Management.Automation.Host.HostException || ex is NotImplementedException)
        {
            // A runbook's host cannot ask (NonInteractive); "Read and Prompt functionality is not available" would not say what to do.
            WriteError(ErrorRecordFactory.FromException(new SaeConfigurationException("DeleteNeedsForce",
                api.Action + " deletes " + target + ", and asks before it does, but this host cannot ask (it is non-interactive). Nothing was sent. "
                + "Add -Force to delete without asking."), Action));
            return false;
        }
    }

    private void ReadAllPages(ApiDefinition api, Dictionary<string, object?> given, ServiceLocation location)
    {
        if (!api.IsPaged)
        {
            WriteError(ErrorRecordFactory.Invalid("NotPaged", api.Action + " is not paged (it has no CurrentPage and PageSize), so -All does not apply; call it without -All.", Action));
            return;
        }

        int pageSize = given.TryGetValue("PageSize", out object? size) && int.TryParse(Convert.ToString(size, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int parsed) && parsed > 0 ? parsed : int.MaxValue;
        ForEachPage(
            page =>
            {
                given["CurrentPage"] = page;
                return ApiCallBuilder.Build(api, given, location);
            },
            ItemsOf,
            item => item.ToString(Newtonsoft.Json.Formatting.None),
            pageSize,
            item => WriteObject(JsonOutput.From(item)),
            Action,
            "Could not list with " + api.Action);
    }

    /// <summary>The page's list: the first array in Data (Applications, ChangeOrderList, ...), with TotalSize from Data or the body.</summary>
    private static Page<JToken> ItemsOf(ApiResponse response)
    {
        JToken? data = response.Data;
        JArray items = data as JArray ?? (data as JObject)?.Properties().Select(p => p.Value).OfType<JArray>().FirstOrDefault() ?? new JArray();
        int total = JsonRead.Int(data, "TotalSize") ?? JsonRead.Int(response.Body, "TotalSize") ?? items.Count;
        return new Page<JToken>(items.ToList(), total);
    }

    private static JObject WithoutEnvelope(JObject body)
    {
        var rest = (JObject)body.DeepClone();
        foreach (string field in EnvelopeFields)
        {
            rest.Remove(field);
        }

        return rest;
    }
}
