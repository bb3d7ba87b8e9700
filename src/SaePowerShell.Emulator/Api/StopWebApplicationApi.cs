namespace SaePowerShell.Emulator.Api;

/// <summary>
/// StopWebApplication: POST /pop/v2/api/web/application-ops/{ApplicationId}/stop?NamespaceId=…, no body. As
/// StartWebApplication, immediate: LastModifiedTime moves and the application is answered, as the model declares.
/// </summary>
internal sealed partial class StopWebApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        World.SaeWebApplication app = WebApplicationDescription.Find(call);
        app.LastModifiedAt = call.World.Now;
        return Answer(WebApplicationDescription.Describe(app));
    }
}
