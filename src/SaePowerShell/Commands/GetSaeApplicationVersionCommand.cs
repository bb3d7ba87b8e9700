using System.Collections.Generic;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationVersionCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
    {
        ApiResponse? response = Call(ListAppVersionsCall.Request(location, appId, NamespaceId), appId, "Could not list the versions of application " + appId);
        if (response != null)
        {
            IReadOnlyList<SaeApplicationVersion> versions = ListAppVersionsCall.Parse(response, appId, EachApplication.NameOfOne(AppId, AppName), NamespaceId, location);
            WriteObject(versions, enumerateCollection: true);
        }
    });
}
