using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A v2 web application as DescribeWebApplication and StartWebApplication answer it: the declared fields the
/// emulator has values for (times as ISO 8601 UTC strings, as the model's examples show).
/// </summary>
internal static class WebApplicationDescription
{
    public static DescribeWebApplicationData Describe(SaeWebApplication app) => new()
    {
        ApplicationId = app.ApplicationId,
        ApplicationName = app.ApplicationName,
        Description = app.Description,
        NamespaceId = app.NamespaceId,
        CreatedTime = Format(app.CreatedAt),
        LastModifiedTime = Format(app.LastModifiedAt),
    };

    /// <summary>The application the path names, in the query's namespace; a missing one is named in the error.</summary>
    public static SaeWebApplication Find(SaeCall call)
    {
        string applicationId = call.Required("ApplicationId");
        string namespaceId = call.Required("NamespaceId");
        _ = call.World.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        return call.World.FindWebApplication(applicationId, namespaceId) ?? throw new SaeException(SaeErrors.WebApplicationNotFound(applicationId));
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
