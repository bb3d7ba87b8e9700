using System.Management.Automation;
using System.Security;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Sets the credential, region and endpoint that SAE cmdlets use for the rest of the session.</para>
/// <para type="description">Connect-SaeAccount sets this PowerShell session's default AccessKey (given as -Credential, as -AccessKeyId with -AccessKeySecret and optionally -SecurityToken, or taken from a profile with -ProfileName), optionally a RAM role to assume with it (-RoleArn), region and endpoint. Without credential parameters it pins what the default chain finds now (environment variables, then the aliyun CLI's and the SDKs' profiles). The default is kept in memory only, for this session; nothing is written to disk. A credential given on a command still wins over it. Disconnect-SaeAccount clears it; Get-SaeContext shows it. It calls no SAE API; with -RoleArn, or a profile that assumes a role, it calls STS once so that a role that cannot be assumed is reported now.</para>
/// </summary>
/// <example>
/// <code>Connect-SaeAccount -Credential (Get-Credential) -RegionId cn-shanghai</code>
/// <para>Asks for the AccessKey id (user name) and secret (password), and makes cn-shanghai the default region.</para>
/// </example>
/// <example>
/// <code>Connect-SaeAccount -ProfileName prod; Get-SaeNamespace | Get-SaeApplication | Start-SaeApplication -Wait</code>
/// <para>Uses the aliyun CLI profile prod (its keys and region) for every following command.</para>
/// </example>
[Cmdlet(VerbsCommunications.Connect, "SaeAccount", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Connect-SaeAccount.md")]
[OutputType(typeof(SaeContext))]
public sealed class ConnectSaeAccountCommand : CancellableCmdlet
{
    /// <summary>
    /// <para type="description">The AccessKey: the user name is the AccessKey id and the password the AccessKey secret.</para>
    /// </summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>
    /// <para type="description">The AccessKey id, together with -AccessKeySecret.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AccessKeyId { get; set; }

    /// <summary>
    /// <para type="description">The AccessKey secret, as a SecureString.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? AccessKeySecret { get; set; }

    /// <summary>
    /// <para type="description">The STS security token that goes with temporary (STS.) AccessKeys, as a SecureString.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public SecureString? SecurityToken { get; set; }

    /// <summary>
    /// <para type="description">An aliyun CLI profile (~/.aliyun/config.json) or SDK credentials file section (~/.alibabacloud/credentials) to take the AccessKey and region from.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProfileName { get; set; }

    /// <summary>
    /// <para type="description">A RAM role to assume with STS AssumeRole, signed with the credential found (given, or from the default chain); the temporary credentials are refreshed before they expire.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RoleArn { get; set; }

    /// <summary>
    /// <para type="description">With -RoleArn: the role session name (default sae-powershell).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RoleSessionName { get; set; }

    /// <summary>
    /// <para type="description">The default region, such as cn-hangzhou.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(RegionCompleter))]
    [ValidateNotNullOrEmpty]
    public string? RegionId { get; set; }

    /// <summary>
    /// <para type="description">The default endpoint, instead of https://sae.{region}.aliyuncs.com (for example the local SAE emulator).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// <para type="description">Allow an -Endpoint that is plain http to another machine (such as an emulator in another container), for this session. Without it such an endpoint is refused: the signed requests and any security token would cross the network unencrypted. Loopback http is always allowed. Every command that uses it warns.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter AllowUnencryptedHttp { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        try
        {
            if (SecurityToken != null && Credential is null && AccessKeyId is null)
            {
                throw new SaeConfigurationException("IncompleteCredentials", "-SecurityToken goes with -Credential or -AccessKeyId and -AccessKeySecret.");
            }

            ExplicitCredentials given = ExplicitCredentialParameters.Build(Credential, AccessKeyId, AccessKeySecret, SecurityToken, ProfileName);
            ChosenCredential found = CommandContextFactory.ResolveCredential(given, null, ProcessEnvironment.Instance, connecting: true);
            ICredentialSource source = RoleArn is null
                ? found.Source
                : new RamRoleArnSource(found.Source, new RoleRequest(RoleArn, RoleSessionName, null, null), new StsClient(StsEndpoint.Resolve(ProcessEnvironment.Instance, null, null)), "Connect-SaeAccount -RoleArn");
            SaeCredential credential = Await(source.GetAsync(CancellationToken));
            string? region = RegionId ?? found.RegionId;
            bool allowCleartext = AllowUnencryptedHttp || CleartextPolicy.AllowedBy(ProcessEnvironment.Instance);
            if (Endpoint != null)
            {
                CleartextPolicy.Check(Endpoint, "-Endpoint", allowCleartext);
                if (CleartextPolicy.IsCleartextToAnotherHost(Endpoint))
                {
                    WriteWarning(CleartextPolicy.Warning(Endpoint, "-Endpoint"));
                }
            }

            var session = new SessionContext(source, region, Endpoint, AllowUnencryptedHttp);
            ServiceLocation? location = null;
            string? problem = null;
            try
            {
                location = CommandContextFactory.Locator(null, null, session, () => null, ProcessEnvironment.Instance).Locate(null);
            }
            catch (SaeConfigurationException ex)
            {
                problem = ex.Message;
            }

            SessionContexts.Set(session);
            WriteVerbose("Connected: AccessKey " + credential.MaskedAccessKeyId + " from " + source.Description + (region is null ? string.Empty : ", region " + region) + ".");
            WriteObject(ContextDescriber.Describe(credential, location, problem, true, session));
        }
        catch (Exception ex) when (ex is SaeConfigurationException || ex is SaeServiceException)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
        }
    }
}
