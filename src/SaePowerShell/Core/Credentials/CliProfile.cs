namespace SaePowerShell.Core.Credentials
{
    /// <summary>A credential found in a profile, with the profile's region (profiles carry one) for the region chain.</summary>
    internal sealed class CliProfile
    {
        public CliProfile(SaeCredential credential, string? regionId)
        {
            Credential = credential;
            RegionId = regionId;
        }

        public SaeCredential Credential { get; }

        public string? RegionId { get; }
    }
}
