using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Text.RegularExpressions;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// A secret as a user gives it: a hashtable of SecureStrings (-Data), or a registry and its login (-Registry,
/// -RegistryCredential). A problem names the key or the parameter, never a value: a value given as plain text by
/// mistake is a secret all the same.
/// </summary>
internal static class SecretInput
{
    // SAE's CreateSecret: "The name can contain digits, letters, and underscores (_). The name must start with a
    // letter." Its own example (registry-auth-acree) has hyphens, so they pass too; 253 is Kubernetes' limit for a name.
    private static readonly Regex NamePattern = new Regex("^[A-Za-z][A-Za-z0-9_-]{0,252}$", RegexOptions.CultureInvariant);

    /// <summary>Why SAE would refuse <paramref name="name"/> as a secret's name, or null.</summary>
    public static string? NameProblem(string name) => NamePattern.IsMatch(name)
        ? null
        : "The secret name '" + name + "' is not one SAE takes: it begins with a letter and holds letters, digits, '_' and '-' (at most 253).";

    /// <summary>The payload of -Data, or of -Registry with -RegistryCredential; null with <paramref name="problem"/> when neither is whole.</summary>
    public static SecretPayload? PayloadOf(IDictionary? data, string? registry, PSCredential? login, out string? problem)
    {
        if (data != null && (registry != null || login != null))
        {
            problem = "Give -Data, or -Registry with -RegistryCredential, not both.";
            return null;
        }

        if (data != null)
        {
            IReadOnlyDictionary<string, string>? values = ValuesOf(data, out problem);
            return values is null ? null : SecretPayload.OfValues(values);
        }

        if (registry is null || login is null)
        {
            problem = registry is null && login is null ? "Give -Data, or -Registry with -RegistryCredential: there is nothing to write." : "-Registry and -RegistryCredential go together: give both.";
            return null;
        }

        if (registry.Trim().Length == 0 || registry.IndexOfAny(new[] { ' ', '\t', '/', '"' }) >= 0)
        {
            problem = "The registry '" + registry + "' is not a registry's host name, such as registry.cn-hangzhou.aliyuncs.com.";
            return null;
        }

        if (login.UserName.Length == 0)
        {
            problem = "-RegistryCredential has no user name.";
            return null;
        }

        problem = null;
        return SecretPayload.OfRegistry(registry, login.UserName, login.GetNetworkCredential().Password);
    }

    private static IReadOnlyDictionary<string, string>? ValuesOf(IDictionary data, out string? problem) =>
        DataInput.Read<string>(data, "secret", (key, value) =>
            value is null ? (string.Empty, "The value of '" + key + "' in -Data is null; a secret's value is a SecureString.")
            : value is SecureString secure ? (new NetworkCredential(string.Empty, secure).Password, null)
            : (string.Empty, "The value of '" + key + "' in -Data is a " + value.GetType().Name + ", not a SecureString; it was not sent. Give it as one (Read-Host -AsSecureString, or ConvertTo-SecureString), so that it never stands in a command line, the history or a log."),
            out problem);
}
