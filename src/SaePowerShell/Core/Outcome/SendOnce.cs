using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// The never-twice loop every state-changing call that answers a change order goes through. When a send gets no
/// answer, it looks at what SAE did before acting again: took effect, that change order is the result; did not, the
/// call is sent once more (unless the service had claimed success); cannot tell, the "outcome unknown" error stands.
/// What counts as evidence is the caller's: a namespace's batch orders, or an application's change orders.
/// </summary>
internal static class SendOnce
{
    /// <summary>Time for a slow SAE to finish what it received before its change orders are read.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    /// <summary>How many times one call is sent in all: each resend follows a verdict that the last did not take effect.</summary>
    public const int MaximumSends = 3;

    /// <summary>
    /// Sends <paramref name="request"/> until it is answered or its fate is known. <paramref name="subject"/> says what
    /// it is about (for -Verbose); <paramref name="parse"/> reads the change order from an answer, given when the call
    /// was sent; <paramref name="resolve"/> finds out whether a send that got no answer took effect; <paramref name="adopt"/>
    /// completes a change order found that way with what the call knew of itself.
    /// </summary>
    public static Task<SaeChangeOrder> CallAsync(SaeClient client, ApiRequest request, string subject, Func<ApiResponse, DateTimeOffset, SaeChangeOrder> parse,
        Func<DateTimeOffset, CancellationToken, Task<OutcomeVerdict>> resolve, Func<SaeChangeOrder, SaeChangeOrder> adopt, CancellationToken cancellationToken) =>
        CallAsync<SaeChangeOrder>(client, request, subject, parse,
            async (sentAt, token) => (await resolve(sentAt, token).ConfigureAwait(false)).Of(order => order),
            adopt, order => "change order " + order.ChangeOrderId, cancellationToken);

    /// <summary>The loop for a call whose lost send, once found to have taken effect, has the result the look-up found as it is.</summary>
    public static Task<T> CallAsync<T>(SaeClient client, ApiRequest request, string subject, Func<ApiResponse, DateTimeOffset, T> parse,
        Func<DateTimeOffset, CancellationToken, Task<OutcomeVerdict<T>>> resolve, Func<T, string> describe, CancellationToken cancellationToken) =>
        CallAsync(client, request, subject, parse, resolve, found => found, describe, cancellationToken);

    /// <summary>
    /// The same loop for any call whose result is not a change order (a config map created, changed or deleted):
    /// <paramref name="resolve"/> finds the result a lost send had, <paramref name="describe"/> names it for -Verbose.
    /// </summary>
    public static async Task<T> CallAsync<T>(SaeClient client, ApiRequest request, string subject, Func<ApiResponse, DateTimeOffset, T> parse,
        Func<DateTimeOffset, CancellationToken, Task<OutcomeVerdict<T>>> resolve, Func<T, T> adopt, Func<T, string> describe, CancellationToken cancellationToken)
    {
        for (int send = 1; ; send++)
        {
            DateTimeOffset sentAt = client.Clock.UtcNow;
            try
            {
                ApiResponse response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return parse(response, sentAt);
            }
            catch (SaeOutcomeUnknownException unknown)
            {
                client.Log.Verbose(unknown.Api + " for " + subject + " got no answer (" + unknown.Reason + "); checking whether it took effect.");
                await client.Clock.Delay(SettleTime, cancellationToken).ConfigureAwait(false);
                OutcomeVerdict<T> verdict = await resolve(unknown.SentAt, cancellationToken).ConfigureAwait(false);
                if (verdict.Kind == OutcomeKind.TookEffect)
                {
                    client.Log.Verbose(unknown.Api + " for " + subject + " took effect: " + describe(verdict.Result!) + ".");
                    return adopt(verdict.Result!);
                }

                if (verdict.Kind == OutcomeKind.DidNotTakeEffect && !unknown.ServiceClaimedSuccess && send < MaximumSends)
                {
                    client.Log.Verbose(unknown.Api + " for " + subject + " did not take effect (" + verdict.Reason + "); sending it again.");
                    continue;
                }

                client.Log.Verbose(unknown.Api + " for " + subject + ": " + (verdict.Kind == OutcomeKind.Unknown
                    ? "could not tell whether it took effect (" + verdict.Reason + ")."
                    : unknown.ServiceClaimedSuccess
                        ? "nothing was found (" + verdict.Reason + "), but the service had said success, so it is not sent again."
                        : "it did not take effect after " + send + " sends; giving up."));
                throw;
            }
        }
    }
}
