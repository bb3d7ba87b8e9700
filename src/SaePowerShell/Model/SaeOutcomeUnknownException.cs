using System;
using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// A call that changes state was sent, but no answer came back (a timeout or a dropped connection).
/// It may have taken effect, so it is not repeated; the user must look before acting again.
/// </summary>
public sealed class SaeOutcomeUnknownException : SaeException
{
    /// <summary>
    /// Creates the exception for a call whose effect cannot be told. <paramref name="target"/> names what the call
    /// acts on, by id (such as "application 1a2b in namespace cn-hangzhou:demo"); <paramref name="howToCheck"/> says
    /// how to look at it.
    /// </summary>
    public SaeOutcomeUnknownException(string api, string target, string howToCheck, string clientRequestId, string reason, SaeErrorCategory category, DateTimeOffset sentAt, Exception? inner)
        : base("OutcomeUnknown", category, FormatMessage(api, target, howToCheck, clientRequestId, reason), howToCheck, inner)
    {
        Api = api;
        Target = target;
        ClientRequestId = clientRequestId;
        Reason = reason;
        SentAt = Core.Api.ServiceTime.InServiceZone(sentAt);
    }

    /// <summary>
    /// The service said "success" but not what it did (no Data, no change order id). That is no proof that nothing
    /// happened, so the call is never sent again on the strength of a check that finds nothing.
    /// </summary>
    internal bool ServiceClaimedSuccess { get; private set; }

    internal SaeOutcomeUnknownException MarkClaimedSuccess()
    {
        ServiceClaimedSuccess = true;
        return this;
    }

    /// <summary>When the request was sent, by this machine's clock, at +08:00 as every time the module writes.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>The API that was called.</summary>
    public string Api { get; }

    /// <summary>What the call acts on, by id.</summary>
    public string Target { get; }

    /// <summary>The namespace the call named.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The applications the call named.</summary>
    public IReadOnlyList<string> AppIds { get; init; } = Array.Empty<string>();

    /// <summary>The request's signature nonce: the id this client gave the request.</summary>
    public string ClientRequestId { get; }

    /// <summary>Why no answer was read.</summary>
    public string Reason { get; }

    private static string FormatMessage(string api, string target, string howToCheck, string clientRequestId, string reason) =>
        "The outcome of " + api + " for " + target + " is unknown: " + reason + ". The request (client request id " + clientRequestId
        + ") was sent and may have taken effect, so it was not repeated. " + howToCheck;
}
