using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteSecret: by NamespaceId and SecretId in the query; answers the SecretId. A secret no application mounts is deleted at once.</summary>
internal sealed partial class DeleteSecretApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeSecret secret = SecretLookup.Find(call);
        call.World.RemoveSecret(secret);
        return Answer(new() { SecretId = secret.SecretId });
    }
}
