using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What CreateNamespace, DescribeNamespace and UpdateNamespace answer as Data (the surface's one Data shape for all
/// three), and how the four namespace APIs name their namespace: a NamespaceId ("cn-hangzhou:demo"), or a
/// NameSpaceShortId ("demo") in the region of the request's region header.
/// </summary>
internal static class NamespaceDescription
{
    public static CreateNamespaceData Describe(SaeNamespace ns)
    {
        return new()
        {
            EnableMicroRegistration = ns.EnableMicroRegistration,
            NameSpaceShortId = ShortIdOf(ns),
            NamespaceDescription = ns.Description,
            NamespaceId = ns.NamespaceId,
            NamespaceName = ns.NamespaceName,
            RegionId = ns.RegionId,
        };
    }

    /// <summary>The part after the region ("demo" of "cn-hangzhou:demo"); a region's default namespace is the region.</summary>
    public static string ShortIdOf(SaeNamespace ns)
    {
        int colon = ns.NamespaceId.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? ns.NamespaceId[(colon + 1)..] : ns.RegionId;
    }

    /// <summary>The namespace's tenant (DescribeNamespaces, DescribeNamespaceResources): a name-based GUID of its id, stable across resets.</summary>
    public static string TenantIdOf(SaeNamespace ns)
    {
        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("sae-emulator-tenant:" + ns.NamespaceId));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    /// <summary>The full namespace id the call names; neither given (or a short id without a region) is a parameter error.</summary>
    public static string TargetId(SaeCall call)
    {
        if (call.Optional("NamespaceId") is { Length: > 0 } id)
        {
            return id;
        }

        if (call.Optional("NameSpaceShortId") is { Length: > 0 } shortId)
        {
            return call.RegionHeader is { } region
                ? $"{region}:{shortId}"
                : throw new SaeException(SaeErrors.WithMessage("NameSpaceShortId", "a short id needs the request's region; give NamespaceId instead."));
        }

        // Both are optional in the surface, so naming neither is a bad value rather than a missing parameter.
        throw new SaeException(SaeErrors.WithMessage("NamespaceId", "give NamespaceId (e.g. cn-hangzhou:demo) or NameSpaceShortId."));
    }

    /// <summary>The namespace the call names, or SAE's not-found error.</summary>
    public static SaeNamespace Find(SaeCall call) =>
        call.World.FindNamespace(TargetId(call)) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
}
