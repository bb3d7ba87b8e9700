using System;

namespace SaePowerShell.Core.Credentials
{
    /// <summary>What Connect-SaeAccount set for the rest of the session: kept in memory only, never written anywhere.</summary>
    internal sealed class SessionContext
    {
        public SessionContext(Sources.ICredentialSource source, string? regionId, Uri? endpoint)
        {
            Source = source;
            RegionId = regionId;
            Endpoint = endpoint;
        }

        public Sources.ICredentialSource Source { get; }

        public string? RegionId { get; }

        public Uri? Endpoint { get; }
    }
}
