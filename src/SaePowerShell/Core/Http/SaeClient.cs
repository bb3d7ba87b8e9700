using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Errors;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Http;

/// <summary>
/// Sends signed calls to SAE and reads the answers. Retries what the error catalog calls transient, with exponential
/// backoff and jitter, but never repeats a call that changes state once it may have taken effect.
/// </summary>
internal sealed class SaeClient
{
    private readonly HttpTransport _http;
    private readonly ICredentialSource _source;
    private readonly SaeClientOptions _options;
    private readonly ISaeLog _log;
    private readonly IClock _clock;
    private readonly Func<double> _random;
    private readonly Func<string> _newNonce;

    public SaeClient(ICredentialSource source, SaeClientOptions options, ISaeLog log)
        : this(HttpTransport.Shared, source, options, log, SystemClock.Instance, ThreadSafeRandom.NextDouble, () => Guid.NewGuid().ToString("N"))
    {
    }

    internal SaeClient(HttpMessageInvoker http, SaeCredential credential, SaeClientOptions options, ISaeLog log, IClock clock, Func<double> random, Func<string> newNonce)
        : this(new HttpTransport(http), new StaticCredentialSource(credential), options, log, clock, random, newNonce)
    {
    }

    internal SaeClient(HttpMessageInvoker http, ICredentialSource source, SaeClientOptions options, ISaeLog log, IClock clock, Func<double> random, Func<string> newNonce)
        : this(new HttpTransport(http), source, options, log, clock, random, newNonce)
    {
    }

    internal SaeClient(HttpTransport http, ICredentialSource source, SaeClientOptions options, ISaeLog log, IClock clock, Func<double> random, Func<string> newNonce)
    {
        _http = http;
        _source = source;
        _options = options;
        _log = log;
        _clock = clock;
        _random = random;
        _newNonce = newNonce;
    }

    /// <summary>Where the client's messages go; callers that act around it (the batch caller) tell their story there too.</summary>
    internal ISaeLog Log => _log;

    internal IClock Clock => _clock;

    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        int attempts = _options.MaximumRetryCount + 1;
        for (int attempt = 1; ; attempt++)
        {
            Failure failure = await TryOnceAsync(request, attempt, attempts, cancellationToken).ConfigureAwait(false);
            if (failure.Response != null)
            {
                return failure.Response;
            }

            if (!failure.Retryable || attempt >= attempts)
            {
                throw failure.Exception!;
            }

            TimeSpan delay = Backoff(attempt, failure.RetryAfter);
            _log.Verbose(request.Api.Action + ": " + failure.Summary + "; retrying in " + delay.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
                + " s (attempt " + (attempt + 1) + " of " + attempts + ").");
            await _clock.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Failure> TryOnceAsync(ApiRequest request, int attempt, int attempts, CancellationToken cancellationToken)
    {
        await RespectQuotaAsync(request, cancellationToken).ConfigureAwait(false);
        SaeCredential credential = await _source.GetAsync(cancellationToken).ConfigureAwait(false);
        string nonce = _newNonce();
        DateTimeOffset sentAt = _clock.UtcNow;
        _log.Verbose(Describe(request) + (attempts > 1 ? ", attempt " + attempt + " of " + attempts : string.Empty) + ".");

        using (HttpRequestMessage message = SignedRequestFactory.Create(request, credential, _options.SignatureMethod, sentAt, nonce, _options.UserAgent))
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            _log.Debug("Signed " + request.Api.Action + " with " + _options.SignatureMethod + " using AccessKey " + credential.MaskedAccessKeyId + "; client request id " + nonce + ".");
            deadline.CancelAfter(_options.Timeout);
            var stopwatch = Stopwatch.StartNew();
            int status;
            string body;
            TimeSpan? retryAfter;
            try
            {
                HttpTransport.Prepare(message, request.Api);
                using (HttpResponseMessage response = await BoundedHttp.SendAsync(_http.For(request.Api), message, deadline.Token).ConfigureAwait(false))
                using (deadline.Token.Register(response.Dispose))
                {
                    status = (int)response.StatusCode;
                    retryAfter = response.Headers.RetryAfter?.Delta;
                    body = await BoundedHttp.ReadAsync(response.Content, BoundedHttp.SaeAnswerLimit, deadline.Token).ConfigureAwait(false);
                }
            }
            catch (AnswerTooLargeException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return request.Api.ChangesState
                    ? Unanswered(request, nonce, sentAt, "the answer was larger than " + BoundedHttp.Describe(ex.Limit) + " and was not read", "ResponseTooLarge", SaeErrorCategory.InvalidResult, ex)
                    : Failure.Fatal(new SaeServiceException(request.Api.Action, "ResponseTooLarge", ex.Message, null, null, null, null, SaeErrorCategory.InvalidResult, false,
                        "Ask for less (a smaller page, a narrower filter); check -Endpoint if this is not SAE."));
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && IsCancellationOrAbort(ex))
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception ex) when (deadline.IsCancellationRequested && IsCancellationOrAbort(ex))
            {
                return Unanswered(request, nonce, sentAt, "no answer came within " + _options.Timeout.TotalSeconds + " s", "RequestTimeout", SaeErrorCategory.OperationTimeout, ex);
            }
            catch (HttpRequestException ex) when (NeverReachedServer(ex))
            {
                // Nothing was sent, so even a call that changes state is safe to try again.
                var exception = new SaeServiceException(request.Api.Action, "ConnectionFailed", "Could not connect to " + request.Location.Endpoint.GetLeftPart(UriPartial.Authority) + ": " + Innermost(ex).Message,
                    null, null, null, null, SaeErrorCategory.ConnectionError, true, "Check -Endpoint and the network.");
                return Failure.Retry(exception, null, "could not connect");
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException || ex is ObjectDisposedException)
            {
                return Unanswered(request, nonce, sentAt, "the connection failed: " + Innermost(ex).Message, "ConnectionFailed", SaeErrorCategory.ConnectionError, ex);
            }

            return Interpret(request, credential, nonce, sentAt, status, body, retryAfter, stopwatch.Elapsed);
        }
    }

    private async Task RespectQuotaAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        RateLimiting.SlidingWindowRateLimiter? limiter = _options.RateLimiter;
        if (limiter is null)
        {
            return;
        }

        TimeSpan wait = limiter.Reserve();
        if (wait > TimeSpan.Zero)
        {
            _log.Verbose("Waiting " + wait.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s before " + request.Api.Action
                + ": SAE allows about 60 calls a minute per account, and this session keeps to " + limiter + " for this account"
                + " (" + RateLimiting.RateLimits.Variable + ").");
            await _clock.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private Failure Interpret(ApiRequest request, SaeCredential credential, string nonce, DateTimeOffset sentAt, int status, string body, TimeSpan? retryAfter, TimeSpan elapsed)
    {
        JObject? json = TryParse(body);
        bool success = status >= 200 && status < 300;
        if (success && json != null && JsonRead.Bool(json, "Success") != false && ErrorBodyParser.CodeOf(json) == null)
        {
            var response = new ApiResponse(status, json, nonce);
            if (!request.Api.ChangesState && !(response.Data is JObject) && !(response.Data is JArray))
            {
                // Every SAE answer carries Data; without it a listing would look empty, which it is not.
                return Failure.Retry(new SaeServiceException(request.Api.Action, "InvalidResponse", "The service answered success (RequestId " + (response.RequestId ?? "none") + ") without Data",
                    status, response.RequestId, response.TraceId, null, SaeErrorCategory.InvalidResult, true, "Run the command again; check -Endpoint if this is not SAE."), null, "answered success without Data");
            }

            if (request.Api.ChangesState && !(response.Data is JObject))
            {
                // "Success" without saying what was done: it may have been done, so this is a call without an answer.
                Failure unreadable = Unanswered(request, nonce, sentAt, "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without Data", "InvalidResponse", SaeErrorCategory.InvalidResult, null);
                ((SaeOutcomeUnknownException)unreadable.Exception!).MarkClaimedSuccess();
                return unreadable;
            }

            _log.Verbose(request.Api.Action + " answered HTTP " + status + " in " + (int)elapsed.TotalMilliseconds + " ms (RequestId " + (response.RequestId ?? "none") + ").");
            return Failure.None(response);
        }

        if (success && json == null)
        {
            return Unanswered(request, nonce, sentAt, "the service answered HTTP " + status + " with a body that could not be read", "InvalidResponse", SaeErrorCategory.InvalidResult, null);
        }

        ServiceError error = json != null ? ErrorBodyParser.FromJson(json, status) : ErrorBodyParser.Parse(status, body);
        error = new ServiceError(error.Code, Redact(credential, error.Message), error.RequestId, error.TraceId, error.Recommend, error.HostId);
        ErrorCatalogEntry entry = ErrorCatalog.Lookup(error.Code, status);
        _log.Verbose(request.Api.Action + " answered HTTP " + status + " " + error.Code + " in " + (int)elapsed.TotalMilliseconds + " ms (RequestId " + (error.RequestId ?? "none") + ").");

        bool nonceUsed = error.Code.Equals("SignatureNonceUsed", StringComparison.OrdinalIgnoreCase);
        if (nonceUsed && !request.Api.ChangesState)
        {
            // A copy of a read arrived first: reading again, with a nonce of its own, is harmless.
            return Failure.Retry(new SaeServiceException(request.Api.Action, error.Code, error.Message, status, error.RequestId, error.TraceId, error.Recommend, entry.Category, true, entry.RecommendedAction),
                retryAfter, "answered " + error.Code);
        }

        if (nonceUsed)
        {
            // The gateway saw this very request before: an earlier copy arrived, and it may have taken effect.
            return Unanswered(request, nonce, sentAt, "the gateway refused the request's nonce as already used (RequestId " + (error.RequestId ?? "none") + "), so an earlier copy of it arrived and may have taken effect",
                error.Code, SaeErrorCategory.InvalidResult, null);
        }

        if (request.Api.ChangesState && entry.IsTransient && !RejectedBeforeProcessing(status, error.Code))
        {
            // A server fault on a call that changes state may come after the change was made.
            return Unanswered(request, nonce, sentAt, "the service answered HTTP " + status + " " + error.Code + " (RequestId " + (error.RequestId ?? "none") + "), which does not say whether the call took effect",
                error.Code, entry.Category, null);
        }

        var exception = new SaeServiceException(request.Api.Action, error.Code, error.Message, status, error.RequestId, error.TraceId, error.Recommend, entry.Category, entry.IsTransient, entry.RecommendedAction);
        return entry.IsTransient ? Failure.Retry(exception, retryAfter, "answered " + error.Code) : Failure.Fatal(exception);
    }

    /// <summary>
    /// The gateway echoes its string to sign in SignatureDoesNotMatch, and with the ROA scheme that string holds the
    /// security token; whatever the service sends back must not carry our secret or token, in any encoding, into an ErrorRecord.
    /// </summary>
    private static string Redact(SaeCredential credential, string text) =>
        SecretRedactor.Redact(text, credential.SecurityToken, credential.Secret.IsCleared ? null : credential.Secret.Reveal());

    /// <summary>Answers that say the call was turned away before SAE acted on it, so repeating it cannot start anything twice.</summary>
    private static bool RejectedBeforeProcessing(int status, string code) =>
        status == 429 || status == 503
        || code.StartsWith("Throttling", StringComparison.OrdinalIgnoreCase)
        || code.Equals("System.Upgrading", StringComparison.OrdinalIgnoreCase)
        || code.Equals("ServiceUnavailable", StringComparison.OrdinalIgnoreCase)
        || code.Equals("SystemBusy", StringComparison.OrdinalIgnoreCase);

    private Failure Unanswered(ApiRequest request, string nonce, DateTimeOffset sentAt, string reason, string code, SaeErrorCategory category, Exception? inner)
    {
        if (request.Api.ChangesState)
        {
            return Failure.Fatal(new SaeOutcomeUnknownException(request.Api.Action, request.NamespaceId, request.AppIds, nonce, reason, category, sentAt, inner));
        }

        var exception = new SaeServiceException(request.Api.Action, code, char.ToUpperInvariant(reason[0]) + reason.Substring(1) + ".", null, null, null, null, category, true, "Try again; check -Endpoint and the network if it keeps failing.");
        return Failure.Retry(exception, null, reason);
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        double baseSeconds = _options.RetryInterval.TotalSeconds * Math.Pow(2, attempt - 1);

        // "Equal jitter": half the interval is kept, half is random, so concurrent callers spread out without stalling.
        double seconds = (baseSeconds / 2) + (_random() * baseSeconds / 2);
        if (retryAfter.HasValue && retryAfter.Value.TotalSeconds > seconds)
        {
            seconds = retryAfter.Value.TotalSeconds;
        }

        return TimeSpan.FromSeconds(Math.Min(seconds, _options.MaximumRetryInterval.TotalSeconds));
    }

    private static string Describe(ApiRequest request)
    {
        string text = request.Api.Method + " " + request.Location.Endpoint.GetLeftPart(UriPartial.Authority) + request.Api.Path + " (" + request.Api.Action;
        if (request.Location.RegionId != null)
        {
            text += ", region " + request.Location.RegionId;
        }

        if (request.NamespaceId != null)
        {
            text += ", namespace " + request.NamespaceId;
        }

        if (request.Api.ChangesState)
        {
            text += request.AppIds.Count == 0 ? ", all applications" : ", " + request.AppIds.Count + " application(s)";
        }

        return "Calling " + text + ")";
    }

    private static JObject? TryParse(string body)
    {
        if (body.Length == 0 || body.TrimStart().FirstOrDefault() != '{')
        {
            return null;
        }

        try
        {
            return JsonRead.Parse(body) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsCancellationOrAbort(Exception ex) =>
        ex is OperationCanceledException || ex is ObjectDisposedException || ex is HttpRequestException || ex is System.IO.IOException;

    private static bool NeverReachedServer(HttpRequestException ex)
    {
        for (Exception? e = ex; e != null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused:
                    case SocketError.HostNotFound:
                    case SocketError.HostUnreachable:
                    case SocketError.NetworkUnreachable:
                    case SocketError.TryAgain:
                    case SocketError.NoData:
                        return true;
                }
            }
        }

        return false;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException != null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    /// <summary>The result of one attempt: an answer, or an exception and whether another attempt may help.</summary>
    private sealed class Failure
    {
        private Failure(ApiResponse? response, Exception? exception, bool retryable, TimeSpan? retryAfter, string summary)
        {
            Response = response;
            Exception = exception;
            Retryable = retryable;
            RetryAfter = retryAfter;
            Summary = summary;
        }

        public ApiResponse? Response { get; }

        public Exception? Exception { get; }

        public bool Retryable { get; }

        public TimeSpan? RetryAfter { get; }

        public string Summary { get; }

        public static Failure None(ApiResponse response) => new Failure(response, null, false, null, string.Empty);

        public static Failure Retry(Exception exception, TimeSpan? retryAfter, string summary) => new Failure(null, exception, true, retryAfter, summary);

        public static Failure Fatal(Exception exception) => new Failure(null, exception, false, null, string.Empty);
    }
}
