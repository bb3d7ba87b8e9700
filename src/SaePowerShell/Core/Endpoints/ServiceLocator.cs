using System;
using SaePowerShell.Core.Credentials;

namespace SaePowerShell.Core.Endpoints
{
    /// <summary>
    /// Chooses the endpoint and region of a call. Region: -RegionId, else the namespace id's prefix, else
    /// ALIBABA_CLOUD_REGION_ID. Endpoint: -Endpoint, else ALIBABA_CLOUD_SAE_ENDPOINT, else https://sae.{region}.aliyuncs.com.
    /// </summary>
    internal static class ServiceLocator
    {
        public const string RegionVariable = "ALIBABA_CLOUD_REGION_ID";
        public const string EndpointVariable = "ALIBABA_CLOUD_SAE_ENDPOINT";

        public static ServiceLocation Locate(Uri? explicitEndpoint, string? explicitRegionId, string? namespaceId, IEnvironment environment)
        {
            (string? region, string? regionSource) = ResolveRegion(explicitRegionId, namespaceId, environment);

            if (explicitEndpoint != null)
            {
                return new ServiceLocation(ValidateEndpoint(explicitEndpoint, "-Endpoint"), region, "-Endpoint", regionSource);
            }

            string? endpointVariable = environment.Get(EndpointVariable);
            if (endpointVariable != null)
            {
                if (!Uri.TryCreate(endpointVariable.Trim(), UriKind.Absolute, out Uri? fromEnvironment))
                {
                    throw new SaeConfigurationException("InvalidEndpoint", EndpointVariable + " is '" + endpointVariable + "', which is not an absolute http or https URI.");
                }

                return new ServiceLocation(ValidateEndpoint(fromEnvironment, EndpointVariable), region, EndpointVariable, regionSource);
            }

            if (region is null)
            {
                string subject = namespaceId is null ? "this call" : "namespace '" + namespaceId + "'";
                throw new SaeConfigurationException(
                    "NoRegion",
                    "No region is known for " + subject + ". Pass -RegionId (for example -RegionId cn-hangzhou), use a namespace id with its region prefix "
                    + "(cn-hangzhou:prod), or set the environment variable " + RegionVariable + ".");
            }

            return new ServiceLocation(new Uri("https://sae." + region + ".aliyuncs.com/"), region, "the region's public endpoint", regionSource);
        }

        private static (string? Region, string? Source) ResolveRegion(string? explicitRegionId, string? namespaceId, IEnvironment environment)
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

            string? fromEnvironment = environment.Get(RegionVariable);
            return fromEnvironment is null ? (null, null) : (ValidateRegion(fromEnvironment.Trim(), RegionVariable), RegionVariable);
        }

        private static string ValidateRegion(string regionId, string source)
        {
            if (!RegionIds.IsWellFormed(regionId))
            {
                throw new SaeConfigurationException("InvalidRegion", "The region '" + regionId + "' from " + source + " is not a region id such as cn-hangzhou.");
            }

            return regionId;
        }

        private static Uri ValidateEndpoint(Uri endpoint, string source)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new SaeConfigurationException("InvalidEndpoint", "The endpoint '" + endpoint + "' from " + source + " is not an absolute http or https URI.");
            }

            // The API paths are absolute, so only scheme, host and port of the endpoint are used.
            return new Uri(endpoint.GetLeftPart(UriPartial.Authority) + "/");
        }
    }
}
