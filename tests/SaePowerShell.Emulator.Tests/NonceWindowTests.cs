using System.Net;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// A date up to 15 minutes either side of the gateway's clock is acceptable, so a request dated 14 minutes ahead
/// stays acceptable for 29 minutes after it first arrives. Its nonce must be remembered that long: a replay is
/// SignatureNonceUsed while the date is acceptable, and InvalidTimeStamp.Expired once it is not.
/// </summary>
public sealed class NonceWindowTests
{
    private static readonly TimeSpan Ahead = TimeSpan.FromMinutes(14);

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ARequestDatedAhead_CannotBeReplayed_UntilItsDateIsOutOfTheWindow(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        DateTimeOffset firstUse = host.Clock.GetUtcNow();
        SaeRequest request = SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).WithScheme(scheme)
            .Configure(r => r.SignedAt = firstUse + Ahead);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);

        foreach (TimeSpan replayAt in new[] { TimeSpan.FromSeconds(920), TimeSpan.FromMinutes(28), Ahead + TimeSpan.FromMinutes(15) })
        {
            host.Clock.Advance(firstUse + replayAt - host.Clock.GetUtcNow());
            SaeReply replay = await host.SendAsync(request);
            Assert.True(replay.ErrorCode == "SignatureNonceUsed", $"Replayed {replayAt} after first use: {(int)replay.Status} {replay.ErrorCode}");
        }

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("InvalidTimeStamp.Expired", (await host.SendAsync(request)).ErrorCode);
    }

    [Fact]
    public async Task AnAssumeRoleDatedAhead_CannotBeReplayed_UntilItsTimestampIsOutOfTheWindow()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        DateTimeOffset firstUse = host.Clock.GetUtcNow();
        StsRequest request = StsRequest.AssumeRole().Configure(r => r.SignedAt = firstUse + Ahead);
        await host.AssumeAsync(request);

        foreach (TimeSpan replayAt in new[] { TimeSpan.FromSeconds(920), TimeSpan.FromMinutes(28), Ahead + TimeSpan.FromMinutes(15) })
        {
            host.Clock.Advance(firstUse + replayAt - host.Clock.GetUtcNow());
            SaeReply replay = await host.SendStsAsync(request);
            Assert.True(replay.ErrorCode == "SignatureNonceUsed", $"Replayed {replayAt} after first use: {(int)replay.Status} {replay.ErrorCode}");
        }

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("InvalidTimeStamp.Expired", (await host.SendStsAsync(request)).ErrorCode);
    }

    [Fact]
    public async Task ARequestDatedBehind_IsRememberedFifteenMinutesFromArrival()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        DateTimeOffset firstUse = host.Clock.GetUtcNow();
        SaeRequest request = SaeRequest.ListApplications().Configure(r => r.SignedAt = firstUse - TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("SignatureNonceUsed", (await host.SendAsync(request)).ErrorCode);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("InvalidTimeStamp.Expired", (await host.SendAsync(request)).ErrorCode);
    }
}
