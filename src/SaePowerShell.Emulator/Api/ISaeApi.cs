namespace SaePowerShell.Emulator.Api;

/// <summary>
/// One SAE OpenAPI operation. The gateway has already authenticated the request and opened a world transaction;
/// the handler validates its parameters, throws <see cref="SaeException"/> for business errors and returns the Data.
/// </summary>
internal interface ISaeApi
{
    /// <summary>The API name, as in x-acs-action and the request log.</summary>
    string Name { get; }

    string Method { get; }

    /// <summary>The ROA path template as the surface file has it (a test holds the two together); the gateway matches by the surface.</summary>
    string Path { get; }

    SaeResult Handle(SaeCall call);
}
