namespace SaePowerShell.Emulator.Credentials;

/// <summary>
/// The credential a machine-local source (ECS metadata, a credentials URI) hands out: the same one on every call until
/// half its lifetime has passed, then a fresh one, as ECS rotates a role's credentials well before they expire. A
/// client that caches until Expiration therefore sees both a repeat and a rotation, on the emulator's clock.
/// </summary>
internal sealed class RotatingCredential(StsCredentialIssuer issuer, int durationSeconds)
{
    private readonly Lock _gate = new();
    private IssuedCredential? _current;

    public IssuedCredential Current()
    {
        DateTimeOffset now = issuer.Clock.GetUtcNow();
        lock (_gate)
        {
            if (_current is null || now >= _current.IssuedAt + ((_current.Expiration - _current.IssuedAt) / 2))
            {
                _current = issuer.Issue(durationSeconds);
            }

            return _current;
        }
    }
}
