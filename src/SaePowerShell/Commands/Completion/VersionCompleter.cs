using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>Completes -VersionId with the versions of the application given by -AppId (ListAppVersions), newest first, each with when and how it was deployed.</summary>
public sealed class VersionCompleter : AppItemCompleter
{
    internal override string What => "versions";

    internal override async Task<IReadOnlyList<CompletionItem>> FetchAsync(CommandContext context, ServiceLocation location, string appId, string? namespaceId, CancellationToken cancellationToken)
    {
        ApiResponse response = await context.Client.SendAsync(ListAppVersionsCall.Request(location, appId, namespaceId), cancellationToken).ConfigureAwait(false);
        return ListAppVersionsCall.Parse(response, appId, null, namespaceId, location)
            .OrderByDescending(v => v.CreateTime)
            .Select(v => new CompletionItem(v.VersionId, (v.Type ?? "version") + (v.CreateTime is DateTimeOffset at ? ", " + at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty)))
            .ToList();
    }
}
