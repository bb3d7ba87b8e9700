using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListWebApplications: the web applications of NamespaceId (of every namespace without it) whose name starts with
/// Prefix, in seed order, each with its instance count (0: web applications run no instances in the emulator). Paged
/// by Limit (1 to 100, 20 by default) and NextToken, the offset of the next page; the last page answers an empty one.
/// </summary>
internal sealed partial class ListWebApplicationsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string? namespaceId = call.Optional("NamespaceId");
        if (namespaceId is { Length: > 0 } && world.FindNamespace(namespaceId) is null)
        {
            throw new SaeException(SaeErrors.NamespaceNotFound);
        }

        string prefix = call.Optional("Prefix") ?? "";
        int limit = call.OptionalInt("Limit", 20, 1, 100);
        List<SaeWebApplication> apps = world.WebApplications
            .Where(a => (string.IsNullOrEmpty(namespaceId) || a.NamespaceId == namespaceId) && a.ApplicationName.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        int start = 0;
        if (call.Optional("NextToken") is { Length: > 0 } token
            && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > apps.Count))
        {
            throw new SaeException(SaeErrors.WithMessage("NextToken", "it is not a token this listing gave."));
        }

        int end = Math.Min(apps.Count, start + limit);
        return Answer(new()
        {
            NextToken = end < apps.Count ? end.ToString(CultureInfo.InvariantCulture) : "",
            WebApplicationWithInstanceCount = apps.Skip(start).Take(end - start).Select(a => new ListWebApplicationsData.WebApplicationWithInstanceCountItem { InstanceCount = 0L, WebApplication = WebApplicationDescription.Describe(a) }).ToList(),
        });
    }
}
