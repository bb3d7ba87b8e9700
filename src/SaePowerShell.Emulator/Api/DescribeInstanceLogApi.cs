using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeInstanceLog: an instance's log as one string, lines separated by <c>\n</c>: the lines since its last
/// (re)start, or with Previous=true the ones from before its last restart (empty if it never restarted). An
/// emulated instance has only its main container, so a ContainerId (a sidecar's) names nothing.
/// </summary>
internal sealed partial class DescribeInstanceLogApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string instanceId = call.Required("InstanceId");
        SaeInstance instance = call.World.Fleet.Find(instanceId)
            ?? throw new SaeException(SaeErrors.WithMessage("InstanceId", $"no instance {instanceId} exists (a deleted or replaced instance is gone with its log)."));

        // The surface types Previous as a string; SAE's example is "false", so it is read as a boolean.
        bool previous = call.OptionalBool("Previous", false);
        if (call.Optional("ContainerId") is { Length: > 0 } containerId)
        {
            throw new SaeException(SaeErrors.WithMessage("ContainerId", $"the instance {instanceId} has no sidecar container {containerId}."));
        }

        List<string> lines = previous ? instance.PreviousLog : instance.Log;
        return Answer(lines.Count == 0 ? "" : string.Join("\n", lines) + "\n");
    }
}
