using System;

namespace SaePowerShell.Core.Credentials.Sts;

/// <summary>
/// Where STS calls go: ALIBABA_CLOUD_STS_ENDPOINT (a full URL; how the emulator is reached), else the profile's
/// sts_endpoint, else the regional endpoint of ALIBABA_CLOUD_STS_REGION or the profile's sts_region (the VPC one with
/// ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true), else sts.aliyuncs.com.
/// </summary>
internal static class StsEndpoint
{
    public const string EndpointVariable = SaeEnvironmentVariables.StsEndpoint;

    public static Uri Resolve(IEnvironment environment, string? profileEndpoint, string? profileRegion)
    {
        string? explicitEndpoint = environment.Get(EndpointVariable) ?? profileEndpoint;
        if (!string.IsNullOrWhiteSpace(explicitEndpoint))
        {
            string text = explicitEndpoint!.Trim();
            if (!text.Contains("://"))
            {
                text = "https://" + text;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri))
            {
                throw new SaeConfigurationException("InvalidEndpoint", "The STS endpoint '" + explicitEndpoint + "' is not a URI.");
            }

            Endpoints.CleartextPolicy.Check(uri, environment.Get(EndpointVariable) != null ? EndpointVariable : "the profile's sts_endpoint", Endpoints.CleartextPolicy.AllowedBy(environment));
            return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
        }

        string? region = environment.Get(SaeEnvironmentVariables.StsRegion) ?? profileRegion;
        if (string.IsNullOrWhiteSpace(region))
        {
            return new Uri("https://sts.aliyuncs.com/");
        }

        bool vpc = ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.VpcEndpointEnabled));
        return new Uri("https://sts" + (vpc ? "-vpc" : string.Empty) + "." + region!.Trim() + ".aliyuncs.com/");
    }
}
