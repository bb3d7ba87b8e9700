using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The secret APIs (ListSecrets, DescribeSecret, CreateSecret, UpdateSecret, DeleteSecret). Every one names the
/// namespace. Requests are built from the catalog, so the surface checks every name, type and required parameter.
/// SecretData goes in the query as the official SDKs send it: an object of one field, SecretData, holding the JSON text
/// of the base64 values (<c>{"SecretData":"{\"k\":\"djE=\"}"}</c>; the SDK's CreateSecretRequestSecretData, which
/// Alibaba's Node client, driving the emulator, showed). A request carrying it lists its forms as
/// <see cref="ApiRequest.Sensitive"/>, so no answer echoes them.
/// </summary>
internal static class SecretCalls
{
    public static ApiRequest List(ServiceLocation location, string namespaceId) =>
        SaeRequests.ListSecrets(location, namespaceId, namespaceId: namespaceId);

    public static ApiRequest Describe(ServiceLocation location, long secretId, string? namespaceId) =>
        SaeRequests.DescribeSecret(location, namespaceId, namespaceId: namespaceId!, secretId: secretId);

    public static ApiRequest Create(ServiceLocation location, string namespaceId, string name, SecretPayload payload) =>
        Sensitive(ApiCallBuilder.Build(SaeApi.CreateSecret, location, namespaceId,
            new Dictionary<string, object?> { ["NamespaceId"] = namespaceId, ["SecretName"] = name, ["SecretType"] = payload.Type, ["SecretData"] = payload.Wire },
            Target(namespaceId, name)), payload);

    public static ApiRequest Update(ServiceLocation location, SaeSecret secret, SecretPayload payload) =>
        Sensitive(ApiCallBuilder.Build(SaeApi.UpdateSecret, location, secret.NamespaceId,
            new Dictionary<string, object?> { ["NamespaceId"] = secret.NamespaceId, ["SecretId"] = secret.SecretId, ["SecretData"] = payload.Wire },
            Target(secret.NamespaceId, secret.Name)), payload);

    public static ApiRequest Delete(ServiceLocation location, SaeSecret secret) =>
        SaeRequests.DeleteSecret(location, secret.NamespaceId, namespaceId: secret.NamespaceId, secretId: secret.SecretId, callTarget: Target(secret.NamespaceId, secret.Name));

    /// <summary>ListSecrets: Data.Secrets[] (not paged), without their data, so without keys.</summary>
    public static IReadOnlyList<SaeSecret> ParseList(ApiResponse response, string namespaceId, ServiceLocation location) =>
        NamespacedRecord.List(response, "Secrets", SaeSecret.Read, namespaceId, location);

    /// <summary>DescribeSecret: Data is the secret, its SecretData kept encoded and off the public object.</summary>
    public static SaeSecret ParseOne(ApiResponse response, string? namespaceId, ServiceLocation location)
    {
        JObject item = response.Data as JObject ?? new JObject();
        SaeSecret secret = NamespacedRecord.Placed(SaeSecret.Read(item), namespaceId, location);
        var encoded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (JProperty pair in (JsonRead.Child(item, "SecretData") as JObject ?? new JObject()).Properties())
        {
            encoded[pair.Name] = pair.Value.Type == JTokenType.String ? (string)pair.Value! : pair.Value.ToString();
        }

        secret.Encoded = encoded;
        secret.Keys = encoded.Keys.ToList();
        return secret;
    }

    /// <summary>CreateSecret: Data.SecretId.</summary>
    public static long? ParseCreatedId(ApiResponse response) => JsonRead.Long(response.Data, "SecretId");

    private static ApiRequest Sensitive(ApiRequest request, SecretPayload payload) => request.WithSensitive(payload.SensitiveForms());

    private static CallTarget Target(string namespaceId, string name) => CallTarget.InNamespace("secret", "Get-SaeSecret", namespaceId, name);
}
