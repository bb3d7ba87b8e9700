namespace SaePowerShell.Emulator.Api;

/// <summary>The secret types the emulator takes: SAE documents the registry one; Opaque is Kubernetes' plain kind.</summary>
internal static class SecretTypes
{
    public const string Opaque = "Opaque";
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    public static string Check(string type) => type is Opaque or DockerConfigJson
        ? type
        : throw new SaeException(SaeErrors.WithMessage("SecretType", $"it must be {Opaque} or {DockerConfigJson}."));
}
