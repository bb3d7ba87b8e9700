using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Errors;

/// <summary>
/// Maps the codes SAE and the Alibaba Cloud gateway send (shared/reference/sae-api.md §5) to a category, whether a retry
/// may help, and what the user can do. Keyed on the code, never the HTTP status: the same code comes with different
/// statuses on different pages of Alibaba's documentation.
/// </summary>
internal static class ErrorCatalog
{
    private const string RetryLater = "Try again in a few minutes.";
    private const string CheckCredentials = "Check the AccessKey id and secret (and the STS token, if any) that the command used; -Verbose shows where they came from.";
    private const string CheckClock = "Check this machine's clock: Alibaba Cloud rejects requests more than 15 minutes off.";
    private const string GrantPermission = "Ask the account administrator to grant the RAM user or role the SAE permission for this action.";

    private static readonly Dictionary<string, ErrorCatalogEntry> Exact = new Dictionary<string, ErrorCatalogEntry>(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Upgrading"] = TurnedAway(SaeErrorCategory.ResourceUnavailable, "SAE is being upgraded in this region. " + RetryLater),
        ["InvalidParameter.Obviously"] = Permanent(SaeErrorCategory.InvalidArgument, "Check the application ids, the namespace id and -Version."),
        ["InvalidParameter.NotEmpty"] = Permanent(SaeErrorCategory.InvalidArgument, "Supply the parameter the message names."),
        ["InvalidParameter.WithMessage"] = Permanent(SaeErrorCategory.InvalidArgument, "Correct the parameter the message names."),
        ["Mamespace.Have.No.Applications"] = Permanent(SaeErrorCategory.ObjectNotFound, "The namespace has no applications; check -NamespaceId (Get-SaeApplication lists what is there)."),
        ["Namespace.AppExists"] = Permanent(SaeErrorCategory.InvalidOperation, "The namespace still has applications (Get-SaeApplication -NamespaceId lists them); delete them first, then remove the namespace again."),
        ["Invalid.App.List.Not.Same.Namespace"] = Permanent(SaeErrorCategory.InvalidArgument, "Pass each application with the namespace it belongs to: pipe Get-SaeApplication output, which carries both."),
        ["user.indebt"] = Permanent(SaeErrorCategory.PermissionDenied, "The Alibaba Cloud account has an overdue payment. Settle it in the billing console, then try again."),
        ["Application.ChangerOrderRunning"] = Permanent(SaeErrorCategory.ResourceBusy, "Another change order is running for the application. Wait for it to finish, then try again."),
        ["Application.InvalidStatus"] = Permanent(SaeErrorCategory.ResourceBusy, "The application is in a state that does not allow this now. " + RetryLater),
        ["Application.NotDeployYet"] = Permanent(SaeErrorCategory.InvalidOperation, "Deploy the application before starting it."),
        ["Resouce.no.permission"] = Permanent(SaeErrorCategory.PermissionDenied, GrantPermission),
        ["Forbidden.RAM"] = Permanent(SaeErrorCategory.PermissionDenied, GrantPermission),
        ["NoPermission"] = Permanent(SaeErrorCategory.PermissionDenied, GrantPermission),
        ["Forbidden.NoPermission"] = Permanent(SaeErrorCategory.PermissionDenied, GrantPermission),
        ["SignatureDoesNotMatch"] = Permanent(SaeErrorCategory.AuthenticationError, CheckCredentials),
        ["IncompleteSignature"] = Permanent(SaeErrorCategory.AuthenticationError, "The request's signature was malformed; this is a bug in SaePowerShell, please report it."),
        ["InvalidSignatureMethod"] = Permanent(SaeErrorCategory.AuthenticationError, "Use -SignatureMethod Acs3HmacSha256."),
        ["SignatureNonceUsed"] = Permanent(SaeErrorCategory.AuthenticationError, "The request's nonce was seen before; try again."),
        ["InvalidAccessKeyId.NotFound"] = Permanent(SaeErrorCategory.AuthenticationError, CheckCredentials),
        ["InvalidAccessKeyId.Inactive"] = Permanent(SaeErrorCategory.AuthenticationError, "The AccessKey is disabled; enable it or use another."),
        ["Forbidden.AccessKeyDisabled"] = Permanent(SaeErrorCategory.AuthenticationError, "The AccessKey is disabled; enable it or use another."),
        ["MissingSecurityToken"] = Permanent(SaeErrorCategory.AuthenticationError, "STS AccessKeys need their security token (ALIBABA_CLOUD_SECURITY_TOKEN)."),
        ["InvalidTimeStamp.Expired"] = Permanent(SaeErrorCategory.AuthenticationError, CheckClock),
        ["InvalidTimeStamp.Format"] = Permanent(SaeErrorCategory.AuthenticationError, CheckClock),
        ["InvalidApi.NotFound"] = Permanent(SaeErrorCategory.InvalidOperation, "The endpoint does not serve this SAE API; check -Endpoint."),
        ["InternalError"] = Transient(SaeErrorCategory.ResourceUnavailable, RetryLater),
        ["ServiceUnavailable"] = TurnedAway(SaeErrorCategory.ResourceUnavailable, RetryLater),
        ["SystemBusy"] = TurnedAway(SaeErrorCategory.ResourceUnavailable, RetryLater),
        ["UnknownError"] = Transient(SaeErrorCategory.ResourceUnavailable, RetryLater),
    };

    private static readonly ErrorCatalogEntry Throttled = TurnedAway(
        SaeErrorCategory.LimitsExceeded,
        "SAE allows about 60 API calls a minute per account. Wait a minute, or lower -ThrottleLimit.");

    private static readonly ErrorCatalogEntry SecurityToken = Permanent(SaeErrorCategory.AuthenticationError, "The STS security token is invalid or expired; get a new one.");
    private static readonly ErrorCatalogEntry NotFound = Permanent(SaeErrorCategory.ObjectNotFound, "Check the id the message names.");
    private static readonly ErrorCatalogEntry Missing = Permanent(SaeErrorCategory.InvalidArgument, "Supply the parameter the code names.");
    /// <summary>
    /// 501 Not Implemented and 405 Method Not Allowed say the server does not offer the call at all: nothing was done,
    /// so it is neither retried nor "outcome unknown", and trying again later would not help either.
    /// </summary>
    private static readonly ErrorCatalogEntry NotOffered = Permanent(SaeErrorCategory.NotImplemented,
        "The server does not offer this API (an emulator that does not emulate it, or an endpoint that is not SAE): nothing was done. Check -Endpoint, or call it against SAE.");

    private static readonly ErrorCatalogEntry ServerFault = Transient(SaeErrorCategory.ResourceUnavailable, RetryLater);
    private static readonly ErrorCatalogEntry Unknown = Permanent(SaeErrorCategory.NotSpecified, null);

    /// <summary>
    /// What a code means, and when another attempt is harmless. A 429 or 503 is an answer from in front of SAE, turned
    /// away before it acted, whatever code the body carries.
    /// </summary>
    public static ErrorCatalogEntry Lookup(string code, int? httpStatus)
    {
        ErrorCatalogEntry entry = LookupCode(code, httpStatus);
        return (httpStatus == 429 || httpStatus == 503) && entry.Retry == RetrySafety.OnlyWithoutStateChange
            ? entry with { Retry = RetrySafety.TurnedAwayBeforeProcessing }
            : entry;
    }

    private static ErrorCatalogEntry LookupCode(string code, int? httpStatus)
    {
        if (httpStatus == 501 || httpStatus == 405)
        {
            return NotOffered;
        }

        if (Exact.TryGetValue(code, out ErrorCatalogEntry? entry))
        {
            return entry;
        }

        if (code.StartsWith("Throttling", StringComparison.OrdinalIgnoreCase) || httpStatus == 429)
        {
            return Throttled;
        }

        if (code.StartsWith("InvalidSecurityToken", StringComparison.OrdinalIgnoreCase))
        {
            return SecurityToken;
        }

        if (code.EndsWith(".NotFound", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound;
        }

        if (code.StartsWith("Missing", StringComparison.Ordinal) || code.StartsWith("InvalidParameter", StringComparison.OrdinalIgnoreCase))
        {
            return Missing;
        }

        if (httpStatus >= 500)
        {
            return ServerFault;
        }

        return Unknown;
    }

    private static ErrorCatalogEntry TurnedAway(SaeErrorCategory category, string action) => new ErrorCatalogEntry(category, RetrySafety.TurnedAwayBeforeProcessing, action);

    private static ErrorCatalogEntry Transient(SaeErrorCategory category, string action) => new ErrorCatalogEntry(category, RetrySafety.OnlyWithoutStateChange, action);

    private static ErrorCatalogEntry Permanent(SaeErrorCategory category, string? action) => new ErrorCatalogEntry(category, RetrySafety.Never, action);
}
