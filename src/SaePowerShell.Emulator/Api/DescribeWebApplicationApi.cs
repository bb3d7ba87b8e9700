namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeWebApplication: GET /pop/v2/api/web/applications/{ApplicationId}?NamespaceId=…</summary>
internal sealed class DescribeWebApplicationApi : ISaeApi
{
    public string Name => "DescribeWebApplication";

    public SaeResult Handle(SaeCall call) => new(WebApplicationDescription.Describe(WebApplicationDescription.Find(call)));
}
