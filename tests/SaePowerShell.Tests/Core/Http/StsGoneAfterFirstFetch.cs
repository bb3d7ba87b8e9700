using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>
/// A role's temporary keys: the first fetch gives keys that live one second of the fake clock, and every later fetch
/// fails as a role's refresh does when STS cannot be reached. So a call gets credentials, and a call made after a
/// wait (the outcome check's settle time) finds them expired and their refresh failing.
/// </summary>
internal sealed class StsGoneAfterFirstFetch(FakeClock clock) : RefreshingCredentialSource(clock)
{
    private int _fetches;

    public override string Description => "role acs:ram::1:role/test";

    public override string AccountKey => "test";

    protected override Task<SaeCredential> FetchAsync(CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _fetches) == 1
            ? Task.FromResult(new SaeCredential("STS.key", "secret", "token", Description, clock.UtcNow + TimeSpan.FromSeconds(1)))
            : throw new SaeConfigurationException("StsUnreachable", "STS at https://sts.aliyuncs.com could not be reached for " + Description + ": Connection refused");
}
