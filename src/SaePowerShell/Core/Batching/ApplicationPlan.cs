using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Batching;

/// <summary>
/// <see cref="Planner"/> keyed by application: the plan of the changes that take one call per application (deploy,
/// rescale, rollback, instance restarts and deletions). Inputs naming the same application share its one call, in the
/// order the applications first came. It takes inputs one at a time, since a cmdlet accepts each as it arrives, and
/// says at once why one is left out.
/// </summary>
internal sealed class ApplicationPlan
{
    private readonly bool _mergesItems;
    private readonly List<AcceptedApplication> _accepted = new List<AcceptedApplication>();
    private readonly Dictionary<string, AcceptedApplication> _byApp = new Dictionary<string, AcceptedApplication>(StringComparer.Ordinal);

    /// <param name="mergesItems">
    /// Whether inputs for one application add their items (instance ids) to its one call; otherwise they must agree
    /// (one version to roll back to) and only share it.
    /// </param>
    internal ApplicationPlan(bool mergesItems) => _mergesItems = mergesItems;

    /// <summary>The applications accepted, each with its inputs, in the order they first came.</summary>
    public IReadOnlyList<AcceptedApplication> Applications => _accepted;

    /// <summary>
    /// Takes one input naming <paramref name="app"/>, adding <paramref name="item"/> (an instance id, a version id) to
    /// its call; or says why it cannot: the application was given in another namespace, or with another item that one
    /// call cannot also do. A rejected input changes nothing.
    /// </summary>
    public Rejection? Add(AppTarget app, string description, string? item)
    {
        if (!_byApp.TryGetValue(app.AppId, out AcceptedApplication? accepted))
        {
            accepted = new AcceptedApplication(app, description);
            _byApp[app.AppId] = accepted;
            _accepted.Add(accepted);
        }
        else if (!string.Equals(accepted.Target.NamespaceId, app.NamespaceId, StringComparison.Ordinal))
        {
            return new Rejection(app, "NamespaceConflict", "Application '" + app.AppId + "' was given in namespace '" + accepted.Target.NamespaceId + "' and in '" + app.NamespaceId
                + "'; an application is in one namespace. This input was left out.");
        }
        else if (!_mergesItems && !string.Equals(accepted.Items[0], item, StringComparison.Ordinal))
        {
            return new Rejection(app, "ConflictingInput", "Application '" + app.AppId + "' was given with '" + accepted.Items[0] + "' and with '" + item
                + "'; one call per application can do only one of them. This input was left out.");
        }

        if (accepted.Items.Count == 0 || (_mergesItems && !accepted.Items.Contains(item)))
        {
            accepted.Items.Add(item);
        }

        accepted.Inputs.Add(app.Input);
        accepted.InputItems.Add(item);
        return null;
    }
}
