using SaePowerShell.Core.Display;
using Xunit;

namespace SaePowerShell.Tests.Core.Display;

/// <summary>What a view shows of a long name: the part that differs from row to row, never a cut-off tag or hash.</summary>
public sealed class ShortNameTests
{
    [Theory]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0", "…/shop/web:2.0")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/demo/web-frontend:2.0", "…/demo/web-frontend:2.0")]
    [InlineData("registry-vpc.cn-beijing.aliyuncs.com/sae-demo-image/cartservice:1.0", "…/sae-demo-image/cartservice:1.0")]
    [InlineData("localhost:5000/web:1", "…/web:1")]
    [InlineData("localhost/team/web:1", "…/team/web:1")]
    [InlineData("library/nginx:1.25", "library/nginx:1.25")]
    [InlineData("team/group/nginx:1.25", "…/group/nginx:1.25")]
    [InlineData("nginx", "nginx")]
    [InlineData("sae-built-images/web-frontend:2.1", "sae-built-images/web-frontend:2.1")]
    [InlineData("  registry.example.com/a/b:c  ", "…/a/b:c")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void AnImage_LosesItsRegistryHost_AndKeepsRepositoryNameAndTag(string? reference, string expected) =>
        Assert.Equal(expected, ShortName.Image(reference));

    [Fact]
    public void ADigest_KeepsItsFirstTwelveHexDigits()
    {
        string digest = "sha256:" + new string('a', 12) + new string('b', 52);
        Assert.Equal("…/shop/web@sha256:aaaaaaaaaaaa…", ShortName.Image("registry.cn-hangzhou.aliyuncs.com/x/shop/web@" + digest));
        Assert.Equal("web@sha256:abc", ShortName.Image("web@sha256:abc"));
    }

    [Theory]
    [InlineData(0, "…/platform-team/order-service:v1.2.3-rc1")]
    [InlineData(40, "…/platform-team/order-service:v1.2.3-rc1")]
    [InlineData(30, "…/order-service:v1.2.3-rc1")]
    [InlineData(12, "…:v1.2.3-rc1")]
    [InlineData(1, "…1")]
    public void AnImageTooLongForItsColumn_KeepsItsEnd_WhereTheTagIs(int maxLength, string expected)
    {
        string shown = ShortName.Image("registry.cn-shanghai.aliyuncs.com/platform-team/order-service:v1.2.3-rc1", maxLength);
        Assert.Equal(expected, shown);
        Assert.True(maxLength <= 1 || shown.Length <= maxLength);
    }

    [Theory]
    [InlineData("https://edas-hz.oss-cn-hangzhou.aliyuncs.com/apps/K8s_APP_ID/1d0e7884/hello-sae.war", "…/hello-sae.war")]
    [InlineData("https://example.com/shop/web-2.1.war?Expires=1&Signature=abc%2F", "…/web-2.1.war")]
    [InlineData("https://example.com/shop/web-2.1.jar#part", "…/web-2.1.jar")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("hello.war", "hello.war")]
    [InlineData(null, "")]
    public void APackage_IsItsFileName(string? url, string expected) => Assert.Equal(expected, ShortName.Package(url));

    [Theory]
    [InlineData("https://example.com/shop/web-2.1.war", "…/web-2.1.war")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0", "…/shop/web:2.0")]
    public void AnArtifact_IsAPackageWhenItIsAUrl_AndAnImageOtherwise(string value, string expected) =>
        Assert.Equal(expected, ShortName.Artifact(value));

    [Theory]
    [InlineData("Pod", "web-frontend-fdf90fa3-8b82b", "…fdf90fa3-8b82b")]
    [InlineData("Pod", "errew-b86bf540-b4dc-47d8-a42f-b4997c14bd8f-5595cbddd6-2abcd", "…5595cbddd6-2abcd")]
    [InlineData("ReplicaSet", "web-frontend-fdf90fa3", "…fdf90fa3")]
    [InlineData("Deployment", "web-frontend", "web-frontend")]
    [InlineData("CloneSet", "order-api-0d1e2f3a", "order-api-0d1e2f3a")]
    [InlineData("Pod", "web-1", "web-1")]
    [InlineData("Pod", "-a-b", "-a-b")]
    [InlineData(null, "web-frontend-fdf90fa3-8b82b", "web-frontend-fdf90fa3-8b82b")]
    [InlineData("Pod", null, "")]
    public void AnEventsObject_KeepsTheHashesOfAnInstance_AndTheWholeNameOfTheApplication(string? kind, string? name, string expected) =>
        Assert.Equal(expected, ShortName.EventObject(kind, name));
}
