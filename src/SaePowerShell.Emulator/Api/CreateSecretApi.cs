using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateSecret: NamespaceId, SecretName, SecretType and SecretData (the SDK's object {"SecretData":"…"} around a JSON
/// object of base64 strings, see <see cref="SecretDataParser"/>) in the query. Answers the new SecretId. A name is unique in its namespace, as for any Kubernetes object.
/// </summary>
internal sealed partial class CreateSecretApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string namespaceId = call.Required("NamespaceId");
        string name = call.Required("SecretName");
        string type = SecretTypes.Check(call.Required("SecretType"));
        _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        IReadOnlyDictionary<string, string> data = SecretDataParser.Parse(call.Required("SecretData"), type);
        if (world.Secrets.Any(s => s.NamespaceId == namespaceId && s.Name == name))
        {
            throw new SaeException(SaeErrors.WithMessage("SecretName", $"the namespace {namespaceId} already has a secret named {name}."));
        }

        SaeSecret secret = world.AddSecret(name, namespaceId, type, data);
        return Answer(new() { SecretId = secret.SecretId });
    }
}
