using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// <c>/_emulator/*</c>: what tests and demos use to look behind the API (request log, world state) and to set the
/// stage (reset, seed). Unsigned, loopback only, camelCase JSON.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    public static void Map(IEndpointRouteBuilder routes, EmulatorRuntime runtime)
    {
        RouteGroupBuilder admin = routes.MapGroup(Prefix).AddEndpointFilter(new LoopbackOnlyFilter());

        admin.MapGet("/requests", () => Results.Json(runtime.Log.Snapshot(), EmulatorJson.Admin));

        admin.MapDelete("/requests", () =>
        {
            runtime.Log.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/state", () => Results.Json(runtime.World.Transact(Describe), EmulatorJson.Admin));

        admin.MapPost("/reset", () =>
        {
            runtime.Reset();
            return Results.NoContent();
        });

        admin.MapPut("/seed", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            string json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            try
            {
                runtime.World.Load(SeedLoader.Parse(json, "The seed"));
            }
            catch (SeedException e)
            {
                return Results.Json(new { message = e.Message }, EmulatorJson.Admin, statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.NoContent();
        });
    }

    /// <summary>A copy of the world taken inside its transaction, so it is consistent and safe to serialise later.</summary>
    private static object Describe(WorldState state) => new
    {
        ChangeOrderDelayMs = (long)state.ChangeOrderDelay.TotalMilliseconds,
        Namespaces = state.Namespaces.Select(n => new { n.NamespaceId, n.NamespaceName, n.RegionId, n.Fault }).ToList(),
        Applications = state.Applications.Select(a => new
        {
            a.AppId,
            a.AppName,
            a.NamespaceId,
            a.Status,
            a.RunningInstances,
            a.Instances,
            StartedBy = a.StartedBy.ToArray(),
            StoppedBy = a.StoppedBy.ToArray(),
            RestartedBy = a.RestartedBy.ToArray(),
            ChangeOrderFault = a.ChangeOrderFault?.Name,
        }).ToList(),
        ChangeOrders = state.ChangeOrders.Select(o => new
        {
            o.ChangeOrderId,
            o.NamespaceId,
            o.AppIds,
            Status = (int)o.Status,
            o.Kind.CoTypeCode,
            o.Version,
            CreatedAt = o.CreatedAt,
            FinishedAt = o.FinishedAt,
            o.ErrorMessage,
            Batches = o.Batches.Select(b => new { b.PipelineId, b.AppIds, Status = (int)b.Status, b.StartsAt, b.EndsAt }).ToList(),
        }).ToList(),
    };
}
