using SaePowerShell.Surface;
using System.Globalization;
using SaePowerShell.Core.Api;
using Xunit;

namespace SaePowerShell.Tests.Contract;

/// <summary>
/// The module's requests against SAE's official surface (data/sae-api-surface.json): the file is the referee. The
/// cases come from the file, so a disagreement between module and surface fails here, whichever side moved.
/// </summary>
public sealed class ApiContractTests
{
    public static TheoryData<string> OfficialApisTheModuleCalls()
    {
        var data = new TheoryData<string>();
        var declared = ModuleRequests.Declared().Select(a => a.Action).ToHashSet(StringComparer.Ordinal);
        foreach (string action in ApiSurface.Apis.Keys.Where(declared.Contains).OrderBy(a => a, StringComparer.Ordinal))
        {
            data.Add(action);
        }

        return data;
    }

    [Fact]
    public void EveryApiTheModuleDeclares_IsAnOfficialApi_AndHasItsRequestsHere()
    {
        foreach (SaeApi api in ModuleRequests.Declared())
        {
            Assert.True(ApiSurface.Apis.ContainsKey(api.Action), api.Action + " is not in the official surface.");
            Assert.Contains(ModuleRequests.All(), r => r.Request.Api == api);
        }
    }

    /// <summary>The GETs that act, as their documentation says: written out here, not read from the module's table.</summary>
    private static readonly string[] ActingGets = ["ConfirmPipelineBatch", "ExecJob", "SuspendJob"];

    [Theory]
    [MemberData(nameof(OfficialApisTheModuleCalls))]
    public void TheMethodAndPath_AreTheOfficialOnes(string action)
    {
        SurfaceOperation official = ApiSurface.Apis[action];
        SaeApi api = ModuleRequests.Declared().Single(a => a.Action == action);

        Assert.Equal(official.Method, api.Method);
        Assert.Equal(official.Path, api.Path);
        Assert.Equal(official.Method != "GET" || ActingGets.Contains(action), api.ChangesState);
    }

    [Theory]
    [MemberData(nameof(OfficialApisTheModuleCalls))]
    public void EveryRequestShape_SendsOnlyOfficialParameters_WhereTheyGo_WithTheRequiredOnes(string action)
    {
        SurfaceOperation official = ApiSurface.Apis[action];
        foreach ((string shape, ApiRequest request) in ModuleRequests.All().Where(r => r.Request.Api.Action == action))
        {
            var sent = request.Query.Select(p => p.Key).ToList();
            Assert.True(sent.Distinct(StringComparer.Ordinal).Count() == sent.Count, shape + ": a parameter is sent twice.");
            foreach (KeyValuePair<string, string> parameter in request.Query)
            {
                SurfaceRequestParameter? declared = official.Parameters.SingleOrDefault(p => p.Name == parameter.Key);
                Assert.True(declared != null, shape + ": " + parameter.Key + " is not a parameter of " + action + ".");
                Assert.True(declared!.In == "query", shape + ": " + parameter.Key + " goes in the " + declared.In + ", not the query.");
                Assert.True(HasType(parameter.Value, declared.Type), shape + ": " + parameter.Key + "=" + parameter.Value + " is not a " + declared.Type + ".");
            }

            foreach (KeyValuePair<string, object> parameter in request.Body)
            {
                SurfaceRequestParameter? declared = official.Parameters.SingleOrDefault(p => p.Name == parameter.Key);
                Assert.True(declared != null, shape + ": " + parameter.Key + " is not a parameter of " + action + ".");
                Assert.True(declared!.In == "body", shape + ": " + parameter.Key + " goes in the " + declared.In + ", not the body.");
                Assert.True(HasType(SaePowerShell.Core.Api.ParameterText.Of(parameter.Value), declared.Type), shape + ": " + parameter.Key + " is not a " + declared.Type + ".");
            }

            Assert.True(request.Body.Count == 0 || request.Api.BodyType == official.ReqBodyType, shape + ": a body, but encoded as " + request.Api.BodyType + " where the SDK sends " + official.ReqBodyType + ".");

            foreach (SurfaceRequestParameter required in official.Parameters.Where(p => p.Required))
            {
                bool given = required.In switch
                {
                    "query" => sent.Contains(required.Name),
                    "body" => request.Body.Any(b => b.Key == required.Name) || (required.WholeBody && request.WholeBody != null),
                    _ => request.PathParameters.ContainsKey(required.Name),
                };
                Assert.True(given, shape + ": the required " + required.Name + " (" + required.In + ") is missing.");
            }
        }
    }

    private static bool HasType(string value, string type) => type switch
    {
        "boolean" => value is "true" or "false",
        "integer" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "long" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    public static TheoryData<string> EveryOfficialApi()
    {
        var data = new TheoryData<string>();
        foreach (string action in ApiSurface.Apis.Keys.OrderBy(a => a, StringComparer.Ordinal))
        {
            data.Add(action);
        }

        return data;
    }

    /// <summary>
    /// What Invoke-SaeApi builds for any official API, given every parameter with a value of its declared type: the
    /// official method and path (every {Name} filled and encoded), each parameter where the surface puts it, and a body
    /// exactly when the API has body parameters.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryOfficialApi))]
    public void InvokeSaeApi_BuildsEveryOfficialApi_AsTheSurfaceDeclaresIt(string action)
    {
        SurfaceOperation official = ApiSurface.Apis[action];
        var given = official.Parameters.ToDictionary(p => p.Name, p => (object?)Sample(p.Type), StringComparer.Ordinal);
        var location = new SaePowerShell.Core.Endpoints.ServiceLocation(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

        ApiRequest request = SaePowerShell.Core.Catalog.ApiCallBuilder.Build(SaePowerShell.Core.Catalog.ApiCatalog.Find(action)!, given, location);

        Assert.Equal(official.Method, request.Api.Method);
        Assert.Equal(official.Path, request.Api.Path);
        string path = SaePowerShell.Core.Http.SignedRequestFactory.PathWithParameters(request);
        Assert.DoesNotContain("{", path);
        Assert.Equal(official.Parameters.Where(p => p.In == "query").Select(p => p.Name).OrderBy(n => n), request.Query.Select(q => q.Key).OrderBy(n => n));
        Assert.Equal(official.Parameters.Where(p => p.In == "path").Select(p => p.Name).OrderBy(n => n), request.PathParameters.Keys.OrderBy(n => n));
        var bodyNames = request.Body.Select(b => b.Key).Concat(request.WholeBody is null ? [] : ["body"]);
        Assert.Equal(official.Parameters.Where(p => p.In == "body").Select(p => p.Name).OrderBy(n => n), bodyNames.OrderBy(n => n));
    }

    private static object Sample(string type) => type switch
    {
        "integer" => 2,
        "long" => 3L,
        "boolean" => true,
        "object" => new Dictionary<string, object?> { ["k"] = "v" },
        _ when type.StartsWith("array", StringComparison.Ordinal) => new List<object?> { "a" },
        _ when type.StartsWith("map", StringComparison.Ordinal) => new Dictionary<string, object?> { ["k"] = "v" },
        _ => "value-1",
    };
}
