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
}
