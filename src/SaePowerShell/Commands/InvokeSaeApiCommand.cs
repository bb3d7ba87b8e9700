using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class InvokeSaeApiCommand
{
    private static readonly string[] EnvelopeFields = { "Code", "Message", "RequestId", "Success", "TraceId", "ErrorCode", "DynamicCode", "DynamicMessage", "HttpStatusCode" };

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
