using System.Text;

namespace SaePowerShell.Tests.Emulator;

/// <summary>Small seeds for the change order tests: one namespace, numbered applications, optional faults.</summary>
internal static class TestSeeds
{
    public const string Namespace = "cn-hangzhou:t";

    /// <summary>The id of the n-th (1-based) application of <see cref="Line"/>.</summary>
    public static string AppId(int n) => $"app-{n}";

    /// <summary>The name of the n-th (1-based) application of <see cref="Line"/>.</summary>
    public static string AppName(int n) => $"svc{n}";

    /// <summary>
    /// <paramref name="count"/> applications app-1..app-N (names svc1..svcN, 2 instances each) in <see cref="Namespace"/>,
    /// all in <paramref name="status"/>; <paramref name="faults"/> maps 1-based positions to a changeOrderFault.
    /// </summary>
    public static string Line(int count, int delayMs, string status = "STOPPED", IReadOnlyDictionary<int, string>? faults = null)
    {
        var json = new StringBuilder();
        json.Append($$"""{ "changeOrderDelayMs": {{delayMs}}, "namespaces": [ { "namespaceId": "{{Namespace}}" }, { "namespaceId": "cn-hangzhou:other" } ], "applications": [""");
        json.AppendJoin(",", Enumerable.Range(1, count).Select(n =>
        {
            string fault = faults is not null && faults.TryGetValue(n, out string? f) ? $$""", "changeOrderFault": "{{f}}" """ : "";
            return $$"""{ "appId": "{{AppId(n)}}", "appName": "{{AppName(n)}}", "namespaceId": "{{Namespace}}", "instances": 2, "status": "{{status}}"{{fault}} }""";
        }));
        json.Append($$""", { "appId": "elsewhere", "appName": "x", "namespaceId": "cn-hangzhou:other" } ] }""");
        return json.ToString();
    }

    /// <summary>The ids app-from..app-to.</summary>
    public static string[] AppIds(int from, int to) => Enumerable.Range(from, to - from + 1).Select(AppId).ToArray();
}
