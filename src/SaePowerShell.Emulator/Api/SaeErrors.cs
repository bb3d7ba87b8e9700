namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The SAE error catalogue (sae-api.md §5.2 and the per-API tables): status, code and message exactly as documented,
/// with <c>%s</c> filled in. The spellings "Mamespace" and "ChangerOrder" are SAE's own.
/// </summary>
internal static class SaeErrors
{
    public static SaeError NotEmpty(string parameter) =>
        new(400, "InvalidParameter.NotEmpty", $"You must specify the parameter {parameter}.");

    public static SaeError Obviously(string parameter) =>
        new(400, "InvalidParameter.Obviously", $"The specified parameter is invalid {{{parameter}}}.");

    public static readonly SaeError NamespaceNotFound =
        new(404, "InvalidNamespaceId.NotFound", "The specified NamespaceId does not exist.");

    public static readonly SaeError AppIdNotFound =
        new(404, "InvalidAppId.NotFound", "The specified AppId does not exist.");

    public static readonly SaeError ApplicationNotFound =
        new(400, "InvalidApplication.NotFound", "The current application does not exist.");

    public static readonly SaeError ChangeOrderNotFound =
        new(400, "InvalidChangeOrder.NotFound", "The current change order does not exist.");

    public static readonly SaeError AppsNotInSameNamespace =
        new(400, "Invalid.App.List.Not.Same.Namespace", "The selected applications do not belong to the same namespace.");

    public static readonly SaeError ChangeOrderRunning =
        new(400, "Application.ChangerOrderRunning", "An application change process is in progress. Please try again later.");

    public static readonly SaeError NamespaceHasNoApplications =
        new(400, "Mamespace.Have.No.Applications", "There are no applications in this namespace.");

    /// <summary>The account-level faults a seed can pin on a namespace, by code.</summary>
    public static SaeError Fault(string code) => code switch
    {
        "System.Upgrading" => new(400, code, "The system is being upgraded. Please try again later."),
        "user.indebt" => new(400, code, "The user has an outstanding payment."),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a known namespace fault."),
    };
}
