namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationImage: an image reference of the application (AppId must name one) read into SAE's parts:
/// the registry's region (registry[-vpc].REGION.aliyuncs.com; the application's own region for another registry),
/// the repository namespace and name, the tag (latest without one). An Alibaba Cloud registry is ALI_HUB, any other
/// DOCKER_HUB. There is no registry to ask, so CrUrl, Logo and RepoType are empty.
/// </summary>
internal sealed partial class DescribeApplicationImageApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        World.SaeApplication app = ApplicationCall.Find(call);
        string image = call.Required("ImageUrl");
        if (image.Any(char.IsWhiteSpace))
        {
            throw new SaeException(SaeErrors.Obviously("ImageUrl"));
        }

        string[] parts = image.Split('/');
        string host = parts.Length > 1 && (parts[0].Contains('.') || parts[0].Contains(':')) ? parts[0] : "";
        string[] path = host.Length > 0 ? parts[1..] : parts;
        string last = path[^1];
        int colon = last.LastIndexOf(':');
        string name = colon > 0 ? last[..colon] : last;
        string tag = colon > 0 ? last[(colon + 1)..] : "latest";
        if (name.Length == 0 || tag.Length == 0)
        {
            throw new SaeException(SaeErrors.WithMessage("ImageUrl", $"'{image}' names no repository and tag."));
        }

        string region = call.World.FindNamespace(app.NamespaceId)!.RegionId;
        bool aliyun = host.EndsWith(".aliyuncs.com", StringComparison.Ordinal);
        if (aliyun && host.Split('.') is [var registry, var hostRegion, ..] && registry.StartsWith("registry", StringComparison.Ordinal))
        {
            region = hostRegion;
        }

        return Answer(new()
        {
            CrUrl = "",
            Logo = "",
            RegionId = region,
            RepoName = name,
            RepoNamespace = path.Length > 1 ? string.Join('/', path[..^1]) : "library",
            RepoOriginType = aliyun ? "ALI_HUB" : "DOCKER_HUB",
            RepoTag = tag,
            RepoType = "",
        });
    }
}
