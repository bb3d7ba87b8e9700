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

    [Theory]
    [MemberData(nameof(OfficialApisTheModuleCalls))]
    public void TheMethodAndPath_AreTheOfficialOnes(string action)
    {
        SurfaceApi official = ApiSurface.Apis[action];
        SaeApi api = ModuleRequests.Declared().Single(a => a.Action == action);

        Assert.Equal(official.Method, api.Method);
        Assert.Equal(official.Path, api.Path);
        Assert.Equal(official.Method != "GET", api.ChangesState);
    }

    [Theory]
    [MemberData(nameof(OfficialApisTheModuleCalls))]
    public void EveryRequestShape_SendsOnlyOfficialParameters_WhereTheyGo_WithTheRequiredOnes(string action)
    {
        SurfaceApi official = ApiSurface.Apis[action];
        foreach ((string shape, ApiRequest request) in ModuleRequests.All().Where(r => r.Request.Api.Action == action))
        {
            var sent = request.Query.Select(p => p.Key).ToList();
            Assert.True(sent.Distinct(StringComparer.Ordinal).Count() == sent.Count, shape + ": a parameter is sent twice.");
            foreach (KeyValuePair<string, string> parameter in request.Query)
            {
                SurfaceParameter? declared = official.Parameters.SingleOrDefault(p => p.Name == parameter.Key);
                Assert.True(declared != null, shape + ": " + parameter.Key + " is not a parameter of " + action + ".");
                Assert.True(declared!.In == "query", shape + ": " + parameter.Key + " goes in the " + declared.In + ", not the query.");
                Assert.True(HasType(parameter.Value, declared.Type), shape + ": " + parameter.Key + "=" + parameter.Value + " is not a " + declared.Type + ".");
            }

            foreach (SurfaceParameter required in official.Parameters.Where(p => p.Required))
            {
                Assert.True(required.In == "query", action + " requires " + required.Name + " in the " + required.In + ", which the module cannot send yet.");
                Assert.True(sent.Contains(required.Name), shape + ": the required " + required.Name + " is missing.");
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
}
