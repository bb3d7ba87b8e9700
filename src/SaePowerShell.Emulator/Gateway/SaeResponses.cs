using System.Text.Json;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Surface;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// Builds the three body shapes a client must handle: the gateway error, SAE's success envelope and SAE's business
/// error envelope (sae-api.md §2 and §5.1). Field order follows the documented samples.
/// </summary>
internal static class SaeResponses
{
    private const string ContentType = "application/json;charset=utf-8";

    /// <summary>The POP gateway's error shape; STS answers the same, recommending its own product.</summary>
    public static PreparedAnswer GatewayError(string requestId, string host, GatewayError error, string product = "sae") =>
        Build(requestId, error.Status, writer =>
        {
            writer.WriteString("RequestId", requestId);
            writer.WriteString("HostId", host);
            writer.WriteString("Code", error.Code);
            writer.WriteString("Message", error.Message);
            writer.WriteString("Recommend", $"https://next.api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product={product}");
        });

    /// <summary>
    /// The success envelope with exactly the top-level fields the API declares (<see cref="SurfaceApi.ResponseFieldTypes"/>):
    /// Code as a number where the SDK model reads an integer (DescribeRegions, the v2 web APIs) and a string elsewhere,
    /// and no Code, Success, TraceId or Data where the model has none.
    /// </summary>
    public static PreparedAnswer Success(string requestId, SaeResult result, SurfaceApi api) =>
        Build(requestId, StatusCodes.Status200OK, writer =>
        {
            IReadOnlyDictionary<string, string> declared = api.ResponseFieldTypes;
            writer.WriteString("RequestId", requestId);
            // GetApplication's model has no Code at all.
            if (declared.TryGetValue("Code", out string? codeType) && codeType is "integer" or "long")
            {
                writer.WriteNumber("Code", StatusCodes.Status200OK);
            }
            else if (codeType is not null)
            {
                writer.WriteString("Code", "200");
            }

            if (declared.ContainsKey("Message"))
            {
                writer.WriteString("Message", "success");
            }

            // DescribeApplicationNlbs declares Success a string ("true"), as SAE's model does; every other API a boolean.
            if (declared.TryGetValue("Success", out string? successType) && successType == "string")
            {
                writer.WriteString("Success", "true");
            }
            else if (successType is not null)
            {
                writer.WriteBoolean("Success", true);
            }

            if (declared.ContainsKey("TraceId"))
            {
                writer.WriteString("TraceId", NewTraceId());
            }

            foreach (KeyValuePair<string, object> field in result.TopLevel ?? [])
            {
                writer.WritePropertyName(field.Key);
                JsonSerializer.Serialize(writer, field.Value, field.Value.GetType(), EmulatorJson.Sae);
            }

            if (result.Data is not null)
            {
                writer.WritePropertyName("Data");
                JsonSerializer.Serialize(writer, result.Data, result.Data.GetType(), EmulatorJson.Sae);
            }
        });

    public static PreparedAnswer BusinessError(string requestId, SaeError error) =>
        Build(requestId, error.HttpStatus, writer =>
        {
            writer.WriteString("RequestId", requestId);
            writer.WriteString("Code", error.HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("Message", error.Message);
            writer.WriteBoolean("Success", false);
            writer.WriteString("ErrorCode", error.ErrorCode);
            writer.WriteString("TraceId", NewTraceId());
            writer.WriteNull("Data");
        });

    /// <summary>A JSON object body written field by field, in the order the documented samples show.</summary>
    internal static PreparedAnswer Build(string requestId, int status, Action<Utf8JsonWriter> writeFields)
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

    /// <summary>32 lower-case hex characters, the shape of SAE's trace ids.</summary>
    private static string NewTraceId() => Guid.NewGuid().ToString("N");
}
