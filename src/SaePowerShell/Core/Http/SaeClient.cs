using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Retry;
using SaePowerShell.Core.Time;

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
    private readonly DelayStrategy _delays;
    private readonly ResponseClassifier _classifier;
    private readonly Func<string> _newNonce;

    public SaeClient(ICredentialSource source, SaeClientOptions options, ISaeLog log)
        : this(source, options, log, SystemClock.Instance)
    {
    }

    public SaeClient(ICredentialSource source, SaeClientOptions options, ISaeLog log, IClock clock)
        : this(HttpTransport.Shared, source, options, log, clock, ThreadSafeRandom.NextDouble, () => Guid.NewGuid().ToString("N"))
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
        _delays = new DelayStrategy(options, random);
        _classifier = new ResponseClassifier(log);
        _newNonce = newNonce;
    }

    /// <summary>Where the client's messages go; callers that act around it (the batch caller) tell their story there too.</summary>
    internal ISaeLog Log => _log;

    internal IClock Clock => _clock;

    /// <summary>The account's quota this client keeps to, or null when it keeps none (a plan's time is counted by it).</summary>
    internal RateLimiting.SlidingWindowRateLimiter? Quota => _options.RateLimiter;

    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        int attempts = _options.MaximumRetryCount + 1;
        for (int attempt = 1; ; attempt++)
        {
            AttemptResult result = await TryOnceAsync(request, attempt, attempts, cancellationToken).ConfigureAwait(false);
            if (result.Response != null)
            {
                return result.Response;
            }

            if (!result.Retryable || attempt >= attempts)
            {
                throw result.Exception!;
            }

            TimeSpan delay = _delays.Next(attempt, result.RetryAfter);
            _log.Verbose(request.Api.Action + ": " + result.Summary + "; retrying in " + delay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)
                + " s (attempt " + (attempt + 1) + " of " + attempts + ").");
            await _clock.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptResult> TryOnceAsync(ApiRequest request, int attempt, int attempts, CancellationToken cancellationToken)
    {
        await RespectQuotaAsync(request, cancellationToken).ConfigureAwait(false);
        SaeCredential credential = await _source.GetAsync(cancellationToken).ConfigureAwait(false);
        string nonce = _newNonce();
        DateTimeOffset sentAt = _clock.UtcNow;
        _log.Verbose(Describe(request) + (attempts > 1 ? ", attempt " + attempt + " of " + attempts : string.Empty) + ".");

        using (HttpRequestMessage message = SignedRequestFactory.Create(request, credential, _options.SignatureMethod, sentAt, nonce, _options.UserAgent))
        {
            _log.Debug("Signed " + request.Api.Action + " with " + _options.SignatureMethod + " using AccessKey " + credential.MaskedAccessKeyId + "; client request id " + nonce + ".");
            HttpTransport.Prepare(message, request.Api);
            HttpAnswer answer;
            try
            {
                answer = await BoundedHttp.SendAndReadAsync(_http.For(request.Api), message, _options.Timeout, BoundedHttp.SaeAnswerLimit, cancellationToken).ConfigureAwait(false);
            }
            catch (AnswerTooLargeException ex)
            {
                return request.Api.ChangesState
                    ? AttemptResult.Unanswered(request, nonce, sentAt, "the answer was larger than " + BoundedHttp.Describe(ex.Limit) + " and was not read", "ResponseTooLarge", SaeErrorCategory.InvalidResult, ex)
                    : AttemptResult.Fatal(new SaeServiceException(request.Api.Action, "ResponseTooLarge", ex.Message, SaeErrorCategory.InvalidResult, isTransient: false,
                        recommendedAction: "Ask for less (a smaller page, a narrower filter); check -Endpoint if this is not SAE."));
            }
            catch (DeadlineExceededException ex)
            {
                return AttemptResult.Unanswered(request, nonce, sentAt, "no answer came within " + _options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s", "RequestTimeout", SaeErrorCategory.OperationTimeout, ex);
            }
            catch (Exception ex) when (TransportFailures.IsTransport(ex) && TransportFailures.NeverReachedServer(ex))
            {
                // Nothing was sent, so even a call that changes state is safe to try again.
                return AttemptResult.Retry(new SaeServiceException(request.Api.Action, "ConnectionFailed", "Could not connect to " + request.Location.Endpoint.GetLeftPart(UriPartial.Authority) + ": " + TransportFailures.Innermost(ex).Message,
                    SaeErrorCategory.ConnectionError, isTransient: true, recommendedAction: "Check -Endpoint and the network."), null, "could not connect");
            }
            catch (Exception ex) when (TransportFailures.IsTransport(ex))
            {
                return AttemptResult.Unanswered(request, nonce, sentAt, "the connection failed: " + TransportFailures.Innermost(ex).Message, "ConnectionFailed", SaeErrorCategory.ConnectionError, ex);
            }

            return _classifier.Classify(request, credential, nonce, sentAt, answer);
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
            _log.Verbose("Waiting " + wait.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s before " + request.Api.Action
                + ": SAE allows about 60 calls a minute per account, and this session keeps to " + limiter + " for this account"
                + " (" + RateLimiting.RateLimits.Variable + ").");
            await _clock.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
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
}
