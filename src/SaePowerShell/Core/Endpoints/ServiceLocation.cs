using System;

namespace SaePowerShell.Core.Endpoints;

/// <summary>Where a call goes: the endpoint, the region it acts in, and how each was chosen (for -Verbose).</summary>
internal sealed record ServiceLocation(Uri Endpoint, string? RegionId, string EndpointSource, string? RegionSource)
{
    public override string ToString() =>
        Endpoint.GetLeftPart(UriPartial.Authority) + " (" + EndpointSource + ")" + (RegionId is null ? string.Empty : ", region " + RegionId + " (" + RegionSource + ")");
}
