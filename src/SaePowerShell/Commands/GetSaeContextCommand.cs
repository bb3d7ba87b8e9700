using System.Management.Automation;
using System;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeContextCommand
{
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
