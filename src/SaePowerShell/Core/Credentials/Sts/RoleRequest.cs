using System;
using System.Globalization;

namespace SaePowerShell.Core.Credentials.Sts
{
    /// <summary>The role to assume, for how long, with which session name and policy.</summary>
    internal sealed class RoleRequest
    {
        public const int DefaultDurationSeconds = 3600;

        public RoleRequest(string roleArn, string? sessionName, int? durationSeconds, string? policy)
        {
            RoleArn = roleArn;
            SessionName = string.IsNullOrEmpty(sessionName) ? "sae-powershell-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : sessionName!;
            DurationSeconds = durationSeconds ?? DefaultDurationSeconds;
            Policy = policy;
        }

        public string RoleArn { get; }

        public string SessionName { get; }

        public int DurationSeconds { get; }

        public string? Policy { get; }
    }
}
