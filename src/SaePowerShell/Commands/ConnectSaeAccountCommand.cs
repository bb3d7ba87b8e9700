using System.Management.Automation;
using System.Security;
using System;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class ConnectSaeAccountCommand
{
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
