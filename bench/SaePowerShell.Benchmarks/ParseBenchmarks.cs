using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Benchmarks;

/// <summary>
/// Reading one ListApplications page of 100 applications: from the parsed envelope (ListApplicationsCall.Parse on
/// an ApiResponse), and from the body text, as the client does it (JToken.Parse, then Parse).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _body = null!;
    private ApiResponse _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Fixtures.ListApplicationsBody(100);
        _response = new ApiResponse(200, JObject.Parse(_body), "3c6b8a2f0d1e4b7a9c5d2e8f1a4b7c0d");
        if (ListApplicationsCall.Parse(_response).Items.Count != 100)
        {
            throw new System.InvalidOperationException("The fixture does not parse to 100 applications.");
        }
    }

    [Benchmark(Description = "Parse ListApplications page (100 apps)")]
    public IReadOnlyList<SaeApplication> Parse() => ListApplicationsCall.Parse(_response).Items;

    [Benchmark(Description = "Parse ListApplications body text (100 apps)")]
    public IReadOnlyList<SaeApplication> ParseFromText() =>
        ListApplicationsCall.Parse(new ApiResponse(200, (JObject)JToken.Parse(_body), "3c6b8a2f0d1e4b7a9c5d2e8f1a4b7c0d")).Items;
}
