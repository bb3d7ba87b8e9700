namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeNamespace: one namespace by NamespaceId (or NameSpaceShortId in the header's region).</summary>
internal sealed class DescribeNamespaceApi : ISaeApi
{
    public string Name => "DescribeNamespace";

    public SaeResult Handle(SaeCall call) => new(NamespaceDescription.Describe(NamespaceDescription.Find(call)));
}
