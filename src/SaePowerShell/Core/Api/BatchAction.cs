using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Api;

/// <summary>A batch operation on the applications of one namespace: the verb users see and the API that does it.</summary>
internal sealed class BatchAction
{
    public static readonly BatchAction Start = new BatchAction("Start", "Starting", SaeApi.BatchStartApplications, "CoBatchStartApplication", listedPerNamespace: true, requiresAppIds: false,
        app => app.Instances > 0 && app.RunningInstances >= app.Instances);

    public static readonly BatchAction Stop = new BatchAction("Stop", "Stopping", SaeApi.BatchStopApplications, "CoBatchStopApplication", listedPerNamespace: true, requiresAppIds: false,
        app => app.RunningInstances == 0);

    /// <summary>No batch-restart CoTypeCode is documented; CoRestartApplication is the closest, and nothing lists it per namespace.</summary>
    public static readonly BatchAction Restart = new BatchAction("Restart", "Restarting", SaeApi.BatchRestartApplications, "CoRestartApplication", listedPerNamespace: false, requiresAppIds: true, reached: null);

    private BatchAction(string verb, string presentParticiple, SaeApi api, string changeOrderTypeCode, bool listedPerNamespace, bool requiresAppIds, System.Func<SaeApplication, bool>? reached)
    {
        Reached = reached;
        Verb = verb;
        PresentParticiple = presentParticiple;
        Api = api;
        ChangeOrderTypeCode = changeOrderTypeCode;
        ListedPerNamespace = listedPerNamespace;
        RequiresAppIds = requiresAppIds;
    }

    /// <summary>
    /// Whether ListNamespaceChangeOrders lists this call's change orders (its CoType takes the batch start and stop
    /// codes only). Where it does, that list is the evidence after a lost answer; where it does not, SAE promises
    /// none, and silence proves nothing.
    /// </summary>
    public bool ListedPerNamespace { get; }

    /// <summary>Whether the API requires AppIds (BatchRestartApplications does); start and stop take a whole namespace without them.</summary>
    public bool RequiresAppIds { get; }

    /// <summary>The CoTypeCode of the change orders the call creates: how a change order is recognised as this call's.</summary>
    public string ChangeOrderTypeCode { get; }

    public string Verb { get; }

    /// <summary>
    /// Whether a listed application is in the state this call wants (running, stopped); null where a listing cannot
    /// tell (a restarted application runs as it did before).
    /// </summary>
    public System.Func<SaeApplication, bool>? Reached { get; }

    /// <summary>For progress text: "Starting SAE applications".</summary>
    public string PresentParticiple { get; }

    public SaeApi Api { get; }
}
