using System.Linq;
using System;
using System.Collections.Concurrent;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>
/// One refreshing source per definition for the whole process, so temporary credentials outlive the command that
/// fetched them: a runbook of fifty commands assumes its role once an hour, not fifty times.
/// </summary>
internal static class SharedSources
{
    private static readonly ConcurrentDictionary<string, RefreshingCredentialSource> Sources = new ConcurrentDictionary<string, RefreshingCredentialSource>(StringComparer.Ordinal);

    /// <summary>The source already in use for this definition, or this one, which then becomes it.</summary>
    public static RefreshingCredentialSource Get(RefreshingCredentialSource source) => Sources.GetOrAdd(source.GetType().Name + "|" + source.CacheKey, source);

    /// <summary>Whether the source is one every command of the process shares, which one session must not clear.</summary>
    public static bool IsShared(ICredentialSource source) => source is RefreshingCredentialSource refreshing && Sources.Values.Contains(refreshing);
}
