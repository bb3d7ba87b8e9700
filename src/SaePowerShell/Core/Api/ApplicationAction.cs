using System.Collections.Generic;

namespace SaePowerShell.Core.Api;

/// <summary>
/// A change made to one application with one call that answers a change order: the verb users see, the API, and the
/// CoTypeCodes of the change orders it creates, by which a lost answer's change order is recognised afterwards.
/// SAE lists these change orders per application (ListChangeOrders, whose CoType takes every one of these codes).
/// </summary>
internal sealed class ApplicationAction
{
    public static readonly ApplicationAction Deploy = new ApplicationAction("Deploy", "Deploying", SaeApi.DeployApplication, "CoDeploy");

    /// <summary>RescaleApplication makes CoScaleOut when the replicas grow and CoScaleIn when they shrink.</summary>
    public static readonly ApplicationAction Rescale = new ApplicationAction("Scale", "Scaling", SaeApi.RescaleApplication, "CoScaleOut", "CoScaleIn");
    public static readonly ApplicationAction RescaleVertically = new ApplicationAction("Scale", "Scaling", SaeApi.RescaleApplicationVertically, "CoRescaleApplicationVertically");
    public static readonly ApplicationAction Rollback = new ApplicationAction("Rollback", "Rolling back", SaeApi.RollbackApplication, "CoRollback");
    public static readonly ApplicationAction RestartInstances = new ApplicationAction("Restart", "Restarting instances of", SaeApi.RestartInstances, "CoRestartInstances");
    public static readonly ApplicationAction DeleteInstances = new ApplicationAction("Delete", "Deleting instances of", SaeApi.DeleteInstances, "CoDeleteInstances");

    private ApplicationAction(string verb, string presentParticiple, SaeApi api, params string[] changeOrderTypeCodes)
    {
        Verb = verb;
        PresentParticiple = presentParticiple;
        Api = api;
        ChangeOrderTypeCodes = changeOrderTypeCodes;
    }

    /// <summary>What the change order's Action shows, as ChangeOrderReader names the same codes.</summary>
    public string Verb { get; }

    /// <summary>For progress text: "Deploying SAE applications".</summary>
    public string PresentParticiple { get; }

    public SaeApi Api { get; }

    public IReadOnlyList<string> ChangeOrderTypeCodes { get; }

    public override string ToString() => Api.Action;
}
