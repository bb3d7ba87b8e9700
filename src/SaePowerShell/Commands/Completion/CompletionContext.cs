using System;
using System.Collections;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Where a completer's calls go and as whom: the -RegionId, -Endpoint, -Credential, -ProfileName and -Context already
/// on the command line, else the session default and the environment, through the same factory as every command
/// (so completion counts against the same quota).
/// </summary>
internal static class CompletionContext
{
    public static object? Bound(IDictionary bound, string name) => bound[name] is PSObject wrapped ? wrapped.BaseObject : bound[name];

    /// <summary>The first value of a parameter that takes one or many (-AppId a or -AppId a, b).</summary>
    public static string? First(IDictionary bound, string name) => Bound(bound, name) switch
    {
        string text => text,
        object[] many when many.Length > 0 => (many[0] is PSObject wrapped ? wrapped.BaseObject : many[0]) as string,
        _ => null,
    };

    public static (CommandContext Context, ServiceLocation Location) Resolve(IDictionary bound, string? namespaceId)
    {
        string? region = Bound(bound, "RegionId") as string ?? RegionIds.FromNamespaceId(namespaceId);
        Uri? endpoint = Bound(bound, "Endpoint") switch
        {
            Uri uri => uri,
            string text when Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed) => parsed,
            _ => null,
        };
        var given = ExplicitCredentialParameters.Build(Bound(bound, "Credential") as PSCredential, null, null, null, Bound(bound, "ProfileName") as string);
        SessionContext? session = (Bound(bound, "Context") as SaeContext)?.Session ?? SessionContexts.Current;
        ChosenCredential found = CommandContextFactory.ResolveCredential(given, session, ProcessEnvironment.Instance);
        Locator locator = CommandContextFactory.Locator(endpoint, region, session, () => found.RegionId, ProcessEnvironment.Instance);
        ServiceLocation location = locator.Locate(namespaceId);
        return (CommandContextFactory.Create(found.Source, locator, CallSettings.Completion, NullLog.Instance, ProcessEnvironment.Instance), location);
    }
}
