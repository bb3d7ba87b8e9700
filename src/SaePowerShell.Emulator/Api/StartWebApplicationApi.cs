namespace SaePowerShell.Emulator.Api;

/// <summary>
/// StartWebApplication: POST /pop/v2/api/web/application-ops/{ApplicationId}/start?NamespaceId=…, no body. Web
/// applications have no change orders; the start is immediate and answers the application, as the model declares.
/// </summary>
internal sealed partial class StartWebApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        World.SaeWebApplication app = WebApplicationDescription.Find(call);
        app.Starts++;
        app.LastModifiedAt = call.World.Now;
        return Answer(WebApplicationDescription.Describe(app));
    }
}
