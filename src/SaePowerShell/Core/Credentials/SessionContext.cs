using System;

namespace SaePowerShell.Core.Credentials
{
    /// <summary>What Connect-SaeAccount set for the rest of the session: kept in memory only, never written anywhere.</summary>
    internal sealed class SessionContext
    {
        public SessionContext(SaeCredential credential, string? regionId, Uri? endpoint)
        {
            Credential = credential;
            RegionId = regionId;
            Endpoint = endpoint;
        }

        public SaeCredential Credential { get; }

        public string? RegionId { get; }

        public Uri? Endpoint { get; }
    }
}
