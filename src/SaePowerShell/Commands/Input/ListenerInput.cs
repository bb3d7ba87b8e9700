using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// -Listener as given: SaeLoadBalancerListener objects, or hashtables (any object with the properties) with Port,
/// TargetPort and Protocol, and CertIds and CaCertId for the secure protocols. A problem names the item and the key,
/// before anything is sent; the values themselves are checked by Core (LoadBalancerSpec).
/// </summary>
internal static class ListenerInput
{
    private static readonly string[] Keys = { "Port", "TargetPort", "Protocol", "CertIds", "CaCertId" };

    /// <summary>The listeners, or null with <paramref name="problem"/>.</summary>
    public static IReadOnlyList<SaeLoadBalancerListener>? Read(PSObject[]? given, out string? problem)
    {
        problem = null;
        var listeners = new List<SaeLoadBalancerListener>();
        foreach (PSObject? item in given ?? Array.Empty<PSObject>())
        {
            SaeLoadBalancerListener? listener = One(item, out problem);
            if (listener is null)
            {
                return null;
            }

            listeners.Add(listener);
        }

        return listeners;
    }

    private static SaeLoadBalancerListener? One(object? given, out string? problem)
    {
        problem = null;
        object? item = given is PSObject wrapped ? wrapped.BaseObject : given;
        if (item is SaeLoadBalancerListener listener)
        {
            return listener;
        }

        Dictionary<string, object?> values = PropertyBag.Of(given);
        if (!values.ContainsKey("Port") || !values.ContainsKey("Protocol"))
        {
            problem = "The listener '" + given + "' is not a SaeLoadBalancerListener or a hashtable such as @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' }.";
            return null;
        }

        if (PropertyBag.Unknown(values, Keys) is string unknown)
        {
            problem = "The listener key '" + unknown + "' is not one of " + string.Join(", ", Keys) + ".";
            return null;
        }

        var read = new SaeLoadBalancerListener
        {
            Protocol = Text(values, "Protocol") ?? string.Empty,
            CertIds = Text(values, "CertIds"),
            CaCertId = Text(values, "CaCertId"),
        };
        foreach (string key in new[] { "Port", "TargetPort" })
        {
            // A listener without a target port forwards to the same port.
            object? value = values.TryGetValue(key, out object? v) && v != null ? v : values["Port"];
            if (!int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                problem = "The listener " + read.Protocol + " has " + key + " '" + value + "', which is not a whole number.";
                return null;
            }

            if (key == "Port")
            {
                read.Port = number;
            }
            else
            {
                read.TargetPort = number;
            }
        }

        return read;
    }

    private static string? Text(Dictionary<string, object?> values, string key) =>
        values.TryGetValue(key, out object? value) && value != null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
