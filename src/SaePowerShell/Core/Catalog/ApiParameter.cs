namespace SaePowerShell.Core.Catalog;

/// <summary>
/// One request parameter of an SAE API as the official SDK declares it: where it goes (query, body or path), its
/// type, whether it is required, whether the SDK JSON-encodes a structured value into it, and whether it is the
/// whole JSON body (the v2 APIs' <c>body</c>), and the values its documentation lists (not always a closed set).
/// </summary>
internal sealed record ApiParameter(string Name, string In, string Type, bool Required, bool JsonEncoded, bool WholeBody, System.Collections.Generic.IReadOnlyList<string> DocumentedValues)
{
    public bool InQuery => In == "query";

    public bool InBody => In == "body";

    public bool InPath => In == "path";

    /// <summary>A structured value (hashtable, array, object) is accepted and JSON-encoded.</summary>
    public bool TakesStructure => JsonEncoded || WholeBody || Type == "object" || Type.StartsWith("array", System.StringComparison.Ordinal) || Type.StartsWith("map", System.StringComparison.Ordinal);
}
