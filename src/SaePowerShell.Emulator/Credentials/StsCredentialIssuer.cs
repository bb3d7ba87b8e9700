using System.Globalization;
using System.Security.Cryptography;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Credentials;

/// <summary>An STS credential as handed out: the key the gateway now accepts, and when it was issued.</summary>
internal sealed record IssuedCredential(AccessKey Key, DateTimeOffset IssuedAt)
{
    public DateTimeOffset Expiration => Key.ExpiresAt!.Value;

    public string SecurityToken => Key.SecurityToken!;
}

/// <summary>
/// Mints STS credentials for every credential source the emulator stands in for, and registers them with the
/// gateway's <see cref="AccessKeyStore"/>, so a key from AssumeRole, ECS metadata or the credentials URI opens the SAE
/// APIs exactly like a real one: only with its security token, and only until its expiration by the emulator's clock.
/// </summary>
internal sealed class StsCredentialIssuer(AccessKeyStore keys, TimeProvider clock, int? durationCapSeconds)
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private const string Alphanumerics = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789";

    public TimeProvider Clock { get; } = clock;

    /// <summary>Issues a credential living <paramref name="durationSeconds"/>, or the <c>--sts-duration-cap-seconds</c> cap if shorter, opening <paramref name="accountId"/>'s world.</summary>
    public IssuedCredential Issue(int durationSeconds, string accountId = Accounts.EmulatorAccounts.DefaultAccountId)
    {
        // Whole seconds, so the Expiration the client reads is exactly the instant the gateway stops accepting the key.
        DateTimeOffset now = Clock.GetUtcNow();
        DateTimeOffset issuedAt = new(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        int seconds = durationCapSeconds is { } cap ? Math.Min(cap, durationSeconds) : durationSeconds;

        // Shaped like Alibaba's: "STS." + base58-ish id, a 30-character secret, and a long Base64 token that carries
        // '+', '/' and '=', so a client that forgets to encode it in a query or a signature finds out here.
        var key = new AccessKey(
            "STS." + RandomAlphanumerics(25),
            RandomAlphanumerics(30),
            "CAIS" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(299)),
            issuedAt.AddSeconds(seconds),
            accountId);
        keys.ForgetLongExpired(issuedAt);
        keys.Add(key);
        return new IssuedCredential(key, issuedAt);
    }

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string RandomAlphanumerics(int length) =>
        string.Create(length, 0, (chars, _) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphanumerics[RandomNumberGenerator.GetInt32(Alphanumerics.Length)];
            }
        });
}
