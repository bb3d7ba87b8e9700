using System;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeInstanceLogCommand
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (string id in InstanceId)
        {
            if (InputRules.InstanceIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidInstanceId", problem, id));
                continue;
            }

            if (!TryLocate(NamespaceId, null, id, out ServiceLocation location))
            {
                continue;
            }

            ApiResponse? response = Call(DescribeInstanceLogCall.Request(location, id, NamespaceId, ContainerId, Previous), id, "Could not get the log of instance " + id);
            if (response != null)
            {
                Write(id, DescribeInstanceLogCall.Parse(response));
            }
        }
    }

    private void Write(string instanceId, string log)
    {
        string[] lines = log.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        int count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        int skip = Tail >= 0 ? Math.Max(0, count - Tail) : 0;
        if (Raw)
        {
            WriteObject(Decorate(string.Join("\n", lines.Skip(skip).Take(count - skip)), instanceId));
            return;
        }

        for (int i = skip; i < count; i++)
        {
            WriteObject(Decorate(lines[i], instanceId));
        }
    }

    /// <summary>As Get-Content marks each line with where it came from.</summary>
    private PSObject Decorate(string text, string instanceId)
    {
        var line = new PSObject(text);
        line.Properties.Add(new PSNoteProperty("InstanceId", instanceId));
        line.Properties.Add(new PSNoteProperty("AppId", AppId));
        return line;
    }
}
