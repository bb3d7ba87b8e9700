using System;
using System.Management.Automation;
using System.Security;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Sets the credential, region and endpoint that SAE cmdlets use for the rest of the session.</para>
    /// <para type="description">Connect-SaeAccount sets this PowerShell session's default AccessKey (given as -Credential, as -AccessKeyId with -AccessKeySecret and optionally -SecurityToken, or taken from a profile with -ProfileName), region and endpoint. Without credential parameters it pins what the default chain finds now (environment variables, then the aliyun CLI's and the SDKs' profiles). The default is kept in memory only, for this session; nothing is written to disk. A credential given on a command still wins over it. Disconnect-SaeAccount clears it; Get-SaeContext shows it. It makes no call to Alibaba Cloud.</para>
    /// </summary>
    /// <example>
    /// <code>Connect-SaeAccount -Credential (Get-Credential) -RegionId cn-shanghai</code>
    /// <para>Asks for the AccessKey id (user name) and secret (password), and makes cn-shanghai the default region.</para>
    /// </example>
    /// <example>
    /// <code>Connect-SaeAccount -ProfileName prod; Get-SaeNamespace | Get-SaeApplication | Start-SaeApplication -Wait</code>
    /// <para>Uses the aliyun CLI profile prod (its keys and region) for every following command.</para>
    /// </example>
    [Cmdlet(VerbsCommunications.Connect, "SaeAccount")]
    [OutputType(typeof(SaeContext))]
    public sealed class ConnectSaeAccountCommand : PSCmdlet
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
                CliProfile found = CredentialChain.Resolve(given, null, ProcessEnvironment.Instance);
                string? region = RegionId ?? found.RegionId;
                var session = new SessionContext(found.Credential, region, Endpoint);
                ServiceLocation? location = null;
                string? problem = null;
                try
                {
                    location = ServiceLocator.Locate(null, null, null, ProcessEnvironment.Instance, new LocationDefaults(region, Endpoint, null));
                }
                catch (SaeConfigurationException ex)
                {
                    problem = ex.Message;
                }

                SessionContexts.Set(session);
                WriteVerbose("Connected: AccessKey " + found.Credential.MaskedAccessKeyId + " from " + found.Credential.Source + (region is null ? string.Empty : ", region " + region) + ".");
                WriteObject(ContextDescriber.Describe(found.Credential, location, problem, true));
            }
            catch (SaeConfigurationException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex, null));
            }
        }
    }
}
