using System;
using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// A call that changes state was sent, but no answer came back (a timeout or a dropped connection).
/// It may have taken effect, so it is not repeated; the user must look before acting again.
/// </summary>
public sealed class SaeOutcomeUnknownException : SaeException
{
    /// <summary>Creates the exception for a call whose effect cannot be told.</summary>
    public SaeOutcomeUnknownException(string api, string? namespaceId, IReadOnlyList<string> appIds, string clientRequestId, string reason, SaeErrorCategory category, DateTimeOffset sentAt, Exception? inner)
        : base("OutcomeUnknown", category, FormatMessage(api, namespaceId, appIds, clientRequestId, reason),
            "Look at the namespace's change orders (Get-SaeChangeOrder for an application, or the SAE console) to see whether the change happened before trying again.", inner)
    {
        Api = api;
        NamespaceId = namespaceId;
        AppIds = appIds;
        ClientRequestId = clientRequestId;
        Reason = reason;
        SentAt = sentAt;
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

    /// <summary>When the request was sent, by this machine's clock.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>The API that was called.</summary>
    public string Api { get; }

    /// <summary>The namespace the call named.</summary>
    public string? NamespaceId { get; }

    /// <summary>The applications the call named.</summary>
    public IReadOnlyList<string> AppIds { get; }

    /// <summary>The request's signature nonce: the id this client gave the request.</summary>
    public string ClientRequestId { get; }

    /// <summary>Why no answer was read.</summary>
    public string Reason { get; }


    private static string FormatMessage(string api, string? namespaceId, IReadOnlyList<string> appIds, string clientRequestId, string reason)
    {
        string scope = namespaceId is null ? string.Empty : " in namespace " + namespaceId;
        string apps = appIds.Count == 0 ? " for every application" : " for " + appIds.Count + " application(s)";
        return "The outcome of " + api + scope + apps + " is unknown: " + reason + ". The request (client request id " + clientRequestId
            + ") was sent and may have taken effect, so it was not repeated. Check the applications' last change order before trying again.";
    }
}
