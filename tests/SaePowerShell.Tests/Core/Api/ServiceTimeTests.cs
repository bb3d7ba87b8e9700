using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>SAE's times, read from answers: a time no DateTimeOffset can hold is absent, never an exception.</summary>
public sealed class ServiceTimeTests
{
    [Theory]
    [InlineData("253402300799999", "9999-12-31T23:59:59.9990000+00:00")]   // the last millisecond of year 9999 (no +08:00 time holds it)
    [InlineData("253402300800000", null)]                                 // one past it
    [InlineData("9223372036854775807", null)]
    [InlineData("99999999999999999999", null)]                            // more than a long holds
    [InlineData("1", "1970-01-01T08:00:00.0010000+08:00")]                // at +08:00, as every time the module writes
    [InlineData("0", null)]
    public void EpochMilliseconds_OutsideWhatADateHolds_AreAbsent(string text, string? expected)
    {
        Assert.Equal(expected, ServiceTime.FromEpochMilliseconds(text)?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0001-01-01 08:00:00", "0001-01-01T08:00:00.0000000+08:00")]   // the earliest with a UTC time at +08:00
    [InlineData("0001-01-01 07:59:59", null)]                                 // one second before it
    [InlineData("9999-12-31 23:59:59", "9999-12-31T23:59:59.0000000+08:00")]
    public void ChinaTimes_WithoutAUtcTime_AreAbsent(string text, string? expected)
    {
        Assert.Equal(expected, ServiceTime.Parse(text)?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AVersionCreatedPastYear9999_IsReadWithoutItsTime()
    {
        var response = new ApiResponse(200, JObject.Parse("""{"RequestId":"r","Code":"200","Success":true,"Data":[{"Id":"v-1","CreateTime":253402300800000},{"Id":"v-2","CreateTime":253402300799999}]}"""), "n");
        var location = new ServiceLocation(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

        IReadOnlyList<SaeApplicationVersion> versions = ListAppVersionsCall.Parse(response, "app-1", null, null, location);

        Assert.Equal(["v-1", "v-2"], versions.Select(v => v.VersionId));
        Assert.Null(versions[0].CreateTime);
        Assert.Equal(9999, versions[1].CreateTime!.Value.Year);
    }
}
