using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// Whether an API acts: the one column every decision about confirmation, retries and the transport reads. An HTTP
/// method is only a hint: SAE has GETs that act (ExecJob runs a job, SuspendJob suspends one, ConfirmPipelineBatch
/// starts a batch), and treating them as reads would send them under -WhatIf and resend them after they may have
/// arrived. Every GET whose name does not say it reads is decided here by name, and a test flags a new one until
/// someone decides which it is.
/// </summary>
internal static class ApiEffects
{
    /// <summary>The words that begin the name of an API that only reads.</summary>
    public static readonly IReadOnlyList<string> ReadingPrefixes = new[] { "Describe", "List", "Get", "Query" };

    /// <summary>GETs whose names are not reads, each decided: true where it acts.</summary>
    public static readonly IReadOnlyDictionary<string, bool> DecidedGets = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["ConfirmPipelineBatch"] = true,
        ["ExecJob"] = true,
        ["SuspendJob"] = true,
    };

    /// <summary>Whether a call of this API may change something: every method but GET does, and the GETs decided so.</summary>
    public static bool Acts(string action, string method) =>
        !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || (DecidedGets.TryGetValue(action, out bool acts) && acts);

    /// <summary>Whether the name alone says the API reads.</summary>
    public static bool NameSaysRead(string action)
    {
        foreach (string prefix in ReadingPrefixes)
        {
            if (action.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
