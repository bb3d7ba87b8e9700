using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Core.Http;

/// <summary>Turns an ApiRequest into the signed HTTP request the SDKs would send, header for header.</summary>
internal static class SignedRequestFactory
{
    private const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static HttpRequestMessage Create(ApiRequest request, SaeCredential credential, SaeSignatureMethod method, DateTimeOffset now, string nonce, string userAgent)
    {
        RequestValueRules.Check(request, method);
        Uri uri = BuildUri(request);
        string path = uri.AbsolutePath;
        (byte[] Bytes, string ContentType)? body = RequestBody.Encode(request);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["accept"] = "application/json",
            ["x-acs-action"] = request.Api.Action,
            ["x-acs-version"] = SaeApi.Version,
            ["x-acs-signature-nonce"] = nonce,
        };

        if (request.Location.RegionId != null)
        {
            // The aliyun CLI sends it, and it lets one endpoint (the emulator) know which region a call is for.
            headers["x-acs-region-id"] = request.Location.RegionId;
        }

        if (credential.SecurityToken != null)
        {
            headers["x-acs-security-token"] = credential.SecurityToken;
            headers["x-acs-accesskey-id"] = credential.AccessKeyId;
        }

        if (body != null)
        {
            headers["content-type"] = body.Value.ContentType;
        }

        string authorization;
        if (method == SaeSignatureMethod.Acs3HmacSha256)
        {
            headers["host"] = uri.Authority;
            headers["x-acs-date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            headers["x-acs-content-sha256"] = body is null ? EmptyPayloadHash : Acs3HmacSha256Signature.HashPayload(body.Value.Bytes);
            var signable = new SignableRequest(request.Api.Method, path, request.Query, headers, body?.Bytes);
            authorization = Acs3HmacSha256Signature.Authorization(signable, credential.AccessKeyId, credential.Secret.Key);
        }
        else
        {
            headers["date"] = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
            headers["x-acs-signature-method"] = RoaHmacSha1Signature.Method;
            headers["x-acs-signature-version"] = RoaHmacSha1Signature.Version;
            var signable = new SignableRequest(request.Api.Method, path, request.Query, headers, body?.Bytes);
            authorization = RoaHmacSha1Signature.Authorization(signable, credential.AccessKeyId, credential.Secret.Key);
        }

        var message = new HttpRequestMessage(new HttpMethod(request.Api.Method), uri);
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (header.Key == "host")
            {
                message.Headers.Host = header.Value;
            }
            else if (header.Key == "content-type")
            {
                // Sent exactly as signed: a content header, on the body.
                message.Content = new ByteArrayContent(body!.Value.Bytes);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", header.Value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        message.Headers.TryAddWithoutValidation("authorization", authorization);
        message.Headers.TryAddWithoutValidation("user-agent", userAgent);
        return message;
    }

    /// <summary>The path with each {Name} replaced by its value, percent-encoded as the SDK does (a / inside a value is %2F).</summary>
    public static string PathWithParameters(ApiRequest request)
    {
        string path = request.Api.Path;
        foreach (KeyValuePair<string, string> parameter in request.PathParameters)
        {
            path = path.Replace("{" + parameter.Key + "}", PercentEncoding.Encode(parameter.Value));
        }

        return path;
    }

    public static Uri BuildUri(ApiRequest request)
    {
        var builder = new StringBuilder(request.Location.Endpoint.GetLeftPart(UriPartial.Authority));
        builder.Append(PathWithParameters(request));
        if (request.Query.Count > 0)
        {
            builder.Append('?');
            builder.Append(string.Join("&", request.Query.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value))));
        }

        return new Uri(builder.ToString());
    }
}
