namespace SaePowerShell.Emulator.Api;

/// <summary>
/// One SAE OpenAPI operation. The gateway has already authenticated the request, matched it to the official API by
/// its method and path (the surface file says both, so a handler names only its API) and opened a world transaction;
/// the handler validates its parameters, throws <see cref="SaeException"/> for business errors and returns the Data.
/// </summary>
internal interface ISaeApi
{
    /// <summary>The official API name, as in x-acs-action and the request log; a test holds every one to the surface file.</summary>
    string Name { get; }

    SaeResult Handle(SaeCall call);
}
