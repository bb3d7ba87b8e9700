using System.Text.Json.Serialization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>A secret as ListSecrets (without its data) and DescribeSecret (with it) answer it; times in epoch milliseconds.</summary>
internal static class SecretDescription
{
    public static object Listed(SaeSecret secret) => Of(secret, null);

    public static object Described(SaeSecret secret) => Of(secret, secret.Data);

    // No emulated application mounts secrets, so RelateApps is always empty.
    private static Shape Of(SaeSecret secret, IReadOnlyDictionary<string, string>? data) => new(
        secret.SecretId, secret.Name, secret.NamespaceId, secret.Type, data,
        secret.CreatedAt.ToUnixTimeMilliseconds(), secret.UpdatedAt.ToUnixTimeMilliseconds(), []);

    private sealed record Shape(
        long SecretId,
        string SecretName,
        string NamespaceId,
        string SecretType,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? SecretData,
        long CreateTime,
        long UpdateTime,
        IReadOnlyList<object> RelateApps);
}
