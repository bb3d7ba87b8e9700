using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What the single-application APIs share: the application named by AppId, and the checks before a change order.
/// Parameters are checked in this order: required ones present (the gateway), the application found, the values
/// sound, and only then whether the application is free, so a bad request is answered as bad whatever else runs.
/// </summary>
internal static class ApplicationCall
{
    /// <summary>The application of the required AppId; an unknown one is 404 InvalidAppId.NotFound, as ListChangeOrders answers.</summary>
    public static SaeApplication Find(SaeCall call) =>
        call.World.FindApplication(call.Required("AppId")) ?? throw new SaeException(SaeErrors.AppIdNotFound);

    /// <summary>
    /// The application of an AppId the surface leaves optional (the load balancer APIs): absent is answered as an
    /// unknown one, 404 InvalidAppId.NotFound, since no application has an empty id.
    /// </summary>
    public static SaeApplication FindOptional(SaeCall call) =>
        call.World.FindApplication(call.Optional("AppId") ?? "") ?? throw new SaeException(SaeErrors.AppIdNotFound);

    /// <summary>One change order per application at a time, whatever its kind: a busy application is Application.ChangerOrderRunning.</summary>
    public static void EnsureFree(SaeApplication app)
    {
        if (app.HasActiveChangeOrder)
        {
            throw new SaeException(SaeErrors.ChangeOrderRunning);
        }
    }

    /// <summary>
    /// A required instance count (Replicas): negative is InvalidParameter.Obviously, more than the emulator keeps is
    /// the application quota error.
    /// </summary>
    public static int Replicas(SaeCall call, string name, int defaultValue)
    {
        int replicas = call.OptionalInt(name, defaultValue, 0, int.MaxValue);
        return replicas > SaeApplication.MaxInstances ? throw new SaeException(SaeErrors.ApplicationQuotaExceeded(name, replicas)) : replicas;
    }

    /// <summary>
    /// MinReadyInstances (-1 means SAE's recommended value, 0 allows an interruption) and MinReadyInstanceRatio (-1, or
    /// a percentage 0..100), under the names the API spells them; absent ones keep <paramref name="current"/>.
    /// </summary>
    public static AppSettings MinReady(SaeCall call, AppSettings current, string instancesName = "MinReadyInstances", string ratioName = "MinReadyInstanceRatio") =>
        current with
        {
            MinReadyInstances = call.OptionalInt(instancesName, current.MinReadyInstances, -1, int.MaxValue),
            MinReadyInstanceRatio = call.OptionalInt(ratioName, current.MinReadyInstanceRatio, -1, 100),
        };

    /// <summary>
    /// InstanceIds: a comma list of the application's own instances, each once. An empty element is
    /// InvalidParameter.Obviously; an id that is not one of its instances (every id, for a stopped application) is
    /// InvalidParameter.WithMessage naming it.
    /// </summary>
    public static IReadOnlyList<string> InstanceIds(SaeCall call, SaeApplication app)
    {
        var ids = new List<string>();
        foreach (string id in call.Required("InstanceIds").Split(','))
        {
            if (id.Length == 0 || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new SaeException(SaeErrors.Obviously("InstanceIds"));
            }

            if (app.FindInstance(id) is null)
            {
                throw new SaeException(SaeErrors.WithMessage("InstanceIds", $"{id} is not an instance of the application {app.AppId}."));
            }

            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
