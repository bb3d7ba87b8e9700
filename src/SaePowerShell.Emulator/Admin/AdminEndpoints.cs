using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.State;
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

        admin.MapGet("/state", (string? account) =>
        {
            if (runtime.WorldOf(account) is not { } world)
            {
                return UnknownAccount(account!);
            }

            int latencyMs = runtime.Faults.BaseLatencyMs;
            return Results.Json(world.Transact(state => Describe(state, latencyMs)), EmulatorJson.Admin);
        });

        admin.MapGet("/accounts", () => Results.Json(
            runtime.Accounts.All.Select(a => new { a.AccountId, Default = a == runtime.Accounts.Default }).ToList(), EmulatorJson.Admin));

        admin.MapPost("/reset", () =>
        {
            runtime.Reset();
            return Results.NoContent();
        });

        admin.MapPut("/seed", async (HttpRequest request, string? account) =>
        {
            if (runtime.WorldOf(account) is not { } world)
            {
                return UnknownAccount(account!);
            }

            using var reader = new StreamReader(request.Body);
            string json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            try
            {
                SeedDocument seed = SeedLoader.Parse(json, "The seed");
                if (seed.Accounts is { Count: > 0 })
                {
                    return BadRequest("A seed put here cannot list accounts: they are fixed when the emulator starts (the seed's accounts, --accounts).");
                }

                runtime.Load(seed, world);
            }
            catch (SeedException e)
            {
                return BadRequest(e.Message);
            }

            return Results.NoContent();
        });

        admin.MapGet("/snapshot", () => Results.Text(WorldSnapshots.Serialize(runtime.Accounts.Snapshot()), "application/json", System.Text.Encoding.UTF8));

        admin.MapPut("/snapshot", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            string json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            try
            {
                runtime.Accounts.Restore(WorldSnapshots.Parse(json, "The snapshot"), "The snapshot");
            }
            catch (WorldSnapshotException e)
            {
                return BadRequest(e.Message);
            }

            return Results.NoContent();
        });

        admin.MapPost("/snapshot/save", async (HttpRequest request) =>
        {
            SnapshotTarget? target;
            try
            {
                target = await request.ReadFromJsonAsync<SnapshotTarget>(EmulatorJson.Strict, request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                return BadRequest($"The body must be {{\"path\": \"<absolute path of a .json file>\"}} as application/json: {e.Message}");
            }

            if (SnapshotTarget.Problem(target?.Path) is { } problem)
            {
                return BadRequest(problem);
            }

            WorldSnapshot snapshot = runtime.Accounts.Snapshot();
            try
            {
                AtomicFile.Write(target!.Path!, WorldSnapshots.Serialize(snapshot));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return BadRequest($"Cannot write '{target!.Path}': {e.Message}");
            }

            return Results.Json(new { path = Path.GetFullPath(target.Path!), snapshot.SavedAt }, EmulatorJson.Admin);
        });

        admin.MapGet("/faults", () => Results.Json(runtime.Faults.Plan.ToDocument(), EmulatorJson.Admin));

        admin.MapPut("/faults", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            string json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            try
            {
                runtime.Faults.Replace(FaultPlanDocument.Parse(json));
            }
            catch (FaultPlanException e)
            {
                return BadRequest(e.Message);
            }

            return Results.NoContent();
        });

        admin.MapDelete("/faults", () =>
        {
            runtime.Faults.Replace(FaultPlan.Empty);
            return Results.NoContent();
        });
    }

    private static IResult UnknownAccount(string account) =>
        Results.Json(new { message = $"The emulator has no account {account}." }, EmulatorJson.Admin, statusCode: StatusCodes.Status404NotFound);

    private static IResult BadRequest(string message) =>
        Results.Json(new { message }, EmulatorJson.Admin, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The orders of both kinds (a batch start and a single start) that included the application, oldest first.</summary>
    private static string[] Ledger(WorldState state, SaeApplication app, ChangeOrderKind batch, ChangeOrderKind single) =>
        [.. app.LedgerOf(batch).Concat(app.LedgerOf(single)).OrderBy(id => state.FindChangeOrder(id)?.CreatedAt ?? DateTimeOffset.MinValue)];

    /// <summary>A copy of the world taken inside its transaction, so it is consistent and safe to serialise later.</summary>
    private static object Describe(WorldState state, int latencyMs) => new
    {
        ChangeOrderDelayMs = (long)state.ChangeOrderDelay.TotalMilliseconds,
        LatencyMs = latencyMs,
        state.BatchOrdersPerNamespace,
        Namespaces = state.Namespaces.Select(n => new { n.NamespaceId, n.NamespaceName, n.RegionId, n.Fault }).ToList(),
        Applications = state.Applications.Select(a => new
        {
            a.AppId,
            a.AppName,
            a.NamespaceId,
            a.Status,
            a.RunningInstances,
            a.Instances,
            a.Cpu,
            a.Mem,
            a.GroupId,
            CurrentVersionId = a.CurrentVersion.Id,
            a.CurrentVersion.ImageUrl,
            InstanceIds = a.InstanceList.Select(i => i.InstanceId).ToArray(),
            StartedBy = Ledger(state, a, ChangeOrderKind.BatchStart, ChangeOrderKind.Start),
            StoppedBy = Ledger(state, a, ChangeOrderKind.BatchStop, ChangeOrderKind.Stop),
            RestartedBy = a.LedgerOf(ChangeOrderKind.BatchRestart).ToArray(),
            DeployedBy = a.LedgerOf(ChangeOrderKind.Deploy).ToArray(),
            RolledBackBy = a.LedgerOf(ChangeOrderKind.Rollback).ToArray(),
            ScaledOutBy = a.LedgerOf(ChangeOrderKind.ScaleOut).ToArray(),
            ScaledInBy = a.LedgerOf(ChangeOrderKind.ScaleIn).ToArray(),
            RescaledVerticallyBy = a.LedgerOf(ChangeOrderKind.RescaleVertically).ToArray(),
            InstancesRestartedBy = a.LedgerOf(ChangeOrderKind.RestartInstances).ToArray(),
            InstancesDeletedBy = a.LedgerOf(ChangeOrderKind.DeleteInstances).ToArray(),
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
            BatchType = o.IsManual ? "manual" : "auto",
            Batches = o.Batches.Select(b => new { b.PipelineId, b.AppIds, b.ParallelCount, Status = (int)b.Status, b.StartsAt, b.EndsAt }).ToList(),
        }).ToList(),
    };
}
