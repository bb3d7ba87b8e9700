namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeNamespace: one namespace by NamespaceId (or NameSpaceShortId in the header's region).</summary>
internal sealed partial class DescribeNamespaceApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => Answer(NamespaceDescription.Describe(NamespaceDescription.Find(call)));
}
