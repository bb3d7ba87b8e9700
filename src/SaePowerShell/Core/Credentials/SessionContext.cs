using System;

namespace SaePowerShell.Core.Credentials;

/// <summary>What Connect-SaeAccount set for the rest of the session: kept in memory only, never written anywhere.</summary>
internal sealed class SessionContext
{
    public SessionContext(Sources.ICredentialSource source, string? regionId, Uri? endpoint, bool allowCleartext = false)
    {
        Source = source;
        RegionId = regionId;
        Endpoint = endpoint;
        AllowCleartext = allowCleartext;
    }

    /// <summary>Connect-SaeAccount -AllowUnencryptedHttp: the session's plain-http endpoint was opted in (and each command still warns).</summary>
    public bool AllowCleartext { get; }

    public Sources.ICredentialSource Source { get; }

    public string? RegionId { get; }

    public Uri? Endpoint { get; }
}
