using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>UpdateSecret: NamespaceId, SecretId and SecretData in the query; the data is replaced whole, the type kept. Answers the SecretId.</summary>
internal sealed partial class UpdateSecretApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeSecret secret = SecretLookup.Find(call);
        SaeSecret updated = call.World.UpdateSecret(secret, SecretDataParser.Parse(call.Required("SecretData"), secret.Type));
        return Answer(new() { SecretId = updated.SecretId });
    }
}
