using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationStatusCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
    {
        ApiResponse? response = Call(DescribeApplicationStatusCall.Request(location, appId, NamespaceId), appId, "Could not get the status of application " + appId);
        if (response != null)
        {
            SaeApplicationStatus status = DescribeApplicationStatusCall.Parse(response, appId, NamespaceId, location);
            status.AppName = EachApplication.NameOfOne(AppId, AppName);
            WriteObject(status);
        }
    });
}
