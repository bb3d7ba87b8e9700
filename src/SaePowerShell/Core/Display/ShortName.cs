using System;

namespace SaePowerShell.Core.Display;

/// <summary>
/// The part of an image, package or object name that tells one row of a view from the next, for columns too narrow
/// for the whole: what rows share (the registry host, the download host and folders, the application's name before
/// an instance's hashes) is cut and marked with "…"; what differs (repository, name, tag; the file; the hashes) stays.
/// The objects keep the whole value: this is only what a view shows.
/// </summary>
internal static class ShortName
{
    private const string Cut = "…";

    /// <summary>
    /// An image reference without its registry host, and of a deeper path only its last two segments (namespace and
    /// repository, as ACR names them): registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0 is …/shop/web:2.0. A
    /// digest keeps its first 12 hex digits, as docker shows it. Longer than <paramref name="maxLength"/> (0: no
    /// limit), the repository alone is kept, and then the end: the tag is what differs between versions.
    /// </summary>
    public static string Image(string? reference, int maxLength = 0)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return string.Empty;
        }

        string name = reference!.Trim();
        string digest = string.Empty;
        int at = name.IndexOf('@');
        if (at >= 0)
        {
            digest = ShortDigest(name.Substring(at));
            name = name.Substring(0, at);
        }

        string[] segments = name.Split('/');
        int first = segments.Length > 1 && IsRegistryHost(segments[0]) ? 1 : 0;
        int kept = Math.Min(2, segments.Length - first);
        string tail = string.Join("/", segments, segments.Length - kept, kept) + digest;
        string shown = segments.Length - kept > 0 ? Cut + "/" + tail : tail;
        if (Fits(shown, maxLength))
        {
            return shown;
        }

        string last = segments[segments.Length - 1] + digest;
        return Within(segments.Length > 1 ? Cut + "/" + last : last, maxLength);
    }

    /// <summary>
    /// A package's download URL as its file name: https://edas-hz.oss-cn-hangzhou.aliyuncs.com/apps/…/hello-sae.war is
    /// …/hello-sae.war. The query (a signature, for a signed URL) is dropped.
    /// </summary>
    public static string Package(string? url, int maxLength = 0)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return string.Empty;
        }

        string path = url!.Trim();
        int query = path.IndexOfAny(new[] { '?', '#' });
        if (query >= 0)
        {
            path = path.Substring(0, query);
        }

        path = path.TrimEnd('/');
        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        int slash = path.LastIndexOf('/');
        string shown = slash > (scheme >= 0 ? scheme + 2 : -1) ? Cut + "/" + path.Substring(slash + 1) : path;
        return Within(shown, maxLength);
    }

    /// <summary>What an application runs, as either: a URL (it has a scheme) is a package, anything else an image.</summary>
    public static string Artifact(string? imageOrPackage, int maxLength = 0) =>
        imageOrPackage is not null && imageOrPackage.IndexOf("://", StringComparison.Ordinal) >= 0
            ? Package(imageOrPackage, maxLength)
            : Image(imageOrPackage, maxLength);

    /// <summary>
    /// An event's object: a Pod is named &lt;deployment&gt;-&lt;replica set hash&gt;-&lt;pod hash&gt;, so of an instance's
    /// name the two hashes are kept (…fdf90fa3-8b82b), of a ReplicaSet's its hash; another kind (the application's
    /// Deployment or CloneSet, a Service) keeps its whole name, which is the application's.
    /// </summary>
    public static string EventObject(string? kind, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        int keep = string.Equals(kind, "Pod", StringComparison.OrdinalIgnoreCase) ? 2
            : string.Equals(kind, "ReplicaSet", StringComparison.OrdinalIgnoreCase) ? 1
            : 0;
        int start = name!.Length;
        for (int i = 0; i < keep && start > 0; i++)
        {
            start = name.LastIndexOf('-', start - 1);
            if (start < 0)
            {
                return name;
            }
        }

        return keep == 0 || start <= 0 ? name : Cut + name.Substring(start + 1);
    }

    /// <summary>Docker's rule: a first segment with a dot or a port, or localhost, is a registry, not a namespace.</summary>
    private static bool IsRegistryHost(string segment) =>
        segment.IndexOf('.') >= 0 || segment.IndexOf(':') >= 0 || segment.Equals("localhost", StringComparison.Ordinal);

    private static string ShortDigest(string digest)
    {
        int colon = digest.IndexOf(':');
        return colon >= 0 && digest.Length - colon - 1 > 12 ? digest.Substring(0, colon + 13) + Cut : digest;
    }

    private static bool Fits(string value, int maxLength) => maxLength <= 0 || value.Length <= maxLength;

    private static string Within(string value, int maxLength) =>
        Fits(value, maxLength) ? value : Cut + value.Substring(value.Length - Math.Max(1, maxLength - 1));
}
