using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>An AccessKey (and token) given outright: from a parameter, a variable or an AK/StsToken profile.</summary>
internal sealed class StaticCredentialSource : ICredentialSource
{
    private readonly Task<SaeCredential> _credential;

    public StaticCredentialSource(SaeCredential credential)
    {
        Credential = credential;
        _credential = Task.FromResult(credential);
    }

    public SaeCredential Credential { get; }

    public string Description => Credential.Source;

    public string AccountKey => Credential.AccessKeyId;

    public Task<SaeCredential> GetAsync(CancellationToken cancellationToken) => _credential;

    public void Forget() => Credential.Secret.Clear();
}
