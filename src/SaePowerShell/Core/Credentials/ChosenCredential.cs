using SaePowerShell.Core.Credentials.Sources;

namespace SaePowerShell.Core.Credentials;

/// <summary>Where the credential comes from, with the profile's region (profiles carry one) for the region chain.</summary>
internal sealed class ChosenCredential
{
    public ChosenCredential(ICredentialSource source, string? regionId)
    {
        Source = source;
        RegionId = regionId;
    }

    public ChosenCredential(SaeCredential credential, string? regionId)
        : this(new StaticCredentialSource(credential), regionId)
    {
    }

    public ICredentialSource Source { get; }

    public string? RegionId { get; }
}
