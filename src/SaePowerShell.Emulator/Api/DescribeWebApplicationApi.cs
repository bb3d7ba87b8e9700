namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeWebApplication: GET /pop/v2/api/web/applications/{ApplicationId}?NamespaceId=…</summary>
internal sealed partial class DescribeWebApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(WebApplicationDescription.Describe(WebApplicationDescription.Find(call)));
}
