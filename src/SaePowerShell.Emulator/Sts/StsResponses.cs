using System.Text.Json;
using SaePowerShell.Emulator.Credentials;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>STS's two body shapes: the RPC error (as the gateway's, but recommending the Sts product) and AssumeRole's answer.</summary>
internal static class StsResponses
{
    public static PreparedAnswer Error(string requestId, string host, GatewayError error) => SaeResponses.GatewayError(requestId, host, error, "Sts");

    /// <summary>The answer of both AssumeRole and AssumeRoleWithOIDC.</summary>
    public static PreparedAnswer AssumedRole(string requestId, RoleRequest role, IssuedCredential credential) =>
        SaeResponses.Build(requestId, StatusCodes.Status200OK, writer =>
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
}
