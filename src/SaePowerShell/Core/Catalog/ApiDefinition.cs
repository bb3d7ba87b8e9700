using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Catalog;

/// <summary>
/// One SAE API as the official surface declares it: action, method, path (with {Name} for path parameters), body
/// encoding and parameters, and Api, the module's declaration of it: the same generated <see cref="SaeApi"/> field
/// every caller uses.
/// </summary>
internal sealed record ApiDefinition(string Action, string Method, string Path, string BodyType, IReadOnlyList<ApiParameter> Parameters, bool AnswersWithData, SaeApi Api)
{
    /// <summary>Whether any parameter goes in the body; such an API always sends a body, as the SDK does.</summary>
    public bool HasBody => Parameters.Any(p => p.InBody);

    /// <summary>Whether a call may change something (<see cref="ApiEffects"/>): it asks for confirmation, is never resent, and goes out so the HTTP stack cannot resend it.</summary>
    public bool Acts => ApiEffects.Acts(Action, Method);

    public ApiParameter? Find(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name) ?? Parameters.FirstOrDefault(p => string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Pages with CurrentPage and PageSize, so -All can follow them.</summary>
    public bool IsPaged => Find("CurrentPage") != null && Find("PageSize") != null;

    public SaeApi ToSaeApi() => Api;
}
