using System.Globalization;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// A rule's <c>fault</c>, parsed: its effect and, for <c>error:Code</c> and <c>http:NNN</c>, what to answer.
/// <see cref="Name"/> is the plan's spelling, which the request log and <c>GET /_emulator/faults</c> repeat.
/// </summary>
internal sealed record FaultKind(string Name, FaultEffect Effect, InjectableError? Error = null, int HttpStatus = 0)
{
    public const string ErrorPrefix = "error:";
    public const string HttpPrefix = "http:";

    /// <summary>The statuses <c>http:NNN</c> accepts: what a proxy or load balancer in front of SAE answers by itself.</summary>
    public static readonly IReadOnlyList<int> BareHttpStatuses = [429, 500, 503];

    private static readonly IReadOnlyDictionary<string, FaultEffect> Plain = new Dictionary<string, FaultEffect>(StringComparer.Ordinal)
    {
        ["latency"] = FaultEffect.Latency,
        ["resetBeforeEffect"] = FaultEffect.ResetBeforeEffect,
        ["resetAfterEffect"] = FaultEffect.ResetAfterEffect,
        ["closeAfterEffect"] = FaultEffect.CloseAfterEffect,
        ["truncatedBody"] = FaultEffect.TruncatedBody,
        ["htmlBody"] = FaultEffect.HtmlBody,
        ["wrongClock"] = FaultEffect.WrongClock,
    };

    /// <summary>
    /// Whether the fault answers in place of the gateway and SAE, so the request is neither signature-checked nor
    /// executed: it changes nothing and its nonce stays unused, exactly as if it had never reached Alibaba Cloud.
    /// </summary>
    public bool PreventsEffect => Effect is FaultEffect.Error or FaultEffect.HttpStatus or FaultEffect.HtmlBody or FaultEffect.ResetBeforeEffect;

    /// <summary>Parses the exact (case-sensitive) spelling; null with a reason when it is not a fault.</summary>
    public static FaultKind? TryParse(string? text, out string problem)
    {
        problem = "";
        if (string.IsNullOrEmpty(text))
        {
            problem = "needs a fault";
            return null;
        }

        if (Plain.TryGetValue(text, out FaultEffect effect))
        {
            return new FaultKind(text, effect);
        }

        if (text.StartsWith(ErrorPrefix, StringComparison.Ordinal))
        {
            string code = text[ErrorPrefix.Length..];
            InjectableError? error = InjectableErrors.Find(code);
            if (error is null)
            {
                problem = $"has the fault '{text}', but '{code}' is not a documented gateway or SAE error code; use one of {string.Join(", ", InjectableErrors.Codes)}";
                return null;
            }

            return new FaultKind(text, FaultEffect.Error, error);
        }

        if (text.StartsWith(HttpPrefix, StringComparison.Ordinal)
            && int.TryParse(text[HttpPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out int status)
            && BareHttpStatuses.Contains(status))
        {
            return new FaultKind(text, FaultEffect.HttpStatus, HttpStatus: status);
        }

        problem = $"has the unknown fault '{text}'; use error:<Code>, {string.Join(", ", BareHttpStatuses.Select(s => HttpPrefix + s))}, {string.Join(", ", Plain.Keys)}";
        return null;
    }
}
