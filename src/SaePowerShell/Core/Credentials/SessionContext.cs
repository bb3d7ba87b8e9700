using System;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// What Connect-SaeAccount set for the rest of the session: kept in memory only, never written anywhere.
/// AllowCleartext records Connect-SaeAccount -AllowUnencryptedHttp (and each command still warns).
/// </summary>
internal sealed record SessionContext(Sources.ICredentialSource Source, string? RegionId, Uri? Endpoint, bool AllowCleartext = false);
