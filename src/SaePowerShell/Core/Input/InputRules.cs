using System;

namespace SaePowerShell.Core.Input;

/// <summary>What an application or namespace id must look like before it is worth a call.</summary>
internal static class InputRules
{
    /// <summary>SAE ids are 36-character GUIDs; anything far longer is a mistake, not an id.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Null when the id is usable; otherwise why not, naming the value.</summary>
    public static string? AppIdProblem(string? appId) => IdProblem("application id", appId);

    /// <summary>
    /// A namespace id is <c>region:name</c>, or a bare region id for that region's default namespace. Anything else
    /// (<c>cn-hangzhou::demo</c>, <c>cn-hangzhou:</c>, <c>:demo</c>) would be sent and come back a 404 that names
    /// nothing, so it is refused here, naming the value.
    /// </summary>
    public static string? NamespaceIdProblem(string? namespaceId) => IdProblem("namespace id", namespaceId) ?? NamespaceShapeProblem(namespaceId!);

    public static string? ChangeOrderIdProblem(string? changeOrderId) => IdProblem("change order id", changeOrderId);

    public static string? InstanceIdProblem(string? instanceId) => IdProblem("instance id", instanceId);

    public static string? VersionIdProblem(string? versionId) => IdProblem("version id", versionId);

    private static string? NamespaceShapeProblem(string namespaceId)
    {
        int colon = namespaceId.IndexOf(':');
        string region = colon < 0 ? namespaceId : namespaceId.Substring(0, colon);
        string? name = colon < 0 ? null : namespaceId.Substring(colon + 1);
        string why = region.Length == 0 ? "has no region before its ':'"
            : !Endpoints.RegionIds.IsWellFormed(region) ? "does not start with a region id"
            : name is null ? string.Empty
            : name.Length == 0 ? "has no name after its ':'"
            : name.IndexOf(':') >= 0 ? "has more than one ':'"
            : string.Empty;
        return why.Length == 0 ? null
            : "The namespace id '" + namespaceId + "' " + why + "; a namespace id is region:name (cn-hangzhou:demo), or a region id (cn-hangzhou) for that region's default namespace (Get-SaeNamespace lists them).";
    }

    private static string? IdProblem(string what, string? id)
    {
        if (id is null)
        {
            return "The " + what + " is null.";
        }

        if (id.Length == 0)
        {
            return "The " + what + " is empty.";
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            return "The " + what + " is blank.";
        }

        if (id.Length > MaxIdLength)
        {
            return "The " + what + " '" + Shorten(id) + "' is " + id.Length + " characters long; SAE ids are at most " + MaxIdLength + ".";
        }

        if (id.IndexOf(',') >= 0)
        {
            return "The " + what + " '" + id + "' contains a comma; give each id separately (-AppId a,b passes two ids).";
        }

        foreach (char c in id)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return "The " + what + " '" + Printable(id) + "' contains white space or a control character.";
            }
        }

        return null;
    }

    /// <summary>Long or unprintable input is shown in a form that keeps the error message readable.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? Printable(value) : Printable(value.Substring(0, 40)) + "... (" + value.Length + " characters)";

    private static string Printable(string value)
    {
        var chars = value.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
