using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The applications a batch operation (start, stop, restart) works on: the validated AppIds of one namespace, or every
/// application in it when AppIds is absent. Shared so the batch APIs reject the same inputs alike, in the same order.
/// </summary>
internal static class BatchSelection
{
    public const int MaxIdLength = 64;
    public const int MaxVersionLength = 64;

    /// <summary>Resolves NamespaceId, AppIds and Version; throws the SAE error for the first problem found.</summary>
    /// <param name="readsVersion">Whether the API has a Version parameter; without one, a Version sent is ignored like any unknown parameter.</param>
    /// <param name="requiresAppIds">Whether AppIds is required (restart) rather than optional with "the whole namespace" as its absence (start, stop).</param>
    public static (SaeNamespace Namespace, IReadOnlyList<SaeApplication> Apps, string? Version) Resolve(SaeCall call, bool readsVersion, bool requiresAppIds)
    {
        WorldState world = call.World;
        string namespaceId = call.Required("NamespaceId");

        // Required parameters are checked before anything is looked up, as the missing NamespaceId is.
        if (requiresAppIds)
        {
            _ = call.Required("AppIds");
        }

        SaeNamespace ns = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        // The seeded account fault answers every batch operation on the namespace, before the request is looked at further.
        if (ns.Fault is not null)
        {
            throw new SaeException(SaeErrors.Fault(ns.Fault));
        }

        string? appIdsParameter = call.Optional("AppIds");
        IReadOnlyList<string>? ids = appIdsParameter is null ? null : ParseIds(appIdsParameter);

        string? version = readsVersion ? call.Optional("Version") : null;
        if (version is not null && (version.Length is 0 or > MaxVersionLength || version.Any(c => c < 0x20 || c > 0x7E)))
        {
            throw new SaeException(SaeErrors.Obviously("Version"));
        }

        List<SaeApplication> apps;
        if (ids is null)
        {
            apps = world.ApplicationsIn(ns.NamespaceId).ToList();
            if (apps.Count == 0)
            {
                throw new SaeException(SaeErrors.NamespaceHasNoApplications);
            }
        }
        else
        {
            apps = [];
            foreach (string id in ids)
            {
                apps.Add(world.FindApplication(id) ?? throw new SaeException(SaeErrors.AppIdNotFound));
            }

            if (apps.Any(a => a.NamespaceId != ns.NamespaceId))
            {
                throw new SaeException(SaeErrors.AppsNotInSameNamespace);
            }
        }

        if (apps.Any(a => a.HasActiveChangeOrder))
        {
            throw new SaeException(SaeErrors.ChangeOrderRunning);
        }

        return (ns, apps, version);
    }

    /// <summary>
    /// Splits the comma list strictly. A present but empty AppIds is an error rather than "all applications": a client
    /// that lost its list must not start a whole namespace by accident. Duplicates collapse to their first occurrence.
    /// </summary>
    private static IReadOnlyList<string> ParseIds(string value)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in value.Split(','))
        {
            if (id.Length is 0 or > MaxIdLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new SaeException(SaeErrors.Obviously("AppIds"));
            }

            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
