namespace SaePowerShell.Core.Credentials.Sts;

/// <summary>The role to assume, for how long, with which session name and policy.</summary>
internal sealed class RoleRequest
{
    public const int DefaultDurationSeconds = 3600;
    public const string DefaultSessionName = "sae-powershell";

    public RoleRequest(string roleArn, string? sessionName, int? durationSeconds, string? policy)
    {
        RoleArn = roleArn;
        // A stable default, so that commands asking for the same role share its credentials (SharedSources).
        SessionName = string.IsNullOrEmpty(sessionName) ? DefaultSessionName : sessionName!;
        DurationSeconds = durationSeconds ?? DefaultDurationSeconds;
        Policy = policy;
    }

    public string RoleArn { get; }

    public string SessionName { get; }

    public int DurationSeconds { get; }

    public string? Policy { get; }
}
