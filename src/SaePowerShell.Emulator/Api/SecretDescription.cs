using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>A secret as ListSecrets (without its data) and DescribeSecret (with it) answer it; times in epoch milliseconds.</summary>
internal static class SecretDescription
{
    public static ListSecretsData.SecretsItem Listed(SaeSecret secret) => new()
    {
        SecretId = secret.SecretId,
        SecretName = secret.Name,
        NamespaceId = secret.NamespaceId,
        SecretType = secret.Type,
        CreateTime = secret.CreatedAt.ToUnixTimeMilliseconds(),
        UpdateTime = secret.UpdatedAt.ToUnixTimeMilliseconds(),

        // No emulated application mounts secrets.
        RelateApps = [],
    };

    public static DescribeSecretData Described(SaeSecret secret) => new()
    {
        SecretId = secret.SecretId,
        SecretName = secret.Name,
        NamespaceId = secret.NamespaceId,
        SecretType = secret.Type,
        SecretData = secret.Data,
        CreateTime = secret.CreatedAt.ToUnixTimeMilliseconds(),
        UpdateTime = secret.UpdatedAt.ToUnixTimeMilliseconds(),
        RelateApps = [],
    };
}
