namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeIngress: every field of one ingress (<see cref="IngressDescription"/>); an unknown id is InvalidIngressId.NotFound.</summary>
internal sealed partial class DescribeIngressApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) => AnswerFields(IngressDescription.Describe(call.World, IngressSettings.Find(call)));
}
