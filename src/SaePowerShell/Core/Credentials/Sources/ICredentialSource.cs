using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>Where a call's credential comes from: fixed keys, or temporary ones fetched and refreshed as they expire.</summary>
internal interface ICredentialSource
{
    /// <summary>Where the credential comes from, in words fit for -Verbose.</summary>
    string Description { get; }

    /// <summary>What one account's calls share: the rate limiter is kept per account, not per temporary key.</summary>
    string AccountKey { get; }

    Task<SaeCredential> GetAsync(CancellationToken cancellationToken);

    /// <summary>Clears the secrets it holds (Disconnect-SaeAccount); a later use fails clearly or fetches anew.</summary>
    void Forget();
}
