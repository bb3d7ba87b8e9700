using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// -Rule and -DefaultRule as given: SaeIngressRule objects (such as Get-SaeIngress's Rules), or hashtables (any object
/// with the properties) with AppId and ContainerPort, and Domain, Path, BackendProtocol and RewritePath. A problem names
/// the item and the key, before anything is sent; the values themselves are checked by Core (IngressSpec).
/// </summary>
internal static class IngressRuleInput
{
    private static readonly string[] Keys = { "AppId", "AppName", "ContainerPort", "Domain", "Path", "BackendProtocol", "RewritePath" };

    /// <summary>The rules, or null with <paramref name="problem"/>.</summary>
    public static IReadOnlyList<SaeIngressRule>? Read(PSObject[]? given, out string? problem)
    {
        problem = null;
        var rules = new List<SaeIngressRule>();
        foreach (PSObject? item in given ?? Array.Empty<PSObject>())
        {
            if (One(item, out problem) is not SaeIngressRule rule)
            {
                return null;
            }

            rules.Add(rule);
        }

        return rules;
    }

    public static SaeIngressRule? One(object? given, out string? problem)
    {
        problem = null;
        object? item = given is PSObject wrapped ? wrapped.BaseObject : given;
        if (item is SaeIngressRule rule)
        {
            return rule;
        }

        Dictionary<string, object?> values = PropertyBag.Of(given);
        if (!values.ContainsKey("AppId") || !values.ContainsKey("ContainerPort"))
        {
            problem = "The rule '" + given + "' is not a SaeIngressRule or a hashtable such as @{ Domain = 'shop.example.com'; Path = '/'; AppId = '...'; ContainerPort = 8080 }.";
            return null;
        }

        if (PropertyBag.Unknown(values, Keys) is string unknown)
        {
            problem = "The rule key '" + unknown + "' is not one of " + string.Join(", ", Keys) + ".";
            return null;
        }

        object? port = values["ContainerPort"];
        if (!int.TryParse(Convert.ToString(port, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out int containerPort))
        {
            problem = "The rule for " + Text(values, "AppId") + " has ContainerPort '" + port + "', which is not a whole number.";
            return null;
        }

        return new SaeIngressRule
        {
            AppId = Text(values, "AppId") ?? string.Empty,
            AppName = Text(values, "AppName"),
            ContainerPort = containerPort,
            Domain = Text(values, "Domain"),
            Path = Text(values, "Path"),
            BackendProtocol = Text(values, "BackendProtocol"),
            RewritePath = Text(values, "RewritePath"),
        };
    }

    private static string? Text(Dictionary<string, object?> values, string key) =>
        values.TryGetValue(key, out object? value) && value != null && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;
}
