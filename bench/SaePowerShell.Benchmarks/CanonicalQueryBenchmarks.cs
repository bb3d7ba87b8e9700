using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Benchmarks;

/// <summary>The V3 canonical query string of 10 parameters, some of which need percent-encoding (":", ",", " ", "/").</summary>
[MemoryDiagnoser]
public class CanonicalQueryBenchmarks
{
    private List<KeyValuePair<string, string>> _sortedQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sortedQuery = new List<KeyValuePair<string, string>>
        {
            new KeyValuePair<string, string>("AppIds", Fixtures.AppId(0, 1) + "," + Fixtures.AppId(0, 2) + "," + Fixtures.AppId(0, 3)),
            new KeyValuePair<string, string>("AppName", "order api"),
            new KeyValuePair<string, string>("CoStatus", "2"),
            new KeyValuePair<string, string>("CurrentPage", "1"),
            new KeyValuePair<string, string>("FieldType", "appIds"),
            new KeyValuePair<string, string>("FieldValue", Fixtures.AppId(0, 4)),
            new KeyValuePair<string, string>("NamespaceId", "cn-hangzhou:prod"),
            new KeyValuePair<string, string>("PageSize", "100"),
            new KeyValuePair<string, string>("RegionId", "cn-hangzhou"),
            new KeyValuePair<string, string>("Version", "release/1.4.2"),
        };
    }

    [Benchmark(Description = "Canonical query, 10 parameters")]
    public string CanonicalQuery() => Acs3HmacSha256Signature.CanonicalQueryString(_sortedQuery);
}
