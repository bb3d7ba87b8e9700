namespace SaePowerShell.Core.Api;

/// <summary>
/// One SAE OpenAPI operation (2019-05-06, ROA style): its action name, HTTP method and path. Every one of the 152 is a
/// static field of this class, written by the build from the official surface (SaeApi.g.cs, SaePowerShell.Generators):
/// the one list of them.
/// </summary>
internal sealed partial class SaeApi
{
    public const string Version = "2019-05-06";

    private SaeApi(string action, string method, string path, string? bodyType = null, bool answersWithData = true)
    {
        Action = action;
        Method = method;
        Path = path;
        BodyType = bodyType;
        AnswersWithData = answersWithData;
        ChangesState = Catalog.ApiEffects.Acts(action, method);
    }

    /// <summary>Whether its official answer carries Data: a success without it is then no answer at all (16 APIs answer without).</summary>
    public bool AnswersWithData { get; }

    /// <summary>How its body is encoded ("formData" or "json"), or null for an API that sends none.</summary>
    public string? BodyType { get; }

    public string Action { get; }

    public string Method { get; }

    /// <summary>Case-sensitive, as SAE serves it.</summary>
    public string Path { get; }

    /// <summary>
    /// A call that changes state must never be repeated blindly: it may already have taken effect. Read from
    /// <see cref="Catalog.ApiEffects"/>, never from the method alone: some GETs act.
    /// </summary>
    public bool ChangesState { get; }

    public override string ToString() => Action;
}
