namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeSecret: one secret by NamespaceId and (long) SecretId, with its base64 data; one in another namespace is not found.</summary>
internal sealed partial class DescribeSecretApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(SecretDescription.Described(SecretLookup.Find(call)));
}
