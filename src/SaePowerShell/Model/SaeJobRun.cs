namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeJobRun
{
    /// <summary>SAE's State codes, by name.</summary>
    internal static readonly string[] StatusNames = { "NotRun", "Succeeded", "Failed", "Running" };

    /// <summary>The job's id (SAE's answer does not carry it: the command knew it).</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The job's name, when it was known (piped jobs carry it).</summary>
    public string? AppName { get; set; }

    /// <summary>The job's namespace, when it was known.</summary>
    public string? NamespaceId { get; set; }

    /// <summary>Its state by name: NotRun, Succeeded, Failed or Running (State is SAE's code).</summary>
    public string Status => StatusOf(State);

    /// <summary>Whether it has ended, well or not.</summary>
    public bool HasEnded => State == "1" || State == "2";

    /// <summary>The name of one of SAE's State codes (0 to 3); an unknown code stays as it is.</summary>
    internal static string StatusOf(string? state) =>
        int.TryParse(state, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) && code >= 0 && code < StatusNames.Length
            ? StatusNames[code]
            : state ?? string.Empty;

    /// <summary>SAE's State code of a name (NotRun, Succeeded, Failed, Running).</summary>
    internal static string StateOf(string status) => System.Array.IndexOf(StatusNames, status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => (AppName ?? AppId) + "/" + JobId;
}
