using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// What the cmdlets of a namespace's objects (config maps, secrets) share, as a part each holds: where a namespace's
/// calls go, the objects of a namespace whose names match, one object by its id or by its name, each with a clear
/// error naming what was given, and -Force without losing -WhatIf.
/// </summary>
internal sealed class NamespaceObjectFinder<T>
    where T : class
{
    private readonly SaeCmdletBase _cmdlet;
    private readonly NamespaceObjectKind<T> _kind;

    public NamespaceObjectFinder(SaeCmdletBase cmdlet, NamespaceObjectKind<T> kind)
    {
        _cmdlet = cmdlet;
        _kind = kind;
    }

    /// <summary>Where calls about a namespace go, or false after writing the error (a malformed id, no region).</summary>
    public bool TryLocate(string? namespaceId, object target, out ServiceLocation location)
    {
        if (namespaceId != null && InputRules.NamespaceIdProblem(namespaceId) is string problem)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", problem, namespaceId));
            location = null!;
            return false;
        }

        return _cmdlet.TryLocate(namespaceId, _cmdlet.RegionId, target, out location);
    }

    /// <summary>The namespace's objects (one list call), or null after writing the error.</summary>
    public IReadOnlyList<T>? List(ServiceLocation location, string namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(_kind.List(location, namespaceId), namespaceId, "Could not list the " + _kind.Noun + "s of " + namespaceId);
        return response is null ? null : _kind.ParseList(response, namespaceId, location);
    }

    /// <summary>
    /// The namespace's objects whose names match <paramref name="name"/> (a wildcard pattern; null: all), from one list
    /// call; a name without wildcards that matches nothing is an error. Null after writing an error.
    /// </summary>
    public IReadOnlyList<T>? Matching(string namespaceId, string? name)
    {
        WildcardPattern? pattern = null;
        if (name != null && (pattern = PatternInput.Parse(name, out string? problem)) is null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(_kind.PatternCode, problem!, name));
            return null;
        }

        if (!TryLocate(namespaceId, namespaceId, out ServiceLocation location) || List(location, namespaceId) is not { } all)
        {
            return null;
        }

        List<T> matched = all.Where(item => pattern is null || pattern.IsMatch(_kind.NameOf(item))).ToList();
        if (name != null && !WildcardPattern.ContainsWildcardCharacters(name) && matched.Count == 0)
        {
            _cmdlet.WriteError(NotFound(namespaceId, name, all));
        }

        return matched;
    }

    /// <summary>One object by its id (one describe call), or null after writing the error.</summary>
    public T? ById(ServiceLocation location, long id, string? namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(_kind.Describe(location, id, namespaceId), id, "Could not read " + _kind.Noun + " " + id);
        return response is null ? null : _kind.ParseOne(response, namespaceId, location);
    }

    /// <summary>One object by its exact name in a namespace (one list call), or null after writing the error.</summary>
    public T? ByName(ServiceLocation location, string namespaceId, string name)
    {
        IReadOnlyList<T>? all = List(location, namespaceId);
        if (all is null)
        {
            return null;
        }

        T? found = all.FirstOrDefault(item => string.Equals(_kind.NameOf(item), name, StringComparison.Ordinal));
        if (found is null)
        {
            _cmdlet.WriteError(NotFound(namespaceId, name, all));
        }

        return found;
    }

    public ErrorRecord NotFound(string namespaceId, string name, IReadOnlyList<T> all) =>
        ErrorRecordFactory.NotFound(_kind.NotFoundCode,
            "Namespace " + namespaceId + " has no " + _kind.Noun + " named '" + name + "'." + (all.Count == 0 ? " It has none." : " It has: " + string.Join(", ", all.Select(_kind.NameOf).OrderBy(n => n, StringComparer.Ordinal)) + "."),
            name);

    /// <summary>
    /// One change, sent through Core's never-twice loop and awaited on the pipeline thread: its result, or null after
    /// writing SAE's refusal or "outcome unknown" as an error naming <paramref name="target"/>.
    /// </summary>
    public TResult? Change<TResult>(Func<SaeClient, CancellationToken, Task<TResult>> change, object target, string failure)
        where TResult : class
        => SentChange.Await(_cmdlet, change, target, failure);

    /// <summary>The delete verb: asks (ConfirmImpact High; -Force skips the question, never -WhatIf), deletes, says so.</summary>
    public void Delete(T doomed, long id, string namespaceId, object target, bool force, Func<SaeClient, CancellationToken, Task<T>> delete)
    {
        string name = _kind.NameOf(doomed);
        string idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string what = _kind.Noun + (name == idText ? " " + idText : " '" + name + "' (" + idText + ")");
        if (Confirmed(force, what + " in " + namespaceId, "Delete") && Change(delete, target, "Could not delete " + what) != null)
        {
            _cmdlet.WriteVerbose("Deleted " + what + ".");
        }
    }

    /// <summary>
    /// The remove verbs: the object -Name names (one list call), or the one -Id names, known without a read when its
    /// namespace is given (<paramref name="known"/>: a lost delete's look-up lists that namespace), else read by its id;
    /// then asked about and deleted. <paramref name="identity"/> gives an object's id and namespace.
    /// </summary>
    public void Remove(string? namespaceId, string? name, long? id, bool force, Func<long, string, T> known, Func<T, (long Id, string NamespaceId)> identity,
        Func<ServiceLocation, T, Func<SaeClient, CancellationToken, Task<T>>> delete)
    {
        object target = (object?)name ?? id!;
        if (!TryLocate(namespaceId, target, out ServiceLocation location))
        {
            return;
        }

        T? doomed = name != null ? ByName(location, namespaceId!, name)
            : namespaceId != null ? known(id!.Value, namespaceId)
            : ById(location, id!.Value, null);
        if (doomed != null)
        {
            (long doomedId, string doomedNamespace) = identity(doomed);
            Delete(doomed, doomedId, doomedNamespace, target, force, delete(location, doomed));
        }
    }

    /// <summary>-Force skips the question, but never -WhatIf (<see cref="Confirmation"/>).</summary>
    public bool Confirmed(bool force, string target, string action) => Confirmation.Ask(_cmdlet, force, target, action);
}
