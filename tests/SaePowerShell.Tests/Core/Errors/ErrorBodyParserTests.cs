using SaePowerShell.Core.Errors;
using Xunit;

namespace SaePowerShell.Tests.Core.Errors;

public sealed class ErrorBodyParserTests
{
    [Fact]
    public void GatewayShape_TakesCodeMessageRecommendAndHost()
    {
        const string body = """{"RequestId":"9736ED45-A72D-5D19-8029-7B954391****","Message":"Request was denied due to user flow control.","Recommend":"https://next.api.aliyun.com/troubleshoot?q=Throttling.User&product=sae","HostId":"sae.cn-hangzhou.aliyuncs.com","Code":"Throttling.User"}""";

        ServiceError error = ErrorBodyParser.Parse(400, body);

        Assert.Equal("Throttling.User", error.Code);
        Assert.Equal("Request was denied due to user flow control.", error.Message);
        Assert.Equal("9736ED45-A72D-5D19-8029-7B954391****", error.RequestId);
        Assert.Equal("https://next.api.aliyun.com/troubleshoot?q=Throttling.User&product=sae", error.Recommend);
        Assert.Equal("sae.cn-hangzhou.aliyuncs.com", error.HostId);
    }

    [Theory]
    [InlineData("\"400\"")]
    [InlineData("400")]
    public void SaeEnvelope_WithNumericCode_TakesErrorCode(string code)
    {
        string body = "{\"RequestId\":\"r-1\",\"Code\":" + code + ",\"Message\":\"The user has an outstanding payment.\",\"Success\":false,\"ErrorCode\":\"user.indebt\",\"TraceId\":\"t-1\",\"Data\":null}";

        ServiceError error = ErrorBodyParser.Parse(400, body);

        Assert.Equal("user.indebt", error.Code);
        Assert.Equal("The user has an outstanding payment.", error.Message);
        Assert.Equal("r-1", error.RequestId);
        Assert.Equal("t-1", error.TraceId);
    }

    [Fact]
    public void SaeEnvelope_WithTheCodeInCode_TakesIt()
    {
        ServiceError error = ErrorBodyParser.Parse(400, """{"Code":"System.Upgrading","Success":false,"ErrorCode":"System.Upgrading","Message":"m"}""");

        Assert.Equal("System.Upgrading", error.Code);
    }

    [Fact]
    public void LowerCaseFieldNames_AreRead()
    {
        ServiceError error = ErrorBodyParser.Parse(403, """{"code":"Forbidden.RAM","message":"denied","requestId":"abc"}""");

        Assert.Equal("Forbidden.RAM", error.Code);
        Assert.Equal("denied", error.Message);
        Assert.Equal("abc", error.RequestId);
    }

    [Fact]
    public void XmlError_IsRead()
    {
        ServiceError error = ErrorBodyParser.Parse(400, "<?xml version='1.0'?><Error><RequestId>r</RequestId><HostId>h</HostId><Code>SignatureDoesNotMatch</Code><Message>a &amp; b</Message></Error>");

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal("a & b", error.Message);
        Assert.Equal("r", error.RequestId);
    }

    [Theory]
    [InlineData(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "502 Bad Gateway")]
    [InlineData(500, "", "empty body")]
    [InlineData(400, "{\"Code\":\"user.ind", "{\"Code\":\"user.ind")]
    [InlineData(503, "   ", "empty body")]
    [InlineData(400, "[1,2,3]", "[1,2,3]")]
    [InlineData(500, "{\"Code\":200}", null)]
    public void Garbage_YieldsAnErrorNamedForTheStatus_NeverAnException(int status, string body, string? messagePart)
    {
        ServiceError error = ErrorBodyParser.Parse(status, body);

        Assert.Equal("HttpStatus" + status, error.Code);
        if (messagePart != null)
        {
            Assert.Contains(messagePart, error.Message);
        }
    }

    [Fact]
    public void HugeGarbage_IsCutShortInTheMessage()
    {
        ServiceError error = ErrorBodyParser.Parse(500, "<html>" + new string('x', 1_000_000));

        Assert.True(error.Message.Length < 400, error.Message.Length.ToString());
    }

    [Theory]
    [InlineData("""{"Code":"200","Success":true,"ErrorCode":"","Data":{}}""")]
    [InlineData("""{"Code":"","Success":true,"ErrorCode":" ","Data":{}}""")]
    [InlineData("""{"Code":"200","Success":true,"Data":{}}""")]
    public void AnEmptyErrorCode_NamesNoError(string body) =>
        Assert.Null(ErrorBodyParser.CodeOf(Newtonsoft.Json.Linq.JObject.Parse(body)));
}
