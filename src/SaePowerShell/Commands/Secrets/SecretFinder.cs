using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Secrets;

/// <summary>
/// The part the secret cmdlets hold: the namespace-object finder (<see cref="NamespaceObjectFinder{T}"/>) told how
/// secrets are listed (ListSecrets, without data) and read (DescribeSecret, with it).
/// </summary>
internal static class SecretFinder
{
    public static readonly NamespaceObjectKind<SaeSecret> Kind = new NamespaceObjectKind<SaeSecret>(
        "secret", "InvalidSecretName.NotFound", "InvalidSecretNamePattern", secret => secret.Name,
        SecretCalls.List, SecretCalls.ParseList, SecretCalls.Describe, SecretCalls.ParseOne);

    public static NamespaceObjectFinder<SaeSecret> For(SaeCmdletBase cmdlet) => new NamespaceObjectFinder<SaeSecret>(cmdlet, Kind);
}
