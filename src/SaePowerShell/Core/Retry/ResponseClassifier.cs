using System;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Errors;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Retry;

/// <summary>
/// What an answer means for the call: a success, an error another attempt may get past (the catalog's
/// <see cref="RetrySafety"/> column decides), an error that stands, or no trustworthy answer at all, which for a call
/// that changes state is "outcome unknown".
/// </summary>
internal sealed class ResponseClassifier
{
    private readonly ISaeLog _log;

    public ResponseClassifier(ISaeLog log) => _log = log;

    public AttemptResult Classify(ApiRequest request, SaeCredential credential, string nonce, DateTimeOffset sentAt, HttpAnswer answer)
    {
        JObject? json = JsonRead.TryParseObject(answer.Body);
        bool success = answer.Status >= 200 && answer.Status < 300;
        if (success && json != null && JsonRead.Bool(json, "Success") != false && ErrorBodyParser.CodeOf(json) == null)
        {
            return Succeeded(request, nonce, sentAt, answer, new ApiResponse(answer.Status, json, nonce));
        }

        if (success && json == null)
        {
            return AttemptResult.Unanswered(request, nonce, sentAt, "the service answered HTTP " + answer.Status + " with a body that could not be read", "InvalidResponse", SaeErrorCategory.InvalidResult, null);
        }

        return Failed(request, credential, nonce, sentAt, answer, json);
    }

    private AttemptResult Succeeded(ApiRequest request, string nonce, DateTimeOffset sentAt, HttpAnswer answer, ApiResponse response)
    {
        bool hasData = response.Data != null && response.Data.Type != JTokenType.Null;
        if (request.Api.AnswersWithData && !request.Api.ChangesState && !hasData)
        {
            // Every SAE answer carries Data; without it a listing would look empty, which it is not.
            return AttemptResult.Retry(new SaeServiceException(request.Api.Action, "InvalidResponse", "The service answered success (RequestId " + (response.RequestId ?? "none") + ") without Data",
                SaeErrorCategory.InvalidResult, isTransient: true, recommendedAction: "Run the command again; check -Endpoint if this is not SAE.",
                httpStatus: answer.Status, requestId: response.RequestId, traceId: response.TraceId), null, "answered success without Data");
        }

        if (request.Api.AnswersWithData && request.Api.ChangesState && !hasData)
        {
            // "Success" without saying what was done: it may have been done, so this is a call without an answer.
            AttemptResult unreadable = AttemptResult.Unanswered(request, nonce, sentAt, "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without Data", "InvalidResponse", SaeErrorCategory.InvalidResult, null);
            ((SaeOutcomeUnknownException)unreadable.Exception!).MarkClaimedSuccess();
            return unreadable;
        }

        _log.Verbose(request.Api.Action + " answered HTTP " + answer.Status + " in " + (int)answer.Elapsed.TotalMilliseconds + " ms (RequestId " + (response.RequestId ?? "none") + ").");
        return AttemptResult.Answered(response);
    }

    private AttemptResult Failed(ApiRequest request, SaeCredential credential, string nonce, DateTimeOffset sentAt, HttpAnswer answer, JObject? json)
    {
        ServiceError error = json != null ? ErrorBodyParser.FromJson(json, answer.Status) : ErrorBodyParser.Parse(answer.Status, answer.Body);
        error = error with { Message = Redact(credential, request, error.Message), Recommend = error.Recommend is null ? null : Redact(credential, request, error.Recommend) };
        ErrorCatalogEntry entry = ErrorCatalog.Lookup(error.Code, answer.Status);
        _log.Verbose(request.Api.Action + " answered HTTP " + answer.Status + " " + error.Code + " in " + (int)answer.Elapsed.TotalMilliseconds + " ms (RequestId " + (error.RequestId ?? "none") + ").");

        if (error.Code.Equals("SignatureNonceUsed", StringComparison.OrdinalIgnoreCase))
        {
            // The gateway saw this very request before. A read is read again, with a nonce of its own; for a change,
            // an earlier copy arrived and may have taken effect.
            return request.Api.ChangesState
                ? AttemptResult.Unanswered(request, nonce, sentAt, "the gateway refused the request's nonce as already used (RequestId " + (error.RequestId ?? "none") + "), so an earlier copy of it arrived and may have taken effect",
                    error.Code, SaeErrorCategory.InvalidResult, null)
                : AttemptResult.Retry(Exception(request, error, answer.Status, entry, true), answer.RetryAfter, "answered " + error.Code);
        }

        if (request.Api.ChangesState && entry.Retry == RetrySafety.OnlyWithoutStateChange)
        {
            // A server fault on a call that changes state may come after the change was made.
            return AttemptResult.Unanswered(request, nonce, sentAt, "the service answered HTTP " + answer.Status + " " + error.Code + " (RequestId " + (error.RequestId ?? "none") + "), which does not say whether the call took effect",
                error.Code, entry.Category, null);
        }

        SaeServiceException exception = Exception(request, error, answer.Status, entry, entry.IsTransient);
        return entry.Retry == RetrySafety.Never ? AttemptResult.Fatal(exception) : AttemptResult.Retry(exception, answer.RetryAfter, "answered " + error.Code);
    }

    private static SaeServiceException Exception(ApiRequest request, ServiceError error, int status, ErrorCatalogEntry entry, bool transient) =>
        new SaeServiceException(request.Api.Action, error.Code, error.Message, entry.Category, transient, entry.RecommendedAction,
            httpStatus: status, requestId: error.RequestId, traceId: error.TraceId, recommend: error.Recommend);

    /// <summary>
    /// The gateway echoes its string to sign in SignatureDoesNotMatch, and with the ROA scheme that string holds the
    /// security token (and the query, where a secret's data goes); whatever the service sends back must not carry our
    /// secret, token or the request's sensitive values, in any encoding, into an ErrorRecord.
    /// </summary>
    private static string Redact(SaeCredential credential, ApiRequest request, string text) =>
        SecretRedactor.Redact(text, request.Sensitive.Concat(new[] { credential.SecurityToken, credential.Secret.IsCleared ? null : credential.Secret.Reveal() }).ToArray());
}
