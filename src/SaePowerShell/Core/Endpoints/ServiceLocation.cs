using System;

namespace SaePowerShell.Core.Endpoints;

/// <summary>Where a call goes: the endpoint, the region it acts in, and how each was chosen (for -Verbose).</summary>
internal sealed class ServiceLocation
{
    public ServiceLocation(Uri endpoint, string? regionId, string endpointSource, string? regionSource)
    {
        Endpoint = endpoint;
        RegionId = regionId;
        EndpointSource = endpointSource;
        RegionSource = regionSource;
    }

    public Uri Endpoint { get; }

    public string? RegionId { get; }

    public string EndpointSource { get; }

    public string? RegionSource { get; }

    public override string ToString() =>
        Endpoint.GetLeftPart(UriPartial.Authority) + " (" + EndpointSource + ")" + (RegionId is null ? string.Empty : ", region " + RegionId + " (" + RegionSource + ")");
}
