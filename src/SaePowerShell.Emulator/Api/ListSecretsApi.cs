namespace SaePowerShell.Emulator.Api;

/// <summary>ListSecrets: every secret of one namespace, oldest first, without its data; SAE does not page it.</summary>
internal sealed partial class ListSecretsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string namespaceId = call.Required("NamespaceId");
        _ = call.World.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        var secrets = call.World.Secrets.Where(s => s.NamespaceId == namespaceId).Select(SecretDescription.Listed).ToList();
        return Answer(new() { Secrets = secrets });
    }
}
