using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Credentials;

public sealed class RefreshingCredentialSourceTests
{
    /// <summary>Hands out numbered credentials that live for a set time; a fetch can be held open to make callers wait together.</summary>
    private sealed class CountingSource(FakeClock clock, TimeSpan lifetime) : RefreshingCredentialSource(clock)
    {
        private int _issued;

        public TaskCompletionSource Gate { get; set; } = CompletedGate();

        public override string Description => "test";

        public override string AccountKey => "test";

        protected override async Task<SaeCredential> FetchAsync(CancellationToken cancellationToken)
        {
            await Gate.Task;
            int n = Interlocked.Increment(ref _issued);
            return new SaeCredential("STS.key" + n, "secret" + n, "token" + n, "test", clock.UtcNow + lifetime);
        }

        private static TaskCompletionSource CompletedGate()
        {
            var done = new TaskCompletionSource();
            done.SetResult();
            return done;
        }
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneFetch()
    {
        var source = new CountingSource(new FakeClock(), TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };

        // All twenty ask while the fetch is held open, so each finds it under way; none can come after it and use its result.
        Task<SaeCredential>[] waiting = Enumerable.Range(0, 20).Select(_ => source.GetAsync(CancellationToken.None)).ToArray();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        source.Gate.SetResult();
        SaeCredential[] got = await Task.WhenAll(waiting);

        Assert.Equal(1, source.Fetches);
        Assert.All(got, c => Assert.Equal("STS.key1", c.AccessKeyId));
    }

    [Fact]
    public async Task KeepsCredentials_UntilShortlyBeforeTheyExpire_ThenFetchesAgain()
    {
        var clock = new FakeClock();
        var source = new CountingSource(clock, TimeSpan.FromHours(1));

        Assert.Equal("STS.key1", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
        clock.UtcNow += TimeSpan.FromMinutes(54);
        Assert.Equal("STS.key1", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
        clock.UtcNow += TimeSpan.FromMinutes(2); // within five minutes of expiry
        Assert.Equal("STS.key2", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(2, source.Fetches);
    }

    [Fact]
    public async Task ShortLivedCredentials_AreRefreshedAFifthOfTheirLifeEarly()
    {
        var clock = new FakeClock();
        var source = new CountingSource(clock, TimeSpan.FromSeconds(100));

        await source.GetAsync(CancellationToken.None);
        clock.UtcNow += TimeSpan.FromSeconds(79);
        Assert.Equal("STS.key1", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
        clock.UtcNow += TimeSpan.FromSeconds(2);
        Assert.Equal("STS.key2", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task AFailedFetch_IsNotKept_SoTheNextCallerTriesAgain()
    {
        var source = new CountingSource(new FakeClock(), TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };
        source.Gate.SetException(new SaeConfigurationException("StsUnreachable", "down"));

        await Assert.ThrowsAsync<SaeConfigurationException>(() => source.GetAsync(CancellationToken.None));
        source.Gate = new TaskCompletionSource();
        source.Gate.SetResult();

        Assert.Equal("STS.key1", (await source.GetAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(2, source.Fetches);
    }

    [Fact]
    public async Task ACallerWhoGivesUp_DoesNotCancelTheFetchForTheOthers()
    {
        var source = new CountingSource(new FakeClock(), TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };
        using var impatient = new CancellationTokenSource();

        Task<SaeCredential> leaving = source.GetAsync(impatient.Token);
        Task<SaeCredential> staying = source.GetAsync(CancellationToken.None);
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        source.Gate.SetResult();

        Assert.Equal("STS.key1", (await staying).AccessKeyId);
        Assert.Equal(1, source.Fetches);
    }
}
