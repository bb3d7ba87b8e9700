using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// Specs: made from a live configuration, written as JSON with a stable key order, read back with every property
/// checked against the surface before any call (an unknown name, a wrong type, a value outside its documented ones is
/// an error naming the file, the application and the property), and turned back into CreateApplication's values.
/// Config maps and secrets are mounted by name, since their ids differ from one namespace to the next.
/// </summary>
internal static class ApplicationSpecs
{
    public const int Version = 1;

    private static readonly string[] TopLevel = { "specVersion", "appName", "namespaceId", "regionId", "appId", "configuration", "tags", "scalingRules", "loadBalancers" };

    /// <summary>The mounts that name a namespace object by id, with the name SAE answers beside it.</summary>
    internal static readonly IReadOnlyList<(string Field, string Id, string Name)> Mounts = new[]
    {
        ("ConfigMapMountDesc", "configMapId", "configMapName"),
        ("SecretMountDesc", "secretId", "secretName"),
    };

    /// <summary>
    /// A spec of the live application; its scaling rules only when <paramref name="rules"/> is not empty, and its
    /// load-balancer bindings only when <paramref name="loadBalancers"/> is not, so a spec of an application without
    /// them does not own them.
    /// </summary>
    public static SaeApplicationSpec FromConfiguration(SaeApplicationConfig config, IDictionary<string, string> tags, IReadOnlyList<SaeScalingRule>? rules = null,
        IReadOnlyList<SaeApplicationLoadBalancer>? loadBalancers = null)
    {
        var configuration = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> pair in CreateApplicationCall.FromConfiguration(config, Array.Empty<string>()))
        {
            configuration[pair.Key] = ByName(pair.Key, Structured(pair.Value));
        }

        return new SaeApplicationSpec
        {
            AppName = config.AppName ?? string.Empty,
            NamespaceId = config.NamespaceId ?? string.Empty,
            RegionId = config.RegionId,
            AppId = config.AppId,
            Configuration = configuration,
            Tags = new SortedDictionary<string, string>(tags.ToDictionary(t => t.Key, t => t.Value), StringComparer.Ordinal),
            ScalingRules = rules is { Count: > 0 } ? rules.OrderBy(r => r.Name, StringComparer.Ordinal).ToList() : null,
            LoadBalancers = loadBalancers is { Count: > 0 } ? loadBalancers.ToList() : null,
        };
    }

    /// <summary>Specs as JSON: one object for one application, an array for several; keys in a stable order.</summary>
    public static string ToJson(IReadOnlyList<SaeApplicationSpec> specs)
    {
        JToken document = specs.Count == 1 ? ToJObject(specs[0]) : new JArray(specs.Select(ToJObject));
        return document.ToString(Formatting.Indented) + "\n";
    }

    private static JObject ToJObject(SaeApplicationSpec spec)
    {
        var result = new JObject
        {
            ["specVersion"] = spec.SpecVersion,
            ["appName"] = spec.AppName,
            ["namespaceId"] = spec.NamespaceId,
        };
        if (spec.RegionId != null)
        {
            result["regionId"] = spec.RegionId;
        }

        if (spec.AppId != null)
        {
            result["appId"] = spec.AppId;
        }

        result["configuration"] = Sorted(JToken.FromObject(spec.Configuration));
        result["tags"] = Sorted(JToken.FromObject(spec.Tags));
        if (spec.ScalingRules != null)
        {
            result["scalingRules"] = SpecScalingRules.ToJson(spec.ScalingRules);
        }

        if (spec.LoadBalancers != null)
        {
            result["loadBalancers"] = SpecLoadBalancers.ToJson(spec.LoadBalancers);
        }

        return result;
    }

    /// <summary>One entry per application of a spec file: the spec, or the error that names what is wrong with it.</summary>
    public static IReadOnlyList<(SaeApplicationSpec? Spec, SaeConfigurationException? Error)> Read(string text, string source)
    {
        JToken document;
        try
        {
            document = JToken.Parse(text);
        }
        catch (JsonException ex)
        {
            return new[] { ((SaeApplicationSpec?)null, (SaeConfigurationException?)new SaeConfigurationException("InvalidSpec", source + " is not JSON: " + ex.Message + " Nothing was sent.")) };
        }

        IEnumerable<JToken> entries = document is JArray array ? array : new[] { document };
        return entries.Select((entry, index) => ReadOne(entry, source + (document is JArray ? " [" + index + "]" : string.Empty))).ToList();
    }

    private static (SaeApplicationSpec?, SaeConfigurationException?) ReadOne(JToken entry, string where)
    {
        try
        {
            if (entry is not JObject obj)
            {
                throw Bad(where, null, "is not a JSON object");
            }

            string app = (string?)obj["appName"] ?? "(no appName)";
            string? unknown = obj.Properties().Select(p => p.Name).FirstOrDefault(name => !TopLevel.Contains(name, StringComparer.Ordinal));
            if (unknown != null)
            {
                throw Bad(where, app, "has an unknown property '" + unknown + "'; a spec has " + string.Join(", ", TopLevel));
            }

            int version = obj["specVersion"]?.Type == JTokenType.Integer ? (int)obj["specVersion"]! : throw Bad(where, app, "has no specVersion");
            if (version > Version)
            {
                throw Bad(where, app, "is of spec version " + version + ", newer than this module reads (" + Version + ")");
            }

            var spec = new SaeApplicationSpec
            {
                SpecVersion = version,
                AppName = Text(obj, "appName", where, app) ?? throw Bad(where, app, "has no appName"),
                NamespaceId = Text(obj, "namespaceId", where, app) ?? throw Bad(where, app, "has no namespaceId"),
                RegionId = Text(obj, "regionId", where, app),
                AppId = Text(obj, "appId", where, app),
                Source = where,
            };
            if (obj["configuration"] is JObject configuration)
            {
                foreach (JProperty property in configuration.Properties())
                {
                    spec.Configuration[property.Name] = JsonPlain.From(property.Value);
                }
            }
            else if (obj["configuration"] != null)
            {
                throw Bad(where, app, "has a configuration that is not an object");
            }

            if (obj["tags"] is JObject tags)
            {
                foreach (JProperty tag in tags.Properties())
                {
                    spec.Tags[tag.Name] = tag.Value.Type == JTokenType.String ? (string)tag.Value! : throw Bad(where, app, "has the tag '" + tag.Name + "' with a value that is not text");
                }
            }

            if (obj["scalingRules"] is JToken rules && rules.Type != JTokenType.Null)
            {
                spec.ScalingRules = SpecScalingRules.Read(rules, what => Bad(where, app, what));
            }

            if (obj["loadBalancers"] is JToken loadBalancers && loadBalancers.Type != JTokenType.Null)
            {
                spec.LoadBalancers = SpecLoadBalancers.Read(loadBalancers, what => Bad(where, app, what));
            }

            Check(spec);
            return (spec, null);
        }
        catch (SaeConfigurationException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>Every configuration property checked against CreateApplication's surface: its name, its type, its documented values where they are a closed set.</summary>
    public static void Check(SaeApplicationSpec spec)
    {
        ApiDefinition create = CreateApplicationCall.Definition;
        string where = spec.Source ?? "the spec";
        foreach (KeyValuePair<string, object?> pair in spec.Configuration)
        {
            ApiParameter parameter = create.Find(pair.Key) ?? throw Bad(where, spec.AppName, "has the unknown property '" + pair.Key + "' (the closest are: " + string.Join(", ", ApiCatalog.Closest(pair.Key, create.Parameters.Select(p => p.Name))) + ")");
            if (pair.Value is null)
            {
                continue;
            }

            try
            {
                // The required ones first, so that the property checked is the value it has.
                var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["AppName"] = "check", ["PackageType"] = "Image", ["Replicas"] = 1 };
                values[parameter.Name] = pair.Value;
                ApiCallBuilder.Build(create, values, Nowhere);
            }
            catch (SaeConfigurationException ex) when (ex.ErrorId != "MissingParameter")
            {
                throw Bad(where, spec.AppName, "has a bad '" + pair.Key + "': " + ex.Message);
            }

            string text = Convert.ToString(pair.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            if ((parameter.Type == "integer" || parameter.Type == "long") && parameter.DocumentedValues.Count > 0 && !parameter.DocumentedValues.Contains(text, StringComparer.Ordinal))
            {
                throw Bad(where, spec.AppName, "has " + pair.Key + " " + text + ", which is not one of SAE's documented values (" + string.Join(", ", parameter.DocumentedValues) + ")");
            }
        }
    }

    /// <summary>
    /// The configuration as CreateApplication's values, mounts by id in the target namespace: <paramref name="idOf"/>
    /// gives a config map's or secret's id by (field, name), or null when the namespace has none of that name.
    /// </summary>
    public static Dictionary<string, object?> Values(SaeApplicationSpec spec, IDictionary<string, object?> configuration, Func<string, string, long?> idOf)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, object?> pair in configuration)
        {
            values[pair.Key] = ById(spec, pair.Key, pair.Value, idOf);
        }

        return values;
    }

    /// <summary>Whether a field is one of the mounts that name objects (and need the namespace's objects looked up).</summary>
    public static bool IsMount(string field) => Mounts.Any(m => string.Equals(m.Field, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>SAE's JSON-string fields as the structures they hold; anything else as it is.</summary>
    private static object? Structured(object? value)
    {
        if (value is string text && text.Length > 1 && (text[0] == '{' || text[0] == '['))
        {
            try
            {
                return JsonPlain.From(JToken.Parse(text));
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return value;
    }

    /// <summary>A mount's entries named by the object they mount, where SAE gave its name, in place of its id.</summary>
    private static object? ByName(string field, object? value)
    {
        (string Field, string Id, string Name) mount = Mounts.FirstOrDefault(m => string.Equals(m.Field, field, StringComparison.OrdinalIgnoreCase));
        if (mount.Field is null || value is not IEnumerable entries || value is string)
        {
            return value;
        }

        var result = new List<object?>();
        foreach (object? entry in entries)
        {
            if (entry is IDictionary map && map.Contains(mount.Name) && map[mount.Name] is string name && name.Length > 0)
            {
                var copy = new OrderedDictionary();
                foreach (DictionaryEntry item in map)
                {
                    if (!string.Equals((string)item.Key, mount.Id, StringComparison.Ordinal))
                    {
                        copy[item.Key] = item.Value;
                    }
                }

                result.Add(copy);
            }
            else
            {
                result.Add(entry);
            }
        }

        return result;
    }

    private static object? ById(SaeApplicationSpec spec, string field, object? value, Func<string, string, long?> idOf)
    {
        (string Field, string Id, string Name) mount = Mounts.FirstOrDefault(m => string.Equals(m.Field, field, StringComparison.OrdinalIgnoreCase));
        if (mount.Field is null || value is not IEnumerable entries || value is string)
        {
            return value;
        }

        var result = new List<object?>();
        foreach (object? entry in entries)
        {
            if (entry is IDictionary map && map.Contains(mount.Name) && map[mount.Name] is string name)
            {
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry item in map)
                {
                    copy[(string)item.Key] = item.Value;
                }

                copy[mount.Id] = idOf(mount.Field, name) ?? throw Bad(spec.Source ?? "the spec", spec.AppName, "mounts '" + name + "' (" + field + "), which the target namespace does not have");
                result.Add(copy);
            }
            else
            {
                result.Add(entry);
            }
        }

        return result;
    }

    private static string? Text(JObject obj, string name, string where, string app) =>
        obj[name] is null || obj[name]!.Type == JTokenType.Null ? null
        : obj[name]!.Type == JTokenType.String ? (string)obj[name]! : throw Bad(where, app, "has a " + name + " that is not text");

    private static JToken Sorted(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token,
    };

    private static SaeConfigurationException Bad(string where, string? app, string what) =>
        new SaeConfigurationException("InvalidSpec", where + (app is null ? string.Empty : ", application " + app) + ": " + what + ". Nothing was sent for it.");

    private static readonly ServiceLocation Nowhere = new ServiceLocation(new Uri("https://sae.invalid/"), null, "a check before any call", null);
}
