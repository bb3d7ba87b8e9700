using System.Text.Json;
using SaePowerShell.Emulator.Credentials;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>STS's two body shapes: the RPC error (as the gateway's, but recommending the Sts product) and AssumeRole's answer.</summary>
internal static class StsResponses
{
    private const string ContentType = "application/json;charset=utf-8";

    public static PreparedAnswer Error(string requestId, string host, GatewayError error) =>
        Build(requestId, error.Status, writer =>
        {
            writer.WriteString("RequestId", requestId);
            writer.WriteString("HostId", host);
            writer.WriteString("Code", error.Code);
            writer.WriteString("Message", error.Message);
            writer.WriteString("Recommend", $"https://next.api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product=Sts");
        });

    /// <summary>The answer of both AssumeRole and AssumeRoleWithOIDC.</summary>
    public static PreparedAnswer AssumedRole(string requestId, RoleRequest role, IssuedCredential credential) =>
        Build(requestId, StatusCodes.Status200OK, writer =>
        {
            writer.WriteString("RequestId", requestId);
            writer.WriteStartObject("AssumedRoleUser");
            writer.WriteString("Arn", role.AssumedRoleArn);
            writer.WriteString("AssumedRoleId", role.AssumedRoleId);
            writer.WriteEndObject();
            writer.WriteStartObject("Credentials");
            writer.WriteString("AccessKeyId", credential.Key.AccessKeyId);
            writer.WriteString("AccessKeySecret", credential.Key.AccessKeySecret);
            writer.WriteString("SecurityToken", credential.SecurityToken);
            writer.WriteString("Expiration", StsCredentialIssuer.Format(credential.Expiration));
            writer.WriteEndObject();
        });

    private static PreparedAnswer Build(string requestId, int status, Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EmulatorJson.Sae.Encoder }))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        return new PreparedAnswer(status, ContentType, buffer.ToArray(), requestId);
    }
}
