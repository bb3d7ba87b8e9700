using SaePowerShell.Core.Display;

namespace SaePowerShell;

/// <summary>
/// The short names the module's table views show, for views of your own too:
/// <c>[SaePowerShell.SaeShortName]::Image($config.ImageUrl)</c> is <c>…/shop/web:2.0</c>. What rows share (a
/// registry host, a download URL's folders) is cut and marked with "…"; what differs stays. The objects keep the
/// whole values, and <c>Format-List -View Wide</c> shows them.
/// </summary>
public static class SaeShortName
{
    /// <summary>An image reference without its registry host, keeping its last two path segments and its tag; at most <paramref name="maxLength"/> characters (0: no limit), keeping the end.</summary>
    public static string Image(string? reference, int maxLength = 0) => ShortName.Image(reference, maxLength);

    /// <summary>A package's download URL as its file name, without the query.</summary>
    public static string Package(string? url, int maxLength = 0) => ShortName.Package(url, maxLength);

    /// <summary>An image or a package (a URL), whichever it is.</summary>
    public static string Artifact(string? imageOrPackage, int maxLength = 0) => ShortName.Artifact(imageOrPackage, maxLength);

    /// <summary>An event's object: an instance (Pod) by its two hashes, a ReplicaSet by its hash, anything else whole.</summary>
    public static string EventObject(string? kind, string? name) => ShortName.EventObject(kind, name);
}
