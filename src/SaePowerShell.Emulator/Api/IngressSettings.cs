using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What CreateIngress and UpdateIngress share: each parameter read onto an ingress (the current one for an update,
/// where an absent parameter keeps its value), its rules' applications found in the ingress's namespace, and the
/// checks that no other ingress holds the same listener of the same load balancer (SAE names an ingress by them).
/// </summary>
internal static class IngressSettings
{
    private static readonly string[] RuleKeys = ["appId", "containerPort", "domain", "path", "backendProtocol", "rewritePath"];
    private static readonly string[] DefaultRuleKeys = ["appId", "containerPort", "backendProtocol"];
    private static readonly string[] CorsKeys = ["Enable", "AllowOrigin", "AllowMethods", "AllowHeaders", "ExposeHeaders", "AllowCredentials", "MaxAge"];
    private static readonly string[] XForwardedForSuffixes = ["", "ClientSrcPort", "Proto", "SlbId", "SlbPort"];

    /// <summary>The ingress <paramref name="current"/> becomes with the call's parameters; for a create, current holds the defaults.</summary>
    public static SaeIngress Apply(SaeCall call, SaeIngress current, int listenerPort)
    {
        string protocol = call.OptionalChoice("ListenerProtocol", current.ListenerProtocol, "HTTP", "HTTPS")!;
        SaeIngress next = current with
        {
            Description = call.Optional("Description") ?? current.Description,
            ListenerPort = listenerPort,
            ListenerProtocol = protocol,
            CertId = call.Optional("CertId") ?? current.CertId,
            CertIds = call.Optional("CertIds") ?? current.CertIds,
            SecurityPolicyId = call.Optional("SecurityPolicyId") ?? current.SecurityPolicyId,
            DefaultRule = call.Optional("DefaultRule") is { } rule ? DefaultRule(call.World, current.NamespaceId, rule) : current.DefaultRule,
            Rules = call.Optional("Rules") is { } rules ? Rules(call.World, current.NamespaceId, rules) : current.Rules,
            Cors = call.Optional("CorsConfig") is { } cors ? Cors(cors) : current.Cors,
            EnableGzip = call.OptionalBool("EnableGzip", current.EnableGzip),
            XForwardedFor = XForwardedForSuffixes.ToDictionary(s => s, s => call.OptionalBool("EnableXForwardedFor" + s, current.XForwardedFor.GetValueOrDefault(s))),
            IdleTimeout = call.OptionalInt("IdleTimeout", current.IdleTimeout, 1, 60),
            RequestTimeout = call.OptionalInt("RequestTimeout", current.RequestTimeout, 1, 180),
        };
        if (next.ListenerProtocol == "HTTPS" && next.CertId.Length == 0 && next.CertIds.Length == 0)
        {
            throw new SaeException(SaeErrors.WithMessage("CertId", $"an HTTPS listener needs CertId or CertIds (port {listenerPort})."));
        }

        return next;
    }

    /// <summary>A listener port from 1 to 65535, given as an integer or (UpdateIngress) a string of digits.</summary>
    public static int ListenerPort(SaeCall call, int current)
    {
        string? text = call.Optional("ListenerPort");
        if (text is null)
        {
            return current;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535
            ? port
            : throw new SaeException(SaeErrors.Obviously("ListenerPort"));
    }

    /// <summary>No other ingress listens on this port of this load balancer.</summary>
    public static void EnsureListenerFree(WorldState world, SaeIngress ingress)
    {
        if (world.Ingresses.FirstOrDefault(i => i.Id != ingress.Id && i.SlbId == ingress.SlbId && i.ListenerPort == ingress.ListenerPort) is { } taken)
        {
            throw new SaeException(SaeErrors.WithMessage("ListenerPort", $"the ingress {taken.Id} ({taken.Name}) already listens on port {ingress.ListenerPort} of {ingress.SlbId}."));
        }
    }

    /// <summary>An IngressId that names no ingress; the code is the emulator's (SAE documents none), in SAE's pattern.</summary>
    public static SaeIngress Find(SaeCall call)
    {
        long id = call.RequiredLong("IngressId");
        return call.World.FindIngress(id) ?? throw new SaeException(new SaeError(404, "InvalidIngressId.NotFound", $"The specified IngressId does not exist: {id}."));
    }

    private static IngressRule DefaultRule(WorldState world, string namespaceId, string text)
    {
        JsonItems rule = JsonItems.ParseObject("DefaultRule", text, "default rule", DefaultRuleKeys);
        return Rule(world, namespaceId, "DefaultRule", rule, "", "", "");
    }

    private static IReadOnlyList<IngressRule> Rules(WorldState world, string namespaceId, string text)
    {
        var rules = new List<IngressRule>();
        foreach (JsonItems item in JsonItems.Parse("Rules", text, "rule", allowEmpty: true, RuleKeys))
        {
            string path = item.Text("path");
            if (path.Length > 0 && !path.StartsWith('/'))
            {
                throw new SaeException(SaeErrors.WithMessage("Rules", $"the path '{path}' does not start with /."));
            }

            IngressRule rule = Rule(world, namespaceId, "Rules", item, item.Text("domain"), path, item.Text("rewritePath"));
            if (rules.Any(r => string.Equals(r.Domain, rule.Domain, StringComparison.OrdinalIgnoreCase) && r.Path == rule.Path))
            {
                throw new SaeException(SaeErrors.WithMessage("Rules", $"the domain '{rule.Domain}' and path '{rule.Path}' are given twice."));
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static IngressRule Rule(WorldState world, string namespaceId, string parameter, JsonItems item, string domain, string path, string rewritePath)
    {
        string appId = item.Text("appId");
        SaeApplication app = world.FindApplication(appId) ?? throw new SaeException(SaeErrors.AppIdNotFound);
        if (app.NamespaceId != namespaceId)
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, $"the application {appId} is not in the namespace {namespaceId}."));
        }

        string backend = item.Has("backendProtocol") ? item.Protocol("backendProtocol", "http", "https", "grpc") : "http";
        return new IngressRule(appId, item.Port("containerPort"), backend, domain, path, rewritePath);
    }

    private static IReadOnlyDictionary<string, string> Cors(string text)
    {
        JsonItems cors = JsonItems.ParseObject("CorsConfig", text, "CORS configuration", CorsKeys);
        return CorsKeys.Where(cors.Has).ToDictionary(k => k, cors.Text);
    }

    /// <summary>A new ingress's values before the call's are applied: SAE's defaults.</summary>
    public static SaeIngress Defaults(long id, string namespaceId, string loadBalanceType, string slbId, string slbType, bool createdBySae, DateTimeOffset now) => new()
    {
        Id = id,
        NamespaceId = namespaceId,
        Name = "",
        Description = "",
        LoadBalanceType = loadBalanceType,
        SlbId = slbId,
        SlbType = slbType,
        CreatedBySae = createdBySae,
        ListenerPort = 0,
        ListenerProtocol = "HTTP",
        CertId = "",
        CertIds = "",
        SecurityPolicyId = "",
        DefaultRule = new IngressRule("", 0, "http", "", "", ""),
        Rules = [],
        Cors = new Dictionary<string, string>(),
        EnableGzip = false,
        XForwardedFor = XForwardedForSuffixes.ToDictionary(s => s, _ => false),
        IdleTimeout = 15,
        RequestTimeout = 60,
        CreatedAt = now,
    };

    /// <summary>SAE's name: the load balancer, the port and a suffix derived from the id.</summary>
    public static string NameOf(SaeIngress ingress) =>
        $"{ingress.SlbId}-{ingress.ListenerPort.ToString(CultureInfo.InvariantCulture)}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(ingress.Id)), 0, 3).ToLowerInvariant()}";
}
