using System.Management.Automation;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Shows which credential, region and endpoint an SAE command would use now.</para>
/// <para type="description">Get-SaeContext resolves the credential chain (the parameters given, the session default from Connect-SaeAccount, environment variables, then the aliyun CLI's and the SDKs' profiles) and the region and endpoint chains, without making any call, and shows the result: the AccessKey id (masked), whether it is a temporary STS credential, where each setting came from. It never shows a secret or a token.</para>
/// </summary>
/// <example>
/// <code>Get-SaeContext</code>
/// <para>Shows what the next command would use.</para>
/// </example>
/// <example>
/// <code>Get-SaeContext -ProfileName prod -NamespaceId cn-shanghai:prod | Format-List</code>
/// <para>Shows what a command with -ProfileName prod would use for the namespace cn-shanghai:prod.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeContext", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeContext.md")]
[OutputType(typeof(SaeContext))]
public sealed class GetSaeContextCommand : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">A namespace to locate: its id names its region.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string? NamespaceId { get; set; }

    /// <inheritdoc />
    internal override void EndInput()
    {
        ChosenCredential? found = null;
        SaeCredential? credential = null;
        string? missing = null;
        try
        {
            found = ResolveChain();
            credential = Await(found.Source.GetAsync(CancellationToken));
        }
        catch (SaeConfigurationException ex) when (ex.ErrorId == "NoCredentials")
        {
            // No credential yet: the region and endpoint already set are still worth seeing.
            missing = ex.Message;
        }
        catch (System.Exception ex) when (ex is SaeConfigurationException || ex is SaeServiceException)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
            return;
        }

        ServiceLocation? location = null;
        string? problem = null;
        try
        {
            location = Locate(string.IsNullOrEmpty(NamespaceId) ? null : NamespaceId);
        }
        catch (SaeConfigurationException ex)
        {
            problem = ex.Message;
        }

        Uri? carriedEndpoint = location != null && location.EndpointSource != ServiceLocator.PublicEndpointSource ? location.Endpoint : null;
        if (found is null || credential is null)
        {
            WriteObject(ContextDescriber.Missing(missing!, location, problem));
            return;
        }

        bool isSession = Session?.Source == found.Source;
        WriteObject(ContextDescriber.Describe(credential, location, problem, isSession, new SessionContext(found.Source, location?.RegionId, carriedEndpoint)));
    }
}
