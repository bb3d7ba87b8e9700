using System;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Retry;

/// <summary>The result of one attempt at a call: an answer, or an exception and whether another attempt may help.</summary>
internal sealed record AttemptResult(ApiResponse? Response, Exception? Exception, bool Retryable, TimeSpan? RetryAfter, string Summary)
{
    public static AttemptResult Answered(ApiResponse response) => new AttemptResult(response, null, false, null, string.Empty);

    public static AttemptResult Retry(Exception exception, TimeSpan? retryAfter, string summary) => new AttemptResult(null, exception, true, retryAfter, summary);

    public static AttemptResult Fatal(Exception exception) => new AttemptResult(null, exception, false, null, string.Empty);

    /// <summary>
    /// No answer that can be trusted. A call that changes state may have taken effect: it is "outcome unknown", never
    /// repeated here (the outcome check decides). A read is simply tried again.
    /// </summary>
    public static AttemptResult Unanswered(ApiRequest request, string nonce, DateTimeOffset sentAt, string reason, string code, SaeErrorCategory category, Exception? inner)
    {
        if (request.Api.ChangesState)
        {
            return Fatal(request.OutcomeUnknown(nonce, reason, category, sentAt, inner));
        }

        var exception = new SaeServiceException(request.Api.Action, code, char.ToUpperInvariant(reason[0]) + reason.Substring(1) + ".", category, isTransient: true,
            recommendedAction: "Try again; check -Endpoint and the network if it keeps failing.");
        return Retry(exception, null, reason);
    }
}
