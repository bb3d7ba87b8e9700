using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SaePowerShell.Emulator.Sts;

/// <summary>
/// The parameters of an RPC request, decoded: the query, plus a form body on POST. Alibaba's own clients split them
/// (@alicloud/credentials puts the common parameters and Signature in the query and RoleArn and friends in the
/// form; pop-core's POST puts everything in the form), and the signature covers the union, so the emulator reads both.
/// </summary>
internal sealed class RpcParameters
{
    private RpcParameters(IReadOnlyDictionary<string, string> values, string? repeatedName)
    {
        Values = values;
        RepeatedName = repeatedName;
    }

    /// <summary>Every parameter by exact (case-sensitive) name; a repeated one keeps its first value.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>A name given more than once (twice in the query, or in both query and form): the signature would be ambiguous.</summary>
    public string? RepeatedName { get; }

    /// <summary>The value, or null when the parameter is absent or empty (an empty value counts as not given).</summary>
    public string? this[string name] => Values.TryGetValue(name, out string? value) && value.Length > 0 ? value : null;

    /// <summary>
    /// Reads the query and, on POST with <c>application/x-www-form-urlencoded</c>, the body. The body is buffered and
    /// rewound, so a request that turns out not to be an RPC call can still be handed to the SAE gateway intact.
    /// </summary>
    public static async Task<RpcParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? repeated = null;

        void AddAll(IEnumerable<KeyValuePair<string, StringValues>> pairs)
        {
            foreach (KeyValuePair<string, StringValues> pair in pairs)
            {
                foreach (string? value in pair.Value)
                {
                    if (!values.TryAdd(pair.Key, value ?? ""))
                    {
                        repeated ??= pair.Key;
                    }
                }
            }
        }

        AddAll(request.Query);
        if (HttpMethods.IsPost(request.Method) && IsForm(request.ContentType))
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            string body = await reader.ReadToEndAsync(cancellationToken);
            request.Body.Position = 0;
            AddAll(QueryHelpers.ParseQuery(body));
        }

        return new RpcParameters(values, repeated);
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
