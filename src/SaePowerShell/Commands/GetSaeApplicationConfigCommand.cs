using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationConfigCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
    {
        ApiResponse? response = Call(DescribeApplicationConfigCall.Request(location, appId, NamespaceId, VersionId), appId,
            "Could not get the configuration of application " + appId + (VersionId is null ? string.Empty : " at version " + VersionId));
        if (response != null)
        {
            WriteObject(DescribeApplicationConfigCall.Parse(response, appId, NamespaceId, VersionId, location));
        }
    });
}
