using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The namespace of an application, for a change order that DescribeChangeOrder describes without one (it names the
/// application, never the namespace): DescribeApplicationConfig names it. One command asks at most once per
/// application, however many of its change orders it looks at, from however many threads. A look-up that fails
/// leaves the namespace unknown; it is a nicety, never a reason to fail the command.
/// </summary>
internal sealed class ApplicationNamespaces
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _known = new ConcurrentDictionary<string, Lazy<Task<string?>>>(StringComparer.Ordinal);
    private readonly SaeClient _client;

    public ApplicationNamespaces(SaeClient client)
    {
        _client = client;
    }

    /// <summary>Gives <paramref name="order"/> its application's namespace when it has none and names one application.</summary>
    public async Task FillAsync(SaeChangeOrder order, ServiceLocation location, CancellationToken cancellationToken)
    {
        if (order.NamespaceId is null && !string.IsNullOrEmpty(order.AppId))
        {
            order.NamespaceId = await _known.GetOrAdd(order.AppId!, appId => new Lazy<Task<string?>>(() => ReadAsync(location, appId, cancellationToken))).Value.ConfigureAwait(false);
        }
    }

    private async Task<string?> ReadAsync(ServiceLocation location, string appId, CancellationToken cancellationToken)
    {
        try
        {
            ApiResponse response = await _client.SendAsync(DescribeApplicationConfigCall.Request(location, appId, null, null), cancellationToken).ConfigureAwait(false);
            return JsonRead.NonEmptyString(response.Data, "NamespaceId");
        }
        catch (SaeException)
        {
            return null;
        }
    }
}
