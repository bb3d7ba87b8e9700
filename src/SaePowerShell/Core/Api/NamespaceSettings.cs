namespace SaePowerShell.Core.Api;

/// <summary>
/// What a create or an update asks a namespace to be: the name always (SAE's CreateNamespace and UpdateNamespace both
/// require it), the description and the service registry only when given (null leaves them as they are).
/// </summary>
internal sealed record NamespaceSettings(string NamespaceId, string Name, string? Description, bool? EnableMicroRegistration)
{
    /// <summary>Whether <paramref name="namespace"/> shows every value these settings give.</summary>
    public bool AreShownBy(SaeNamespace @namespace) =>
        string.Equals(@namespace.NamespaceName, Name, System.StringComparison.Ordinal)
        && (Description is null || string.Equals(@namespace.Description ?? string.Empty, Description, System.StringComparison.Ordinal))
        && (!EnableMicroRegistration.HasValue || @namespace.EnableMicroRegistration == EnableMicroRegistration);
}
