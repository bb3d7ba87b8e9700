using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Json;
using Xunit;

namespace SaePowerShell.Tests.Core.Json;

/// <summary>JsonRead's promise: a field of an unexpected type or size is absent, never an exception.</summary>
public sealed class JsonReadTests
{
    [Theory]
    [InlineData("2147483647", 2147483647)]     // int's largest
    [InlineData("2147483648", null)]           // one past it
    [InlineData("-2147483648", -2147483648)]
    [InlineData("-2147483649", null)]
    [InlineData("9223372036854775808", null)]  // past long: Newtonsoft keeps it as a BigInteger
    [InlineData("100000000000000000000000000000", null)]
    [InlineData("\"2147483648\"", null)]
    [InlineData("\"42\"", 42)]
    [InlineData("4.5", null)]
    public void AnInt_TooLargeForAnInt_IsAbsent(string json, int? expected)
    {
        Assert.Equal(expected, JsonRead.Int(JsonRead.Parse("{\"n\":" + json + "}"), "n"));
    }

    [Fact]
    public void APageWhoseTotalIsPastLong_CountsWhatItBrought()
    {
        var response = new ApiResponse(200, (JObject)JsonRead.Parse("""{"RequestId":"r","Code":"200","Success":true,"Data":{"TotalSize":100000000000000000000,"Applications":[{"AppId":"a"}]}}"""), "n");

        Page<SaeApplication> page = ListApplicationsCall.Parse(response);

        Assert.Equal(1, page.TotalSize);
    }

    [Fact]
    public void Tags_AreReadAsAMap_WhateverTheCaseOfTheirNames_AndAnItemWithoutAKeyIsLeftOut()
    {
        JToken data = JsonRead.Parse("""{"Tags":[{"Key":"team","Value":"web"},{"key":"env","value":"dev"},{"Key":"bare"},{"Value":"orphan"},{"Key":7,"Value":"number"},"junk"]}""");

        Assert.Equal(new Dictionary<string, string> { ["team"] = "web", ["env"] = "dev", ["bare"] = "" }, JsonRead.Pairs(data, "Tags", "Key", "Value"));
        Assert.Empty(JsonRead.Pairs(JsonRead.Parse("""{"Tags":"not a list"}"""), "Tags", "Key", "Value"));
    }

    [Fact]
    public void AnApplicationOfAListing_IsTheGeneratedRecord_ItsRegionFromItsNamespaceWhenSaeLeavesItOut()
    {
        var response = new ApiResponse(200, (JObject)JsonRead.Parse("""{"RequestId":"r","Code":"200","Success":true,"Data":{"TotalSize":1,"Applications":[{"AppId":"a","AppName":"web","NamespaceId":"cn-shanghai:prod","Instances":3,"Cpu":"junk","Tags":[{"Key":"team","Value":"web"}]}]}}"""), "n");

        SaeApplication app = Assert.Single(ListApplicationsCall.Parse(response).Items);

        Assert.Equal(("a", "web", "cn-shanghai:prod", "cn-shanghai", 3, null), (app.AppId, app.AppName, app.NamespaceId, app.RegionId, app.Instances, app.Cpu));
        Assert.Equal("web", app.Tags["team"]);
    }
}
