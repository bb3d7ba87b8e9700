using System.Reflection;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Catalog;

/// <summary>
/// The generated request builders (SaeRequests): one per API of the surface, its parameters the API's own, typed as
/// the surface says, the required ones first; and a request built through one is the request the catalog builds.
/// </summary>
public sealed class SaeRequestsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    [Fact]
    public void EveryApi_HasItsBuilder_WithItsParameters_TypedAsTheSurfaceSays()
    {
        foreach (SaeApi api in SaeApi.All.Values)
        {
            MethodInfo builder = typeof(SaeRequests).GetMethod(api.Action, BindingFlags.Public | BindingFlags.Static)
                ?? throw new Xunit.Sdk.XunitException("SaeRequests has no " + api.Action);
            ApiDefinition declared = ApiCatalog.Find(api.Action)!;
            ParameterInfo[] own = builder.GetParameters()[2..^1];
            Assert.Equal(declared.Parameters.Count, own.Length);
            Assert.Equal(declared.Parameters.OrderBy(p => !p.Required).Select(p => p.Name.ToLowerInvariant()).ToArray(),
                own.Select(p => new string(p.Name!.Where(char.IsLetterOrDigit).ToArray()).TrimEnd('2', '3').ToLowerInvariant()).ToArray());
            foreach (ParameterInfo parameter in own)
            {
                Assert.Equal(parameter.IsOptional, parameter.HasDefaultValue);
            }
        }
    }

    [Fact]
    public void ATypeTheSurfaceDeclares_IsTheBuildersType()
    {
        ParameterInfo[] history = typeof(SaeRequests).GetMethod(nameof(SaeRequests.DescribeJobHistory))!.GetParameters();
        Assert.Equal(typeof(string), history.Single(p => p.Name == "appId").ParameterType);
        Assert.Equal(typeof(long?), history.Single(p => p.Name == "currentPage").ParameterType);
        ParameterInfo[] update = typeof(SaeRequests).GetMethod(nameof(SaeRequests.UpdateJob))!.GetParameters();
        Assert.Equal(typeof(string), update.Single(p => p.Name == "replicas").ParameterType);
        Assert.Equal(typeof(bool), typeof(SaeRequests).GetMethod(nameof(SaeRequests.SuspendJob))!.GetParameters().Single(p => p.Name == "suspend").ParameterType);
    }

    [Fact]
    public void ABuiltRequest_IsTheCatalogs()
    {
        ApiRequest typed = SaeRequests.ListJobs(Location, "cn-hangzhou:demo", namespaceId: "cn-hangzhou:demo", workload: "job", currentPage: 2, pageSize: 50, reverse: true);
        ApiRequest catalog = ApiCallBuilder.Build(SaeApi.ListJobs, Location, "cn-hangzhou:demo",
            new Dictionary<string, object?> { ["NamespaceId"] = "cn-hangzhou:demo", ["Workload"] = "job", ["CurrentPage"] = 2, ["PageSize"] = 50, ["Reverse"] = true }, null);

        // The same parameters, where the surface puts them (their order is the signature's to sort).
        Assert.Equal(catalog.Query.OrderBy(q => q.Key, StringComparer.Ordinal), typed.Query.OrderBy(q => q.Key, StringComparer.Ordinal));
        Assert.Equal(catalog.Body.OrderBy(b => b.Key, StringComparer.Ordinal), typed.Body.OrderBy(b => b.Key, StringComparer.Ordinal));
        Assert.Equal(catalog.NamespaceId, typed.NamespaceId);
        Assert.Contains(new KeyValuePair<string, string>("Reverse", "true"), typed.Query);
    }
}
