using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListAppEvents: the events of a namespace's applications (instances created, started, killed; replica sets scaled;
/// batches backing off), newest first, paged. AppId, EventType and ObjectKind filter exactly; ObjectName and Reason
/// by prefix, as the SDK says. Empty values do not filter.
/// </summary>
internal sealed partial class ListAppEventsApi : ISaeApi
{
    public const int DefaultPageSize = 10;

    /// <summary>The SDK: "The value must be an integer from 0 to 10,000."</summary>
    public const int MaxPageSize = 10_000;

    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeNamespace ns = world.FindNamespace(call.Required("Namespace")) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        IEnumerable<AppEvent> events = world.Fleet.Events.Where(e => e.NamespaceId == ns.NamespaceId);
        if (call.Optional("AppId") is { Length: > 0 } appId)
        {
            _ = world.FindApplication(appId) ?? throw new SaeException(SaeErrors.AppIdNotFound);
            events = events.Where(e => e.AppId == appId);
        }

        Paging paging = Paging.Read(call, DefaultPageSize, 0, MaxPageSize);
        events = Exactly(events, call.Optional("EventType"), e => e.EventType);
        events = Exactly(events, call.Optional("ObjectKind"), e => e.ObjectKind);
        events = Prefixed(events, call.Optional("ObjectName"), e => e.ObjectName);
        events = Prefixed(events, call.Optional("Reason"), e => e.Reason);

        // Newest first; events of one instant in the reverse of the order they happened.
        List<AppEvent> matching = events.OrderByDescending(e => e.At).ThenByDescending(e => e.Sequence).ToList();
        return Answer(new()
        {
            AppEventEntity = paging.Slice(matching).Select(Describe).ToList(),
            CurrentPage = paging.CurrentPage,
            PageSize = paging.PageSize,
            TotalSize = matching.Count,
        });
    }

    private static IEnumerable<AppEvent> Exactly(IEnumerable<AppEvent> events, string? value, Func<AppEvent, string> field) =>
        string.IsNullOrEmpty(value) ? events : events.Where(e => field(e) == value);

    private static IEnumerable<AppEvent> Prefixed(IEnumerable<AppEvent> events, string? value, Func<AppEvent, string> field) =>
        string.IsNullOrEmpty(value) ? events : events.Where(e => field(e).StartsWith(value, StringComparison.Ordinal));

    private static ListAppEventsData.AppEventEntityItem Describe(AppEvent e) => new()
    {
        EventType = e.EventType,
        Reason = e.Reason,
        Message = e.Message,
        ObjectKind = e.ObjectKind,
        ObjectName = e.ObjectName,
        FirstTimestamp = InstanceFleet.Iso(e.At),
        LastTimestamp = InstanceFleet.Iso(e.At),
        // SAE's diagnosis of a warning event; the emulator's events are what happened, with nothing to diagnose.
        CauseAnalysis = "",
    };
}
