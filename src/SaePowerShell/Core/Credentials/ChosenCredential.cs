using SaePowerShell.Core.Credentials.Sources;

namespace SaePowerShell.Core.Credentials;

/// <summary>The credential the chain chose: where it comes from, with the profile's region (profiles carry one) for the region chain.</summary>
internal sealed record ChosenCredential(ICredentialSource Source, string? RegionId)
{
    public ChosenCredential(SaeCredential credential, string? regionId)
        : this(new StaticCredentialSource(credential), regionId)
    {
    }
}
