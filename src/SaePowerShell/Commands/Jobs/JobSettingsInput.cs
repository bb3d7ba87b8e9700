using System.Collections;
using System.Collections.Generic;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Jobs;

/// <summary>New-SaeJob's and Set-SaeJob's typed values as <see cref="JobSettings"/>, or the problem naming the bad one, before any call.</summary>
internal static class JobSettingsInput
{
    public static JobSettings? Read(string? imageUrl, string? command, string[]? commandArgs, int? replicas, string? schedule, string? timezone,
        long? backoffLimit, long? jobTimeout, string? concurrencyPolicy, IDictionary? environment, out string? problem)
    {
        IReadOnlyDictionary<string, string>? variables = null;
        if (environment != null)
        {
            variables = DataInput.Read<string>(environment, "job's environment", (key, value) =>
                value is null ? (string.Empty, "The value of '" + key + "' in -Environment is null; give text ('' for an empty value).")
                : !(value is string) && (value is IEnumerable || value is IDictionary)
                    ? (string.Empty, "The value of '" + key + "' in -Environment is a " + value.GetType().Name + "; an environment variable holds text.")
                    : (InputValue.Text(value), null),
                out problem);
            if (variables is null)
            {
                return null;
            }
        }

        var settings = new JobSettings(imageUrl, command, commandArgs, replicas, schedule, timezone, backoffLimit, jobTimeout, concurrencyPolicy, variables);
        problem = settings.Problem();
        return problem is null ? settings : null;
    }
}
