using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>The secret a call names by NamespaceId and SecretId (DescribeSecret, UpdateSecret, DeleteSecret).</summary>
internal static class SecretLookup
{
    public static SaeSecret Find(SaeCall call)
    {
        string namespaceId = call.Required("NamespaceId");
        long id = call.RequiredLong("SecretId");
        _ = call.World.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        SaeSecret? secret = call.World.FindSecret(id);
        return secret is not null && secret.NamespaceId == namespaceId ? secret : throw new SaeException(SaeErrors.SecretNotFound(id));
    }
}
