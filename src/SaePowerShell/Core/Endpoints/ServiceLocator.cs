using System;
using SaePowerShell.Core.Credentials;

namespace SaePowerShell.Core.Endpoints;

/// <summary>
/// Chooses the endpoint and region of a call. Region: -RegionId, the namespace id's prefix, the session's default
/// (Connect-SaeAccount), ALIBABA_CLOUD_REGION_ID, the profile's region_id. Endpoint: -Endpoint, the session's default,
/// ALIBABA_CLOUD_SAE_ENDPOINT, else https://sae.{region}.aliyuncs.com.
/// </summary>
internal static class ServiceLocator
{
    public const string RegionVariable = SaeEnvironmentVariables.RegionId;
    public const string EndpointVariable = SaeEnvironmentVariables.SaeEndpoint;

    /// <summary>The source named when no endpoint was set anywhere.</summary>
    public const string PublicEndpointSource = "the region's public endpoint";

    public static ServiceLocation Locate(Uri? explicitEndpoint, string? explicitRegionId, string? namespaceId, IEnvironment environment, LocationDefaults? defaults = null, bool allowCleartext = false)
    {
        // Every call about a namespace comes through here, so a malformed id is refused before any is sent.
        if (namespaceId != null && Input.InputRules.NamespaceIdProblem(namespaceId) is string namespaceProblem)
        {
            throw new SaeConfigurationException("InvalidNamespaceId", namespaceProblem, SaeErrorCategory.InvalidArgument);
        }

        bool allowed = allowCleartext || CleartextPolicy.AllowedBy(environment);
        (string? region, string? regionSource) = ResolveRegion(explicitRegionId, namespaceId, environment, defaults);

        if (explicitEndpoint != null)
        {
            return new ServiceLocation(ValidateEndpoint(explicitEndpoint, "-Endpoint", allowed), region, "-Endpoint", regionSource);
        }

        if (defaults?.SessionEndpoint != null)
        {
            return new ServiceLocation(ValidateEndpoint(defaults.SessionEndpoint, "Connect-SaeAccount", allowed), region, "Connect-SaeAccount", regionSource);
        }

        string? endpointVariable = environment.Get(EndpointVariable);
        if (endpointVariable != null)
        {
            if (!Uri.TryCreate(endpointVariable.Trim(), UriKind.Absolute, out Uri? fromEnvironment))
            {
                throw new SaeConfigurationException("InvalidEndpoint", EndpointVariable + " is '" + endpointVariable + "', which is not an absolute http or https URI.");
            }

            return new ServiceLocation(ValidateEndpoint(fromEnvironment, EndpointVariable, allowed), region, EndpointVariable, regionSource);
        }

        if (region is null)
        {
            string subject = namespaceId is null ? "this call" : "namespace '" + namespaceId + "'";
            throw new SaeConfigurationException(
                "NoRegion",
                "No region is known for " + subject + ". Pass -RegionId (for example -RegionId cn-hangzhou), use a namespace id with its region prefix "
                + "(cn-hangzhou:prod), run Connect-SaeAccount -RegionId, set the environment variable " + RegionVariable + ", or give your profile a region_id.");
        }

        return new ServiceLocation(new Uri("https://sae." + region + ".aliyuncs.com/"), region, PublicEndpointSource, regionSource);
    }

    private static (string? Region, string? Source) ResolveRegion(string? explicitRegionId, string? namespaceId, IEnvironment environment, LocationDefaults? defaults)
    {
        if (!string.IsNullOrWhiteSpace(explicitRegionId))
        {
            return (ValidateRegion(explicitRegionId!.Trim(), "-RegionId"), "-RegionId");
        }

        string? fromNamespace = RegionIds.FromNamespaceId(namespaceId);
        if (fromNamespace != null)
        {
            return (fromNamespace, "the namespace id");
        }

        if (!string.IsNullOrWhiteSpace(defaults?.SessionRegionId))
        {
            return (ValidateRegion(defaults!.SessionRegionId!.Trim(), "Connect-SaeAccount"), "Connect-SaeAccount");
        }

        string? fromEnvironment = environment.Get(RegionVariable);
        if (fromEnvironment != null)
        {
            return (ValidateRegion(fromEnvironment.Trim(), RegionVariable), RegionVariable);
        }

        string? fromProfile = defaults?.ProfileRegionId?.Trim();
        return string.IsNullOrEmpty(fromProfile) ? (null, null) : (ValidateRegion(fromProfile!, "the profile's region_id"), "the profile's region_id");
    }

    private static string ValidateRegion(string regionId, string source)
    {
        if (!RegionIds.IsWellFormed(regionId))
        {
            throw new SaeConfigurationException("InvalidRegion", "The region '" + regionId + "' from " + source + " is not a region id such as cn-hangzhou.");
        }

        return regionId;
    }

    /// <summary>The endpoint set by -Endpoint, the session or the environment, if any, and where it came from (for the cleartext warning).</summary>
    public static (Uri? Endpoint, string? Source) Configured(Uri? explicitEndpoint, LocationDefaults? defaults, IEnvironment environment)
    {
        if (explicitEndpoint != null)
        {
            return (explicitEndpoint, "-Endpoint");
        }

        if (defaults?.SessionEndpoint != null)
        {
            return (defaults.SessionEndpoint, "Connect-SaeAccount");
        }

        return Uri.TryCreate(environment.Get(EndpointVariable)?.Trim(), UriKind.Absolute, out Uri? fromEnvironment) ? (fromEnvironment, EndpointVariable) : ((Uri?)null, (string?)null);
    }

    private static Uri ValidateEndpoint(Uri endpoint, string source, bool allowCleartext)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new SaeConfigurationException("InvalidEndpoint", "The endpoint '" + endpoint + "' from " + source + " is not an absolute http or https URI.");
        }

        CleartextPolicy.Check(endpoint, source, allowCleartext);

        // The API paths are absolute, so only scheme, host and port of the endpoint are used.
        return new Uri(endpoint.GetLeftPart(UriPartial.Authority) + "/");
    }
}
